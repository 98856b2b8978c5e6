#include "ChartPlot.h"

#include <QBuffer>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QSvgGenerator>

#include <algorithm>
#include <numeric>
#include <utility>

namespace tcplens::ui {
namespace {

constexpr int kClickSlop = 4; // pixels a press may move and still count as a click

} // namespace

ChartPlot::ChartPlot(QWidget* parent) : QCustomPlot(parent)
{
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setAutoAddPlottableToLegend(false); // each chart lists what it has, in its order (orderLegend)
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phCacheLabels, true);
    axisRect()->setRangeZoomFactor(0.85);

    // The legend gets a row of its own above the plot, filled left to right, so it never hides data.
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legend);
    plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(kMostLegendColumns);
    legend->setRowSpacing(0);
    legend->setColumnSpacing(12);
    legend->setMargins(QMargins(6, 3, 6, 3));
    // Fewer legend columns on a narrow chart, so the legend never holds the chart wider than its tab;
    // measured again only after a resize or a new legend, not on every pan and zoom.
    connect(this, &QCustomPlot::beforeReplot, this, [this] {
        if (std::exchange(legendFitPending_, false))
            fitLegendColumns();
    });
    connect(this, &QCustomPlot::afterLayout, this, &ChartPlot::fitValueAxisLabels);

    mark_ = new QCPItemStraightLine(this);
    mark_->setVisible(false);
    mark_->setSelectable(false);
    message_ = new QCPItemText(this);
    message_->position->setType(QCPItemPosition::ptAxisRectRatio);
    message_->position->setCoords(0.5, 0.5);
    message_->setVisible(false);
    message_->setSelectable(false);

    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this](const QCPRange& range) {
        if (!following_ && sharesTimeAxis())
            emit timeRangeChanged(range);
    });
    setChartStyle(chartStyleFor(ThemeKind::Light, font()));
}

void ChartPlot::setChartStyle(const ChartStyle& style)
{
    style_ = style;
    styleAxes();
    applyStyle();
    replot(QCustomPlot::rpQueuedReplot);
}

