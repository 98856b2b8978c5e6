#include "KernelChartFeed.h"

#include "conversations/ConversationModel.h"
#include "ChartsPanel.h"
#include "WindowsChart.h"

#include <kernel/KernelLimitSplit.h>
#include <kernel/KernelSeries.h>

#include <QFile>
#include <QLocale>
#include <QStringList>

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

bool KernelChartFeed::hasSidecar() const
{
    return follower_ && QFile::exists(QFile::decodeName(follower_->path().c_str()));
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
    panel_->windowsChart()->setNote({});
}

QString KernelChartFeed::groupName(int group)
{
    switch (static_cast<LimitGroup>(group)) {
    case LimitGroup::ReceiverWindow: return tr("receiver window");
    case LimitGroup::SendBuffer: return tr("send buffer");
    case LimitGroup::OtherBusy: return tr("busy otherwise");
    case LimitGroup::NotBusy: return tr("not busy");
    case LimitGroup::Unknown: break;
    }
    return tr("unknown");
}

void KernelChartFeed::showSplit(const KernelLimitComparison& c)
{
    auto* chart = panel_->windowsChart();
    switch (c.missing) {
    case KernelSplitMissing::None: break;
    case KernelSplitMissing::NoSocket: chart->setNote({}); return;
    case KernelSplitMissing::NoChronograph:
        chart->setNote(tr("Kernel split unavailable: this tcp_info sidecar has no busy, rwnd_limited and sndbuf_limited "
                          "columns (recorded by an older tcplens or a kernel before Linux 4.10)."));
        return;
    case KernelSplitMissing::NoStretch:
        chart->setNote(tr("Kernel split unavailable: the samples of the sender's socket cover no transfer time."));
        return;
    }
    const QLocale locale;
    const auto percent = [&](double share) { return locale.toString(100 * share, 'f', 1) + QStringLiteral(" %"); };
    const auto secondsText = [&](double s) { return tr("%1 s").arg(locale.toString(s, 'f', 3)); };
    QStringList parts;
    QStringList details;
    for (std::size_t i = 0; i + 1 < kLimitGroupCount; ++i) {
        const auto g = static_cast<LimitGroup>(i);
        const double points = c.differencePoints(g);
        const QString difference = (points >= 0 ? QStringLiteral("+") : QString()) + locale.toString(points, 'f', 1);
        //: factor group, kernel share, wire share, difference in percentage points
        parts << tr("%1 %2 (wire %3, %4)").arg(groupName(int(i)), percent(c.kernel.share(g)), percent(c.wire.share(g)),
                                                difference);
        details << tr("%1: kernel %2, wire %3").arg(groupName(int(i)), secondsText(c.kernel.of(g)), secondsText(c.wire.of(g)));
    }
    const QString note = tr("Kernel's split (tcp_info) over %1 of transfer: %2.")
                             .arg(secondsText(c.wire.total), parts.join(QStringLiteral(" · ")));
    QString toolTip = tr("The kernel counted busy %1, receiver-window-limited %2, send-buffer-limited %3 between "
                         "%4 and %5 after the stream's first packet (%n samples of the sender's socket).",
                         nullptr, int(c.samples))
                          .arg(secondsText(c.busy), secondsText(c.rwndLimited), secondsText(c.sndbufLimited),
                               secondsText(c.from), secondsText(c.to));
    toolTip += QStringLiteral("\n") + details.join(QStringLiteral("\n"));
    if (c.appLimitedKnown)
        toolTip += QStringLiteral("\n")
                 + tr("delivery_rate_app_limited was set in %1 of %n samples.", nullptr, int(c.samples))
                       .arg(c.appLimitedSamples);
    toolTip += QStringLiteral("\n")
             + tr("Wire shares group the limiting factors as the kernel counts: receiver window (and zero window), "
                  "send buffer, busy otherwise (congestion, loss recovery, timeouts), not busy (application, idle); "
                  "the difference is wire minus kernel, in percentage points.");
    chart->setNote(note, toolTip);
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
    showSplit(compareWithKernel(series->limits().timeline(panel_->direction()), kernel));
}

} // namespace tcplens::ui
