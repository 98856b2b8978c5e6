// tcplens: the Qt Widgets face of the tcplens core; wiring only.
#include <shell/AppInfo.h>
#include <shell/Fonts.h>
#include <shell/Language.h>
#include <shell/MainWindow.h>
#include <capture/LiveCapture.h>
#include <capture/RemoteCaptureCommand.h>
#include <shell/Theme.h>
#include <charts/ChartsPanel.h>
#include <flowgraph/FlowGraphPanel.h>
#include <packets/PacketListModel.h>
#include <presentation/PresentationController.h>
#include <presentation/PresentationWindow.h>
#include <expert/ExpertController.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QRegularExpression>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>

namespace {

struct Options {
    QString capture;    // empty: the bundled sample
    QString screenshot; // empty: run interactively
    QSize size{1280, 800};
    bool sizeGiven = false; // --size: that size, not the remembered geometry
    std::optional<tcplens::ui::ThemeKind> theme;
    QString language;   // empty: saved choice or the system's
    int selectPacket = 0; // 1-based frame to select for the screenshot; 0: the first TCP packet
    std::optional<std::uint32_t> stream;
    bool present = false; // start in presentation mode
    int step = 0;         // packets revealed when the presentation starts
    QString interface;     // -i: start capturing on it at once
    QString captureFilter; // -f: its capture filter
    std::optional<tcplens::RemoteCaptureRequest> remote; // --remote: capture there over ssh at once (-i, -f its)
    std::optional<tcplens::ChartKind> chart; // open the Charts panel on this chart
    bool allConversations = false; // the flow graph draws every listed conversation
    bool expert = false;           // bring the Expert Information tab to the front
};

bool parseOptions(const QApplication& app, Options& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Makes TCP visible."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("capture"), QStringLiteral("pcap or pcapng file (default: the bundled sample)"),
                                 QStringLiteral("[capture]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Load the capture, select its first TCP packet, save the window "
                                                       "as a PNG and exit."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1920x1080."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light, dark or contrast."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Interface language: en or zh_CN."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption selectPacket(QStringLiteral("select-packet"),
                                          QStringLiteral("Select frame N (1-based) once loaded."), QStringLiteral("N"));
    const QCommandLineOption stream(QStringLiteral("stream"),
                                    QStringLiteral("Show only conversation N (tcp.stream) once loaded."),
                                    QStringLiteral("N"));
    const QCommandLineOption present(QStringLiteral("present"),
                                     QStringLiteral("Start presenting the conversation (--stream N, default the "
                                                    "first) full screen, one packet at a time."));
    const QCommandLineOption step(QStringLiteral("step"),
                                  QStringLiteral("With --present: start with the first K packets revealed."),
                                  QStringLiteral("K"));
    const QCommandLineOption interface({QStringLiteral("i"), QStringLiteral("interface")},
                                       QStringLiteral("Start capturing on INTERFACE at once."),
                                       QStringLiteral("INTERFACE"));
    const QCommandLineOption captureFilter({QStringLiteral("f"), QStringLiteral("capture-filter")},
                                           QStringLiteral("Capture filter (tcpdump syntax) for -i."),
                                           QStringLiteral("BPF"));
    const QCommandLineOption remote(QStringLiteral("remote"),
                                    QStringLiteral("Start capturing on another host over ssh at once (its tcpdump; -i names "
                                                   "its interface, default any, and -f its capture filter)."),
                                    QStringLiteral("[USER@]HOST[:PORT]"));
    parser.addOption(interface);
    parser.addOption(captureFilter);
    parser.addOption(remote);
    parser.addOption(screenshot);
    parser.addOption(present);
    parser.addOption(step);
    parser.addOption(size);
    parser.addOption(theme);
    parser.addOption(language);
    parser.addOption(selectPacket);
    parser.addOption(stream);
    const QCommandLineOption chart(QStringLiteral("charts"),
                                   QStringLiteral("Open the Charts panel on KIND (tsg, window, throughput, rtt, "
                                                  "model) for the selected conversation."),
                                   QStringLiteral("KIND"));
    parser.addOption(chart);
    const QCommandLineOption all(QStringLiteral("all-conversations"),
                                 QStringLiteral("Draw every listed conversation in the flow graph, not only the "
                                                "current one."));
    parser.addOption(all);
    const QCommandLineOption expert(QStringLiteral("expert"),
                                    QStringLiteral("Show the Expert Information tab (for --screenshot)."));
    parser.addOption(expert);
    parser.process(app);
    options.allConversations = parser.isSet(all);
    if (parser.isSet(theme)) {
        options.theme = tcplens::ui::parseTheme(parser.value(theme));
        if (!options.theme) {
            std::fprintf(stderr, "tcplens: --theme wants light, dark or contrast\n");
            return false;
        }
    }
    if (parser.isSet(language)) {
        options.language = parser.value(language);
        if (!tcplens::ui::availableLanguages().contains(options.language)) {
            std::fprintf(stderr, "tcplens: --lang wants one of: %s\n",
                         qUtf8Printable(tcplens::ui::availableLanguages().join(QStringLiteral(", "))));
            return false;
        }
    }
    bool ok = true;
    if (parser.isSet(selectPacket) && ((options.selectPacket = parser.value(selectPacket).toInt(&ok)) < 1 || !ok)) {
        std::fprintf(stderr, "tcplens: --select-packet wants a frame number from 1\n");
        return false;
    }
    if (parser.isSet(stream)) {
        const uint value = parser.value(stream).toUInt(&ok);
        if (!ok) {
            std::fprintf(stderr, "tcplens: --stream wants a conversation number from 0\n");
            return false;
        }
        options.stream = value;
    }

    options.present = parser.isSet(present);
    options.expert = parser.isSet(expert);
    if (parser.isSet(step)) {
        if (!options.present) {
            std::fprintf(stderr, "tcplens: --step goes with --present\n");
            return false;
        }
        if ((options.step = parser.value(step).toInt(&ok)) < 0 || !ok) {
            std::fprintf(stderr, "tcplens: --step wants a number of packets from 0\n");
            return false;
        }
    }
    if (parser.isSet(chart)) {
        options.chart = tcplens::parseChartKind(parser.value(chart).toStdString());
        if (!options.chart) {
            std::fprintf(stderr, "tcplens: --charts wants tsg, window, throughput, rtt or model\n");
            return false;
        }
    }

    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "tcplens: give at most one capture file\n");
        return false;
    }
    options.capture = parser.positionalArguments().value(0);
    options.interface = parser.value(interface);
    options.captureFilter = parser.value(captureFilter);
    options.screenshot = parser.value(screenshot);
    if (parser.isSet(remote)) {
        tcplens::RemoteCaptureRequest request;
        request.interface = options.interface.isEmpty() ? std::string("any") : options.interface.toStdString();
        request.filter = options.captureFilter.toStdString();
        request.batchMode = true; // a window has no terminal for a password
        std::string error;
        if (!tcplens::parseRemoteTarget(parser.value(remote).toStdString(), request, error)) {
            std::fprintf(stderr, "tcplens: --remote: %s\n", error.c_str());
            return false;
        }
        options.remote = request;
        options.interface.clear(); // the remote host's, not one to capture on here
    }
    if (parser.isSet(size)) {
        const auto match = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
        if (!match.hasMatch() || match.captured(1).toInt() < 200 || match.captured(2).toInt() < 150) {
            std::fprintf(stderr, "tcplens: --size wants WxH, at least 200x150, e.g. 1920x1080\n");
            return false;
        }
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        options.sizeGiven = true;
    }
    return true;
}

