#pragma once
// What "Apply as Filter" puts in the filter bar for a thing under the mouse: a field of the detail
// tree, a cell of the packet list, a conversation or one of its ends; the core writes the
// tcpdump expression, this names (translated) why there is none.

#include <filter/BpfFieldExpression.h>

#include <QCoreApplication>
#include <QString>

namespace tcplens { struct ConversationSummary; }

namespace tcplens::ui {

class PacketListModel;

struct FilterChoice {
    QString expression; ///< tcpdump syntax; empty when whyNot says why there is none.
    QString whyNot;
    [[nodiscard]] bool ok() const noexcept { return !expression.isEmpty(); }
};

class FieldFilter {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::FieldFilter)
public:
    [[nodiscard]] static FilterChoice of(const BpfExpression& expression);
    /// Field `spanIndex` of PacketListModel::fieldSpans(row).
    [[nodiscard]] static FilterChoice forField(const PacketListModel& packets, int row, int spanIndex);
    /// The field a packet-list column shows (Source: the source address, Flags: the TCP flags, ...).
    [[nodiscard]] static FilterChoice forColumn(const PacketListModel& packets, int row, int column);
    /// A conversation (both directions), or one end of it when `endpoint` is 0 (client) or 1 (server).
    [[nodiscard]] static FilterChoice forConversation(const ConversationSummary& conversation, int endpoint = -1);
    [[nodiscard]] static QString gapText(BpfGap gap);
};

} // namespace tcplens::ui
