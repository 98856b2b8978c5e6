#include "ConversationFilterModel.h"

#include "ConversationModel.h"

namespace tcplens::ui {

void ConversationFilterModel::setMatchingStreams(std::shared_ptr<const std::vector<bool>> streams)
{
    streams_ = std::move(streams);
    invalidateFilter();
}

void ConversationFilterModel::setMatchingPackets(const std::vector<bool>* mask, const PacketAnalysisStore& analyses)
{
    std::shared_ptr<std::vector<bool>> streams;
    if (mask) {
        streams = std::make_shared<std::vector<bool>>(static_cast<std::size_t>(sourceModel()->rowCount()), false);
        for (std::size_t n = 0; n < mask->size(); ++n) {
            const auto& record = analyses[n];
            if ((*mask)[n] && record.isTcp() && record.stream < streams->size())
                (*streams)[record.stream] = true;
        }
    }
    setMatchingStreams(std::move(streams));
}

void ConversationFilterModel::setCompact(bool compact)
{
    if (compact == compact_)
        return;
    compact_ = compact;
    emit headerDataChanged(Qt::Horizontal, ConversationModel::StreamColumn, ConversationModel::StreamColumn);
}

void ConversationFilterModel::setPairTitle(const QString& title)
{
    if (title == pairTitle_)
        return;
    pairTitle_ = title;
    emit headerDataChanged(Qt::Horizontal, ConversationModel::PairColumn, ConversationModel::PairColumn);
}

QVariant ConversationFilterModel::data(const QModelIndex& index, int role) const
{
    if (compact_ && role == Qt::ToolTipRole && index.column() == ConversationModel::StateColumn) {
        const QString findings = index.siblingAtColumn(ConversationModel::ExpertColumn).data(role).toString();
        const QString state = QSortFilterProxyModel::data(index, role).toString();
        return findings.isEmpty() ? state : state + QLatin1Char('\n') + findings;
    }
    return QSortFilterProxyModel::data(index, role);
}

QVariant ConversationFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (compact_ && orientation == Qt::Horizontal && section == ConversationModel::StreamColumn) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("#");
        if (role == Qt::ToolTipRole)
            return QSortFilterProxyModel::headerData(section, orientation, Qt::DisplayRole);
    }
    if (orientation == Qt::Horizontal && section == ConversationModel::PairColumn && role == Qt::DisplayRole
        && !pairTitle_.isEmpty())
        return pairTitle_;
    if (orientation == Qt::Horizontal && section == ConversationModel::PairColumn && role == Qt::ToolTipRole)
        return QSortFilterProxyModel::headerData(section, orientation, Qt::DisplayRole);
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    // A stream number only a TCP header quoted in an ICMP error took (tshark numbers it too, but
    // -z conv,tcp lists no conversation for it) has no packets: no row until a segment comes.
    if (const auto* model = qobject_cast<const ConversationModel*>(sourceModel()))
        if (const auto* c = model->conversation(sourceRow); c && c->packets() == 0)
            return false;
    if (streams_) {
        const auto stream = sourceModel()->index(sourceRow, 0, sourceParent).data(ConversationModel::StreamRole);
        if (!stream.isValid() || stream.toUInt() >= streams_->size() || !(*streams_)[stream.toUInt()])
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace tcplens::ui
