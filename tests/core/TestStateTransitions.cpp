// Every endpoint state change the flow graph draws is an edge of RFC 9293's state diagram
// (core/tcp/StateTransitions), on every fixture, every public capture kept in the repository and,
// where this machine has them, every capture in ../shared/captures/public.
#include "TestSupport.h"

#include <capture/CaptureBatchBuilder.h>
#include <capture/CaptureFile.h>
#include <capture/LoadedCapture.h>
#include <decode/DecodedPacket.h>
#include <export/AnalysisSpans.h>
#include <flow/FlowModel.h>
#include <flow/FlowNarrator.h>
#include <tcp/RecentStates.h>
#include <tcp/StateTransitions.h>

#include <QJsonDocument>
#include <QJsonObject>
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

/// A window entry with states only (no sequence space).
RecentStates::Entry entry(std::uint32_t frame, bool fromClient, TcpState srcBefore, TcpState srcAfter, TcpState dstBefore,
                          TcpState dstAfter)
{
    RecentStates::Entry e;
    e.frame = frame;
    e.srcBefore = srcBefore;
    e.srcAfter = srcAfter;
    e.dstBefore = dstBefore;
    e.dstAfter = dstAfter;
    e.bits = fromClient ? RecentStates::kFromClient : 0;
    return e;
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

    // Frames: SYN, SYN-ACK, the SYN-ACK again, the SYN again. The client's SYN proves the first
    // SYN-ACK never reached it: the tracker withdraws that receipt in its window, marks it, and
    // corrects the packet between, so that every state it reports moves along an edge.
    void synSentAgainAfterASynAckWithdrawsThatSynAck()
    {
        using S = TcpState;
        RecentStates window;
        window.push(entry(1, true, S::Closed, S::SynSent, S::Listen, S::SynReceived));
        window.push(entry(2, false, S::SynReceived, S::SynReceived, S::SynSent, S::Established));
        window.push(entry(3, false, S::SynReceived, S::SynReceived, S::Established, S::Established));
        std::vector<StateRevision> revisions;
        QCOMPARE(window.withdrawLatestReceipt(true, 4, revisions), std::optional<S>(S::SynSent));
        QCOMPARE(revisions.size(), std::size_t{2});
        QCOMPARE(revisions[0].frame, 2U);
        QVERIFY(revisions[0].notReceived);
        QCOMPARE(revisions[0].dstBefore, S::SynSent);
        QCOMPARE(revisions[0].dstAfter, S::SynSent);
        QCOMPARE(revisions[1].frame, 3U);
        QVERIFY(!revisions[1].notReceived);
        QCOMPARE(revisions[1].dstBefore, S::SynSent);
        QCOMPARE(revisions[1].dstAfter, S::SynSent);
        // A side whose latest change was its own move has no receipt to withdraw.
        RecentStates closing;
        closing.push(entry(7, false, S::Established, S::FinWait1, S::Established, S::CloseWait));
        revisions.clear();
        QCOMPARE(closing.withdrawLatestReceipt(false, 8, revisions), std::optional<S>());
        QVERIFY(revisions.empty());
    }

    // Outside the window (older than RecentStates::kPackets packets of the conversation, or
    // kFrames frames of the capture) nothing is withdrawn.
    void aReceiptOutsideTheWindowStays()
    {
        using S = TcpState;
        RecentStates window;
        window.push(entry(1, false, S::SynSent, S::SynSent, S::SynSent, S::Established));
        std::vector<StateRevision> revisions;
        QCOMPARE(window.withdrawLatestReceipt(true, 2 + RecentStates::kFrames, revisions), std::optional<S>());
        for (std::uint32_t f = 2; f < 2 + RecentStates::kPackets; ++f)
            window.push(entry(f, false, S::SynReceived, S::SynReceived, S::Established, S::Established));
        QCOMPARE(window.withdrawLatestReceipt(true, 100, revisions), std::optional<S>());
        QVERIFY(revisions.empty());
    }

    // A sender whose contradiction no receipt explains keeps the tracker's change, so that the
    // corpus tests below see it.
    void anIllegalChangeWithoutAReceiptToWithdrawStaysVisible()
    {
        using S = TcpState;
        FlowStateTrack t;
        t.follow(0, S::Closed, S::SynSent, true, true);
        t.follow(1, S::SynSent, S::Established, true, false);
        t.follow(2, S::Established, S::SynSent, true, false);
        QCOMPARE(t.changes.size(), std::size_t{3});
        QVERIFY(!isLegalStateChange(t.changes[2].before, t.changes[2].after));
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
        // The server's own retransmission (row 2) crossed the client's SYN: it had not arrived either.
        for (std::uint32_t row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.arrow(row).notReceived, row == 1 || row == 2);
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
        // It names the frame that proved it, and that frame names it back.
        const auto synAgainFrame = QString::number(model.row(3).frame());
        QVERIFY2(en.contains("Frame " + synAgainFrame + ", a retransmitted SYN, proves that this SYN-ACK never reached the client")
                     && !en.contains("client SYN_SENT"),
                 qPrintable(en));
        const auto zh = QString::fromStdString(FlowNarrator(NarrationLanguage::SimplifiedChinese).narrate(model, 1));
        QVERIFY2(zh.contains("第 " + synAgainFrame + " 号数据包（重传的 SYN）证明这个SYN-ACK没有到达客户端") && !zh.contains("客户端 SYN_SENT"),
                 qPrintable(zh));
        const auto proving = QString::fromStdString(FlowNarrator().narrate(model, 3));
        QVERIFY2(proving.contains(QString("It proves that the SYN-ACKs of frames %1 and %2 never reached the client.")
                                      .arg(model.row(1).frame()).arg(model.row(2).frame())),
                 qPrintable(proving));
        QVERIFY(QString::fromStdString(FlowNarrator().narrate(model, 4)).contains("States: client SYN_SENT \u2192 ESTABLISHED"));
        QVERIFY(violationsIn(fixturePath("synack-lost.pcap")).isEmpty());
    }

    // Revisions of packets in batches already handed over reach the reader's store through the
    // batch (CaptureBatch::revisions) and give the records a whole-file load gives: state
    // corrections (synack-lost) and marks alone, made and taken back far behind (lossy-bulk).
    void revisionsCrossBatchBoundaries_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("synack-lost") << "synack-lost.pcap";
        QTest::newRow("lossy-bulk") << "lossy-bulk.pcap";
    }
    void revisionsCrossBatchBoundaries()
    {
        QFETCH(QString, name);
        const auto path = QFile::encodeName(fixturePath(name)).toStdString();
        const auto whole = loadCapture(path);
        auto file = CaptureFile::open(path);
        CaptureBatchBuilder builder(file->info().linkType);
        PacketAnalysisStore store;
        RawPacket packet;
        std::size_t carried = 0;
        while (file->next(packet) == ReadStatus::Packet) {
            builder.add(packet);
            auto batch = builder.take(); // one packet a batch: every correction crosses a boundary
            store.append(batch.analyses);
            for (const auto& revision : batch.revisions)
                QVERIFY(store.revise(revision));
            carried += batch.revisions.size();
        }
        QVERIFY(carried >= 2);
        QCOMPARE(store.size(), whole.analyses.size());
        for (PacketNumber n = 0; n < store.size(); ++n) {
            QCOMPARE(store[n].states, whole.analyses[n].states);
            QCOMPARE(store[n].tcpFlags, whole.analyses[n].tcpFlags);
        }
    }

    // The details pane says what the flow graph draws.
    void detailsSayWhoDidNotGetIt()
    {
        const auto capture = loadCapture(QFile::encodeName(fixturePath("synack-lost.pcap")).toStdString());
        QVERIFY(capture.analyses[1].notReceived());
        FieldSpans spans{FieldSpan{"tcp", "Transmission Control Protocol", 34, 0, 0, 0, "Transmission Control Protocol", 0,
                                   Layer::Transport}};
        insertAnalysisSpans(spans, capture.analyses[1]);
        const auto it = std::find_if(spans.begin(), spans.end(), [](const FieldSpan& s) { return s.id == "tcplens.not_received"; });
        QVERIFY(it != spans.end());
        QCOMPARE(it->text, std::string("[Not received by the client (lost after the capture point, or still on its way)]"));
        spans.resize(1);
        insertAnalysisSpans(spans, capture.analyses[3]); // the client's SYN again: it got there
        QVERIFY(std::none_of(spans.begin(), spans.end(), [](const FieldSpan& s) { return s.id == "tcplens.not_received"; }));
    }

    // One truth: for every packet of every fixture, `tcplens-cli packets --json`, the stored record
    // (details pane, packet list) and the flow graph's arrow give the same states and the same
    // not-received mark.
    void jsonRecordsAndFlowGraphAgreeOnEveryFixture()
    {
        std::size_t compared = 0, marked = 0;
        for (const auto& path : fixtures()) {
            LoadedCapture capture;
            try {
                capture = loadCapture(QFile::encodeName(path).toStdString());
            } catch (const CaptureError&) {
                continue;
            }
            const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::allStreams());
            const auto run = runCli({"packets", "--json", path});
            QVERIFY2(run.finished && run.exitCode == 0, qPrintable(path));
            for (const auto& line : run.out.split('\n')) {
                const auto json = QJsonDocument::fromJson(line).object();
                if (!json.contains("state_src_before"))
                    continue;
                const auto n = static_cast<PacketNumber>(json["no"].toInteger() - 1);
                const auto& r = capture.analyses[n];
                const auto where = QString("%1 frame %2").arg(QFileInfo(path).fileName()).arg(n + 1);
                QCOMPARE(json["state_src_before"].toString(), QString(stateName(r.srcBefore())));
                QCOMPARE(json["state_src_after"].toString(), QString(stateName(r.srcAfter())));
                QCOMPARE(json["state_dst_before"].toString(), QString(stateName(r.dstBefore())));
                QCOMPARE(json["state_dst_after"].toString(), QString(stateName(r.dstAfter())));
                QVERIFY2(json["not_received"].toBool() == r.notReceived(), qPrintable(where));
                const auto row = model.rowOfPacket(n);
                QVERIFY2(row.has_value(), qPrintable(where));
                const auto a = model.arrow(*row, SequenceNumbers::Relative, false);
                // A receiver moved by a packet taken late (a crossing FIN) is drawn moving twice.
                const auto onArrival = a.receiverOnArrival == TcpState::Unknown ? a.receiverBefore : a.receiverOnArrival;
                QVERIFY2(a.senderBefore == r.srcBefore() && a.senderAfter == r.srcAfter()
                             && onArrival == r.dstBefore() && a.receiverAfter == r.dstAfter(),
                         qPrintable(where));
                QVERIFY2(a.notReceived == r.notReceived(), qPrintable(where));
                ++compared;
                marked += r.notReceived() ? 1 : 0;
            }
        }
        qInfo("%zu packets compared, %zu not received", compared, marked);
        QVERIFY(compared > 1000);
        QVERIFY(marked >= 2);
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
