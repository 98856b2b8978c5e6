#pragma once
// Flow and congestion control of one data direction: the receiver's advertised window, the
// sender's bytes in flight, the congestion-window estimate with its loss and recovery events,
// the ssthresh estimate after each loss and the slow-start / congestion-avoidance phases shaded.
// Other sources (e.g. the kernel's tcp_info cwnd of a live capture) can add series of their own.

#include "ChartPlot.h"
#include "LimitBands.h"

#include <series/StreamSeriesBuilder.h>

#include <array>
#include <memory>

namespace tcplens::ui {

class WindowsChart : public ChartPlot {
    Q_OBJECT
public:
    explicit WindowsChart(QWidget* parent = nullptr);

    /// Shows `data`'s windows; null clears the chart. Extra series stay.
    void setSeries(std::shared_ptr<const StreamSeriesBuilder> series, Direction data);

    /// Adds a named line on the bytes axis: `times` in seconds since the stream's first packet
    /// (StreamSeriesBuilder::firstTimestampNs()), `values` in bytes. Returns its id. Extra series
    /// survive setSeries() and theme changes; remove them when the conversation changes.
    int addExtraSeries(const QString& name, const QVector<double>& times, const QVector<double>& values);
    void removeExtraSeries(int id);
    void clearExtraSeries();
    [[nodiscard]] int extraSeriesCount() const noexcept { return static_cast<int>(extras_.size()); }

    /// The limiting-factor band along the time axis.
    [[nodiscard]] const LimitBands& limitBands() const noexcept { return bands_; }

    /// A line of text shown with the chart (the Charts panel puts it above its hint), e.g. the
    /// kernel's split of the sender's time beside the wire's; `toolTip` holds the details.
    void setNote(const QString& text, const QString& toolTip = {});
    [[nodiscard]] const QString& note() const noexcept { return note_; }
    [[nodiscard]] const QString& noteToolTip() const noexcept { return noteToolTip_; }

signals:
    void noteChanged();

protected:
    [[nodiscard]] QString readout(double key, double value) const override;
    void applyStyle() override;
    void retranslate() override;

private:
    struct Extra {
        int id = 0;
        QString name;
        QVector<double> times, values;
        QCPGraph* graph = nullptr;
    };
    void rebuild() override;
    void setAxisTitles();
    void addExtraGraph(Extra& extra);

    std::shared_ptr<const StreamSeriesBuilder> series_;
    LimitBands bands_;
    Direction data_ = Direction::ClientToServer;
    QCPGraph* slowStart_ = nullptr;
    QCPGraph* avoidance_ = nullptr;
    QCPGraph* recovery_ = nullptr;
    QCPGraph* rwnd_ = nullptr;
    QCPGraph* flight_ = nullptr;
    QCPGraph* cwnd_ = nullptr;
    QCPGraph* ssthresh_ = nullptr;
    std::array<QCPGraph*, 3> losses_{}; // retransmission, fast retransmission, timeout
    QCPGraph* recovered_ = nullptr;
    std::vector<Extra> extras_;
    int nextExtraId_ = 1;
    QString note_;
    QString noteToolTip_;
};

} // namespace tcplens::ui
