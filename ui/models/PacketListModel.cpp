#include "PacketListModel.h"

#include "PacketColumnText.h"
#include "PacketRowStyle.h"

#include <decode/PacketDecoder.h>
#include <export/PacketText.h>

#include <QBrush>

namespace tcplens::ui {

PacketListModel::PacketListModel(QObject* parent) : QAbstractTableModel(parent) {}

void PacketListModel::reset(PacketStore store)
{
    beginResetModel();
    store_ = std::move(store);
    numbers_.clear();
    lastDecoded_.reset();
    endResetModel();
}

void PacketListModel::append(const PacketBatch& batch)
{
    if (batch.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(batch.size()) - 1);
    for (const auto& packet : batch.packets)
        store_.append(packet);
    numbers_.insert(numbers_.end(), batch.numbers.begin(), batch.numbers.end());
    numbers_.resize(store_.size()); // a batch is parallel by construction; never read past it
    endInsertRows();
}

DecodedPacket PacketListModel::decoded(int row) const
{
    return cachedDecode(row);
}

FieldSpans PacketListModel::fieldSpans(int row) const
{
    FieldSpans spans;
    if (row < 0 || row >= rowCount())
        return spans;
    const auto n = static_cast<PacketNumber>(row);
    (void)decodePacket(store_.bytes(n), store_.index().wireLength(n), store_.info().linkType, &spans);
    return spans;
}

int PacketListModel::firstTcpRow() const
{
    for (int row = 0; row < rowCount(); ++row)
        if (cachedDecode(row).isTcp())
            return row;
    return -1;
}

void PacketListModel::setInfoFont(const QFont& font)
{
    infoFont_ = font;
    if (rowCount() > 0)
        emit dataChanged(index(0, InfoColumn), index(rowCount() - 1, InfoColumn), {Qt::FontRole});
}

int PacketListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(store_.size());
}

int PacketListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DecodedPacket& PacketListModel::cachedDecode(int row) const
{
    if (!lastDecoded_ || lastDecoded_->first != row) {
        const auto n = static_cast<PacketNumber>(row);
        lastDecoded_.emplace(row, decodePacket(store_.bytes(n), store_.index().wireLength(n), store_.info().linkType));
    }
    return lastDecoded_->second;
}

QString PacketListModel::displayText(int row, int column) const
{
    const auto n = static_cast<PacketNumber>(row);
    const auto& index = store_.index();
    switch (column) {
    case NumberColumn: return QString::number(row + 1);
    case TimeColumn: return relativeTimeText(index.timestampNs(n), index.timestampNs(0));
    case SourceColumn: return sourceText(cachedDecode(row));
    case DestinationColumn: return destinationText(cachedDecode(row));
    case ProtocolColumn: return protocolText(cachedDecode(row));
    case LengthColumn: return QString::number(index.wireLength(n));
    case InfoColumn:
        return QString::fromStdString(tcpdumpLine(store_.bytes(n), cachedDecode(row), numbers_[n]));
    default: return {};
    }
}

QVariant PacketListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayText(row, column);
    case Qt::TextAlignmentRole:
        if (column == NumberColumn || column == TimeColumn || column == LengthColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole: return column == InfoColumn ? QVariant(infoFont_) : QVariant();
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        if (const auto colours = coloursOf(rowToneOf(cachedDecode(row))))
            return QBrush(role == Qt::BackgroundRole ? colours->background : colours->foreground);
        return {};
    case Qt::ToolTipRole: {
        const auto& packet = cachedDecode(row);
        if (!packet.problems.empty())
            return problemsText(packet);
        return column == InfoColumn ? displayText(row, column) : QVariant();
    }
    case PacketNumberRole: return static_cast<uint>(row);
    case RowToneRole: return static_cast<int>(rowToneOf(cachedDecode(row)));
    default: return {};
    }
}

QVariant PacketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("No.");
    case TimeColumn: return tr("Time");
    case SourceColumn: return tr("Source");
    case DestinationColumn: return tr("Destination");
    case ProtocolColumn: return tr("Protocol");
    case LengthColumn: return tr("Length");
    case InfoColumn: return tr("Info");
    default: return {};
    }
}

} // namespace tcplens::ui
