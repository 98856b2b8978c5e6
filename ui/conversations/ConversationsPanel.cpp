#include "ConversationsPanel.h"

#include "ConversationFilterModel.h"
#include "ConversationModel.h"
#include "EndpointPairDelegate.h"
#include "StateProblemsDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QStyleOptionHeader>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplens::ui {

namespace {
// What a sidebar has room for: which conversation, between whom, how it ended, how it went.
constexpr int kSidebarColumns[] = {ConversationModel::StreamColumn, ConversationModel::ClientColumn,
                                   ConversationModel::ServerColumn, ConversationModel::StateColumn,
                                   ConversationModel::RetransmissionRateColumn, ConversationModel::ExpertColumn};
// The same where the endpoints do not fit whole: both in one column, the findings beside the state.
constexpr int kCompactColumns[] = {ConversationModel::StreamColumn, ConversationModel::PairColumn,
                                   ConversationModel::StateColumn};
// Shown after the wide set when the sidebar has room for it too (the sidebar is not widened for it).
constexpr int kWhenRoomColumn = ConversationModel::LimitColumn;
constexpr int kMeasuredRows = 1000; // as QHeaderView's resizeContentsPrecision: enough to see the texts

template <std::size_t N>
bool isIn(const int (&columns)[N], int column)
{
    return std::find(std::begin(columns), std::end(columns), column) != std::end(columns);
}
} // namespace

ConversationsPanel::ConversationsPanel(ConversationModel* model, ConversationFilterModel* proxy, QWidget* parent)
    : QWidget(parent), proxy_(proxy), find_(new QLineEdit), view_(new QTableView),
      stateProblems_(new StateProblemsDelegate(ConversationModel::ExpertColumn, this))
{
    proxy_->setSourceModel(model);
    proxy_->setSortRole(ConversationModel::SortRole);
    proxy_->setFilterKeyColumn(-1);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    view_->setObjectName(QStringLiteral("conversationTable"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    // Stream order without an arrow (its room is wanted in a narrow sidebar) until a header is clicked.
    view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setWordWrap(false);
    view_->setShowGrid(false);
    view_->setAlternatingRowColors(true);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    for (int column = 0; column < ConversationModel::ColumnCount; ++column)
        view_->setColumnHidden(column, !isIn(kSidebarColumns, column));
    view_->setItemDelegateForColumn(ConversationModel::PairColumn, new EndpointPairDelegate(view_));
    connect(view_->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ConversationsPanel::showColumnMenu);
    // The sort arrow takes room only in its column; the findings and the limits change the cells' widths.
    connect(view_->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &ConversationsPanel::fitToWidth);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        for (const int column : {int(ConversationModel::ExpertColumn), kWhenRoomColumn})
            if (from.column() == column && to.column() == column)
                fitColumns();
    });

    find_->setObjectName(QStringLiteral("conversationFind"));
    find_->setClearButtonEnabled(true);
    retranslate();
    connect(find_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(find_);
    layout->addWidget(view_, 1);

    view_->setTextElideMode(Qt::ElideLeft); // a narrowed endpoint keeps its port
    view_->viewport()->installEventFilter(this);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid() || showing_)
                    return;
                const auto stream = proxy_->data(current, ConversationModel::StreamRole);
                if (stream.isValid())
                    emit conversationChosen(stream.toUInt());
            });
    // Rows arrive in batches while a capture loads: the graph's conversation is selected once it is listed.
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, &ConversationsPanel::selectShownStream);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &ConversationsPanel::selectShownStream);
    fitColumns();
}

void ConversationsPanel::showStream(qint64 stream)
{
    shown_ = stream;
    selectShownStream();
}

