#pragma once
// tcptrace's time-sequence graph of one data direction: each segment a vertical bar from seq to
// seq + len (or, in Stevens' style, a dot at seq), the ACK line, the receive-window edge, SACK
// blocks and the events, coloured by kind as the legend says.

#include "ChartPlot.h"
#include "LimitBands.h"

#include <series/StreamSeriesBuilder.h>

#include <array>
#include <memory>

namespace tcplens::ui {

class TimeSequenceChart : public ChartPlot {
    Q_OBJECT
public:
    explicit TimeSequenceChart(QWidget* parent = nullptr);

    /// Shows `data`'s segments and the other side's ACKs; null clears the chart.
    void setSeries(std::shared_ptr<const StreamSeriesBuilder> series, Direction data);
    /// Stevens' dots instead of tcptrace's bars.
    void setStevens(bool dots);
    [[nodiscard]] bool stevens() const noexcept { return stevens_; }

    /// The graph of new data segments (for tests: point i of it is a bar end of segment i / 3).
    [[nodiscard]] QCPGraph* newSegmentGraph() const noexcept { return segments_[0]; }

    /// The limiting-factor band along the time axis.
    [[nodiscard]] const LimitBands& limitBands() const noexcept { return bands_; }

protected:
    [[nodiscard]] QString readout(double key, double value) const override;
    void applyStyle() override;
    void retranslate() override;

private:
    void rebuild() override;
    void setAxisTitles();
    /// Bar-end ticks only while few enough segments are in view to tell them apart (and to stay fast).
    void updateDetail();

    std::shared_ptr<const StreamSeriesBuilder> series_;
    LimitBands bands_;
    Direction data_ = Direction::ClientToServer;
    bool stevens_ = false;
    bool detailed_ = true;
    std::array<QCPGraph*, 5> segments_{}; // new, retransmission, fast retransmission, out of order, probe
    QCPGraph* acks_ = nullptr;
    QCPGraph* window_ = nullptr;
    QCPGraph* sacks_ = nullptr;
    std::array<QCPGraph*, 4> events_{}; // zero window, window full, RST, duplicate ACK
};

} // namespace tcplens::ui
