// Loads a capture into the real main window (offscreen) and times what a user feels: the load,
// painting the packet list at the top, middle and end, and switching the selected packet.
// With --limits-cost ROUNDS it loads the capture 2 x ROUNDS times instead, alternately with and
// without the limiting-factor trackers, and prints what they add to the load.
#include <shell/MainWindow.h>
#include <packets/PacketFilterModel.h>
#include <packets/PacketListModel.h>
#include <packets/PacketTableView.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// CPU seconds of every thread of the process so far (the loader's and the GUI's).
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
    return s(usage.ru_utime) + s(usage.ru_stime);
}

struct LoadCost {
    double wall = 0;
    double cpu = 0;
};

/// Opens `path` in `window` and waits for the load to finish; nullopt when it does not.
std::optional<LoadCost> load(tcplens::ui::MainWindow& window, const QString& path)
{
    QSignalSpy finished(&window, &tcplens::ui::MainWindow::loadFinished);
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    window.openCapture(path);
    if (!finished.wait(600'000))
        return std::nullopt;
    return LoadCost{static_cast<double>(wall.nsecsElapsed()) / 1e9, cpuSeconds() - cpu0};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Loads alternately with and without the trackers (CaptureLoader reads the variable at each
/// load; the order flips every round so neither side always follows the other).
int limitsCost(tcplens::ui::MainWindow& window, const QString& path, int rounds)
{
    std::vector<double> wallWith, wallWithout, cpuWith, cpuWithout;
    for (int round = 0; round < rounds; ++round) {
        for (const bool with : {round % 2 == 0, round % 2 != 0}) {
            if (with)
                qunsetenv("TCPLENS_BENCH_WITHOUT_LIMITS");
            else
                qputenv("TCPLENS_BENCH_WITHOUT_LIMITS", "1");
            const auto cost = load(window, path);
            if (!cost)
                return 1;
            (with ? wallWith : wallWithout).push_back(cost->wall);
            (with ? cpuWith : cpuWithout).push_back(cost->cpu);
        }
    }
    const double wall = median(wallWith), wallBase = median(wallWithout);
    const double cpu = median(cpuWith), cpuBase = median(cpuWithout);
    std::printf("loads each way: %d\n", rounds);
    std::printf("load wall s without limits (median): %.3f\nload wall s with limits (median): %.3f\n", wallBase, wall);
    std::printf("load cpu s without limits (median): %.3f\nload cpu s with limits (median): %.3f\n", cpuBase, cpu);
    const auto each = [](const char* what, const std::vector<double>& values) {
        std::printf("%s:", what);
        for (const double v : values)
            std::printf(" %.3f", v);
        std::printf("\n");
    };
    each("load wall s without limits, each", wallWithout);
    each("load wall s with limits, each", wallWith);
    std::printf("limits slow the load (wall) %%: %.1f\n", 100 * (wall - wallBase) / wallBase);
    std::printf("limits add to the load's cpu %%: %.1f\n", 100 * (cpu - cpuBase) / cpuBase);
    return 0;
}

struct Timing {
    double medianMs = 0;
    double worstMs = 0;
};

/// Median and slowest of `rounds` runs of `work`, in milliseconds.
template <class Work>
Timing timeRounds(int rounds, Work&& work)
{
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work(i);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

void print(const char* what, const Timing& t)
{
    std::printf("%s median ms: %.2f\n%s worst ms: %.2f\n", what, t.medianMs, what, t.worstMs);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    int costRounds = 0;
    if (args.size() == 3 && args[0] == QLatin1String("--limits-cost"))
        costRounds = args[1].toInt();
    if ((args.size() != 1 && costRounds <= 0) || (costRounds > 0 && args.size() != 3)) {
        std::fprintf(stderr, "usage: tcplens-gui-bench [--limits-cost ROUNDS] FILE\n");
        return 2;
    }
    const QString path = args.back();
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    tcplens::ui::MainWindow window;
    window.setErrorReporter([](const QString&, const QString& message) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    });
    window.resize(1920, 1080);
    window.show();
    if (costRounds > 0)
        return limitsCost(window, path, costRounds);
    const auto loaded = load(window, path);
    if (!loaded)
        return 1;
    const int rows = window.packetModel()->rowCount();
    auto* view = window.packetView();

    // A paint of the visible rows, wherever the list is scrolled to.
    const std::vector<int> targets{0, rows / 2, std::max(rows - 1, 0)};
    const Timing paint = timeRounds(static_cast<int>(targets.size()) * 5, [&](int i) {
        window.selectPacketRow(targets[static_cast<std::size_t>(i) % targets.size()]);
        view->viewport()->repaint();
    });
    // Choosing another packet: details, bytes and header diagram follow.
    const Timing select = timeRounds(50, [&](int i) {
        window.selectPacketRow((i * 7919) % std::max(rows, 1));
        QCoreApplication::processEvents();
    });
    // Scrolling one page at a time through the middle of the list.
    const Timing scroll = timeRounds(50, [&](int) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + view->verticalScrollBar()->pageStep());
        view->viewport()->repaint();
    });

    std::printf("packets: %d\n", rows);
    std::printf("load wall time s: %.3f\n", loaded->wall);
    std::printf("load cpu s (all threads): %.3f\n", loaded->cpu);
    print("packet-list paint after a jump", paint);
    print("page-scroll paint", scroll);
    print("selection switch (all panels)", select);
    std::printf("peak RSS MB: %.1f\n", peakRssMb());
    return 0;
}