void ConversationsPanel::selectShownStream()
{
    auto* selection = view_->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (shown_ < 0) {
        if (current.isValid())
            clearSelection();
        return;
    }
    if (current.isValid() && selection->isRowSelected(current.row())
        && proxy_->data(current, ConversationModel::StreamRole).toLongLong() == shown_)
        return;
    // The model's rows are its streams, in order.
    auto* model = proxy_->sourceModel();
    if (!model || shown_ >= model->rowCount())
        return;
    const QModelIndex row = proxy_->mapFromSource(model->index(static_cast<int>(shown_), 0));
    if (!row.isValid())
        return; // the find field or the display filter hides it
    showing_ = true;
    selection->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showing_ = false;
    view_->scrollTo(row);
}

std::vector<std::uint32_t> ConversationsPanel::shownStreams() const
{
    std::vector<std::uint32_t> streams;
    streams.reserve(static_cast<std::size_t>(proxy_->rowCount()));
    for (int row = 0; row < proxy_->rowCount(); ++row)
        streams.push_back(proxy_->index(row, 0).data(ConversationModel::StreamRole).toUInt());
    return streams;
}

void ConversationsPanel::fitColumns()
{
    const QFontMetrics metrics(view_->font());
    view_->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 5); // 15 rows at 1280x720
    view_->horizontalHeader()->setMinimumSectionSize(metrics.height()); // "#" over one-digit streams needs no more
    // What the cells want, drawn as each set draws them; an empty table still gets endpoint
    // columns as wide as a typical one, so the sidebar's width holds.
    const QAbstractItemDelegate* plain = view_->itemDelegate();
    wanted_.assign(ConversationModel::ColumnCount, 0);
    wantedCompact_.assign(ConversationModel::ColumnCount, 0);
    for (int column = 0; column < ConversationModel::ColumnCount; ++column) {
        const bool compact = isIn(kCompactColumns, column);
        if (!compact && !isIn(kSidebarColumns, column) && column != kWhenRoomColumn && view_->isColumnHidden(column))
            continue;
        const auto* delegate = column == ConversationModel::PairColumn ? view_->itemDelegateForColumn(column) : plain;
        wanted_[static_cast<std::size_t>(column)] =
            std::max(cellsWidth(column, delegate), isEndpoint(column) ? typicalEndpointWidth() : 0);
        wantedCompact_[static_cast<std::size_t>(column)] = column == ConversationModel::StateColumn
                                                               ? cellsWidth(column, stateProblems_)
                                                               : wanted_[static_cast<std::size_t>(column)];
    }
    fitToWidth();
    if (const std::pair widths{preferredWidth(), compactLeastWidth()}; widths != wantedWidths_) {
        wantedWidths_ = widths;
        emit wantedWidthChanged();
    }
}

int ConversationsPanel::cellsWidth(int column, const QAbstractItemDelegate* delegate) const
{
    QStyleOptionViewItem option;
    option.initFrom(view_);
    option.widget = view_;
    option.font = view_->font();
    option.fontMetrics = QFontMetrics(option.font);
    const int icon = view_->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view_);
    option.decorationSize = view_->iconSize().isValid() ? view_->iconSize() : QSize(icon, icon);
    option.features = QStyleOptionViewItem::HasDisplay;
    int width = 0;
    const int rows = proxy_->rowCount();
    const auto measure = [&](int row) {
        width = std::max(width, delegate->sizeHint(option, proxy_->index(row, column)).width());
    };
    for (int row = 0; row < std::min(rows, kMeasuredRows); ++row)
        measure(row);
    if (rows > kMeasuredRows)
        measure(rows - 1);
    if (column == ConversationModel::StreamColumn && proxy_->sourceModel()) { // the highest stream, wherever it sorts
        const int margin = view_->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view_) + 1;
        width = std::max(width, option.fontMetrics.horizontalAdvance(
                                    QString::number(std::max(0, proxy_->sourceModel()->rowCount() - 1))) + 2 * margin);
    }
    return width;
}

