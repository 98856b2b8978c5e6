#pragma once
// The File, View and Analyze menus of the main window (Edit and Go are PacketNavigation's, Help
// is HelpMenu's): their QActions and shortcuts, each a call on the window or one of its panels,
// the recent files, and which entries are enabled; rebuilt in place when the language changes.

#include "RecentFiles.h"

#include <QObject>

class QAction;
class QMenu;

namespace tcplens::ui {

class MainWindow;

class MainMenus : public QObject {
    Q_OBJECT
public:
    /// Adds File, View and Analyze to `window`'s menu bar; its panels must exist.
    explicit MainMenus(MainWindow& window);

    /// Enables the entries that apply to what the window holds now (capturing, loading, a file
    /// open, packets that can be read again).
    void updateActions();
    /// Puts `path` first in File › Open Recent.
    void addRecent(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createFileMenu();
    void createViewMenu();
    void createAnalyzeMenu();
    QMenu* freshMenu(QMenu*& menu, const QString& title);
    void chooseAndOpen();
    void fillRecentMenu();

    MainWindow& window_;
    RecentFiles recent_;
    QMenu* file_ = nullptr;
    QMenu* view_ = nullptr;
    QMenu* analyze_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* captureAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QAction* saveAsAction_ = nullptr;
    QAction* closeAction_ = nullptr;
    QAction* propertiesAction_ = nullptr;
    QAction* relativeAction_ = nullptr; ///< Shared with the flow graph's toolbar: made once.
};

} // namespace tcplens::ui
