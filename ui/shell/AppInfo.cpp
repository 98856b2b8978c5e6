#include "AppInfo.h"

namespace tcplens::ui {

QString versionText()
{
    return QStringLiteral(TCPLENS_VERSION);
}

} // namespace tcplens::ui
