#pragma once
// The conversation table: one row per TCP stream (row n is stream n), filled from the loader's
// batches: new streams as one row insertion per batch, touched ones as dataChanged.

#include "loading/PacketBatch.h"

#include "shell/ThemeKind.h"

#include <expert/ExpertInfo.h>
#include <series/StreamLimits.h>
#include <tcp/ConversationSummary.h>

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace tcplens::ui {

class ConversationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StreamColumn, ClientColumn, ServerColumn, StateColumn, HistoryColumn, PacketsClientToServerColumn,
                  PacketsServerToClientColumn, BytesClientToServerColumn, BytesServerToClientColumn, DurationColumn,
                  InitialRttColumn, RetransmissionRateColumn, ExpertColumn,
                  PairColumn, ///< "client ⇄ server": both endpoints in one column, for a narrow sidebar
                  LimitColumn, ///< What held the main data direction's sender back, and for what share of the time
                  ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, ///< Numbers as qulonglong/double, texts as QString: for QSortFilterProxyModel::setSortRole.
        StreamRole,              ///< The row's stream, as uint.
    };

    explicit ConversationModel(QObject* parent = nullptr);

    /// Forgets every conversation (a newly opened file).
    void clear();
    /// Adds the batch's new conversations (one insertion) and refreshes the ones it touched.
    void append(const PacketBatch& batch);
    /// The same, from the summaries alone (ascending stream).
    void apply(const std::vector<ConversationSummary>& touched);

    /// The Expert column's totals (worst severity and count per conversation); null clears them.
    void setExpert(std::shared_ptr<const ExpertInfo> info);
    /// The Limited by column's factors, by stream (the load's pass); null clears them.
    void setLimits(std::shared_ptr<const std::vector<StreamLimitSummary>> limits);
    void setTheme(ThemeKind theme);

    /// The conversation of a row, or nullptr.
    [[nodiscard]] const ConversationSummary* conversation(int row) const noexcept;
    [[nodiscard]] const std::vector<ConversationSummary>& conversations() const noexcept { return rows_; }
    /// The conversation a capture opens with: the first whose handshake was seen, else the
    /// first with packets; -1 when there is none.
    [[nodiscard]] int firstConversationWithHandshake() const noexcept;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] static QString displayText(const ConversationSummary& c, int column);
    [[nodiscard]] static QVariant sortValue(const ConversationSummary& c, int column);
    void emitRowsChanged(const std::vector<int>& rows);
    [[nodiscard]] QVariant expertData(std::uint32_t stream, int role) const;
    [[nodiscard]] QVariant limitData(const ConversationSummary& c, int role) const;

    std::vector<ConversationSummary> rows_;
    std::shared_ptr<const ExpertInfo> expert_;
    std::shared_ptr<const std::vector<StreamLimitSummary>> limits_;
    ThemeKind theme_ = ThemeKind::Light;
};

} // namespace tcplens::ui
