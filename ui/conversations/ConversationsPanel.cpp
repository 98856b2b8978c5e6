#include "ConversationsPanel.h"

#include "ConversationFilterModel.h"
#include "ConversationModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace tcplens::ui {

namespace {
// What a sidebar has room for: which conversation, between whom, how it ended, how it went.
constexpr int kSidebarColumns[] = {ConversationModel::StreamColumn, ConversationModel::ClientColumn,
                                   ConversationModel::ServerColumn, ConversationModel::StateColumn,
                                   ConversationModel::RetransmissionRateColumn, ConversationModel::ExpertColumn};
} // namespace

ConversationsPanel::ConversationsPanel(ConversationModel* model, ConversationFilterModel* proxy, QWidget* parent)
    : QWidget(parent), proxy_(proxy), find_(new QLineEdit), view_(new QTableView)
{
    proxy_->setSourceModel(model);
    proxy_->setSortRole(ConversationModel::SortRole);
    proxy_->setFilterKeyColumn(-1);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    view_->setObjectName(QStringLiteral("conversationTable"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(0, Qt::AscendingOrder);
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
    for (int column = 0; column < ConversationModel::ColumnCount; ++column)
        view_->setColumnHidden(column, std::find(std::begin(kSidebarColumns), std::end(kSidebarColumns), column)
                                           == std::end(kSidebarColumns));
    connect(view_->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ConversationsPanel::showColumnMenu);

    find_->setObjectName(QStringLiteral("conversationFind"));
    find_->setClearButtonEnabled(true);
    retranslate();
    connect(find_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(find_);
    layout->addWidget(view_, 1);

    view_->setTextElideMode(Qt::ElideMiddle); // a narrowed endpoint keeps its port
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
    view_->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 3);
    // What the columns' contents want (sizeHintForColumn() is public in QAbstractItemView); an
    // empty table still gets endpoint columns as wide as a typical one, so the sidebar's width holds.
    const auto* view = static_cast<const QAbstractItemView*>(view_);
    wanted_.assign(ConversationModel::ColumnCount, 0);
    for (int column = 0; column < ConversationModel::ColumnCount; ++column)
        if (!view_->isColumnHidden(column))
            wanted_[static_cast<std::size_t>(column)] =
                std::max({view->sizeHintForColumn(column), view_->horizontalHeader()->sectionSizeHint(column),
                          isEndpoint(column) ? typicalEndpointWidth() : 0});
    fitToWidth();
}

void ConversationsPanel::fitToWidth()
{
    if (wanted_.empty())
        return;
    int total = 0;
    for (const int width : wanted_)
        total += width;
    // A narrow sidebar narrows the endpoints (elided in the middle), so state and retransmissions stay in view.
    const int excess = std::max(0, total - view_->viewport()->width());
    const int least = QFontMetrics(view_->font()).horizontalAdvance(QStringLiteral("…:00000")); // the port, at least
    for (int column = 0; column < ConversationModel::ColumnCount; ++column) {
        const int wanted = wanted_[static_cast<std::size_t>(column)];
        if (!view_->isColumnHidden(column))
            view_->setColumnWidth(column, isEndpoint(column) ? std::max(std::min(wanted, least), wanted - (excess + 1) / 2)
                                                             : wanted);
    }
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
    for (const int wanted : wanted_)
        width += wanted;
    return width;
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
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
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
            view_->setColumnHidden(column, !on);
            fitColumns();
        });
    }
    menu.exec(view_->horizontalHeader()->mapToGlobal(pos));
}

} // namespace tcplens::ui
