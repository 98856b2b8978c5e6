#include "HelpMenu.h"

#include "AppInfo.h"
#include "HelpDialog.h"

#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace tcplens::ui {

HelpMenu::HelpMenu(QMainWindow& window) : QObject(&window), window_(window), menu_(new QMenu(&window))
{
    menu_->setObjectName(QStringLiteral("helpMenu"));
    guide_ = menu_->addAction(QString(), this, &HelpMenu::showGuide);
    guide_->setShortcut(QKeySequence::HelpContents);
    shortcuts_ = menu_->addAction(QString(), this, &HelpMenu::showShortcuts);
    menu_->addSeparator();
    about_ = menu_->addAction(QString(), this, &HelpMenu::showAbout);
    about_->setMenuRole(QAction::AboutRole);
    window.menuBar()->addMenu(menu_);
    retranslate();
    window.installEventFilter(this);
}

void HelpMenu::retranslate()
{
    menu_->setTitle(tr("&Help"));
    guide_->setText(tr("&User Guide"));
    shortcuts_->setText(tr("&Keyboard Shortcuts"));
    about_->setText(tr("&About tcplens"));
}

bool HelpMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &window_ && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

HelpDialog* HelpMenu::dialog()
{
    if (!dialog_) {
        dialog_ = new HelpDialog(window_.menuBar(), &window_);
        dialog_->setAttribute(Qt::WA_DeleteOnClose);
    }
    return dialog_;
}

HelpDialog* HelpMenu::showGuide()
{
    auto* help = dialog();
    help->showPage(HelpDialog::Page::Guide);
    help->show();
    help->raise();
    return help;
}

HelpDialog* HelpMenu::showShortcuts()
{
    auto* help = dialog();
    help->showPage(HelpDialog::Page::Shortcuts);
    help->show();
    help->raise();
    return help;
}

void HelpMenu::showAbout()
{
    QMessageBox::about(&window_, tr("About tcplens"),
                       tr("<h3>tcplens %1</h3><p>Makes TCP visible: open a capture and follow every "
                          "segment, flag and option of its connections.</p>")
                           .arg(versionText()));
}

} // namespace tcplens::ui
