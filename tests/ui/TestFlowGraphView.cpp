// The flow graph in the window: one arrow per packet of the followed conversation, a click or a
// key selects the packet in every panel, a selection made elsewhere is shown, the relative/absolute
// toggle reaches the labels, zoom and presentation controls behave.
#include "UiTestSupport.h"

#include <flowgraph/FlowGraphPanel.h>
#include <shell/MainWindow.h>
#include <conversations/ConversationModel.h>
#include <packets/PacketListModel.h>
#include <flowgraph/FlowGraphView.h>
#include <loading/CaptureLoader.h>
#include <packets/PacketTableView.h>

#include <decode/PacketDecoder.h>

#include <QAction>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestFlowGraphView : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;

    void open(const QString& path)
    {
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString&, const QString&) {});
        window_->resize(1600, 1000);
        window_->show();
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(path);
        QVERIFY(finished.wait(10'000));
    }

    FlowGraphView* view() const { return window_->flowGraph()->view(); }
    const FlowGraphModel& model() const { return window_->flowGraph()->model(); }

    /// A point on row `row`'s arrow, in viewport coordinates (scrolled into view first).
    QPoint pointOnArrow(int row)
    {
        view()->setCurrentRow(row);
        const auto [from, to] = model().endsOf(row);
        const qreal x = (view()->graphLayout().lifelineX(from) + view()->graphLayout().lifelineX(to)) / 2
                        - view()->horizontalScrollBar()->value();
        return QPointF(x, view()->viewportArrowY(row)).toPoint();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
    }

    void cleanup() { window_.reset(); }

    void showsTheFirstConversationOnceOpened()
    {
        open(samplePath());
        QCOMPARE(model().rowCount(), 11); // the file's only conversation, without asking
        window_->followStream(std::nullopt); // every packet listed again: the graph keeps its conversation
        QCOMPARE(model().rowCount(), 11);
        window_->followStream(7); // no such conversation: nothing to draw
        QCOMPARE(model().rowCount(), 0);
    }

    void oneArrowPerPacketOfTheConversation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("hello") << samplePath();
        QTest::newRow("http") << QStringLiteral(TCPLENS_SAMPLES_DIR "/http-exchange.pcap");
        QTest::newRow("lossy") << QStringLiteral(TCPLENS_SAMPLES_DIR "/lossy-bulk.pcap");
    }

    void oneArrowPerPacketOfTheConversation()
    {
        QFETCH(QString, path);
        open(path);
        const auto& conversations = window_->conversationModel()->conversations();
        QVERIFY(!conversations.empty());
        for (const auto& conversation : conversations) {
            window_->followStream(conversation.stream);
            QCOMPARE(static_cast<quint64>(model().rowCount()), conversation.packets());
            QCOMPARE(model().lifelineCount(), 2);
            for (int row = 0; row < model().rowCount(); ++row)
                QCOMPARE(window_->packetModel()->analysis(static_cast<int>(model().packetAt(row))).stream,
                         conversation.stream);
        }
    }

    void labelsFollowTheRelativeToggle()
    {
        open(samplePath());
        window_->followStream(0);
        const int synAck = 1;
        QCOMPARE(model().arrow(synAck).flags, QStringLiteral("SYN-ACK"));
        QCOMPARE(model().arrow(synAck).numbers, QStringLiteral("seq=0 ack=1"));
        QAction* relative = nullptr;
        for (auto* action : window_->findChildren<QAction*>())
            if (action->text().contains(QStringLiteral("Relative Sequence Numbers")))
                relative = action;
        QVERIFY(relative);
        relative->setChecked(false);
        const auto packet = window_->packetModel()->decoded(static_cast<int>(model().packetAt(synAck)));
        QCOMPARE(model().arrow(synAck).numbers,
                 QStringLiteral("seq=%1 ack=%2").arg(packet.tcp.seq).arg(packet.tcp.ack));
        relative->setChecked(true);
        QCOMPARE(model().arrow(synAck).numbers, QStringLiteral("seq=0 ack=1"));
        // The server's greeting is text: its first bytes are shown.
        bool greeting = false;
        for (int row = 0; row < model().rowCount(); ++row)
            greeting = greeting || model().arrow(row).payload.contains(QStringLiteral("Hello, client!"));
        QVERIFY(greeting);
    }

    void analysisIsStyledAndNamed()
    {
        open(QStringLiteral(TCPLENS_SAMPLES_DIR "/lossy-bulk.pcap"));
        window_->followStream(0);
        int retransmissions = 0;
        int flagged = 0;
        int dupAcks = 0;
        for (int row = 0; row < model().rowCount(); ++row) {
            const auto& record = window_->packetModel()->analysis(static_cast<int>(model().packetAt(row)));
            const auto& arrow = model().arrow(row);
            const bool retransmitted = record.hasAnalysis(analysis::Retransmission | analysis::FastRetransmission
                                                          | analysis::SpuriousRetransmission);
            flagged += retransmitted;
            retransmissions += arrow.kind == FlowArrowKind::Retransmission;
            if (record.hasAnalysis(analysis::FastRetransmission))
                QVERIFY2(arrow.comment.contains(QStringLiteral("Fast Retransmission")), qPrintable(arrow.comment));
            if (arrow.kind == FlowArrowKind::DuplicateAck) {
                ++dupAcks;
                QVERIFY(arrow.comment.startsWith(QStringLiteral("Dup ACK ")));
            }
            QVERIFY(arrow.toolTip.startsWith(QStringLiteral("Frame %1: ").arg(model().packetAt(row) + 1)));
        }
        QVERIFY(flagged > 0);
        QCOMPARE(retransmissions, flagged);
        QVERIFY(dupAcks > 0);
    }

    void clickingAnArrowSelectsItsPacketEverywhere()
    {
        open(samplePath());
        window_->followStream(0);
        for (const int row : {3, 0, model().rowCount() - 1}) {
            const QPoint at = pointOnArrow(row);
            view()->setCurrentRow(-1);
            QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at);
            QCOMPARE(view()->currentRow(), row);
            QCOMPARE(window_->packetView()->currentPacketRow(), static_cast<int>(model().packetAt(row)));
        }
        // The header is no arrow.
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, QPoint(200, 5));
        QCOMPARE(view()->currentRow(), model().rowCount() - 1);
    }

    void keysMovePacketByPacket()
    {
        open(QStringLiteral(TCPLENS_SAMPLES_DIR "/lossy-bulk.pcap"));
        window_->followStream(0);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Home);
        QCOMPARE(view()->currentRow(), 0);
        QTest::keyClick(view(), Qt::Key_Down);
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(view()->currentRow(), 2);
        QCOMPARE(window_->packetView()->currentPacketRow(), static_cast<int>(model().packetAt(2)));
        QTest::keyClick(view(), Qt::Key_Up);
        QCOMPARE(view()->currentRow(), 1);
        QTest::keyClick(view(), Qt::Key_PageDown);
        const int page = view()->currentRow() - 1;
        QVERIFY(page > 1);
        QTest::keyClick(view(), Qt::Key_End);
        QCOMPARE(view()->currentRow(), model().rowCount() - 1);
        QCOMPARE(window_->packetView()->currentPacketRow(), static_cast<int>(model().packetAt(model().rowCount() - 1)));
        // The current arrow is scrolled into view.
        const qreal y = view()->viewportArrowY(view()->currentRow());
        QVERIFY(y > view()->graphLayout().headerHeight() && y < view()->viewport()->height());
        QTest::keyClick(view(), Qt::Key_PageUp);
        QCOMPARE(view()->currentRow(), model().rowCount() - 1 - page);
        QTest::keyClick(view(), Qt::Key_Up, Qt::ShiftModifier);
        QTest::keyClick(view(), Qt::Key_Up, Qt::ShiftModifier);
        const auto [first, last] = view()->selectedRange();
        QCOMPARE(last - first, 2);
    }

    void selectionElsewhereIsFollowed()
    {
        open(QStringLiteral(TCPLENS_SAMPLES_DIR "/lossy-bulk.pcap"));
        window_->followStream(0);
        const int row = model().rowCount() / 2;
        window_->selectPacketRow(static_cast<int>(model().packetAt(row)));
        QCOMPARE(view()->currentRow(), row);
        const qreal y = view()->viewportArrowY(row);
        QVERIFY(y > view()->graphLayout().headerHeight() && y < view()->viewport()->height());
    }

    void ctrlWheelZooms()
    {
        open(samplePath());
        window_->followStream(0);
        const qreal before = view()->labelScale();
        const qreal rowHeight = view()->graphLayout().rowHeight();
        const QPoint at = pointOnArrow(2);
        QWheelEvent wheel(at, view()->viewport()->mapToGlobal(at), {}, QPoint(0, 240), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view()->viewport(), &wheel);
        QVERIFY(view()->labelScale() > before * 1.15);
        QVERIFY(view()->graphLayout().rowHeight() > rowHeight * 1.1);
    }

    void revealLimitHidesLaterPackets()
    {
        open(samplePath());
        window_->followStream(0);
        view()->setRevealLimit(3);
        view()->setCurrentRow(-1);
        QCOMPARE(view()->rowAtViewport(QPointF(300, view()->viewportArrowY(2))), 2);
        QCOMPARE(view()->rowAtViewport(QPointF(300, view()->viewportArrowY(4))), -1);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_End);
        QCOMPARE(view()->currentRow(), 2);
        const QImage full = view()->viewport()->grab().toImage();
        view()->setArrowProgress(0.2);
        const QImage travelling = view()->viewport()->grab().toImage();
        QVERIFY(full != travelling);
        view()->setRevealLimit(-1);
        view()->setArrowProgress(1.0);
        QTest::keyClick(view(), Qt::Key_End);
        QCOMPARE(view()->currentRow(), model().rowCount() - 1);
    }

    void arrivingRowsAreFollowedWithTheNewestWhole()
    {
        // Packets arriving a few at a time, as from a live capture: while the newest row is in
        // view, every refresh leaves the newest row whole at the bottom; scrolled up, it stays put.
        PacketListModel packets;
        FlowGraphPanel panel;
        panel.setPacketModel(&packets);
        panel.resize(900, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        CaptureLoader loader(QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"), LoadPacing{std::chrono::milliseconds(0), 3});
        auto* view = panel.view();
        auto* bar = view->verticalScrollBar();
        int followed = 0;
        int scrolledAwayAt = -1;
        QStringList failures;
        connect(&loader, &CaptureLoader::opened, &packets, &PacketListModel::reset);
        connect(&loader, &CaptureLoader::batchReady, &packets, [&](const PacketBatch& batch) {
            packets.append(batch);
            if (!panel.followedStream())
                panel.followStream(0);
            panel.refreshFollowingNewest();
            const auto& layout = view->graphLayout();
            const int last = layout.rowCount() - 1;
            if (scrolledAwayAt >= 0) {
                if (bar->value() != 0)
                    failures << QStringLiteral("scrolled to %1 after the user went up").arg(bar->value());
                if (last >= scrolledAwayAt + 30)
                    loader.cancel();
                return;
            }
            const qreal top = layout.rowBottom(last) - layout.rowHeight() - layout.headerHeight();
            if (top < bar->value() || layout.rowBottom(last) > bar->value() + view->viewport()->height())
                failures << QStringLiteral("row %1 spans %2..%3, view %4..%5").arg(last).arg(top).arg(layout.rowBottom(last))
                                .arg(bar->value()).arg(bar->value() + view->viewport()->height());
            if (bar->value() > 0)
                ++followed;
            if (followed == 20) { // the user scrolls back to the start
                bar->setValue(0);
                scrolledAwayAt = last;
            }
        });
        loader.run();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(followed, 20); // the rows outgrew the view and were followed
        QVERIFY(scrolledAwayAt > 0);
        QVERIFY(!view->showsNewestRow());
    }
};

QTEST_MAIN(TestFlowGraphView)
#include "TestFlowGraphView.moc"
