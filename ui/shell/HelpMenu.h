#pragma once
// The Help menu, last on the menu bar as in every desktop program: the user guide, the keyboard
// shortcuts and About.

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace tcplens::ui {

class HelpDialog;

class HelpMenu : public QObject {
    Q_OBJECT
public:
    /// Appends the menu to `window`'s menu bar: add it after every other menu.
    explicit HelpMenu(QMainWindow& window);

    /// Opens (or raises) the help window on the guide or on the shortcuts.
    HelpDialog* showGuide();
    HelpDialog* showShortcuts();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    HelpDialog* dialog();
    void showAbout();

    QMainWindow& window_;
    QMenu* menu_;
    QAction* guide_;
    QAction* shortcuts_;
    QAction* about_;
    QPointer<HelpDialog> dialog_;
};

} // namespace tcplens::ui
