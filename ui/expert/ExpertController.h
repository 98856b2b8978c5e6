#pragma once
// Expert Information for the capture on screen: collects the items on a worker thread once the
// packets are all in, feeds the Expert tab, the status bar's severity badge and Go › Next/Previous
// Problem. Never reads the packet store while it grows: a reset or an append stops the worker first.

#include "shell/ThemeKind.h"

#include <expert/ExpertInfo.h>

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QStatusBar;
class QToolButton;

namespace tcplens::ui {

class ExpertPanel;
class PacketListModel;

class ExpertController : public QObject {
    Q_OBJECT
public:
    /// What the controller needs of the window: the selected packet row (-1 none), whether a row
    /// passes the display filter, and selecting a row.
    struct Window {
        std::function<int()> currentRow;
        std::function<bool(int)> isShown;
        std::function<void(int)> selectRow;
    };

    ExpertController(PacketListModel& packets, ExpertPanel& panel, QStatusBar& statusBar, Window window,
                     QObject* parent = nullptr);
    ~ExpertController() override;

    /// Adds Next Problem / Previous Problem (Ctrl+Alt+N / Ctrl+Alt+B) to `go`.
    void addGoActions(QMenu& go);
    /// Collects the items of every packet loaded now (after a load or a capture ended).
    void recompute();
    /// Selects the next (previous) shown packet with a note, warning or error; false when none.
    bool stepToProblem(bool forward);
    void setTheme(ThemeKind theme);
    /// Stops a running collection and waits for it (before the packet store goes away).
    void stop();

    [[nodiscard]] std::shared_ptr<const ExpertInfo> info() const noexcept { return info_; }
    [[nodiscard]] bool isWorking() const noexcept { return worker_ != nullptr; }
    [[nodiscard]] QToolButton* indicator() const noexcept { return indicator_; }
    [[nodiscard]] QAction* nextProblemAction() const noexcept { return next_; }
    [[nodiscard]] QAction* previousProblemAction() const noexcept { return previous_; }

signals:
    /// New items are shown (null after the packets went away).
    void infoChanged(std::shared_ptr<const tcplens::ExpertInfo> info);
    /// The status bar badge was clicked: show the Expert tab.
    void showRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setInfo(std::shared_ptr<const ExpertInfo> info);
    void updateIndicator();
    void retranslate();

    PacketListModel& packets_;
    ExpertPanel& panel_;
    Window window_;
    std::shared_ptr<const ExpertInfo> info_;
    QThread* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_;
    quint64 generation_ = 0;
    QToolButton* indicator_;
    QAction* next_ = nullptr;
    QAction* previous_ = nullptr;
    ThemeKind theme_ = ThemeKind::Light;
};

} // namespace tcplens::ui
