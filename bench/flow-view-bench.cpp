// tcplens-flow-view-bench: the flow graph view on one conversation of a capture (run it on the
// 500,000-packet conversation tcplens-make-long-conversation writes). Loads it as the GUI does and
// times what a user feels in the real view, offscreen at 1000x1000: building the graph, opening it,
// painting a screen after a jump to the top, middle and end, scrolling by a page and by a row,
// zooming, and switching to time-proportional rows.
#include <flowgraph/FlowGraphModel.h>
#include <flowgraph/FlowGraphView.h>

#include <capture/LoadedCapture.h>
#include <series/SeriesFromStore.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QScrollBar>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// This thread's CPU time in ms: on a machine shared with other work, wall time mostly measures the others.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Timing {
    double medianMs = 0;
    double worstMs = 0;
    double medianCpuMs = 0;
    double worstCpuMs = 0;
};

template <class Work>
Timing timeRounds(int rounds, Work&& work)
{
    std::vector<double> ms;
    std::vector<double> cpu;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        work(i);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - cpuStart);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {ms[ms.size() / 2], ms.back(), cpu[cpu.size() / 2], cpu.back()};
}

void print(const char* what, const Timing& t)
{
    std::printf("%s median ms: %.2f (CPU %.2f)\n%s worst ms: %.2f (CPU %.2f)\n", what, t.medianMs, t.medianCpuMs, what,
                t.worstMs, t.worstCpuMs);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2 && !(argc == 4 && std::string(argv[2]) == "--stream")) {
        std::fprintf(stderr, "usage: tcplens-flow-view-bench FILE [--stream N]\n");
        return 2;
    }
    const auto stream = static_cast<std::uint32_t>(argc == 4 ? std::strtoul(argv[3], nullptr, 10) : 0);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QElapsedTimer timer;
    timer.start();
    tcplens::LoadedCapture capture;
    try {
        capture = tcplens::loadCapture(argv[1]);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tcplens-flow-view-bench: %s\n", e.what());
        return 1;
    }
    const double loadSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    tcplens::ui::FlowGraphModel model;
    timer.restart();
    model.setCapture(&capture.packets, &capture.analyses);
    model.setStreams({stream});
    const double buildMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    // Of it, the limit comment's timelines: the stream's series, built again by any rebuild that
    // could not keep them (FlowGraphModel caches them per stream and packet count).
    timer.restart();
    const auto series = tcplens::buildSeries(tcplens::snapshotStream(capture.packets, capture.analyses, stream));
    (void)series.limits().timeline(tcplens::Direction::ClientToServer);
    (void)series.limits().timeline(tcplens::Direction::ServerToClient);
    const double limitsMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    // A rebuild of the same stream (a language change, a new packet model) keeps them.
    const Timing refresh = timeRounds(5, [&](int) { model.refresh(); });

    tcplens::ui::FlowGraphView view;
    view.resize(1000, 1000);
    view.show();
    timer.restart();
    view.setModel(&model);
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&frame);
    const double openMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    const int rows = model.rowCount();
    if (rows == 0) {
        std::fprintf(stderr, "tcplens-flow-view-bench: no packets in stream %u\n", stream);
        return 1;
    }
    auto* bar = view.verticalScrollBar();
    const std::vector<int> targets{0, rows / 2, rows - 1};
    const Timing jump = timeRounds(15, [&](int i) {
        view.setCurrentRow(targets[static_cast<std::size_t>(i) % targets.size()]);
        view.viewport()->render(&frame);
    });
    view.setCurrentRow(rows / 3);
    const Timing scroll = timeRounds(100, [&](int) {
        bar->setValue(bar->value() + bar->pageStep());
        view.viewport()->render(&frame);
    });
    const Timing line = timeRounds(100, [&](int) {
        bar->setValue(bar->value() + bar->singleStep());
        view.viewport()->render(&frame);
    });
    const Timing zoom = timeRounds(20, [&](int i) {
        view.setLabelScale(i % 2 ? 1.0 : 1.5);
        view.viewport()->render(&frame);
    });
    timer.restart();
    view.setSpacing(tcplens::ui::FlowSpacing::TimeProportional);
    view.viewport()->render(&frame);
    const double proportionalMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const Timing proportionalScroll = timeRounds(100, [&](int) {
        bar->setValue(bar->value() + bar->pageStep());
        view.viewport()->render(&frame);
    });

    std::printf("packets in the conversation: %d\n", rows);
    std::printf("load (core, as the GUI) s: %.3f\n", loadSeconds);
    std::printf("flow model build ms: %.2f\n", buildMs);
    std::printf("of which the limit comment's series ms: %.2f\n", limitsMs);
    print("flow model rebuild, same stream", refresh);
    std::printf("flow model memory MB: %.1f\n", static_cast<double>(model.core().memoryBytes()) / 1e6);
    std::printf("open in the view (layout + first paint) ms: %.2f\n", openMs);
    print("paint after a jump (top, middle, end)", jump);
    print("page-scroll paint", scroll);
    print("one-row scroll paint", line);
    print("zoom (relayout + paint)", zoom);
    std::printf("switch to time-proportional rows (relayout + paint) ms: %.2f\n", proportionalMs);
    print("page-scroll paint, time-proportional", proportionalScroll);
    std::printf("viewport: %dx%d, rows on screen: about %d\n", view.viewport()->width(), view.viewport()->height(),
                static_cast<int>(view.viewport()->height() / view.graphLayout().rowHeight()));
    std::printf("peak RSS MB: %.1f\n", peakRssMb());
    return 0;
}
