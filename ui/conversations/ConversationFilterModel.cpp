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

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (streams_) {
        const auto stream = sourceModel()->index(sourceRow, 0, sourceParent).data(ConversationModel::StreamRole);
        if (!stream.isValid() || stream.toUInt() >= streams_->size() || !(*streams_)[stream.toUInt()])
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace tcplens::ui