int ConversationsPanel::headerWidth(int column, const QString& text) const
{
    // As QHeaderView::sectionSizeFromContents() measures it, for a column it may not show yet.
    const QHeaderView* header = view_->horizontalHeader();
    QStyleOptionHeader option;
    option.initFrom(header);
    option.state |= QStyle::State_Raised | QStyle::State_Horizontal;
    option.orientation = Qt::Horizontal;
    option.section = column;
    QFont bold = header->font();
    bold.setBold(true);
    option.fontMetrics = QFontMetrics(bold);
    option.text = text;
    const QSize size = header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header);
    const bool arrow = header->isSortIndicatorShown() && header->sortIndicatorSection() == column;
    return size.width() + (arrow ? size.height() + header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) : 0);
}

int ConversationsPanel::neededWidth(int column) const
{
    const auto& wanted = compact_ ? wantedCompact_ : wanted_;
    const int cells = wanted.empty() ? 0 : wanted[static_cast<std::size_t>(column)];
    return std::max({cells, view_->horizontalHeader()->minimumSectionSize(), headerWidth(column, proxy_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())});
}

void ConversationsPanel::showSet(bool compact)
{
    compact_ = compact;
    proxy_->setCompact(compact);
    view_->setItemDelegateForColumn(ConversationModel::StateColumn, compact ? stateProblems_ : nullptr);
    // Compact, the pair gets exactly the rest (a stretched last section keeps an older, wider size).
    view_->horizontalHeader()->setStretchLastSection(!compact);
    for (int column = 0; column < ConversationModel::ColumnCount; ++column)
        view_->setColumnHidden(column, !(compact ? isIn(kCompactColumns, column) : isIn(kSidebarColumns, column)));
}

void ConversationsPanel::fitToWidth()
{
    if (wanted_.empty())
        return;
    const int room = view_->viewport()->width();
    if (userColumns_) {
        // The user's columns: a narrow sidebar narrows the endpoints, the rest scrolls.
        int total = 0;
        for (int column = 0; column < ConversationModel::ColumnCount; ++column)
            total += view_->isColumnHidden(column) ? 0 : neededWidth(column);
        const int excess = std::max(0, total - room);
        const int least = QFontMetrics(view_->font()).horizontalAdvance(QStringLiteral("…:00000")); // the port, at least
        for (int column = 0; column < ConversationModel::ColumnCount; ++column) {
            const int wanted = neededWidth(column);
            if (!view_->isColumnHidden(column))
                view_->setColumnWidth(column, isEndpoint(column) ? std::max(std::min(wanted, least), wanted - (excess + 1) / 2)
                                                                 : wanted);
        }
        return;
    }
    // The wide set while every column of it fits whole, else the compact one.
    int wide = 0;
    for (const int column : kSidebarColumns)
        wide += std::max(wanted_[static_cast<std::size_t>(column)],
                         headerWidth(column, proxy_->sourceModel()
                                                 ? proxy_->sourceModel()->headerData(column, Qt::Horizontal).toString()
                                                 : QString()));
    if ((wide > room) != compact_)
        showSet(wide > room);
    if (!compact_) {
        for (const int column : kSidebarColumns)
            view_->setColumnWidth(column, neededWidth(column)); // the last one stretches over the rest
        const int extra = wanted_[static_cast<std::size_t>(kWhenRoomColumn)];
        const bool fits = extra > 0 && wide + neededWidth(kWhenRoomColumn) <= room;
        view_->setColumnHidden(kWhenRoomColumn, !fits);
        if (fits)
            view_->setColumnWidth(kWhenRoomColumn, neededWidth(kWhenRoomColumn));
        return;
    }
    // Stream and state as wide as their texts; "client ⇄ server", last, gets the rest (shortened if need be).
    int rest = room;
    for (const int column : {int(ConversationModel::StreamColumn), int(ConversationModel::StateColumn)}) {
        view_->setColumnWidth(column, neededWidth(column));
        rest -= neededWidth(column);
    }
    const int pair = std::max(rest, view_->horizontalHeader()->minimumSectionSize());
    view_->setColumnWidth(ConversationModel::PairColumn, pair);
    const auto* header = view_->horizontalHeader();
    const int label = pair - 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QString title = proxy_->sourceModel()->headerData(ConversationModel::PairColumn, Qt::Horizontal).toString();
    // In bold, as the header draws it (with a row selected every section is highlighted) and
    // headerWidth() measures it: elided in the plain font, "Client ⇄ Ser…" lost its last pixels.
    QFont bold = header->font();
    bold.setBold(true);
    proxy_->setPairTitle(QFontMetrics(bold).elidedText(title, Qt::ElideRight, label));
}

