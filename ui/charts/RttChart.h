#pragma once
// Round-trip times of one data direction: ACK RTT samples (Karn's rule: never for retransmitted
// data) and timestamp-option samples, against time or against the sequence number they cover,
// with min / avg / max lines.

#include "ChartPlot.h"

#include <series/StreamSeriesBuilder.h>

#include <memory>

namespace tcplens::ui {

class RttChart : public ChartPlot {
    Q_OBJECT
public:
    explicit RttChart(QWidget* parent = nullptr);

    void setSeries(std::shared_ptr<const StreamSeriesBuilder> series, Direction data);
    /// x = the sequence number an ACK covers instead of time (timestamp samples have none).
    void setAgainstSequence(bool bySequence);
    [[nodiscard]] bool againstSequence() const noexcept { return bySequence_; }
    [[nodiscard]] bool sharesTimeAxis() const override { return !bySequence_; }
    /// "ACK RTT min … avg … max … (n)" of the shown samples; empty without samples.
    [[nodiscard]] QString statsText() const { return stats_; }

protected:
    [[nodiscard]] QString readout(double key, double value) const override;
    void applyStyle() override;
    void retranslate() override;

private:
    void rebuild() override;
    void setAxisTitles();

    std::shared_ptr<const StreamSeriesBuilder> series_;
    Direction data_ = Direction::ClientToServer;
    bool bySequence_ = false;
    QString stats_;
    QCPGraph* ack_ = nullptr;
    QCPGraph* timestamp_ = nullptr;
    QCPGraph* min_ = nullptr;
    QCPGraph* avg_ = nullptr;
    QCPGraph* max_ = nullptr;
};

} // namespace tcplens::ui