void ChartPlot::styleAxes()
{
    setBackground(style_.background);
    axisRect()->setBackground(style_.background);
    QFont bold = style_.font;
    bold.setBold(true);
    const bool contrast = style_.lineWidth > 2;
    for (auto* axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setBasePen(QPen(style_.axis, contrast ? 2 : 1));
        axis->setTickPen(QPen(style_.axis, contrast ? 2 : 1));
        axis->setSubTickPen(QPen(style_.axis, 1));
        axis->setTickLabelColor(style_.text);
        axis->setLabelColor(style_.text);
        axis->setTickLabelFont(style_.font);
        axis->setLabelFont(bold);
        axis->grid()->setPen(QPen(style_.grid, 1, contrast ? Qt::SolidLine : Qt::DotLine));
        axis->grid()->setSubGridPen(QPen(style_.subGrid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    legend->setBrush(style_.legendBackground);
    legend->setBorderPen(Qt::NoPen);
    legend->setTextColor(style_.text);
    legend->setFont(style_.font);
    legend->setIconSize(QSize(QFontMetrics(style_.font).height() * 2, QFontMetrics(style_.font).height()));
    legendChanged(); // its items' widths follow the font
    crosshair_.setStyle(style_);
    mark_->setPen(QPen(style_.selection, contrast ? 3 : 2));
    QFont big = style_.font;
    big.setPointSizeF(style_.font.pointSizeF() * 1.2);
    message_->setFont(big);
    message_->setColor(style_.text);
    if (title_ != nullptr) {
        big.setBold(true);
        title_->setFont(big);
        title_->setTextColor(style_.text);
    }
}

QPen ChartPlot::pen(const QColor& colour, double widthFactor, Qt::PenStyle style) const
{
    return QPen(QBrush(colour), style_.lineWidth * widthFactor, style, Qt::FlatCap, Qt::MiterJoin);
}

QCPGraph* ChartPlot::addSeries(const QString& name, QCPAxis* valueAxis)
{
    auto* graph = addGraph(xAxis, valueAxis != nullptr ? valueAxis : yAxis);
    graph->setName(name);
    graph->setAdaptiveSampling(true);
    return graph;
}

void ChartPlot::setPickable(QCPGraph* graph, QVector<quint32> frames)
{
    picker_.add(graph, std::move(frames));
}

void ChartPlot::setGraphData(QCPGraph* graph, QVector<double> keys, QVector<double> values, QVector<quint32> frames)
{
    if (!std::is_sorted(keys.cbegin(), keys.cend())) {
        // Stable, so the points of one key (a bar's ends and its gap) keep their order.
        std::vector<int> order(static_cast<std::size_t>(keys.size()));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) { return keys[a] < keys[b]; });
        QVector<double> k(keys.size());
        QVector<double> v(values.size());
        QVector<quint32> f(frames.size());
        for (int i = 0; i < keys.size(); ++i) {
            k[i] = keys[order[static_cast<std::size_t>(i)]];
            v[i] = values[order[static_cast<std::size_t>(i)]];
            if (!frames.isEmpty())
                f[i] = frames[order[static_cast<std::size_t>(i)]];
        }
        keys = std::move(k);
        values = std::move(v);
        frames = std::move(f);
    }
    graph->setData(keys, values, true);
    if (!frames.isEmpty())
        setPickable(graph, std::move(frames));
}

QCPRange ChartPlot::timeHome(double duration)
{
    const double span = duration > 0 ? duration : 1e-3;
    return {-span * 0.02, span * 1.02};
}

QCPRange ChartPlot::valueHome(double max)
{
    return {0, max > 0 ? max * 1.08 : 1.0};
}

void ChartPlot::orderLegend(std::initializer_list<QCPGraph*> graphs)
{
    legend->clearItems();
    for (auto* graph : graphs) {
        if (graph != nullptr && !graph->data()->isEmpty())
            graph->addToLegend();
    }
    legendChanged();
}

QSize ChartPlot::minimumSizeHint() const
{
    // The legend folds into more rows rather than asking for its one-row width (fitLegendColumns).
    const QSize plotted = QCustomPlot::minimumSizeHint();
    return {std::min(plotted.width(), kNarrowestChart), plotted.height()};
}

void ChartPlot::resizeEvent(QResizeEvent* event)
{
    legendChanged(); // before the base class replots at the new size
    QCustomPlot::resizeEvent(event);
}

void ChartPlot::fitLegendColumns()
{
    std::vector<int> itemWidths; // the grid's cells in fill order; a wrapped grid's last row has empty ones
    for (int i = 0; i < legend->elementCount(); ++i) {
        if (auto* element = legend->elementAt(i))
            itemWidths.push_back(element->minimumOuterSizeHint().width());
    }
    if (itemWidths.empty())
        return;
    const QMargins margins = legend->margins();
    const int available = width() - margins.left() - margins.right();
    int columns = kMostLegendColumns;
    for (; columns > 1; --columns) {
        std::vector<int> widths(static_cast<std::size_t>(columns), 0);
        for (std::size_t i = 0; i < itemWidths.size(); ++i) {
            auto& widest = widths[i % static_cast<std::size_t>(columns)];
            widest = std::max(widest, itemWidths[i]);
        }
        const int needed = std::accumulate(widths.begin(), widths.end(), 0) + legend->columnSpacing() * (columns - 1);
        if (needed <= available)
            break;
    }
    if (columns != legend->wrap()) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-flows the items already listed
    }
}

void ChartPlot::fitValueAxisLabels()
{
    // A value axis' title runs along the plot's height: on a short chart (the Charts tab at 1366x768)
    // it is shortened with an ellipsis rather than cut at both ends.
    const int room = axisRect()->height();
    for (auto* axis : {yAxis, yAxis2}) {
        auto& shown = shownAxisLabels_[axis == yAxis ? 0 : 1];
        if (axis->label() != shown.shortened)
            shown.full = axis->label(); // a chart set a new title since the last fit
        shown.shortened = QFontMetrics(axis->labelFont()).elidedText(shown.full, Qt::ElideRight, room);
        if (axis->label() != shown.shortened)
            axis->setLabel(shown.shortened);
    }
}

void ChartPlot::setBars(QCPGraph* graph, bool bars)
{
    picker_.setBars(graph, bars);
}

void ChartPlot::clearPickables()
{
    picker_.clear();
}

void ChartPlot::clearChart()
{
    clearPickables();
    clearPlottables();
    for (int i = itemCount() - 1; i >= 0; --i) {
        auto* it = item(i);
        if (!crosshair_.owns(it) && it != mark_ && it != message_)
            removeItem(it);
    }
    setEmptyMessage({});
}

