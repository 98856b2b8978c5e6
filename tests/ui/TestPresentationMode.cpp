// Presentation mode on the hello exchange: the keys step one packet at a time and the flow graph
// hides what is not reached, the narration and the changed header fields follow, Esc gives the
// window back as it was, and the screenshots at 1920x1080 are large and not blank.
#include "SpanTestSupport.h"
#include "UiTestSupport.h"

#include <shell/Language.h>
#include <expert/ExpertController.h>
#include <shell/MainWindow.h>
#include <shell/Theme.h>
#include <presentation/PresentationController.h>
#include <presentation/PresentationWindow.h>
#include <flowgraph/FlowGraphView.h>
#include <inspector/HeaderDiagramView.h>

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QMap>
#include <QRegularExpression>
#include <QProcess>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

constexpr int kHelloPackets = 11; // hello-exchange.pcap: handshake, three messages and their ACKs, close

bool loadSample(MainWindow& window)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openCapture(samplePath());
    if (!finished.wait(10'000))
        return false;
    // The expert findings arrive from a worker thread after the load, and the sidebar widens to
    // show their counts: wait for them, or the window's state moves under the test.
    if (!window.expert()->info()) {
        QSignalSpy collected(window.expert(), &ExpertController::infoChanged);
        if (!collected.wait(10'000))
            return false;
    }
    QCoreApplication::processEvents();
    return true;
}

/// The ids of the fields the header diagram shows as changed.
QStringList changedIds(const HeaderDiagramView& diagram)
{
    QStringList ids;
    for (const int span : diagram.changedFields())
        ids << QString::fromStdString(diagram.spans()[static_cast<std::size_t>(span)].id);
    return ids;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace

class TestPresentationMode : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("en")));
    }

    // Each test opens its window as on a first start: a test that ends while presenting leaves the
    // application in the presentation's theme (its fonts size the next window's docks), and a
    // layout an earlier test or run saved would change the window too.
    void init()
    {
        QSettings().clear();
        applyTheme(*qApp, ThemeKind::Light);
    }

    void keysStepForwardAndBackAndTheRevealLimitFollows()
    {
        MainWindow window;
        window.show();
        QVERIFY(loadSample(window));
        QVERIFY(window.present(0));
        PresentationWindow* show = window.presentation()->window();
        QVERIFY(show);
        QCOMPARE(int(show->steps().packetCount()), kHelloPackets);
        QCOMPARE(show->flowView()->revealLimit(), 0);
        QCOMPARE(show->flowView()->currentRow(), -1);

        const std::pair<Qt::Key, int> presses[] = {
            {Qt::Key_Right, 1}, {Qt::Key_Space, 2}, {Qt::Key_PageDown, 3}, {Qt::Key_Right, 4},
            {Qt::Key_Left, 3},  {Qt::Key_PageUp, 2}, {Qt::Key_End, kHelloPackets}, {Qt::Key_Right, kHelloPackets},
            {Qt::Key_Home, 0},  {Qt::Key_Left, 0}};
        for (const auto& [key, step] : presses) {
            QTest::keyClick(show, key);
            QCOMPARE(int(show->steps().step()), step);
            QCOMPARE(show->flowView()->revealLimit(), step);
            QCOMPARE(show->flowView()->currentRow(), step - 1);
        }
    }

    void hiddenRowsAreNotPainted()
    {
        MainWindow window;
        window.show();
        QVERIFY(loadSample(window));
        QVERIFY(window.presentation()->start(0, QSize(1920, 1080)));
        PresentationWindow* show = window.presentation()->window();
        QVERIFY(QTest::qWaitForWindowExposed(show));
        show->goToStep(3);
        FlowGraphView* flow = show->flowView();
        const auto rowAt = [flow](int row) {
            return flow->rowAtViewport(QPointF(flow->viewport()->width() / 2.0, flow->viewportArrowY(row) - 2));
        };
        for (int row = 0; row < 3; ++row)
            QCOMPARE(rowAt(row), row);
        for (int row = 3; row < kHelloPackets; ++row)
            QCOMPARE(rowAt(row), -1);

        // Below the third arrow's sizes line (which reaches a little into the next row) the graph's
        // band holds nothing but background and the lifelines.
        const QImage image = flow->viewport()->grab().toImage();
        const qreal below = flow->graphLayout().rowBottom(2) - flow->verticalScrollBar()->value() + flow->textBelowRow();
        const qreal x0 = flow->graphLayout().lifelineX(0) + 8;
        const qreal x1 = flow->graphLayout().lifelineX(1) - 8;
        const QRgb background = flow->palette().color(QPalette::Base).rgb();
        int ink = 0;
        // Above where row 3's label would be (on its arrow in dense rows, where the newest arrow's
        // sizes line may reach into its top; above it otherwise).
        const qreal label = flow->graphLayout().metrics().lineHeight * (flow->isDense() ? 0.2 : 1.0);
        QVERIFY(below < flow->viewportArrowY(3) + (flow->isDense() ? label : -label));
        for (int y = int(std::ceil(below));
             y < std::min(image.height(), int(flow->viewportArrowY(5))); y += 2)
            for (int x = int(x0); x < int(x1); x += 2)
                ink += image.pixel(x, y) != background;
        QCOMPARE(ink, 0);
        show->goToStep(5);
        QCOMPARE(rowAt(3), 3);
    }

    void theNewArrowTravelsAndTheNextPressSkipsIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(loadSample(window));
        QVERIFY(window.present(0));
        PresentationWindow* show = window.presentation()->window();
        QTest::keyClick(show, Qt::Key_Right);
        QVERIFY(show->isAnimating());
        QVERIFY(show->flowView()->arrowProgress() < 0.5);
        QTest::keyClick(show, Qt::Key_Right); // skips the first arrow's travel, starts the second's
        QCOMPARE(int(show->steps().step()), 2);
        QVERIFY(show->isAnimating());
        QTRY_VERIFY_WITH_TIMEOUT(!show->isAnimating(), 2 * PresentationWindow::kTravelMs + 500);
        QCOMPARE(show->flowView()->arrowProgress(), 1.0);
        QTest::keyClick(show, Qt::Key_Left); // going back does not animate
        QVERIFY(!show->isAnimating());
        QCOMPARE(show->flowView()->arrowProgress(), 1.0);
    }

    void arrowLabelsAreAThirtiethOfTheScreen()
    {
        MainWindow window;
        window.show();
        QVERIFY(loadSample(window));
        for (const QSize size : {QSize(1920, 1080), QSize(1280, 720), QSize(3840, 2160)}) {
            QVERIFY(window.presentation()->start(0, size));
            PresentationWindow* show = window.presentation()->window();
            QVERIFY(QTest::qWaitForWindowExposed(show));
            QCOMPARE(show->size(), size);
            QVERIFY2(QFontInfo(show->flowView()->labelFont()).pixelSize() * 30 >= size.height(),
                     qPrintable(QStringLiteral("%1 px labels at %2 high")
                                    .arg(QFontInfo(show->flowView()->labelFont()).pixelSize())
                                    .arg(size.height())));
            // Both lifelines and the labels between them fit: nothing to scroll sideways to.
            QCOMPARE(show->flowView()->horizontalScrollBar()->maximum(), 0);
            QVERIFY(show->flowView()->graphLayout().lifelineX(1) < show->flowView()->viewport()->width());
            window.presentation()->stop();
        }
    }

    void compactFlowLayoutFitsWhereTheUsualOneScrolls()
    {
        // The flow view's presentation layout: no time column, no room kept for comments.
        MainWindow window;
        window.show();
        QVERIFY(loadSample(window));
        QVERIFY(window.presentation()->start(0, QSize(1920, 1080)));
        FlowGraphView* flow = window.presentation()->window()->flowView();
        QVERIFY(QTest::qWaitForWindowExposed(window.presentation()->window()));
        QVERIFY(flow->isCompact());
        QCOMPARE(flow->graphLayout().timeColumn().width(), 0.0);
        QCOMPARE(flow->horizontalScrollBar()->maximum(), 0);
        flow->setCompact(false);
        QVERIFY(flow->graphLayout().timeColumn().width() > 0);
        QVERIFY(flow->horizontalScrollBar()->maximum() > 0); // the same labels need more room
        flow->setCompact(true);
        QCOMPARE(flow->horizontalScrollBar()->maximum(), 0);
    }

    void headerDiagramLightsWhatChangedSinceTheSendersLastPacket()
    {
        MainWindow window;
        window.show();
        QVERIFY(loadSample(window));
        QVERIFY(window.present(0));
        PresentationWindow* show = window.presentation()->window();
        HeaderDiagramView* diagram = show->headerDiagram();

        show->goToStep(1); // the SYN: the client's first packet, nothing to compare with
        QVERIFY(diagram->changedFields().empty());
        QVERIFY(show->changesText().contains(QStringLiteral("first packet")));
        // The TCP header alone, the figure the class studies.
        QVERIFY(!diagram->spans().empty());
        for (const auto& span : diagram->spans())
            QCOMPARE(int(span.layer), int(Layer::Transport));
        QCOMPARE(diagram->diagramLayout().sections().size(), std::size_t{1});

        show->goToStep(3); // the handshake's ACK, against the client's SYN
        const QStringList ack = changedIds(*diagram);
        for (const char* id : {"tcp.flags.syn", "tcp.flags.ack", "tcp.ack_raw", "tcp.window_size_value", "tcp.hdr_len"})
            QVERIFY2(ack.contains(QLatin1String(id)), id);
        for (const char* id : {"tcp.srcport", "tcp.dstport", "ip.src", "ip.dst", "tcp.flags.fin"})
            QVERIFY2(!ack.contains(QLatin1String(id)), id);
        QVERIFY(show->changesText().contains(QStringLiteral("since the client's packet 1 —")));

        show->goToStep(8); // "quit" (seq 15) against the server's pure ACK before it (packet 7, seq 15)
        const QStringList quit = changedIds(*diagram);
        QVERIFY(quit.contains(QStringLiteral("tcp.flags.push")));
        QVERIFY(!quit.contains(QStringLiteral("tcp.seq_raw"))); // an ACK without data uses no sequence number
        QVERIFY(!quit.contains(QStringLiteral("tcp.ack_raw"))); // the client sent nothing in between
        QVERIFY(show->changesText().contains(QStringLiteral("since the server's packet 7 —")));
    }

    void narrationOfTheHandshake_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("golden");
        // Goldens, their numbers checked against tcpdump's reading of the sample: the client's ISN
        // 2373090562, the server's 170371489, each acknowledged as ISN + 1.
        QTest::newRow("en-1") << QStringLiteral("en") << 1
                              << QString::fromUtf8("The client opens a connection to 10.77.0.2:8888: SYN, the first step of the three-way "
                                 "handshake. Its initial sequence number (ISN) is 2373090562 (relative 0). States: "
                                 "client CLOSED → SYN_SENT, server LISTEN → SYN_RECEIVED.");
        QTest::newRow("en-2") << QStringLiteral("en") << 2
                              << QString::fromUtf8("The server accepts. Its initial sequence number is 170371489 (relative 0); it "
                                 "acknowledges 2373090563 = the client's ISN + 1. States: client SYN_SENT → ESTABLISHED.");
        QTest::newRow("en-3") << QStringLiteral("en") << 3
                              << QString::fromUtf8("The client acknowledges the server's SYN: ack 170371490 = the server's ISN + 1. The "
                                 "three-way handshake is complete. States: server SYN_RECEIVED → ESTABLISHED.");
        QTest::newRow("zh_CN-1") << QStringLiteral("zh_CN") << 1
                                 << QString::fromUtf8("客户端向 10.77.0.2:8888 发起连接：SYN，三次握手的第一次握手。它的初始序号（ISN）是 "
                                    "2373090562（相对序号 0）。状态：客户端 CLOSED → SYN_SENT，服务器 LISTEN → SYN_RECEIVED。");
        QTest::newRow("zh_CN-2") << QStringLiteral("zh_CN") << 2
                                 << QString::fromUtf8("服务器接受连接（SYN-ACK，第二次握手）。它的初始序号是 170371489（相对序号 0）；确认号 "
                                    "2373090563 = 客户端的 ISN + 1。状态：客户端 SYN_SENT → ESTABLISHED。");
        QTest::newRow("zh_CN-3") << QStringLiteral("zh_CN") << 3
                                 << QString::fromUtf8("客户端确认服务器的 SYN（第三次握手）：确认号 170371490 = 服务器的 ISN + 1。三次握手完成。"
                                    "状态：服务器 SYN_RECEIVED → ESTABLISHED。");
    }

    void narrationOfTheHandshake()
    {
        QFETCH(QString, language);
        QFETCH(int, step);
        QFETCH(QString, golden);
        QVERIFY(installLanguage(*QCoreApplication::instance(), language));
        MainWindow window;
        window.show();
        QVERIFY(loadSample(window));
        QVERIFY(window.present(0));
        PresentationWindow* show = window.presentation()->window();
        for (int n = 0; n < step; ++n)
            QTest::keyClick(show, Qt::Key_Right);
        QCOMPARE(show->narrationText(), golden);
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("en")));
    }

    void escapeRestoresTheWindowAndTheme()
    {
        MainWindow window;
        window.setTheme(ThemeKind::Dark, false);
        window.resize(1300, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(loadSample(window));
        // Each dock's place and size: the sidebar re-fits its width to its cells when the theme's
        // fonts come back, which may move a splitter by a few pixels, never more.
        // A dock behind another's tab is "visible" but placed nowhere in particular.
        const auto shown = [&window](QDockWidget* dock) {
            return dock->isVisible() && window.rect().contains(dock->geometry());
        };
        const auto docks = [&window, &shown] {
            QMap<QString, QPair<int, QRect>> places;
            for (auto* dock : window.findChildren<QDockWidget*>())
                places.insert(dock->objectName(), {int(window.dockWidgetArea(dock)) + (dock->isFloating() ? 100 : 0),
                                                   shown(dock) ? dock->geometry() : QRect()});
            return places;
        };
        const auto docksBefore = docks();
        QVERIFY(std::count_if(docksBefore.cbegin(), docksBefore.cend(), [](const auto& p) { return !p.second.isNull(); })
                >= 3); // the sidebar, the inspector and the bottom tabs
        const QRect geometry = window.geometry();
        const QPalette palette = QApplication::palette();
        QStringList visibleDocks;
        for (auto* dock : window.findChildren<QDockWidget*>())
            if (dock->isVisible())
                visibleDocks << dock->objectName();

        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.presentation()->isActive());
        QCOMPARE(window.theme(), ThemeKind::HighContrast);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        PresentationWindow* show = window.presentation()->window();
        QVERIFY(show->isFullScreen());
        QTest::keyClick(show, Qt::Key_Right);

        QSignalSpy stopped(window.presentation(), &PresentationController::stopped);
        QTest::keyClick(show, Qt::Key_Escape);
        QVERIFY(stopped.wait(2000));
        QVERIFY(!window.presentation()->isActive());
        QCOMPARE(window.theme(), ThemeKind::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window), palette.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Base), palette.color(QPalette::Base));
        QCOMPARE(qApp->styleSheet(), QString());
        QCOMPARE(window.geometry(), geometry);
        const auto docksAfterEsc = docks();
        QCOMPARE(docksAfterEsc.keys(), docksBefore.keys());
        for (const auto& name : docksBefore.keys()) {
            const auto& [areaBefore, before] = docksBefore[name];
            const auto& [areaAfter, after] = docksAfterEsc[name];
            QCOMPARE(areaAfter, areaBefore);
            QCOMPARE(after.isNull(), before.isNull());
            QVERIFY2(std::abs(after.x() - before.x()) <= 8 && std::abs(after.y() - before.y()) <= 8
                         && std::abs(after.width() - before.width()) <= 8
                         && std::abs(after.height() - before.height()) <= 8,
                     qPrintable(QString("%1: %2,%3 %4x%5 -> %6,%7 %8x%9").arg(name).arg(before.x()).arg(before.y())
                                    .arg(before.width()).arg(before.height()).arg(after.x()).arg(after.y())
                                    .arg(after.width()).arg(after.height())));
        }
        QStringList docksAfter;
        for (auto* dock : window.findChildren<QDockWidget*>())
            if (dock->isVisible())
                docksAfter << dock->objectName();
        QCOMPARE(docksAfter, visibleDocks);
        QVERIFY(window.isVisible());
    }

    void everyTextFollowsALiveLanguageSwitch()
    {
        // A SYN sent again: its title carries Wireshark's [TCP Retransmission] tag.
        PacketListModel packets;
        QVERIFY(loadSynchronously(packets, QStringLiteral(TCPLENS_TEST_DATA_DIR "/syn-retransmit.pcap")).status
                != LoadStatus::Failed);
        PresentationWindow show(packets, packets.analysis(packets.firstTcpRow()).stream);
        show.resize(1280, 720);
        show.show();
        int retransmission = -1;
        for (int step = 1; step <= static_cast<int>(show.steps().packetCount()) && retransmission < 0; ++step) {
            show.goToStep(step);
            if (show.titleText().contains(QStringLiteral("[TCP Retransmission]")))
                retransmission = step;
        }
        QVERIFY(retransmission > 0);
        const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        QVERIFY(!show.windowTitle().contains(han));
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY2(show.titleText().contains(QStringLiteral("[TCP 重传]")), qPrintable(show.titleText()));
        QVERIFY(!show.titleText().contains(QStringLiteral("Retransmission")));
        QVERIFY(show.windowTitle().contains(han));
        // Every text on the slide (title, caption, changed fields, narration, key hints; the lifeline
        // titles carry the addresses since 86901a8) and the lifelines' roles are Chinese now.
        int labels = 0;
        for (const QLabel* label : show.findChildren<QLabel*>()) {
            if (label->text().isEmpty())
                continue;
            ++labels;
            QVERIFY2(label->text().contains(han), qPrintable(label->text()));
        }
        QVERIFY(labels >= 5);
        const FlowGraphModel* graph = show.flowView()->model();
        QCOMPARE(graph->lifelines().front().subtitle, QStringLiteral("客户端"));
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("en")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(show.titleText().contains(QStringLiteral("[TCP Retransmission]")));
        QCOMPARE(graph->lifelines().front().subtitle, QStringLiteral("client"));
    }

    void presentsTheCurrentPacketsConversation()
    {
        MainWindow window;
        window.show();
        QVERIFY(loadSample(window));
        window.selectPacketRow(2);
        QVERIFY(window.present());
        QCOMPARE(window.presentation()->window()->stream(), 0u);
        window.presentation()->stop();
        QVERIFY(!window.present(7)); // no such conversation: nothing happens
        QVERIFY(!window.presentation()->isActive());
    }

    void screenshotsAreFullSizeAndNotBlank_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("step");
        QTest::newRow("en-step-3") << "en" << 3;
        QTest::newRow("en-step-11") << "en" << 11;
        QTest::newRow("zh_CN-step-2") << "zh_CN" << 2;
        QTest::newRow("en-step-0") << "en" << 0;
    }

    void screenshotsAreFullSizeAndNotBlank()
    {
        // The real binary, as a teacher makes slides: tcplens --screenshot --present --step K.
        QFETCH(QString, language);
        QFETCH(int, step);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("present.png"));
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path()); // no saved settings
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(TCPLENS_GUI_PATH),
                  {QStringLiteral("--screenshot"), out, QStringLiteral("--size"), QStringLiteral("1920x1080"),
                   QStringLiteral("--lang"), language, QStringLiteral("--present"), QStringLiteral("--stream"),
                   QStringLiteral("0"), QStringLiteral("--step"), QString::number(step), samplePath()});
        QVERIFY(gui.waitForFinished(60'000));
        QCOMPARE(gui.exitCode(), 0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1920, 1080));
        QVERIFY2(distinctColours(image) > 20, "the presentation looks blank");
        QVERIFY(inkShare(image) > 0.02);
        // High contrast: the background is black.
        QCOMPARE(QColor(image.pixel(2, 2)), QColor(Qt::black));
        QVERIFY(image.save(QDir::temp().filePath(
            QStringLiteral("tcplens-present-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())))));
    }

    void presentOptionNeedsAConversation()
    {
        QTemporaryDir dir;
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(TCPLENS_GUI_PATH),
                  {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--present"),
                   QStringLiteral("--stream"), QStringLiteral("9"), samplePath()});
        QVERIFY(gui.waitForFinished(60'000));
        QCOMPARE(gui.exitCode(), 1);
        QVERIFY(gui.readAllStandardError().contains("no TCP conversation 9"));
        gui.start(QStringLiteral(TCPLENS_GUI_PATH), {QStringLiteral("--step"), QStringLiteral("2"), samplePath()});
        QVERIFY(gui.waitForFinished(60'000));
        QCOMPARE(gui.exitCode(), 2);
        QVERIFY(gui.readAllStandardError().contains("--step goes with --present"));
    }

    void cleanupTestCase() { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }
};

QTEST_MAIN(TestPresentationMode)
#include "TestPresentationMode.moc"
