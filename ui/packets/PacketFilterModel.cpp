#include "PacketFilterModel.h"

#include "PacketListModel.h"

namespace tcplens::ui {

PacketFilterModel::PacketFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    // The filters read records that never change: a dataChanged (time format, palette) needs no refilter.
    setDynamicSortFilter(false);
}

void PacketFilterModel::setPacketModel(PacketListModel* model)
{
    packets_ = model;
    setSourceModel(model);
}

void PacketFilterModel::setStreamFilter(std::optional<std::uint32_t> stream)
{
    if (stream == stream_)
        return;
    stream_ = stream;
    refilter();
}

void PacketFilterModel::setHandshakesAndClosesOnly(bool only)
{
    if (only == handshakesOnly_)
        return;
    handshakesOnly_ = only;
    refilter();
}

void PacketFilterModel::setFrameMask(FrameMask mask)
{
    mask_ = std::move(mask);
    refilter();
}

void PacketFilterModel::refilter()
{
    // One layout change, not Qt's incremental removal: that costs O(rows) per removed run,
    // minutes for a sparse result over millions of rows. Selections survive either way.
    invalidate();
    // A delta time counts from the row shown above, which the filter just changed.
    if (packets_ && packets_->timeFormat() == PacketListModel::TimeFormat::SincePreviousDisplayed && rowCount() > 0)
        emit dataChanged(index(0, PacketListModel::TimeColumn), index(rowCount() - 1, PacketListModel::TimeColumn),
                         {Qt::DisplayRole});
}

int PacketFilterModel::sourceRow(int row) const
{
    const auto source = mapToSource(index(row, 0));
    return source.isValid() ? source.row() : -1;
}

int PacketFilterModel::rowOfSource(int sourceRow) const
{
    if (!packets_)
        return -1;
    const auto shown = mapFromSource(packets_->index(sourceRow, 0));
    return shown.isValid() ? shown.row() : -1;
}

QVariant PacketFilterModel::data(const QModelIndex& index, int role) const
{
    if (packets_ && role == Qt::DisplayRole && index.column() == PacketListModel::TimeColumn
        && packets_->timeFormat() == PacketListModel::TimeFormat::SincePreviousDisplayed && index.isValid()) {
        const int previous = index.row() > 0 ? sourceRow(index.row() - 1) : -1;
        return packets_->timeText(mapToSource(index).row(), previous);
    }
    return QSortFilterProxyModel::data(index, role);
}

bool PacketFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!packets_ || sourceParent.isValid())
        return true;
    if (mask_ && (static_cast<std::size_t>(sourceRow) >= mask_->size() || !(*mask_)[static_cast<std::size_t>(sourceRow)]))
        return false;
    const auto& record = packets_->analysis(sourceRow);
    if (stream_ && record.stream != *stream_)
        return false;
    if (handshakesOnly_ && !record.hasHeaderFlag(tcpflag::Syn | tcpflag::Fin | tcpflag::Rst))
        return false;
    return true;
}

} // namespace tcplens::ui