void ChartPlot::setTitle(const QString& text)
{
    if (text.isEmpty()) {
        if (title_ != nullptr) {
            plotLayout()->remove(title_);
            plotLayout()->simplify();
            title_ = nullptr;
        }
        return;
    }
    if (title_ == nullptr) {
        plotLayout()->insertRow(0);
        title_ = new QCPTextElement(this, text);
        plotLayout()->addElement(0, 0, title_);
        plotLayout()->setRowStretchFactor(0, 0.001);
    }
    title_->setText(text);
    styleAxes();
}

void ChartPlot::setEmptyMessage(const QString& text)
{
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

void ChartPlot::setLimitBandsShown(bool shown)
{
    if (shown == limitBandsShown_)
        return;
    limitBandsShown_ = shown;
    rebuildKeepingView();
}

void ChartPlot::rebuildKeepingView()
{
    const auto x = xAxis->range();
    const auto y = yAxis->range();
    rebuild();
    xAxis->setRange(x);
    yAxis->setRange(y);
    replot(QCustomPlot::rpQueuedReplot);
}

QPointF ChartPlot::pixelOf(const QCPGraph* graph, int index) const
{
    const auto it = graph->data()->constBegin() + index;
    return {graph->keyAxis()->coordToPixel(it->key), graph->valueAxis()->coordToPixel(it->value)};
}

std::optional<quint32> ChartPlot::frameAt(const QPointF& pixel, double radius) const
{
    return picker_.frameAt(pixel, radius);
}

void ChartPlot::setHomeRange(const QCPRange& x, const QCPRange& y)
{
    homeX_ = x;
    homeY_ = y;
    following_ = true;
    xAxis->setRange(x);
    yAxis->setRange(y);
    following_ = false;
}

void ChartPlot::resetView()
{
    xAxis->setRange(homeX_);
    yAxis->setRange(homeY_);
    replot(QCustomPlot::rpQueuedReplot);
}

void ChartPlot::followTimeRange(const QCPRange& range)
{
    if (!sharesTimeAxis() || xAxis->range() == range)
        return;
    following_ = true;
    xAxis->setRange(range);
    following_ = false;
    replot(QCustomPlot::rpQueuedReplot);
}

void ChartPlot::zoomBy(double factor)
{
    if (axisMode_ != AxisMode::YOnly)
        xAxis->scaleRange(1 / factor, xAxis->range().center());
    if (axisMode_ != AxisMode::XOnly)
        yAxis->scaleRange(1 / factor, yAxis->range().center());
    replot(QCustomPlot::rpQueuedReplot);
}

void ChartPlot::panBy(double dx, double dy)
{
    if (axisMode_ != AxisMode::YOnly && dx != 0)
        xAxis->moveRange(dx * xAxis->range().size());
    if (axisMode_ != AxisMode::XOnly && dy != 0)
        yAxis->moveRange(dy * yAxis->range().size());
    replot(QCustomPlot::rpQueuedReplot);
}

void ChartPlot::setAxisMode(AxisMode mode)
{
    if (mode == axisMode_)
        return;
    axisMode_ = mode;
    applyAxisMode();
    emit axisModeChanged(mode);
}

void ChartPlot::applyAxisMode()
{
    const Qt::Orientations o = axisMode_ == AxisMode::XOnly ? Qt::Horizontal
                             : axisMode_ == AxisMode::YOnly ? Qt::Vertical
                                                            : (Qt::Horizontal | Qt::Vertical);
    axisRect()->setRangeZoom(o);
    axisRect()->setRangeDrag(o);
}

void ChartPlot::markKey(std::optional<double> key)
{
    mark_->setVisible(key.has_value());
    if (key) {
        mark_->point1->setCoords(*key, 0);
        mark_->point2->setCoords(*key, 1);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

QString ChartPlot::readout(double key, double value) const
{
    return QStringLiteral("x %1 · y %2").arg(key, 0, 'g', 6).arg(value, 0, 'g', 6);
}

QString ChartPlot::readoutText() const
{
    return crosshair_.text();
}

void ChartPlot::updateCrosshair(const QPointF& pixel)
{
    const QRect rect = axisRect()->rect();
    if (!rect.contains(pixel.toPoint())) {
        hideCrosshair();
        return;
    }
    QString text = readout(xAxis->pixelToCoord(pixel.x()), yAxis->pixelToCoord(pixel.y()));
    if (const auto frame = frameAt(pixel))
        text += QLatin1Char('\n') + tr("frame %1 — click to select it").arg(*frame);
    crosshair_.show(pixel, rect, text);
}

void ChartPlot::hideCrosshair()
{
    crosshair_.hide();
}

void ChartPlot::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    const QCPRange x = xAxis->range();
    const QCPRange y = yAxis->range();
    retranslate();
    xAxis->setRange(x);
    yAxis->setRange(y);
    replot();
}

void ChartPlot::keyPressEvent(QKeyEvent* event)
{
    constexpr double kStep = 0.1;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.25); break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore: zoomBy(0.8); break;
    case Qt::Key_Left: panBy(-kStep, 0); break;
    case Qt::Key_Right: panBy(kStep, 0); break;
    case Qt::Key_Up: panBy(0, kStep); break;
    case Qt::Key_Down: panBy(0, -kStep); break;
    case Qt::Key_0:
    case Qt::Key_Home: resetView(); break;
    case Qt::Key_X: setAxisMode(axisMode_ == AxisMode::XOnly ? AxisMode::Both : AxisMode::XOnly); break;
    case Qt::Key_Y: setAxisMode(axisMode_ == AxisMode::YOnly ? AxisMode::Both : AxisMode::YOnly); break;
    case Qt::Key_Escape: setAxisMode(AxisMode::Both); break;
    default: QCustomPlot::keyPressEvent(event); return;
    }
    event->accept();
}

