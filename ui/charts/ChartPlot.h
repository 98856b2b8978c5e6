#pragma once
// The base of every tcplens chart: a QCustomPlot that only receives vectors, with the
// interaction a Wireshark user expects (wheel and drag zoom/pan, + - arrows 0 x y keys), a
// crosshair with a readout, the selected packet marked, a click on a point reported as that
// point's frame, theme styling, and export to PNG, PDF and SVG.

#include "ChartCrosshair.h"
#include "ChartPicker.h"
#include "ChartStyle.h"

#include <qcustomplot.h>

#include <optional>

namespace tcplens::ui {

class ChartPlot : public QCustomPlot {
    Q_OBJECT
public:
    /// Which axes zoom and pan act on (keys x and y toggle one axis only).
    enum class AxisMode { Both, XOnly, YOnly };

    explicit ChartPlot(QWidget* parent = nullptr);

    void setChartStyle(const ChartStyle& style);
    [[nodiscard]] const ChartStyle& chartStyle() const noexcept { return style_; }

    /// Whether the x axis is seconds since the stream's first packet (charts in step share it).
    [[nodiscard]] virtual bool sharesTimeAxis() const { return true; }

    /// The frame of the data point nearest to `pixel` (widget coordinates) within `radius` pixels.
    [[nodiscard]] std::optional<quint32> frameAt(const QPointF& pixel, double radius = 12) const;
    /// Widget coordinates of data point `index` of `graph`.
    [[nodiscard]] QPointF pixelOf(const QCPGraph* graph, int index) const;

    /// The view `0` returns to; also applied now.
    void setHomeRange(const QCPRange& x, const QCPRange& y);
    void resetView();
    /// Zooms around the centre of the plot by `factor` (> 1 zooms in), on the axes of the mode.
    void zoomBy(double factor);
    /// Pans by fractions of the visible range (positive: right / up).
    void panBy(double dx, double dy);
    void setAxisMode(AxisMode mode);
    [[nodiscard]] AxisMode axisMode() const noexcept { return axisMode_; }
    /// Sets the x range without emitting timeRangeChanged (charts following another one).
    void followTimeRange(const QCPRange& range);

    /// As narrow as its axes need: the legend folds into more rows to fit (fitLegendColumns).
    [[nodiscard]] QSize minimumSizeHint() const override;
    /// Marks the selected packet at x = `key` (a vertical line); nullopt removes the mark.
    void markKey(std::optional<double> key);
    /// The text the readout shows at the pointer, for tests.
    [[nodiscard]] QString readoutText() const;

    /// Writes the chart to `path` as PNG, PDF or SVG (by suffix) at `size` pixels, without the selected
    /// packet's line and the crosshair, under `title` if given; false with a reason.
    bool exportImage(const QString& path, QSize size, QString* error = nullptr, const QString& title = {});
    /// Renders an SVG document of the chart at `size`.
    [[nodiscard]] QByteArray svg(QSize size);

    /// A title row above the legend (for exported images); empty removes it.
    void setTitle(const QString& text);

    /// Puts a message in the middle of an empty chart ("No data …"); empty text removes it.
    void setEmptyMessage(const QString& text);

