#pragma once
// Where the main window's docks go: the conversation list as a sidebar on the left, the packet
// inspector on the right, the packet list and the charts as tabs at the bottom, the flow graph
// in the middle. Sizes the default arrangement for the window's size and the conversation shown,
// remembers the user's arrangement and geometry (QSettings) and puts the default back on request.

#include <QList>
#include <QString>

class QDockWidget;
class QMainWindow;
class QTableView;
class QWidget;

namespace tcplens::ui {

class ConversationsPanel;
class FlowGraphView;

class WindowLayout {
public:
    /// The panels the layout arranges (the flow graph is the window's central widget).
    struct Panels {
        ConversationsPanel* conversations = nullptr;
        QWidget* inspector = nullptr;
        QTableView* packets = nullptr;
        QWidget* charts = nullptr;
        QWidget* expert = nullptr; ///< Expert Information, a third bottom tab.
        const FlowGraphView* graph = nullptr; ///< The central widget's graph, for the height it wants.
    };

    /// Packet rows the bottom tabs show when the flow graph cannot show its conversation whole anyway.
    static constexpr int kPacketRows = 8;
    /// Rows the conversation sidebar shows at the least.
    static constexpr int kSidebarRows = 15;

    explicit WindowLayout(QMainWindow& window);

    /// Wraps the panels in docks (named for saveState()) and arranges them the default way.
    void createDocks(const Panels& panels);
    /// The docks' titles (again after a language switch).
    void setTitles(const QString& conversations, const QString& inspector, const QString& packets, const QString& charts);
    /// Puts every dock back in its default place and size (View › Reset Layout).
    void reset();
    /// Takes the arrangement and geometry saved by save(); false when there is none.
    bool restore();
    void save() const;
    /// Sizes the default arrangement for the window's current size, unless restore() took a saved one.
    void windowResized();
    /// The same once a capture's first conversation is drawn (the bottom tabs' height depends on it).
    void conversationShown() { windowResized(); }
    /// Brings the Charts tab forward (showing its dock if it was closed).
    void showCharts();
    /// Brings the Expert Information tab forward (showing its dock if it was closed).
    void showExpert();
    void setExpertTitle(const QString& title);

    [[nodiscard]] QDockWidget* conversationsDock() const noexcept { return conversations_; }
    [[nodiscard]] QDockWidget* inspectorDock() const noexcept { return inspector_; }
    [[nodiscard]] QDockWidget* packetsDock() const noexcept { return packets_; }
    [[nodiscard]] QDockWidget* chartsDock() const noexcept { return charts_; }
    [[nodiscard]] QDockWidget* expertDock() const noexcept { return expert_; }
    [[nodiscard]] QList<QDockWidget*> docks() const { return {conversations_, inspector_, packets_, charts_, expert_}; }

private:
    void place();
    void applyDefaultSizes();
    /// The bottom tabs' default height: see applyDefaultSizes().
    [[nodiscard]] int bottomHeight();
    /// Rows the sidebar would list with bottom tabs `bottom` high running under it.
    [[nodiscard]] int sidebarRowsAbove(int bottom) const;
    /// Where the bottom dock area ends: the status bar's top.
    [[nodiscard]] int bottomAreaEnd() const;
    /// The width of the separator between two docks, or a dock and the flow graph.
    [[nodiscard]] int separatorExtent() const;
    /// A chart wants height: the bottom tabs grow while the Charts tab is on top...
    void chartsShown();
    /// ...and shrink back when the packet list's tab is.
    void packetsShown();
    /// Shows `dock` as a bottom tab beside the packet list and raises it.
    void showBottomTab(QDockWidget* dock);

    QMainWindow& window_;
    QDockWidget* conversations_ = nullptr;
    const ConversationsPanel* conversationsPanel_ = nullptr;
    QDockWidget* inspector_ = nullptr;
    QDockWidget* packets_ = nullptr;
    const QTableView* packetList_ = nullptr;
    const FlowGraphView* graph_ = nullptr;
    int packetChrome_ = -1; // the bottom area's height less the packet list's viewport (-1: not measured yet)
    QDockWidget* charts_ = nullptr;
    QDockWidget* expert_ = nullptr;
    bool userLayout_ = false; // a restored or rearranged layout keeps its sizes
    bool chartsOnTop_ = false;
    int heightBeforeCharts_ = -1; // the bottom tabs' height before the charts made them taller
};

} // namespace tcplens::ui
