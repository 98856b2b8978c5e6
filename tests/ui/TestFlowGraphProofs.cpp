// The flow graph's "not received" names the frame that proved it, as the narration does (issue 15):
// in synack-lost.pcap the server's first SYN-ACK (frame 2) never reached the client, which sent
// its SYN again (frame 4). The arrow, its comment and its tooltip say so, in English and Chinese;
// the proving frame is found here from the packets themselves, not from the tracker's proof.
#include "UiTestSupport.h"

#include <capture/LoadedCapture.h>
#include <decode/DecodedPacket.h>
#include <flowgraph/FlowGraphModel.h>
#include <shell/Language.h>

#include <QApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;

class TestFlowGraphProofs : public QObject {
    Q_OBJECT

    LoadedCapture capture_;

    /// The rows of the graph marked not received, and the first later SYN without ACK from the
    /// client (its frame number): what proves a SYN-ACK never reached it.
    struct Expected {
        int lostRow = -1;
        std::uint32_t provingFrame = 0;
    };
    Expected expected(const FlowGraphModel& model) const
    {
        Expected e;
        for (int row = 0; row < model.rowCount(); ++row) {
            const FlowArrow a = model.core().arrow(static_cast<std::size_t>(row), SequenceNumbers::Relative, false);
            if (e.lostRow < 0 && a.notReceived && a.has(tcpflag::Syn) && a.has(tcpflag::Ack))
                e.lostRow = row;
            else if (e.lostRow >= 0 && a.fromClient && a.has(tcpflag::Syn) && !a.has(tcpflag::Ack)) {
                e.provingFrame = a.frame;
                break;
            }
        }
        return e;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        capture_ = loadCapture(TCPLENS_TEST_DATA_DIR "/synack-lost.pcap");
        QVERIFY(capture_.packets.size() > 5);
    }

    void cleanupTestCase() { installLanguage(*qApp, QStringLiteral("en")); }

    void notReceivedNamesTheProvingFrame_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("onArrow"); // %1: the proving frame
        QTest::addColumn<QString>("comment");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("not received (frame %1)")
                            << QStringLiteral("Not received by the client: frame %1 sends its SYN again");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("未收到（第 %1 号）")
                               << QStringLiteral("客户端未收到：第 %1 号数据包再次发送 SYN");
    }

    void notReceivedNamesTheProvingFrame()
    {
        QFETCH(QString, language);
        QFETCH(QString, onArrow);
        QFETCH(QString, comment);
        QVERIFY(installLanguage(*qApp, language));
        FlowGraphModel model;
        model.setCapture(&capture_.packets, &capture_.analyses);
        model.setStreams({0});
        const Expected e = expected(model);
        QVERIFY2(e.lostRow >= 0, "the lost SYN-ACK is marked not received");
        QVERIFY(e.provingFrame > 0);
        const FlowGraphArrow& arrow = model.arrow(e.lostRow);
        QVERIFY(arrow.notReceived);
        QVERIFY2(arrow.sizes.endsWith(onArrow.arg(e.provingFrame)), qPrintable(arrow.sizes));
        QVERIFY2(arrow.comment.startsWith(comment.arg(e.provingFrame)), qPrintable(arrow.comment));
        QVERIFY2(arrow.toolTip.contains(comment.arg(e.provingFrame).section(QRegularExpression(QStringLiteral("[:：]")), 1).trimmed()),
                 qPrintable(arrow.toolTip));
        // Only the lost arrow says it.
        for (int row = 0; row < model.rowCount(); ++row)
            if (row != e.lostRow && !model.arrow(row).notReceived)
                QVERIFY2(!model.arrow(row).sizes.contains(onArrow.section(QLatin1Char('%'), 0, 0).trimmed()),
                         qPrintable(model.arrow(row).sizes));
    }
};

QTEST_MAIN(TestFlowGraphProofs)
#include "TestFlowGraphProofs.moc"
