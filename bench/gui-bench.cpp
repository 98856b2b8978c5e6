// Loads a capture into the real main window (offscreen) and times what a user feels: the load,
// painting the packet list at the top, middle and end, and switching the selected packet.
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
#include <vector>

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
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
    if (argc != 2) {
        std::fprintf(stderr, "usage: tcplens-gui-bench FILE\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    tcplens::ui::MainWindow window;
    window.setErrorReporter([](const QString&, const QString& message) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    });
    window.resize(1920, 1080);
    window.show();
    QSignalSpy finished(&window, &tcplens::ui::MainWindow::loadFinished);
    QElapsedTimer load;
    load.start();
    window.openCapture(QString::fromLocal8Bit(argv[1]));
    if (!finished.wait(600'000))
        return 1;
    const double loadSeconds = static_cast<double>(load.nsecsElapsed()) / 1e9;
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
    std::printf("load wall time s: %.3f\n", loadSeconds);
    print("packet-list paint after a jump", paint);
    print("page-scroll paint", scroll);
    print("selection switch (all panels)", select);
    std::printf("peak RSS MB: %.1f\n", peakRssMb());
    return 0;
}
