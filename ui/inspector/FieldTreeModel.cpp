#include "FieldTreeModel.h"

#include "FieldTreeText.h"

namespace tcplens::ui {

FieldTreeModel::FieldTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void FieldTreeModel::retranslate()
{
    emit layoutAboutToBeChanged();
    emit layoutChanged(); // the same rows, worded again
}

void FieldTreeModel::setSpans(FieldSpans spans)
{
    beginResetModel();
    spans_ = std::move(spans);
    nodes_.assign(spans_.size(), Node{});
    topLevel_.clear();
    std::vector<int> path; // the open ancestors of the next span, one per depth
    for (int i = 0; i < static_cast<int>(spans_.size()); ++i) {
        const std::size_t depth = spans_[static_cast<std::size_t>(i)].depth;
        while (path.size() > depth)
            path.pop_back();
        // A span deeper than depth + 1 (a skipped level) hangs under the deepest open one.
        auto& siblings = path.empty() ? topLevel_ : nodes_[static_cast<std::size_t>(path.back())].children;
        auto& node = nodes_[static_cast<std::size_t>(i)];
        node.parent = path.empty() ? kNoParent : path.back();
        node.row = static_cast<int>(siblings.size());
        siblings.push_back(i);
        path.push_back(i);
    }
    endResetModel();
}

const FieldSpan* FieldTreeModel::field(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= spans_.size())
        return nullptr;
    return &spans_[index.internalId()];
}

QModelIndex FieldTreeModel::indexOfSpan(int spanIndex) const
{
    if (spanIndex < 0 || spanIndex >= static_cast<int>(nodes_.size()))
        return {};
    return createIndex(nodes_[static_cast<std::size_t>(spanIndex)].row, 0, static_cast<quintptr>(spanIndex));
}

int FieldTreeModel::spanIndexOf(const QModelIndex& index) const
{
    return field(index) ? static_cast<int>(index.internalId()) : -1;
}

const std::vector<int>& FieldTreeModel::childrenOf(const QModelIndex& parent) const
{
    return parent.isValid() ? nodes_[parent.internalId()].children : topLevel_;
}

QModelIndex FieldTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, static_cast<quintptr>(childrenOf(parent)[static_cast<std::size_t>(row)]));
}

QModelIndex FieldTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = nodes_[child.internalId()].parent;
    if (parentNode == kNoParent)
        return {};
    return createIndex(nodes_[static_cast<std::size_t>(parentNode)].row, 0, static_cast<quintptr>(parentNode));
}

int FieldTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(childrenOf(parent).size());
}

int FieldTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant FieldTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto& field = spans_[index.internalId()];
    switch (role) {
    case Qt::DisplayRole: return FieldTreeText::line(field);
    case Qt::ToolTipRole:
        if (field.byteLength() == 0)
            return QString::fromStdString(field.id);
        return tr("%1 — bytes %2–%3").arg(QString::fromStdString(field.id))
            .arg(field.firstByte())
            .arg(field.firstByte() + field.byteLength() - 1);
    case ByteOffsetRole: return field.firstByte();
    case ByteLengthRole: return field.byteLength();
    case BitOffsetRole: return field.bitOffset;
    case BitWidthRole: return field.bitWidth;
    case FieldIdRole: return QString::fromStdString(field.id);
    case LayerRole: return static_cast<int>(field.layer);
    default: return {};
    }
}

} // namespace tcplens::ui
