#include "InspectorPanel.h"

#include "FieldTreeModel.h"
#include "FieldTreeView.h"
#include "HeaderDiagramView.h"
#include "HexView.h"
#include "packets/PacketListModel.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplens::ui {

InspectorPanel::InspectorPanel(QWidget* parent)
    : QWidget(parent), fields_(new FieldTreeModel(this)), tree_(new FieldTreeView), hex_(new HexView),
      diagram_(new HeaderDiagramView), diagramScroll_(new QScrollArea), tabs_(new QTabWidget),
      splitter_(new QSplitter(Qt::Vertical))
{
    tree_->setFieldModel(fields_);
    diagramScroll_->setWidget(diagram_);
    diagramScroll_->setWidgetResizable(true);
    // The figure scales to the dock's width: it scrolls down, never sideways.
    diagramScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tabs_->setDocumentMode(true);
    tabs_->addTab(tree_, QString());
    tabs_->addTab(hex_, QString());
    retranslate();
    splitter_->setObjectName(QStringLiteral("inspectorSplitter"));
    splitter_->addWidget(diagramScroll_);
    splitter_->addWidget(tabs_);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 2);
    splitter_->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter_);

    connect(splitter_, &QSplitter::splitterMoved, this, [this] { splitterMoved_ = true; });
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { selectField(fields_->spanIndexOf(current)); });
    connect(hex_, &HexView::fieldClicked, this, &InspectorPanel::selectField);
    connect(diagram_, &HeaderDiagramView::fieldClicked, this, &InspectorPanel::selectField);
}

void InspectorPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        fields_->retranslate();
        retranslate();
    }
}

void InspectorPanel::retranslate()
{
    tabs_->setTabText(0, tr("Details"));
    tabs_->setTabText(1, tr("Bytes"));
}

QSize InspectorPanel::sizeHint() const
{
    const int width = diagram_->comfortableWidth() + diagramScroll_->verticalScrollBar()->sizeHint().width()
                      + 2 * diagramScroll_->frameWidth() + 2;
    return {width, QWidget::sizeHint().height()};
}

void InspectorPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (!splitterMoved_)
        fitDiagram();
}

void InspectorPanel::fitDiagram()
{
    // The diagram gets the height its IP and TCP headers need, up to three quarters; the tree the rest.
    const int total = splitter_->height() - splitter_->handleWidth();
    if (total <= 0)
        return;
    const int width = diagramScroll_->viewport()->width();
    const int whole = diagram_->heightForWidth(width) + 2 * diagramScroll_->frameWidth();
    const int diagram = std::min(std::max(whole, total / 3), total * 76 / 100);
    splitter_->setSizes({diagram, total - diagram});
}

void InspectorPanel::showPacket(const PacketListModel& packets, int row)
{
    if (&packets != packets_) {
        if (packets_)
            disconnect(packets_, nullptr, this, nullptr);
        packets_ = &packets;
        connect(packets_, &QAbstractItemModel::dataChanged, this, &InspectorPanel::packetsChanged);
        connect(packets_, &QObject::destroyed, this, [this] { packets_ = nullptr; });
    }
    if (row < 0) {
        clear();
        return;
    }
    row_ = row;
    auto spans = packets.fieldSpans(row);
    fields_->setSpans(spans);
    hex_->setPacket(packets.decodedBytes(row), spans); // a reassembled datagram follows its last fragment
    diagram_->setSpans(std::move(spans));
    if (!splitterMoved_ && diagram_->heightForWidth(diagramScroll_->viewport()->width()) > diagramScroll_->viewport()->height())
        fitDiagram(); // grows for a taller packet, never shrinks under the user's eyes
}

void InspectorPanel::packetsChanged(const QModelIndex& first, const QModelIndex& last, const QList<int>& roles)
{
    if (!packets_ || row_ < first.row() || row_ > last.row() || (!roles.isEmpty() && !roles.contains(Qt::DisplayRole)))
        return;
    // The details, bytes and diagram are the revised packet's; the field the user picked stays picked.
    const int selected = diagram_->selectedField();
    showPacket(*packets_, row_);
    if (selected >= 0)
        selectField(selected);
}

void InspectorPanel::clear()
{
    row_ = -1;
    fields_->clear();
    hex_->clear();
    diagram_->clear();
}

void InspectorPanel::selectField(int spanIndex)
{
    if (selectingField_)
        return;
    ++selectingField_;
    const QModelIndex index = fields_->indexOfSpan(spanIndex);
    if (index.isValid()) {
        tree_->scrollTo(index);
        tree_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
    hex_->setSelectedField(spanIndex);
    diagram_->setSelectedField(spanIndex);
    --selectingField_;
}

void InspectorPanel::revealTransportHeader()
{
    const auto& layout = diagram_->diagramLayout();
    const int last = static_cast<int>(layout.sections().size()) - 1;
    if (last < 1 || layout.height() <= diagramScroll_->viewport()->height())
        return;
    // The last figure is the innermost header (TCP after IP): the one tcplens is about.
    const QRectF title = layout.titleRect(last);
    const QRectF end = layout.footnoteRect(last).isEmpty() ? layout.rowRect(last, layout.rowCount(last) - 1)
                                                           : layout.footnoteRect(last);
    auto* bar = diagramScroll_->verticalScrollBar();
    if (end.bottom() - bar->value() > diagramScroll_->viewport()->height() || title.top() < bar->value())
        bar->setValue(static_cast<int>(std::min(title.top(), end.bottom() - diagramScroll_->viewport()->height())));
}

} // namespace tcplens::ui
