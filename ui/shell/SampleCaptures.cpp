#include "SampleCaptures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tcplens::ui {

QStringList sampleDirectories()
{
    const QString exeDir = QCoreApplication::applicationDirPath();
    return {
        QDir::cleanPath(exeDir + QStringLiteral("/../share/tcplens/samples")),
        QDir::cleanPath(exeDir + QStringLiteral("/../../resources/samples")),
        QStringLiteral(TCPLENS_SOURCE_SAMPLES_DIR),
    };
}

QString findSample(const QString& fileName)
{
    for (const auto& dir : sampleDirectories()) {
        const QFileInfo candidate(QDir(dir), fileName);
        if (candidate.isFile() && candidate.isReadable())
            return candidate.absoluteFilePath();
    }
    return {};
}

} // namespace tcplens::ui
