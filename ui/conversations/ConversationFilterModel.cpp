#include "ConversationFilterModel.h"

#include "ConversationModel.h"

namespace tcplens::ui {

void ConversationFilterModel::setMatchingStreams(std::shared_ptr<const std::vector<bool>> streams)
{
    streams_ = std::move(streams);
    invalidateFilter();
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
