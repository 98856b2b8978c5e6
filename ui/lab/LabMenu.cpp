#include "LabMenu.h"

#include "LabDialog.h"
#include "LabIntroduction.h"
#include "loading/LoadResult.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>

namespace tcplens::ui {

LabMenu::LabMenu(MainWindow& window)
    : QObject(&window), window_(window), menu_(new QMenu(&window)), introduction_(new LabIntroduction(window))
{
    menu_->setObjectName(QStringLiteral("labMenu"));
    record_ = menu_->addAction(QString(), this, &LabMenu::openDialog);
    record_->setObjectName(QStringLiteral("labRecordAction"));
    window.menuBar()->addMenu(menu_);
    retranslate();
    window.installEventFilter(this);
}

void LabMenu::retranslate()
{
    menu_->setTitle(tr("&Lab"));
    record_->setText(tr("&Record a Scenario…"));
    record_->setStatusTip(tr("Make real TCP traffic between tcplens's own client and server, capture it and present it"));
}

bool LabMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &window_ && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

LabDialog* LabMenu::dialog() const noexcept
{
    return dialog_;
}

LabDialog* LabMenu::openDialog()
{
    if (!dialog_) {
        LabDialog::Hooks hooks{[this](const QString& path) { window_.openCapture(path); },
                               [this] { return window_.present(); }};
        dialog_ = new LabDialog(std::move(hooks), options_, &window_);
        dialog_->setAttribute(Qt::WA_DeleteOnClose);
        connect(&window_, &MainWindow::loadFinished, dialog_, [dialog = dialog_.data()](const LoadResult& result) {
            dialog->recordingOpened(result.path, result.status == LoadStatus::Complete || result.status == LoadStatus::Incomplete);
        });
    }
    dialog_->show();
    dialog_->raise();
    dialog_->activateWindow();
    return dialog_;
}

} // namespace tcplens::ui