    /// Shows or hides the limiting-factor band (and its legend entries) of a chart that draws
    /// one, keeping the zoom.
    void setLimitBandsShown(bool shown);
    [[nodiscard]] bool limitBandsShown() const noexcept { return limitBandsShown_; }

signals:
    /// A click (no drag) landed on a data point of `frame`.
    void packetClicked(quint32 frame);
    /// The user zoomed or panned the time axis (not emitted for followTimeRange).
    void timeRangeChanged(const QCPRange& range);
    /// The axis mode changed by the x / y keys.
    void axisModeChanged(tcplens::ui::ChartPlot::AxisMode mode);

protected:
    /// Registers a graph whose data point i came from frames[i] (0: not a packet).
    void setPickable(QCPGraph* graph, QVector<quint32> frames);
    /// The graph's points come in (low, high, gap) triples at one key: a click anywhere on a
    /// bar picks it, not only near its ends.
    void setBars(QCPGraph* graph, bool bars = true);
    /// Gives `graph` its points (sorted by key if they are not, frames kept in step) and, when
    /// `frames` is not empty, makes it pickable.
    void setGraphData(QCPGraph* graph, QVector<double> keys, QVector<double> values, QVector<quint32> frames = {});
    /// The home x range of a time axis for a stream lasting `duration` seconds.
    [[nodiscard]] static QCPRange timeHome(double duration);
    /// [0, max + 8 %] (or [0, 1] without data).
    [[nodiscard]] static QCPRange valueHome(double max);
    void clearPickables();
    /// Removes every plottable and item except the crosshair, mark and message.
    void clearChart();
    /// Builds the chart's graphs again from its data and options.
    virtual void rebuild() = 0;
    /// rebuild() keeping both axes' ranges (the user's zoom), redrawn on the next turn.
    void rebuildKeepingView();
    /// Text for the readout at plot coordinates (key, value) of the main axes.
    [[nodiscard]] virtual QString readout(double key, double value) const;
    /// Applies the style's colours to the chart's own graphs (called by setChartStyle).
    virtual void applyStyle() {}
    /// Sets the axis titles, legend names and messages again in the current language.
    virtual void retranslate() {}
    /// A live language switch: retranslate(), keeping the user's zoom.
    void changeEvent(QEvent* event) override;
    /// A pen of the style's line width.
    [[nodiscard]] QPen pen(const QColor& colour, double widthFactor = 1.0, Qt::PenStyle style = Qt::SolidLine) const;
    /// A graph on the main axes with `name` in the legend, adaptive sampling on.
    QCPGraph* addSeries(const QString& name, QCPAxis* valueAxis = nullptr);
    /// A click near points of several series picks the one of highest priority (the marked events:
    /// a retransmission over the ACK beside it), then the nearest.
    void setPickPriority(const QCPGraph* graph, int priority) { picker_.setPriority(graph, priority); }
    /// Rebuilds the legend with `graphs` in this order, leaving out the empty ones.
    void orderLegend(std::initializer_list<QCPGraph*> graphs);
    /// Styles axes, grid, legend and text from the style.
    void styleAxes();
    /// The legend's items changed outside orderLegend(): its columns are fitted again at the next replot.
    void legendChanged() noexcept { legendFitPending_ = true; }
    void resizeEvent(QResizeEvent* event) override;

    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    static constexpr int kMostLegendColumns = 5;
    static constexpr int kNarrowestChart = 320; // px: two legend columns and a readable plot
    struct AxisLabel {
        QString full;
        QString shortened;
    };
    AxisLabel shownAxisLabels_[2]; // yAxis, yAxis2

    /// As many legend columns (up to kMostLegendColumns) as fit the chart's width.
    void fitLegendColumns();
    /// Shortens the value axes' titles that are longer than the plot is high.
    void fitValueAxisLabels();
    void updateCrosshair(const QPointF& pixel);
    void hideCrosshair();
    void applyAxisMode();

    ChartStyle style_;
    bool writeImage(const QString& path, QSize size, QString* error);
    ChartPicker picker_;
    QCPRange homeX_{0, 1};
    QCPRange homeY_{0, 1};
    AxisMode axisMode_ = AxisMode::Both;
    bool limitBandsShown_ = true;
    bool legendFitPending_ = true; // a resize or a new legend since the columns were last fitted
    bool following_ = false;
    QPoint pressPos_;
    bool pressed_ = false;
    ChartCrosshair crosshair_{*this};
    QCPItemStraightLine* mark_ = nullptr;
    QCPItemText* message_ = nullptr;
    QCPTextElement* title_ = nullptr;
};

} // namespace tcplens::ui
