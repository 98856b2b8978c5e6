#include "PacketTableView.h"

#include "../Fonts.h"
#include "../models/PacketListModel.h"
#include "PaddedItemDelegate.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace tcplens::ui {

PacketTableView::PacketTableView(QWidget* parent) : QTableView(parent), delegate_(new PaddedItemDelegate(this))
{
    setItemDelegate(delegate_);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setHorizontalScrollMode(ScrollPerPixel);
    setEditTriggers(NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    applyFontMetrics();
}

void PacketTableView::setPacketModel(PacketListModel* model)
{
    packetModel_ = model;
    setModel(model);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PacketTableView::fitNumberColumn);
    connect(model, &QAbstractItemModel::modelReset, this, &PacketTableView::fitNumberColumn);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { emit currentPacketRowChanged(current.isValid() ? current.row() : -1); });
    applyFontMetrics();
}

int PacketTableView::currentPacketRow() const
{
    const auto current = selectionModel() ? selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.row() : -1;
}

void PacketTableView::selectPacketRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const auto index = model()->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void PacketTableView::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFontMetrics();
}

void PacketTableView::applyFontMetrics()
{
    const QFont mono = monospaceFont(font());
    if (packetModel_)
        packetModel_->setInfoFont(mono);
    const QFontMetrics text(font());
    const QFontMetrics fixed(mono);
    verticalHeader()->setDefaultSectionSize(std::max(text.height(), fixed.height()) + text.height() / 2);
    delegate_->setPadding(text.averageCharWidth() / 2);

    if (!model())
        return;
    const int padding = 3 * text.averageCharWidth();
    const auto fit = [&](int column, const QString& sample) {
        const QString title = model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        setColumnWidth(column, std::max(text.horizontalAdvance(sample), text.horizontalAdvance(title)) + padding);
    };
    fitNumberColumn();
    fit(PacketListModel::TimeColumn, QStringLiteral("0000.000000"));
    fit(PacketListModel::SourceColumn, QStringLiteral("000.000.000.000"));
    fit(PacketListModel::DestinationColumn, QStringLiteral("000.000.000.000"));
    fit(PacketListModel::ProtocolColumn, QStringLiteral("ICMPv6"));
    fit(PacketListModel::LengthColumn, QStringLiteral("00000"));
}

void PacketTableView::fitNumberColumn()
{
    if (!model())
        return;
    // Room for at least 5 digits, more once the capture needs them; never narrower than the user left it.
    const QFontMetrics text(font());
    const int digits = std::max(5, static_cast<int>(QString::number(model()->rowCount()).size()));
    const int wanted = text.horizontalAdvance(QString(digits, QLatin1Char('0'))) + 3 * text.averageCharWidth();
    if (columnWidth(PacketListModel::NumberColumn) < wanted)
        setColumnWidth(PacketListModel::NumberColumn, wanted);
}

} // namespace tcplens::ui
