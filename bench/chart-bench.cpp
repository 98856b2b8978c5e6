// Times the charts: a 1,000,000-point chart redrawn at 1920x1080 (QCustomPlot with adaptive
// sampling), and, given a capture, building the series of its largest conversation from the
// loaded stores (what the Charts panel's worker does) and redrawing its time-sequence graph.
#include <charts/ChartPlot.h>
#include <charts/ChartStyle.h>
#include <charts/TimeSequenceChart.h>
#include <charts/WindowsChart.h>

#include <capture/CaptureFile.h>
#include <capture/PacketAnalysisStore.h>
#include <capture/PacketStore.h>
#include <decode/PacketDecoder.h>
#include <series/SeriesFromStore.h>
#include <tcp/ConversationTracker.h>

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Timing {
    double medianMs = 0;
    double worstMs = 0;
};

Timing timeRedraws(QCustomPlot& plot, int rounds)
{
    plot.replot(); // lays out, fills the label cache
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

double secondsSince(const QElapsedTimer& timer) { return static_cast<double>(timer.nsecsElapsed()) / 1e9; }

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc > 2) {
        std::fprintf(stderr, "usage: tcplens-chart-bench [FILE]\n");
        return 2;
    }
    using namespace tcplens;
    using namespace tcplens::ui;

    {
        WindowsChart chart;
        chart.resize(1920, 1080);
        constexpr int kPoints = 1'000'000;
        QVector<double> t(kPoints), v(kPoints);
        double value = 50'000;
        for (int i = 0; i < kPoints; ++i) {
            t[i] = i * 1e-5;
            value += double((qint64(i) * 7919) % 13) - 6; // 64-bit: i * 7919 overflows an int
            v[i] = value;
        }
        chart.addExtraSeries(QStringLiteral("points"), t, v);
        chart.setHomeRange(QCPRange(0, 10), QCPRange(0, 100'000));
        const auto redraw = timeRedraws(chart, 20);
        std::printf("1,000,000-point line chart redraw at 1920x1080, median ms: %.1f\n", redraw.medianMs);
        std::printf("1,000,000-point line chart redraw at 1920x1080, worst ms: %.1f\n", redraw.worstMs);
    }
    if (argc < 2)
        return 0;

    // The loader's single pass: index, mapping and one analysis record per packet.
    QElapsedTimer timer;
    timer.start();
    auto file = CaptureFile::open(argv[1]);
    PacketStore store(file->info(), file->mapping());
    PacketAnalysisStore analyses;
    ConversationTracker tracker;
    RawPacket packet;
    std::uint32_t frame = 0;
    std::vector<PacketAnalysisRecord> batch;
    while (file->next(packet) == ReadStatus::Packet) {
        const auto decoded = decodePacket(packet.bytes, packet.wireLength, file->info().linkType);
        batch.push_back(compactAnalysis(tracker.add(++frame, packet.timestampNs, packet.wireLength, decoded), decoded));
        packet.bytes = {};
        store.append(packet);
    }
    analyses.append(batch);
    std::printf("packets: %zu, conversations: %zu, load s: %.3f\n", store.size(), tracker.conversations().size(),
                secondsSince(timer));
    std::vector<std::size_t> perStream(tracker.conversations().size(), 0);
    for (PacketNumber n = 0; n < analyses.size(); ++n) {
        if (analyses[n].isTcp())
            ++perStream[analyses[n].stream];
    }
    if (perStream.empty())
        return 0;
    const auto largest = static_cast<std::uint32_t>(std::max_element(perStream.begin(), perStream.end()) - perStream.begin());

    timer.restart();
    const auto snapshot = snapshotStream(store, analyses, largest);
    const double snapshotS = secondsSince(timer);
    timer.restart();
    auto series = std::make_shared<const StreamSeriesBuilder>(buildSeries(snapshot));
    const double buildS = secondsSince(timer);
    std::printf("largest conversation: stream %u, %zu packets\n", largest, snapshot.packets.size());
    std::printf("series: snapshot of the stores s: %.3f, build (worker) s: %.3f\n", snapshotS, buildS);

    TimeSequenceChart tsg;
    tsg.resize(1920, 1080);
    tsg.setChartStyle(chartStyleFor(ThemeKind::Light, QApplication::font()));
    timer.restart();
    tsg.setSeries(series, dataDirection(*series));
    std::printf("time-sequence graph: %zu segments, vectors handed to the chart s: %.3f\n",
                series->timeSequence(dataDirection(*series)).segments.size(), secondsSince(timer));
    const auto redraw = timeRedraws(tsg, 10);
    std::printf("time-sequence graph redraw at 1920x1080, median ms: %.1f, worst ms: %.1f\n", redraw.medianMs,
                redraw.worstMs);
    return 0;
}
