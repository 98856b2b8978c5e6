#include "Fonts.h"

#include <QApplication>
#include <QFontDatabase>

namespace tcplens::ui {

void applyReadableApplicationFont()
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < kReadablePointSize) {
        font.setPointSizeF(kReadablePointSize);
        QApplication::setFont(font);
    }
}

QFont monospaceFont(const QFont& like)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (like.pointSizeF() > 0)
        font.setPointSizeF(like.pointSizeF());
    else if (like.pixelSize() > 0)
        font.setPixelSize(like.pixelSize());
    return font;
}

} // namespace tcplens::ui
