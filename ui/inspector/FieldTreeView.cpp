#include "FieldTreeView.h"

#include "shell/Fonts.h"
#include "FieldTreeModel.h"

#include <QHeaderView>

namespace tcplens::ui {

FieldTreeView::FieldTreeView(QWidget* parent)
    : QTreeView(parent), expandedIds_{QStringLiteral("tcp"), QStringLiteral("tcp.flags"), QStringLiteral("tcp.options")}
{
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setEditTriggers(NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    setAnimated(false);
    header()->setStretchLastSection(true);
    setFont(monospaceFont(font())); // keeps the bit pictures ("000. .... ....") aligned

    connect(this, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        if (!restoring_)
            expandedIds_.insert(fieldId(index));
    });
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        if (!restoring_)
            expandedIds_.remove(fieldId(index));
    });
}

void FieldTreeView::setFieldModel(FieldTreeModel* model)
{
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { restoreExpansion({}); });
}

void FieldTreeView::restoreExpansion(const QModelIndex& parent)
{
    const bool outermost = !restoring_;
    restoring_ = true;
    const int rows = model()->rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const auto index = model()->index(row, 0, parent);
        if (expandedIds_.contains(fieldId(index))) {
            expand(index);
            restoreExpansion(index);
        }
    }
    if (outermost)
        restoring_ = false;
}

QString FieldTreeView::fieldId(const QModelIndex& index) const
{
    return index.data(FieldTreeModel::FieldIdRole).toString();
}

} // namespace tcplens::ui