void ChartPlot::mousePressEvent(QMouseEvent* event)
{
    pressPos_ = event->pos();
    pressed_ = event->button() == Qt::LeftButton;
    setFocus(Qt::MouseFocusReason);
    QCustomPlot::mousePressEvent(event);
}

void ChartPlot::mouseMoveEvent(QMouseEvent* event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton)
        updateCrosshair(event->position());
    else
        hideCrosshair();
}

void ChartPlot::mouseReleaseEvent(QMouseEvent* event)
{
    QCustomPlot::mouseReleaseEvent(event);
    const bool click = pressed_ && event->button() == Qt::LeftButton
                    && (event->pos() - pressPos_).manhattanLength() <= kClickSlop;
    pressed_ = false;
    if (!click)
        return;
    if (const auto frame = frameAt(event->position()))
        emit packetClicked(*frame);
}

void ChartPlot::leaveEvent(QEvent* event)
{
    QCustomPlot::leaveEvent(event);
    hideCrosshair();
}

QByteArray ChartPlot::svg(QSize size)
{
    hideCrosshair();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(QStringLiteral("tcplens chart"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        return {};
    toPainter(&painter, size.width(), size.height());
    painter.end();
    return buffer.data();
}

bool ChartPlot::exportImage(const QString& path, QSize size, QString* error, const QString& title)
{
    // The selected packet's line and the crosshair are the window's, not the figure's.
    const bool marked = mark_->visible();
    const QString oldTitle = title_ != nullptr ? title_->text() : QString();
    mark_->setVisible(false);
    if (!title.isEmpty())
        setTitle(title);
    const bool ok = writeImage(path, size, error);
    mark_->setVisible(marked);
    if (!title.isEmpty())
        setTitle(oldTitle);
    replot(QCustomPlot::rpQueuedReplot);
    return ok;
}

bool ChartPlot::writeImage(const QString& path, QSize size, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error != nullptr)
            *error = why;
        return false;
    };
    if (size.width() < 50 || size.height() < 50)
        return fail(tr("the image must be at least 50×50 pixels"));
    hideCrosshair();
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = savePng(path, size.width(), size.height(), 1.0);
    } else if (suffix == QLatin1String("pdf")) {
        ok = savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QStringLiteral("tcplens"),
                     QStringLiteral("tcplens chart"));
    } else if (suffix == QLatin1String("svg")) {
        const QByteArray document = svg(size);
        QFile file(path);
        ok = !document.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(document) == document.size();
    } else {
        return fail(tr("unknown image format \"%1\" (use .png, .pdf or .svg)").arg(suffix));
    }
    return ok ? true : fail(tr("cannot write %1").arg(path));
}

} // namespace tcplens::ui
