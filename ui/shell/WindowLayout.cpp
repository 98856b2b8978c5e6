#include "WindowLayout.h"

#include <conversations/ConversationsPanel.h>
#include <flowgraph/FlowGraphView.h>

#include <QDockWidget>
#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace tcplens::ui {

namespace {
const QString kStateKey = QStringLiteral("window/state");
const QString kGeometryKey = QStringLiteral("window/geometry");
constexpr int kStateVersion = 2; // the flow graph became the central widget: older states do not apply

QDockWidget* makeDock(QMainWindow& window, const QString& name, QWidget* widget)
{
    auto* dock = new QDockWidget(&window);
    dock->setObjectName(name); // saveState() needs it to remember the layout
    dock->setWidget(widget);
    return dock;
}
} // namespace

WindowLayout::WindowLayout(QMainWindow& window) : window_(window) {}

void WindowLayout::createDocks(const Panels& panels)
{
    conversationsPanel_ = panels.conversations;
    packetList_ = panels.packets;
    graph_ = panels.graph;
    conversations_ = makeDock(window_, QStringLiteral("conversationsDock"), panels.conversations);
    inspector_ = makeDock(window_, QStringLiteral("inspectorDock"), panels.inspector);
    packets_ = makeDock(window_, QStringLiteral("packetsDock"), panels.packets);
    charts_ = makeDock(window_, QStringLiteral("chartsDock"), panels.charts);
    expert_ = makeDock(window_, QStringLiteral("expertDock"), panels.expert);
    // Only on showing: a closing window hides its docks while its layout is being taken down.
    QObject::connect(charts_, &QDockWidget::visibilityChanged, charts_, [this](bool visible) {
        chartsOnTop_ = visible;
        if (visible)
            chartsShown();
    });
    QObject::connect(packets_, &QDockWidget::visibilityChanged, packets_, [this](bool visible) {
        if (visible)
            packetsShown();
    });
    // The sidebar follows its columns (a load, the findings beside the states, a zoom).
    QObject::connect(panels.conversations, &ConversationsPanel::wantedWidthChanged, conversations_,
                     [this] { windowResized(); });
    window_.setDockNestingEnabled(true);
    window_.setDockOptions(window_.dockOptions() | QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    // The bottom tabs run under the inspector, so the packet list has room for its Info column
    // (and under the sidebar too when it can: applyDefaultSizes()).
    window_.setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    place();
}

void WindowLayout::setTitles(const QString& conversations, const QString& inspector, const QString& packets,
                             const QString& charts)
{
    conversations_->setWindowTitle(conversations);
    inspector_->setWindowTitle(inspector);
    packets_->setWindowTitle(packets);
    charts_->setWindowTitle(charts);
}

void WindowLayout::place()
{
    for (auto* dock : docks()) {
        dock->setFloating(false);
        dock->show();
    }
    window_.addDockWidget(Qt::LeftDockWidgetArea, conversations_);
    window_.addDockWidget(Qt::RightDockWidgetArea, inspector_);
    window_.addDockWidget(Qt::BottomDockWidgetArea, packets_);
    window_.tabifyDockWidget(packets_, charts_);
    window_.tabifyDockWidget(charts_, expert_);
    packets_->raise();
    applyDefaultSizes();
}

void WindowLayout::applyDefaultSizes()
{
    const int w = window_.width();
    const int h = window_.height();
    // The flow graph first: two lifelines with whole labels and comments wide enough to read...
    const int graph = window_.centralWidget()->sizeHint().width();
    // ...then the sidebar as wide as its columns (within 15-30% of the window, and never narrower
    // than its compact set with a pair of ports whole: "54762⇄5020", not "…30 ⇄ …"), the inspector
    // as wide as the header diagram reads comfortably (within 21-34%); when they do not all fit,
    // the inspector gives way first (its diagram scales to its width), then the sidebar.
    const int sidebarLeast = std::max(w * 15 / 100, conversationsPanel_->compactLeastWidth());
    const int inspectorLeast = w * 21 / 100;
    int sidebar = std::clamp(conversations_->widget()->sizeHint().width(), sidebarLeast, std::max(sidebarLeast, w * 30 / 100));
    int inspector = std::clamp(inspector_->widget()->sizeHint().width(), inspectorLeast, w * 34 / 100);
    // (The graph's width is what the docks and the two separators beside it leave.)
    if (const int missing = graph - (w - sidebar - inspector - 2 * separatorExtent()); missing > 0) {
        const int fromInspector = std::min(missing, inspector - inspectorLeast);
        inspector -= fromInspector;
        sidebar -= std::min(missing - fromInspector, sidebar - sidebarLeast);
    }
    window_.resizeDocks({conversations_, inspector_}, {sidebar, inspector}, Qt::Horizontal);
    const int bottom = chartsOnTop_ ? h * 55 / 100 : bottomHeight();
    // The bottom tabs run the window's width, every packet column shown, unless that leaves the
    // sidebar fewer than kSidebarRows rows: then the sidebar runs the window's height beside them.
    window_.setCorner(Qt::BottomLeftCorner,
                      sidebarRowsAbove(bottom) >= kSidebarRows ? Qt::BottomDockWidgetArea : Qt::LeftDockWidgetArea);
    window_.resizeDocks({packets_}, {bottom}, Qt::Vertical);
}

int WindowLayout::sidebarRowsAbove(int bottom) const
{
    const QWidget* centre = window_.centralWidget();
    const QTableView* list = conversationsPanel_->view();
    if (!centre || window_.dockWidgetArea(conversations_) != Qt::LeftDockWidgetArea || conversations_->isHidden())
        return kSidebarRows; // not beside the bottom tabs: it keeps its height either way
    const int full = bottomAreaEnd() - centre->y(); // the dock areas' height between the toolbars and the status bar
    const int chrome = conversations_->height() - list->viewport()->height();
    return (full - bottom - separatorExtent() - chrome) / std::max(1, list->verticalHeader()->defaultSectionSize());
}

int WindowLayout::separatorExtent() const
{
    return window_.style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, &window_);
}

