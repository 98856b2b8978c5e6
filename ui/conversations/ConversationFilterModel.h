#pragma once
// Conversations shown in the panel: the text search plus, when a display filter is applied,
// only the conversations that have at least one matching packet. Compact (a narrow sidebar), the
// Stream column is headed "#" and the state's tooltip carries the expert findings drawn beside it.

#include <capture/PacketAnalysisStore.h>

#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace tcplens::ui {

class ConversationFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// streams[n] says whether stream n has a matching packet; null shows every conversation.
    void setMatchingStreams(std::shared_ptr<const std::vector<bool>> streams);
    /// Only the conversations with a packet `mask` keeps (mask[n]: packet n, its stream in
    /// `analyses`); null shows every conversation.
    void setMatchingPackets(const std::vector<bool>* mask, const PacketAnalysisStore& analyses);
    void setCompact(bool compact);
    /// The "client ⇄ server" title as it fits its column (the header does not shorten it itself).
    void setPairTitle(const QString& title);
    [[nodiscard]] bool isCompact() const noexcept { return compact_; }

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::shared_ptr<const std::vector<bool>> streams_;
    bool compact_ = false;
    QString pairTitle_;
};

} // namespace tcplens::ui
