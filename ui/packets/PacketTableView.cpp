#include "PacketTableView.h"

#include "shell/Fonts.h"
#include "PacketFilterModel.h"
#include "PacketListModel.h"
#include "PaddedItemDelegate.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>
#include <array>
#include <vector>

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
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { fitColumnsToRows(first, last + 1, true); });
    connect(model, &QAbstractItemModel::modelReset, this, &PacketTableView::applyFontMetrics);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &PacketTableView::applyFontMetrics);
    // Relative/raw numbers and the time format change the texts: fit them again.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
                const bool wholeColumns = topLeft.row() == 0 && bottomRight.row() == packetModel_->rowCount() - 1;
                const bool texts = roles.isEmpty() || roles.contains(Qt::DisplayRole);
                if (wholeColumns && texts && topLeft.column() < PacketListModel::InfoColumn)
                    applyFontMetrics();
            });
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
    // As tight as the conversation sidebar's rows (and Wireshark's): the bottom tabs show more packets.
    verticalHeader()->setDefaultSectionSize(std::max(text.height(), fixed.height()) + text.height() / 5);
    delegate_->setPadding(text.averageCharWidth() / 2);

    if (packetModel_)
        fitColumnsToRows(0, packetModel_->rowCount(), false);
}

void PacketTableView::fitColumnsToRows(int first, int end, bool widenOnly)
{
    if (!packetModel_)
        return;
    const QFontMetrics text(font());
    // The delegate's padding on both sides and the style's margins.
    const int padding = 2 * (text.averageCharWidth() / 2) + text.averageCharWidth();
    // Every row of a small capture; of a large one the first rows and an even spread of the rest
    // (seq/ack numbers and times grow along the file), so a fit costs the same at any size.
    std::vector<int> rows;
    const int count = std::max(0, end - first);
    if (count <= 2 * kFitSampleRows) {
        for (int row = first; row < end; ++row)
            rows.push_back(row);
    } else {
        for (int row = first; row < first + kFitSampleRows; ++row)
            rows.push_back(row);
        for (int i = 1; i <= kFitSampleRows; ++i)
            rows.push_back(first + kFitSampleRows + static_cast<int>(static_cast<qint64>(count - kFitSampleRows - 1) * i / kFitSampleRows));
    }
    static_assert(std::tuple_size_v<decltype(fitted_)> == PacketListModel::InfoColumn);
    std::array<int, PacketListModel::InfoColumn> widest{};
    for (int column = 0; column < PacketListModel::InfoColumn; ++column)
        widest[column] = // a title may have two lines (the Time column names its time base)
            text.size(0, packetModel_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()).width();
    // Room for the frame numbers the capture will reach soon: at least 5 digits.
    const int digits = std::max(5, static_cast<int>(QString::number(packetModel_->rowCount()).size()));
    widest[PacketListModel::NumberColumn] =
        std::max(widest[PacketListModel::NumberColumn], text.horizontalAdvance(QString(digits, QLatin1Char('0'))));
    for (const int row : rows) { // row by row: the model decodes a row once for all its columns
        for (int column = PacketListModel::NumberColumn + 1; column < PacketListModel::InfoColumn; ++column)
            widest[column] = std::max(widest[column], text.horizontalAdvance(packetModel_->index(row, column).data().toString()));
    }
    for (int column = 0; column < PacketListModel::InfoColumn; ++column) {
        const int wanted = std::min(widest[column], kMaxColumnChars * text.averageCharWidth()) + padding;
        if (!widenOnly || fitted_[column] < wanted)
            fitted_[column] = wanted;
    }
    for (int column = 0; column < PacketListModel::InfoColumn; ++column) {
        if (columnWidth(column) != fitted_[column] && fitted_[column] > 0)
            setColumnWidth(column, fitted_[column]);
    }
    showColumnsThatFit();
}

void PacketTableView::showColumnsThatFit()
{
    // Info repeats flags, seq, ack, len and win: on a narrow screen their own columns go first,
    // so Info keeps room for its text; they come back when the list is wide enough.
    constexpr std::array repeatedInInfo{PacketListModel::FlagsColumn, PacketListModel::SeqColumn, PacketListModel::AckColumn,
                                        PacketListModel::PayloadLengthColumn, PacketListModel::WindowColumn};
    int all = 0;
    for (const int width : fitted_)
        all += width;
    const int infoRoom = QFontMetrics(monospaceFont(font())).averageCharWidth() * kMinInfoChars;
    const bool hide = viewport()->width() - all < infoRoom;
    if (hide == hiddenToFit_)
        return;
    hiddenToFit_ = hide;
    for (const auto column : repeatedInInfo)
        setColumnHidden(column, hide);
}

bool PacketTableView::isHiddenToFit(int column) const
{
    return hiddenToFit_ && column >= PacketListModel::FlagsColumn && column <= PacketListModel::WindowColumn;
}

std::vector<int> PacketTableView::exportColumns() const
{
    std::vector<int> columns;
    const auto* header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && (!header->isSectionHidden(logical) || isHiddenToFit(logical)))
            columns.push_back(logical);
    }
    return columns;
}

void PacketTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    showColumnsThatFit();
}

} // namespace tcplens::ui
