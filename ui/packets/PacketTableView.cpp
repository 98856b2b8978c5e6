#include "PacketTableView.h"

#include "shell/Fonts.h"
#include "PacketFilterModel.h"
#include "PacketListModel.h"
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

void PacketTableView::setPacketModel(PacketListModel* model, PacketFilterModel* filter)
{
    packetModel_ = model;
    filter_ = filter;
    setModel(filter ? static_cast<QAbstractItemModel*>(filter) : model);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PacketTableView::fitNumberColumn);
    connect(model, &QAbstractItemModel::modelReset, this, &PacketTableView::fitNumberColumn);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &PacketTableView::applyFontMetrics);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { emit currentPacketRowChanged(packetRowOf(current)); });
    applyFontMetrics();
}

int PacketTableView::packetRowOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return -1;
    return filter_ ? filter_->sourceRow(index.row()) : index.row();
}

int PacketTableView::currentPacketRow() const
{
    return packetRowOf(selectionModel() ? selectionModel()->currentIndex() : QModelIndex());
}

void PacketTableView::selectPacketRow(int packetRow)
{
    const int row = filter_ ? filter_->rowOfSource(packetRow) : packetRow;
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
    fit(PacketListModel::FlagsColumn, QStringLiteral("[SEW.]"));
    fit(PacketListModel::SeqColumn, QStringLiteral("0000000000"));
    fit(PacketListModel::AckColumn, QStringLiteral("0000000000"));
    fit(PacketListModel::PayloadLengthColumn, QStringLiteral("00000"));
    fit(PacketListModel::WindowColumn, QStringLiteral("0000000"));
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
