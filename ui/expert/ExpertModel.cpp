#include "ExpertModel.h"

#include "ExpertStyle.h"
#include "ExpertWording.h"

#include <algorithm>

namespace tcplens::ui {

ExpertModel::ExpertModel(QObject* parent) : QAbstractItemModel(parent) {}

void ExpertModel::setInfo(std::shared_ptr<const ExpertInfo> info)
{
    beginResetModel();
    info_ = std::move(info);
    entries_ = info_ ? info_->entries() : std::vector<ExpertEntry>{};
    groups_.clear();
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        if (groups_.empty() || groups_.back().severity != entries_[i].severity)
            groups_.push_back({entries_[i].severity, i, 0, 0});
        ++groups_.back().entryCount;
        groups_.back().items += entries_[i].frames.size();
    }
    endResetModel();
}

void ExpertModel::setTheme(ThemeKind theme)
{
    theme_ = theme;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DecorationRole});
}

void ExpertModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit layoutAboutToBeChanged();
    emit layoutChanged(); // the rows stay; their words (at every level) change
}

QModelIndex ExpertModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr{0});
    if (parent.internalId() == 0)
        return createIndex(row, column, quintptr(parent.row() + 1));
    if (parent.internalId() < kFrameBase) {
        const auto& group = groups_[parent.internalId() - 1];
        return createIndex(row, column, kFrameBase + group.firstEntry + std::size_t(parent.row()));
    }
    return {};
}

QModelIndex ExpertModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    if (child.internalId() < kFrameBase)
        return createIndex(int(child.internalId() - 1), 0, quintptr{0});
    const std::size_t entry = child.internalId() - kFrameBase;
    for (std::size_t g = 0; g < groups_.size(); ++g)
        if (entry >= groups_[g].firstEntry && entry < groups_[g].firstEntry + groups_[g].entryCount)
            return createIndex(int(entry - groups_[g].firstEntry), 0, quintptr(g + 1));
    return {};
}

int ExpertModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(groups_.size());
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == 0)
        return parent.row() < int(groups_.size()) ? int(groups_[std::size_t(parent.row())].entryCount) : 0;
    if (parent.internalId() < kFrameBase) {
        const auto& group = groups_[parent.internalId() - 1];
        return int(entries_[group.firstEntry + std::size_t(parent.row())].frames.size());
    }
    return 0;
}

int ExpertModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ExpertModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto id = index.internalId();
    if (id == 0) {
        const auto& group = groups_[std::size_t(index.row())];
        if (role == SeverityRole)
            return int(group.severity);
        if (role == FrameRole)
            return 0;
        if (role == Qt::DecorationRole && index.column() == SummaryColumn)
            return severityIcon(group.severity, theme_);
        if (role == Qt::DisplayRole) {
            if (index.column() == SummaryColumn)
                return tr("%1 (%n kind(s))", nullptr, int(group.entryCount)).arg(severityDisplayName(group.severity));
            if (index.column() == CountColumn)
                return qulonglong(group.items);
        }
        if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (id < kFrameBase) {
        const auto& group = groups_[id - 1];
        const auto& entry = entries_[group.firstEntry + std::size_t(index.row())];
        if (role == SeverityRole)
            return int(entry.severity);
        if (role == FrameRole)
            return entry.frames.empty() ? 0U : entry.frames.front();
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case SummaryColumn: {
                const QString summary = ExpertWording::summary(entry.kind, entry.value);
                if (role == Qt::DisplayRole)
                    return summary;
                const auto field = expertFieldName(entry.kind); // the filter name, as Wireshark's tooltip
                return summary + QLatin1Char('\n') + QString::fromUtf8(field.data(), qsizetype(field.size()));
            }
            case GroupColumn: return ExpertWording::group(entry.group);
            case ProtocolColumn: return QStringLiteral("TCP");
            case CountColumn: return qulonglong(entry.frames.size());
            default: return {};
            }
        }
        if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const auto& entry = entries_[id - kFrameBase];
    const auto frame = entry.frames[std::size_t(index.row())];
    if (role == SeverityRole)
        return int(entry.severity);
    if (role == FrameRole)
        return frame;
    if (role == Qt::DisplayRole && index.column() == SummaryColumn) {
        const auto items = info_->items(); // sorted by frame
        const auto found = std::lower_bound(items.begin(), items.end(), frame,
                                            [](const ExpertItem& item, std::uint32_t f) { return item.frame < f; });
        const std::uint32_t stream = found != items.end() ? found->stream : 0;
        return tr("Frame %1 (conversation %2)").arg(frame).arg(stream);
    }
    return {};
}

QVariant ExpertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SummaryColumn: return tr("Summary");
    case GroupColumn: return tr("Group");
    case ProtocolColumn: return tr("Protocol");
    case CountColumn: return tr("Count");
    default: return {};
    }
}

} // namespace tcplens::ui