// Saves the window once the capture is loaded, with the first TCP packet's fields open.
void arrangeScreenshot(tcplens::ui::MainWindow& window, const QString& out, const Options& options)
{
    using tcplens::ui::LoadResult;
    using tcplens::ui::LoadStatus;
    window.setErrorReporter([](const QString& title, const QString& message) {
        std::fprintf(stderr, "tcplens: %s: %s\n", qUtf8Printable(title), qUtf8Printable(message));
    });
    QObject::connect(&window, &tcplens::ui::MainWindow::loadFinished, &window,
                     [&window, out, options](const LoadResult& result) {
        if (result.status == LoadStatus::Failed) {
            QCoreApplication::exit(1);
            return;
        }
        QWidget* target = &window;
        if (options.present) {
            auto* presentation = window.presentation();
            const auto stream = options.stream.value_or(
                window.packetModel()->firstTcpRow() >= 0
                    ? window.packetModel()->analysis(window.packetModel()->firstTcpRow()).stream
                    : 0);
            if (!presentation->start(stream, options.size)) {
                std::fprintf(stderr, "tcplens: there is no TCP conversation %u to present\n", stream);
                QCoreApplication::exit(1);
                return;
            }
            presentation->window()->goToStep(options.step);
            target = presentation->window();
        } else {
            if (options.allConversations)
                window.flowGraph()->setScope(tcplens::ui::FlowGraphPanel::Scope::AllShown);
            if (options.stream)
                window.followStream(options.stream);
            int row = options.selectPacket > 0 ? options.selectPacket - 1
                                               : std::max(window.packetModel()->firstTcpRow(), 0);
            if (options.stream && options.selectPacket == 0) { // the conversation's first packet
                for (int r = 0; r < window.packetModel()->rowCount(); ++r) {
                    const auto& record = window.packetModel()->analysis(r);
                    if (record.isTcp() && record.stream == *options.stream) {
                        row = r;
                        break;
                    }
                }
            }
            window.selectPacketRow(row);
        }
        // One more turn of the event loop lets the views lay out the new rows before the grab.
        const auto grabNow = [target, out] {
            QTimer::singleShot(0, target, [target, out] {
                if (!target->grab().save(out, "PNG")) {
                    std::fprintf(stderr, "tcplens: cannot write %s\n", qUtf8Printable(out));
                    QCoreApplication::exit(1);
                    return;
                }
                QCoreApplication::exit(0);
            });
        };
        // The expert findings (the sidebar's counts, the status bar badge) come from a worker thread.
        const auto grab = [&window, grabNow, options] {
            if (options.expert)
                emit window.expert()->showRequested();
            // With --expert every severity is opened, so the picture shows the summaries themselves.
            const auto expand = [&window, grabNow, expert = options.expert] {
                if (auto* tree = window.findChild<QTreeView*>(QStringLiteral("expertTree")); tree && expert)
                    tree->expandToDepth(0);
                grabNow();
            };
            if (window.packetModel()->rowCount() > 0 && !window.expert()->info())
                QObject::connect(window.expert(), &tcplens::ui::ExpertController::infoChanged, &window, expand,
                                 Qt::SingleShotConnection);
            else
                expand();
        };
        auto* charts = window.chartsPanel();
        if (options.present || !options.chart || !charts->stream()) {
            grab();
            return;
        }
        window.showCharts(options.chart);
        if (charts->shownStream() == charts->stream())
            grab();
        else // the series are built on a worker thread
            QObject::connect(charts, &tcplens::ui::ChartsPanel::seriesShown, &window, grab,
                             Qt::SingleShotConnection);
    });
}

