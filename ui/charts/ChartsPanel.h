#pragma once
// The Charts panel: the five charts of the selected conversation in tabs (time-sequence, windows,
// throughput, RTT, textbook model), the data direction (the one with more payload first, Switch
// Direction flips it), each chart's options, zoom kept in step across the time charts, and
// export of the chart (PNG, PDF, SVG) or its data (CSV).

#include "shell/ThemeKind.h"
#include "ChartSeriesCache.h"

#include <export/ChartCsv.h>

#include <qcustomplot.h>

#include <QWidget>

#include <array>
#include <functional>
#include <vector>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QTabWidget;

namespace tcplens::ui {

class ChartOptions;
class ChartPlot;
class ModelChart;
class RttChart;
class ThroughputChart;
class TimeSequenceChart;
class WindowsChart;

class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget* parent = nullptr);
    ~ChartsPanel() override;

    /// The loaded packets and their analysis (owned by the caller).
    void setSource(const PacketStore* store, const PacketAnalysisStore* analyses);
    /// A capture is opening: forget every series and show nothing.
    void clear();
    /// The load ended: series built from part of it are rebuilt.
    void refresh();
    /// Charts conversation `stream` (nullopt: none). Series are built once, in the background,
    /// while the panel is visible.
    void showStream(std::optional<std::uint32_t> stream);
    [[nodiscard]] std::optional<std::uint32_t> stream() const noexcept { return stream_; }
    /// The stream whose series the charts show now (may lag stream() while it is being built).
    [[nodiscard]] std::optional<std::uint32_t> shownStream() const noexcept { return shownStream_; }
    /// Marks packet `row` (0-based) on the time charts when it belongs to the shown stream.
    void setCurrentPacket(int row);
    void setTheme(ThemeKind theme);

    void setCurrentChart(ChartKind kind);
    [[nodiscard]] ChartKind currentChart() const;
    [[nodiscard]] ChartPlot* chart(ChartKind kind) const;
    [[nodiscard]] TimeSequenceChart* timeSequenceChart() const noexcept { return tsg_; }
    /// The Windows chart, where other sources add series of their own (addExtraSeries).
    [[nodiscard]] WindowsChart* windowsChart() const noexcept { return windows_; }
    [[nodiscard]] ThroughputChart* throughputChart() const noexcept { return throughput_; }
    [[nodiscard]] RttChart* rttChart() const noexcept { return rtt_; }
    [[nodiscard]] ModelChart* modelChart() const noexcept { return model_; }
    [[nodiscard]] ChartSeriesCache* seriesCache() const noexcept { return cache_; }
    [[nodiscard]] ChartSeriesCache::Series series() const noexcept { return series_; }

    [[nodiscard]] Direction direction() const noexcept { return direction_; }
    /// The checkable toolbar action that shows the limiting-factor strip (remembered in settings).
    [[nodiscard]] QAction* limitBandsAction() const noexcept { return limitBands_; }
    void switchDirection();

    /// Writes chart `kind` to `path`: .png, .pdf, .svg as an image, .csv as its data.
    bool exportChart(ChartKind kind, const QString& path, QString* error = nullptr);

signals:
    /// The user clicked a packet's point on a chart (1-based frame).
    void packetClicked(quint32 frame);
    /// The charts now show `stream`'s series.
    void seriesShown(quint32 stream);
    /// Switch Direction: the charts now show the other direction's data.
    void directionChanged();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createToolBar();
    void onSeriesReady(quint32 stream);
    void applySeries(ChartKind kind);
    void onTabChanged();
    void updateDirectionLabel();
    void updateHint();
    /// Sets texts now and again after each language switch.
    void translatable(std::function<void()> set);
    void restyle();
    void chooseExport(bool data);

    ChartSeriesCache* cache_;
    const PacketStore* store_ = nullptr;
    const PacketAnalysisStore* analyses_ = nullptr;
    std::optional<std::uint32_t> stream_;
    std::optional<std::uint32_t> shownStream_;
    ChartSeriesCache::Series series_;
    Direction direction_ = Direction::ClientToServer;
    std::array<bool, 5> stale_{}; // a chart whose series changed while its tab was hidden
    std::vector<std::function<void()>> texts_; // what translatable() set, for a language switch
    std::optional<QCPRange> timeRange_; // the zoom the time charts share
    int currentRow_ = -1;
    ThemeKind theme_ = ThemeKind::Light;

    QTabWidget* tabs_ = nullptr;
    TimeSequenceChart* tsg_ = nullptr;
    WindowsChart* windows_ = nullptr;
    ThroughputChart* throughput_ = nullptr;
    RttChart* rtt_ = nullptr;
    ModelChart* model_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* hint_ = nullptr;
    QAction* switchDirection_ = nullptr;
    QAction* limitBands_ = nullptr;
    ChartOptions* options_ = nullptr;
};

} // namespace tcplens::ui
