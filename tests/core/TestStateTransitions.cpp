// Every endpoint state change the flow graph draws is an edge of RFC 9293's state diagram
// (core/tcp/StateTransitions), on every fixture, every public capture kept in the repository and,
// where this machine has them, every capture in ../shared/captures/public.
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <capture/LoadedCapture.h>
#include <decode/DecodedPacket.h>
#include <flow/FlowModel.h>
#include <flow/FlowNarrator.h>
#include <tcp/StateTransitions.h>

#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

/// The shared corpus beside the repository (TCPLENS_PUBLIC_CAPTURES overrides it).
QString sharedPublicDir()
{
    const auto env = qEnvironmentVariable("TCPLENS_PUBLIC_CAPTURES");
    if (!env.isEmpty())
        return env;
    return QDir(QString::fromUtf8(TCPLENS_TEST_DATA_DIR)).absoluteFilePath("../../../shared/captures/public");
}

/// "FILE frame N stream S client|server: BEFORE -> AFTER" for every illegal change the flow graph
/// of all streams of `path` draws; adds its rows to `rows`.
QStringList violationsIn(const QString& path, std::size_t& rows)
{
    QStringList found;
    LoadedCapture capture;
    try {
        capture = loadCapture(QFile::encodeName(path).toStdString());
    } catch (const CaptureError&) {
        return found; // unreadable files are other tests' business
    }
    const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::allStreams());
    rows += model.rowCount();
    for (const auto& track : model.stateTracks()) {
        TcpState previous = track.initial;
        for (const auto& change : track.changes) {
            const bool legal = change.before == previous && isLegalStateChange(change.before, change.after);
            if (!legal)
                found << QString("%1 frame %2 stream %3 %4: %5 -> %6")
                             .arg(QFileInfo(path).fileName())
                             .arg(model.row(change.row).frame())
                             .arg(model.conversations()[track.conversation].stream)
                             .arg(track.client ? "client" : "server")
                             .arg(stateName(change.before), stateName(change.after));
            previous = change.after;
        }
    }
    return found;
}

QStringList violationsIn(const QString& path)
{
    std::size_t rows = 0;
    return violationsIn(path, rows);
}

void verifyAllLegal(const QStringList& files)
{
    QVERIFY(!files.isEmpty());
    QStringList violations;
    std::size_t rows = 0;
    for (const auto& f : files)
        violations << violationsIn(f, rows);
    qInfo("%lld captures, %zu flow rows", static_cast<long long>(files.size()), rows);
    for (const auto& v : violations)
        qWarning("illegal transition: %s", qPrintable(v));
    QVERIFY2(violations.isEmpty(), qPrintable(QString("%1 illegal transitions in %2 captures")
                                                  .arg(violations.size()).arg(files.size())));
}

} // namespace

class TestStateTransitions : public QObject {
    Q_OBJECT

private slots:
    void tableHoldsRfc9293FigureFive()
    {
        using S = TcpState;
        QVERIFY(isStateEdge(S::Closed, S::SynSent));
        QVERIFY(isStateEdge(S::Listen, S::SynReceived));
        QVERIFY(isStateEdge(S::SynSent, S::SynReceived)); // simultaneous open
        QVERIFY(isStateEdge(S::SynSent, S::Established));
        QVERIFY(isStateEdge(S::SynReceived, S::Listen));  // RST of a passive open
        QVERIFY(isStateEdge(S::FinWait1, S::Closing));    // simultaneous close
        QVERIFY(isStateEdge(S::FinWait1, S::TimeWait));   // FIN that ACKs our FIN
        QVERIFY(isStateEdge(S::LastAck, S::Closed));
        QVERIFY(isStateEdge(S::TimeWait, S::Closed));
        QVERIFY(isStateEdge(S::Established, S::Closed));  // RST
        QVERIFY(isStateEdge(S::Unknown, S::Established)); // picked up mid-stream
        QVERIFY(!isStateEdge(S::Established, S::SynSent));
        QVERIFY(!isStateEdge(S::CloseWait, S::Closing));
        QVERIFY(!isStateEdge(S::FinWait2, S::FinWait1));
        QVERIFY(!isStateEdge(S::TimeWait, S::Established));
        QVERIFY(!isStateEdge(S::Established, S::Unknown));
        QVERIFY(!isStateEdge(S::Established, S::Established));
        QVERIFY(!isStateEdge(S::Closed, S::SynReceived));
        // One segment may complete the handshake and carry a FIN, or reach a port that listens.
        QVERIFY(isLegalStateChange(S::SynReceived, S::CloseWait));
        QVERIFY(isLegalStateChange(S::Closed, S::SynReceived));
        QVERIFY(!isLegalStateChange(S::Established, S::SynSent));
        QVERIFY(!isLegalStateChange(S::CloseWait, S::Closing));
    }