bool ConversationsPanel::isEndpoint(int column)
{
    return column == ConversationModel::ClientColumn || column == ConversationModel::ServerColumn;
}

bool ConversationsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == view_->viewport() && event->type() == QEvent::Resize)
        fitToWidth();
    return QWidget::eventFilter(watched, event);
}

int ConversationsPanel::preferredWidth() const
{
    int width = 2 * view_->frameWidth() + view_->verticalScrollBar()->sizeHint().width();
    if (wanted_.empty())
        return width;
    for (int column = 0; column < ConversationModel::ColumnCount; ++column)
        if (userColumns_ ? !view_->isColumnHidden(column) : isIn(kSidebarColumns, column))
            width += std::max(wanted_[static_cast<std::size_t>(column)],
                              headerWidth(column, proxy_->sourceModel()
                                                      ? proxy_->sourceModel()->headerData(column, Qt::Horizontal).toString()
                                                      : QString()));
    return width;
}

int ConversationsPanel::compactLeastWidth() const
{
    int width = 2 * view_->frameWidth() + view_->verticalScrollBar()->sizeHint().width();
    if (wantedCompact_.empty())
        return width;
    const auto least = [this](int column, const QString& title) {
        return std::max({wantedCompact_[static_cast<std::size_t>(column)], view_->horizontalHeader()->minimumSectionSize(),
                         headerWidth(column, title)});
    };
    width += least(ConversationModel::StreamColumn, QStringLiteral("#"));
    width += least(ConversationModel::StateColumn,
                   proxy_->headerData(ConversationModel::StateColumn, Qt::Horizontal, Qt::DisplayRole).toString());
    // Two five-digit ports as EndpointPairDelegate draws them when the addresses do not fit.
    const int margin = view_->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view_) + 1;
    return width + QFontMetrics(view_->font()).horizontalAdvance(QStringLiteral("00000\u21c400000")) + 2 * margin;
}

int ConversationsPanel::typicalEndpointWidth() const
{
    const QFontMetrics metrics(view_->font());
    return metrics.horizontalAdvance(QStringLiteral("10.0.0.1:00000")) + metrics.averageCharWidth();
}

void ConversationsPanel::clearSelection()
{
    if (view_->selectionModel())
        view_->selectionModel()->clearSelection();
}

void ConversationsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitColumns(); // Zoom In/Out: the columns follow the text
    else if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fitColumns(); // the headers' widths are the new language's
    }
}

void ConversationsPanel::retranslate()
{
    find_->setPlaceholderText(tr("Find conversations (address, port, state, history)…"));
    view_->horizontalHeader()->setToolTip(tr("Right-click to show more columns"));
}

void ConversationsPanel::showColumnMenu(const QPoint& pos)
{
    QMenu menu(this);
    for (int column = 0; column < ConversationModel::ColumnCount; ++column) {
        auto* action = menu.addAction(proxy_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!view_->isColumnHidden(column));
        action->setEnabled(column != ConversationModel::StreamColumn);
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            userColumns_ = true; // the user's set from now on, as they see it
            view_->setColumnHidden(column, !on);
            fitColumns();
        });
    }
    menu.exec(view_->horizontalHeader()->mapToGlobal(pos));
}

} // namespace tcplens::ui