int WindowLayout::bottomAreaEnd() const
{
    const QWidget* status = window_.statusBar();
    return status && status->isVisible() ? status->y() : window_.height();
}

int WindowLayout::bottomHeight()
{
    // The flow graph shows its conversation whole when it can, and the packet list gets what it
    // spares, up to kPacketRows rows; a conversation too long to show whole anyway leaves the
    // packet list kPacketRows rows. Never less than a fifth of the height (190 px at least).
    const int least = std::max(window_.height() * 20 / 100, 190);
    const QWidget* centre = window_.centralWidget();
    if (!packetList_ || !graph_ || !centre || packets_->isHidden() || packets_->isFloating()
        || window_.dockWidgetArea(packets_) != Qt::BottomDockWidgetArea)
        return least;
    // The bottom area (what resizeDocks() sizes): from under the flow graph and its separator down
    // to the status bar, the tab bar included. What of it is not packet rows (the dock's title, the
    // list's header, the tab bar) is measured while the packet list's tab is on top.
    const int area = bottomAreaEnd() - (centre->geometry().bottom() + 1) - separatorExtent();
    if (packetList_->isVisible())
        packetChrome_ = area - packetList_->viewport()->height();
    if (packetChrome_ < 0)
        return least;
    const int rows = packetChrome_ + kPacketRows * packetList_->verticalHeader()->defaultSectionSize();
    // What the graph spares with nothing to scroll, else with every row whole (a margin under the last to scroll to).
    const int shared = centre->height() + area;
    const int chrome = centre->height() - graph_->viewport()->height();
    int spare = shared - chrome - graph_->contentHeight();
    if (spare < least)
        spare = shared - chrome - graph_->wholeHeight();
    if (spare < least)
        return std::max(least, rows);
    return std::clamp(spare, least, std::max(least, rows));
}

void WindowLayout::chartsShown()
{
    if (charts_->isFloating() || window_.dockWidgetArea(charts_) != Qt::BottomDockWidgetArea)
        return;
    const int wanted = window_.height() * 55 / 100;
    if (charts_->height() < wanted) {
        heightBeforeCharts_ = charts_->height();
        window_.resizeDocks({charts_}, {wanted}, Qt::Vertical);
    }
}

void WindowLayout::packetsShown()
{
    if (heightBeforeCharts_ < 0 || packets_->isFloating() || window_.dockWidgetArea(packets_) != Qt::BottomDockWidgetArea)
        return;
    window_.resizeDocks({packets_}, {heightBeforeCharts_}, Qt::Vertical); // back to the packet list's height
    heightBeforeCharts_ = -1;
}

void WindowLayout::reset()
{
    userLayout_ = false;
    heightBeforeCharts_ = -1;
    place();
}

bool WindowLayout::restore()
{
    const QSettings settings;
    const bool geometry = window_.restoreGeometry(settings.value(kGeometryKey).toByteArray());
    userLayout_ = window_.restoreState(settings.value(kStateKey).toByteArray(), kStateVersion);
    return geometry;
}

void WindowLayout::save() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, window_.saveGeometry());
    settings.setValue(kStateKey, window_.saveState(kStateVersion));
}

void WindowLayout::windowResized()
{
    if (!userLayout_)
        applyDefaultSizes(); // until the user's saved layout takes over
}

void WindowLayout::showCharts()
{
    showBottomTab(charts_);
}

void WindowLayout::showExpert()
{
    showBottomTab(expert_);
}

void WindowLayout::setExpertTitle(const QString& title)
{
    expert_->setWindowTitle(title);
}

void WindowLayout::showBottomTab(QDockWidget* dock)
{
    if (dock->isHidden() && !dock->isFloating()) {
        dock->show();
        if (!window_.tabifiedDockWidgets(packets_).contains(dock) && window_.dockWidgetArea(packets_) != Qt::NoDockWidgetArea
            && !packets_->isHidden())
            window_.tabifyDockWidget(packets_, dock);
    }
    dock->show();
    dock->raise();
}

} // namespace tcplens::ui
