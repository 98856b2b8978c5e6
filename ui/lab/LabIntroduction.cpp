#include "LabIntroduction.h"

#include "loading/LoadResult.h"
#include "presentation/PresentationController.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"

#include <lab/LabFileMark.h>

#include <QFileInfo>

namespace tcplens::ui {

LabIntroduction::LabIntroduction(MainWindow& window) : QObject(&window), window_(window)
{
    connect(&window, &MainWindow::loadFinished, this, &LabIntroduction::onLoaded);
    window.presentation()->setIntroduction([this] { return introduction(); });
}

void LabIntroduction::onLoaded(const LoadResult& result)
{
    if (result.status == LoadStatus::Failed)
        return; // the window still shows what it showed
    path_ = result.path;
    // Only the first block is read; a pipe or standard input is not read again.
    scenario_ = QFileInfo(path_).isFile() ? labScenarioOfFile(path_.toStdString()) : nullptr;
}

const LabScenario* LabIntroduction::scenario() const
{
    return scenario_ && !path_.isEmpty() && window_.shownPath() == path_ ? scenario_ : nullptr;
}

PresentationIntroduction LabIntroduction::introduction() const
{
    const LabScenario* shown = scenario();
    if (!shown)
        return {};
    const std::string language = installedLanguage().toStdString();
    return {tr("TCP lab: %1").arg(QString::fromStdString(shown->title.in(language))),
            QString::fromStdString(shown->explanation.in(language))};
}

} // namespace tcplens::ui