    // Frames: SYN, SYN-ACK, the SYN again. As the tracker sees them at the capture point, the
    // client takes the SYN-ACK (ESTABLISHED), then sends a SYN (SYN_SENT): its SYN proves the SYN-ACK
    // never reached it, so the lifeline withdraws that receipt and the client stays SYN_SENT.
    void synSentAgainAfterASynAckWithdrawsThatSynAck()
    {
        using S = TcpState;
        FlowStateTrack client;
        client.follow(0, S::Closed, S::SynSent, true, tcpflag::Syn, true);
        client.follow(1, S::SynSent, S::Established, false, tcpflag::Syn | tcpflag::Ack, false);
        client.follow(2, S::Established, S::SynSent, true, tcpflag::Syn, false);
        QCOMPARE(client.changes.size(), std::size_t{1});
        QCOMPARE(client.changes[0].after, S::SynSent);
        QCOMPARE(client.notReceived, std::vector<std::uint32_t>{1});
        QCOMPARE(client.stateAfter(2), S::SynSent);
        // The retransmitted SYN-ACK arrives and the client ACKs it: now it is established.
        client.follow(3, S::SynSent, S::Established, false, tcpflag::Syn | tcpflag::Ack, false);
        client.follow(4, S::Established, S::Established, true, tcpflag::Ack, false);
        QCOMPARE(client.stateAfter(4), S::Established);
        QCOMPARE(client.notReceived.size(), std::size_t{1});
    }

    // A sender whose contradiction no receipt explains keeps the tracker's change, so that the
    // corpus tests below see it.
    void anIllegalChangeWithoutAReceiptToWithdrawStaysVisible()
    {
        using S = TcpState;
        FlowStateTrack t;
        t.follow(0, S::Closed, S::SynSent, true, tcpflag::Syn, true);
        t.follow(1, S::SynSent, S::Established, true, tcpflag::Ack, false);
        t.follow(2, S::Established, S::SynSent, true, tcpflag::Syn, false);
        QCOMPARE(t.changes.size(), std::size_t{3});
        QVERIFY(!isLegalStateChange(t.changes[2].before, t.changes[2].after));
        QVERIFY(t.notReceived.empty());
    }

    // Recorded: the client's first SYN-ACK is dropped after the capture point (synack-lost.pcap,
    // rows 0 SYN, 1 SYN-ACK, 2 SYN-ACK from the server's timer, 3 the client's SYN again, 4 SYN-ACK).
    // The client is never drawn ESTABLISHED -> SYN_SENT, and the narration says the same.
    void aSynAckTheClientNeverGotLeavesItInSynSent()
    {
        const auto capture = loadCapture(QFile::encodeName(fixturePath("synack-lost.pcap")).toStdString());
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        QVERIFY(model.rowCount() > 5);
        const auto& client = model.stateTracks()[0];
        QCOMPARE(client.notReceived, std::vector<std::uint32_t>{1});
        for (const std::uint32_t row : {1U, 2U, 3U})
            QCOMPARE(client.stateAfter(row), TcpState::SynSent);
        QCOMPARE(client.stateAfter(4), TcpState::Established);
        const auto synAck = model.arrow(1);
        QVERIFY(synAck.notReceived);
        QCOMPARE(synAck.receiverBefore, TcpState::SynSent);
        QCOMPARE(synAck.receiverAfter, TcpState::SynSent);
        const auto synAgain = model.arrow(3);
        QCOMPARE(synAgain.senderBefore, TcpState::SynSent);
        QCOMPARE(synAgain.senderAfter, TcpState::SynSent);
        const auto en = QString::fromStdString(FlowNarrator(NarrationLanguage::English).narrate(model, 1));
        QVERIFY2(en.contains("The client had not got this segment when it sent its next one") && !en.contains("client SYN_SENT"),
                 qPrintable(en));
        const auto zh = QString::fromStdString(FlowNarrator(NarrationLanguage::SimplifiedChinese).narrate(model, 1));
        QVERIFY2(zh.contains("客户端发送下一个报文段时还没有收到这个报文段") && !zh.contains("客户端 SYN_SENT"), qPrintable(zh));
        QVERIFY(QString::fromStdString(FlowNarrator().narrate(model, 4)).contains("States: client SYN_SENT \u2192 ESTABLISHED"));
        QVERIFY(violationsIn(fixturePath("synack-lost.pcap")).isEmpty());
    }

    void fixturesMoveOnlyAlongRfc9293Edges() { verifyAllLegal(fixtures()); }

    void repositoryPublicCapturesMoveOnlyAlongRfc9293Edges()
    {
        verifyAllLegal(publicFixtures());
    }

    void sharedPublicCapturesMoveOnlyAlongRfc9293Edges()
    {
        const auto dir = sharedPublicDir();
        if (!QDir(dir).exists())
            QSKIP(qPrintable("no shared public captures at " + dir));
        verifyAllLegal(capturesIn(dir));
    }
};

QTEST_GUILESS_MAIN(TestStateTransitions)
#include "TestStateTransitions.moc"
