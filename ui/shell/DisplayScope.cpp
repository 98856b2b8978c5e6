#include "DisplayScope.h"

#include "MainWindow.h"
#include "capture/CaptureStatusBar.h"
#include "charts/ChartsPanel.h"
#include "conversations/ConversationFilterModel.h"
#include "conversations/ConversationsPanel.h"
#include "flowgraph/FlowGraphPanel.h"
#include "packets/FilterBar.h"
#include "packets/PacketFilterModel.h"
#include "packets/PacketListModel.h"
#include "packets/PacketTableView.h"

namespace tcplens::ui {

DisplayScope::DisplayScope(MainWindow& window) : QObject(&window), window_(window)
{
    auto* filterBar = window.filterBar();
    auto* packets = window.packetModel();
    auto* status = window.captureStatusBar();
    connect(window.conversationsPanel(), &ConversationsPanel::conversationChosen, this,
            [this](std::uint32_t stream) { followStream(stream); });
    connect(filterBar, &FilterBar::filterApplied, this, &DisplayScope::applyFilter);
    connect(filterBar, &FilterBar::streamChipClosed, this, [this] { followStream(std::nullopt); });
    connect(filterBar, &FilterBar::notice, status, [status](const QString& message, bool warning) {
        status->setNotice(message, warning ? CaptureStatusBar::NoticeKind::Warning : CaptureStatusBar::NoticeKind::Info);
    });
    // The filter's worker reads the packets: it stops before they change (a load's reapply follows).
    connect(packets, &QAbstractItemModel::rowsAboutToBeInserted, filterBar, &FilterBar::stopFiltering);
    connect(packets, &QAbstractItemModel::modelAboutToBeReset, filterBar, &FilterBar::stopFiltering);
    auto* shown = window.packetFilter();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(shown, signal, this, &DisplayScope::updateDisplayedCount);
    connect(shown, &QAbstractItemModel::modelReset, this, &DisplayScope::updateDisplayedCount);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &DisplayScope::updateDisplayedCount);
}

void DisplayScope::applyFilter(std::shared_ptr<const std::vector<bool>> mask, const QString& expression)
{
    auto* packets = window_.packetModel();
    window_.conversationFilter()->setMatchingPackets(mask.get(), packets->analyses());
    window_.packetFilter()->setFrameMask(std::move(mask));
    if (window_.flowGraph()->scope() == FlowGraphPanel::Scope::AllShown)
        window_.flowGraph()->refresh();
    updateDisplayedCount();
    const bool bpf = window_.filterBar()->appliedSyntax() == FilterSyntax::Bpf;
    window_.captureStatusBar()->setNotice(expression.isEmpty() ? QString()
                                          : bpf                ? tr("BPF filter: %1").arg(expression)
                                                               : tr("Display filter: %1").arg(expression));
}

void DisplayScope::updateDisplayedCount()
{
    window_.captureStatusBar()->setDisplayed(static_cast<quint64>(window_.packetFilter()->rowCount()),
                                             static_cast<quint64>(window_.packetModel()->rowCount()));
}

void DisplayScope::followStream(std::optional<std::uint32_t> stream)
{
    auto* packetView = window_.packetView();
    auto* flow = window_.flowGraph();
    const int current = packetView->currentPacketRow();
    window_.packetFilter()->setStreamFilter(stream);
    if (stream) {
        window_.chartsPanel()->showStream(stream);
        flow->followStream(stream);
    }
    window_.filterBar()->setStreamChip(stream ? tr("Conversation %1").arg(*stream) : QString());
    if (!stream) // every packet again; the sidebar still shows the graph's conversation
        window_.conversationsPanel()->showStream(flow->followedStream() ? qint64{*flow->followedStream()} : -1);
    if (current >= 0)
        packetView->selectPacketRow(current); // keeps the packet if it is still shown
    updateDisplayedCount();
}

void DisplayScope::followCurrentConversation()
{
    const int row = window_.packetView()->currentPacketRow();
    if (row < 0)
        return;
    const auto& record = window_.packetModel()->analysis(row);
    if (record.isTcp())
        followStream(record.stream);
}

} // namespace tcplens::ui
