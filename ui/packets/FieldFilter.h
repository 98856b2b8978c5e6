#pragma once
// What "Apply as Filter" puts in the filter bar for a thing under the mouse: a field of the detail
// tree, a cell of the packet list, a conversation or one of its ends, in display-filter syntax
// (`tcp.srcport == 80`, `ip.addr == 10.0.0.5`, `tcp.stream == 3`) as Wireshark writes it; the core
// builds the expression, this names (translated) why there is none.

#include <QCoreApplication>
#include <QString>

namespace tcplens { struct ConversationSummary; }

namespace tcplens::ui {

class PacketListModel;

struct FilterChoice {
    QString expression; ///< Display-filter syntax; empty when whyNot says why there is none.
    QString whyNot;
    [[nodiscard]] bool ok() const noexcept { return !expression.isEmpty(); }
};

class FieldFilter {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::FieldFilter)
public:
    /// Field `spanIndex` of PacketListModel::fieldSpans(row).
    [[nodiscard]] static FilterChoice forField(const PacketListModel& packets, int row, int spanIndex);
    /// The field a packet-list column shows (Source: the source address, Flags: the TCP flags, ...).
    [[nodiscard]] static FilterChoice forColumn(const PacketListModel& packets, int row, int column);
    /// A conversation (its stream), or one end of it when `endpoint` is 0 (client) or 1 (server).
    [[nodiscard]] static FilterChoice forConversation(const ConversationSummary& conversation, int endpoint = -1);
    /// The tcpdump (BPF) expression of a display filter, or (whyNot) why BPF cannot say it.
    [[nodiscard]] static FilterChoice asBpf(const QString& displayFilter);
};

} // namespace tcplens::ui