// Presents once the capture is loaded; the window stays open behind the presentation.
void arrangePresentation(tcplens::ui::MainWindow& window, const Options& options)
{
    QObject::connect(&window, &tcplens::ui::MainWindow::loadFinished, &window,
                     [&window, options](const tcplens::ui::LoadResult& result) {
        if (result.status == tcplens::ui::LoadStatus::Failed || window.presentation()->isActive())
            return;
        if (window.present(options.stream))
            window.presentation()->window()->goToStep(options.step);
    }, Qt::SingleShotConnection);
}

/// A screenshot needs no screen: without a display it renders offscreen instead of failing.
void renderOffscreenWithoutDisplay(int argc, char** argv)
{
    const bool screenshot = std::any_of(argv + 1, argv + argc, [](const char* arg) {
        return std::strcmp(arg, "--screenshot") == 0 || std::strncmp(arg, "--screenshot=", 13) == 0;
    });
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int main(int argc, char** argv)
{
    renderOffscreenWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tcplens"));
    QApplication::setOrganizationName(QStringLiteral("tcplens"));
    QApplication::setApplicationVersion(tcplens::ui::versionText());

    Options options;
    if (!parseOptions(app, options))
        return 2;

    const QSettings settings;
    const QString language = !options.language.isEmpty() ? options.language
                           : settings.contains(QStringLiteral("view/language"))
                               ? settings.value(QStringLiteral("view/language")).toString()
                               : tcplens::ui::systemLanguage();
    tcplens::ui::installLanguage(app, language);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tcplens.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("tcplens"));
    tcplens::ui::applyReadableApplicationFont();
    tcplens::ui::MainWindow window;
    window.setTheme(options.theme.value_or(
        tcplens::ui::parseTheme(settings.value(QStringLiteral("view/theme")).toString())
            .value_or(tcplens::ui::ThemeKind::Light)),
        /*remember=*/false);
    if (!options.screenshot.isEmpty() || options.sizeGiven) {
        // A screenshot shows the default arrangement at the size asked for, whatever was saved.
        window.resize(options.size);
        window.resetLayout();
    }
    if (!options.screenshot.isEmpty())
        arrangeScreenshot(window, options.screenshot, options);
    else if (options.present)
        arrangePresentation(window, options);
    if (options.screenshot.isEmpty() && !options.sizeGiven)
        window.showRemembered(); // maximized the first time, then where the user left it
    else
        window.show();

    if (options.remote) {
        window.startRemoteCapture(*options.remote);
    } else if (!options.interface.isEmpty()) {
        tcplens::LiveCaptureOptions capture;
        capture.interface = options.interface.toStdString();
        capture.filter = options.captureFilter.toStdString();
        window.startCapture(capture);
    } else if (!options.capture.isEmpty())
        window.openCapture(options.capture);
    else if (!window.openSample() && !options.screenshot.isEmpty())
        return 1;
    if (options.screenshot.isEmpty() && options.interface.isEmpty() && !options.remote && !options.present)
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return app.exec();
}
