#pragma once
// Throughput and goodput of one data direction as moving averages over a window the user sets,
// in bit/s, with each segment's size drawn behind on its own axis.

#include "ChartPlot.h"

#include <series/StreamSeriesBuilder.h>

#include <memory>

namespace tcplens::ui {

class ThroughputChart : public ChartPlot {
    Q_OBJECT
public:
    explicit ThroughputChart(QWidget* parent = nullptr);

    void setSeries(std::shared_ptr<const StreamSeriesBuilder> series, Direction data);
    /// The moving-average window asked for, in seconds (the core may shorten it, see Throughput.h).
    void setAverageWindow(double seconds);
    [[nodiscard]] double averageWindow() const noexcept { return window_; }
    /// The window the core actually used for the data shown.
    [[nodiscard]] double effectiveWindow() const noexcept { return effective_; }

protected:
    [[nodiscard]] QString readout(double key, double value) const override;
    void applyStyle() override;
    void retranslate() override;

private:
    void rebuild() override;
    void setAxisTitles();

    std::shared_ptr<const StreamSeriesBuilder> series_;
    Direction data_ = Direction::ClientToServer;
    double window_ = StreamSeriesBuilder::kDefaultThroughputWindow;
    double effective_ = 0;
    QCPGraph* sizes_ = nullptr;
    QCPGraph* throughput_ = nullptr;
    QCPGraph* goodput_ = nullptr;
};

} // namespace tcplens::ui
