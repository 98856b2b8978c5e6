#include "KernelChartFeed.h"

#include "conversations/ConversationModel.h"
#include "ChartsPanel.h"
#include "WindowsChart.h"

#include <kernel/KernelSeries.h>

#include <QFile>

namespace tcplens::ui {

KernelChartFeed::KernelChartFeed(ChartsPanel* panel, const ConversationModel* conversations, QObject* parent)
    : QObject(parent), panel_(panel), conversations_(conversations)
{
    connect(panel_, &ChartsPanel::seriesShown, this, &KernelChartFeed::redraw);
    connect(panel_, &ChartsPanel::directionChanged, this, &KernelChartFeed::redraw);
}

KernelChartFeed::~KernelChartFeed() = default;

void KernelChartFeed::open(const QString& capturePath)
{
    clear();
    follower_ = std::make_unique<TcpInfoCsvFollower>(tcpInfoSidecarPath(QFile::encodeName(capturePath).toStdString()));
    refresh();
}

void KernelChartFeed::clear()
{
    removeLines();
    follower_.reset();
    samples_.clear();
    error_.clear();
}

void KernelChartFeed::refresh()
{
    if (!follower_ || !error_.isEmpty())
        return;
    const auto before = samples_.size();
    std::string error;
    if (!follower_->poll(samples_, error))
        error_ = QString::fromStdString(error);
    if (samples_.size() != before)
        redraw();
}

void KernelChartFeed::removeLines()
{
    for (const int id : lineIds_)
        panel_->windowsChart()->removeExtraSeries(id);
    lineIds_.clear();
}

void KernelChartFeed::redraw()
{
    removeLines();
    const auto stream = panel_->shownStream();
    const auto series = panel_->series();
    if (samples_.empty() || !stream || !series)
        return;
    const ConversationSummary* conversation = nullptr;
    for (const auto& row : conversations_->conversations())
        if (row.stream == *stream)
            conversation = &row;
    if (!conversation)
        return;
    const auto kernel = kernelSeriesFor(samples_, *conversation, panel_->direction(), series->firstTimestampNs());
    if (kernel.empty())
        return; // the data sender's socket was not on the capturing machine
    QVector<double> times, cwnd, ssthreshTimes, ssthresh;
    for (const auto& p : kernel.points) {
        times << p.time;
        cwnd << static_cast<double>(p.cwndBytes);
        if (p.ssthreshBytes >= 0) {
            ssthreshTimes << p.time;
            ssthresh << static_cast<double>(p.ssthreshBytes);
        }
    }
    const auto algorithm = QString::fromStdString(kernel.congestionControl);
    auto* chart = panel_->windowsChart();
    lineIds_.push_back(chart->addExtraSeries(
        algorithm.isEmpty() ? tr("Kernel cwnd (tcp_info)") : tr("Kernel cwnd (tcp_info, %1)").arg(algorithm), times,
        cwnd));
    if (!ssthresh.isEmpty())
        lineIds_.push_back(chart->addExtraSeries(tr("Kernel ssthresh (tcp_info)"), ssthreshTimes, ssthresh));
}

} // namespace tcplens::ui
