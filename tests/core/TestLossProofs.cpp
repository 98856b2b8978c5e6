// Later packets that prove an earlier one never reached its receiver (docs/state-inference.md):
// a retransmission of data the receiver had acknowledged (its ACKs were lost on the way back), and
// a duplicate ACK for data seen on the wire before later data (that data was lost on the way out).
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <capture/LoadedCapture.h>
#include <capture/StoredPacket.h>
#include <decode/DecodedPacket.h>
#include <flow/FlowModel.h>
#include <flow/FlowNarrator.h>
#include <flow/FlowProofs.h>
#include <tcp/RecentStates.h>
#include <tcp/StateTransitions.h>

#include <QtTest>

#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace tcplens;
using namespace tcplens::test;

namespace {

LoadedCapture load(const QString& path) { return loadCapture(QFile::encodeName(path).toStdString()); }

QString publicCapture(const QString& name)
{
    return QDir(QString::fromUtf8(TCPLENS_TEST_DATA_DIR)).absoluteFilePath("public/" + name);
}

std::set<std::uint32_t> notReceivedFrames(const LoadedCapture& capture)
{
    std::set<std::uint32_t> frames;
    for (PacketNumber n = 0; n < capture.analyses.size(); ++n)
        if (capture.analyses[n].notReceived())
            frames.insert(n + 1);
    return frames;
}

/// A window entry: `fromClient` sent bytes [seq, end) with `flags` (ack `ack`), moving the sender
/// `sb -> sa` and the receiver `db -> da`.
RecentStates::Entry entry(std::uint32_t frame, bool fromClient, std::uint32_t seq, std::uint32_t end, std::uint32_t ack,
                          std::uint16_t flags, TcpState sb, TcpState sa, TcpState db, TcpState da)
{
    RecentStates::Entry e;
    e.frame = frame;
    e.seq = seq;
    e.end = end;
    e.ack = ack;
    e.flags = flags;
    e.srcBefore = sb;
    e.srcAfter = sa;
    e.dstBefore = db;
    e.dstAfter = da;
    e.bits = static_cast<std::uint8_t>((fromClient ? RecentStates::kFromClient : 0)
                                       | (end != seq ? RecentStates::kOriginal : 0));
    return e;
}

constexpr std::uint16_t kSyn = 0x002, kAck = 0x010, kPsh = 0x008;

QByteArray clientFrame(std::uint32_t seq, std::uint32_t ack, std::uint16_t flags, QByteArray payload = {})
{
    return tcpFrame(TcpFrameSpec{.seq = seq, .ack = ack, .flags = flags, .tcpOptions = {}, .payload = payload});
}

QByteArray serverFrame(std::uint32_t seq, std::uint32_t ack, std::uint16_t flags, QByteArray options = {})
{
    return tcpFrame(TcpFrameSpec{.src = {10, 0, 0, 2}, .dst = {10, 0, 0, 1}, .srcPort = 80, .dstPort = 40000,
                                 .seq = seq, .ack = ack, .flags = flags, .tcpOptions = options});
}

/// A client (10.0.0.1:40000) and a server (10.0.0.2:80) that both permit SACK: handshake, then the
/// client's two data segments (frame 4: bytes 1-10, frame 5: bytes 11-20).
QList<QByteArray> handshakeAndTwoSegments()
{
    const QByteArray sackOk = QByteArray::fromHex("04020101");
    return {
        tcpFrame(TcpFrameSpec{.seq = 1000, .flags = kSyn, .tcpOptions = sackOk}),
        serverFrame(5000, 1001, kSyn | kAck, sackOk),
        clientFrame(1001, 5001, kAck),
        clientFrame(1001, 5001, kAck | kPsh, "0123456789"),
        clientFrame(1011, 5001, kAck | kPsh, "abcdefghij"),
    };
}

/// The server's ACK still asking for byte 1 (absolute 1001) with a SACK block for bytes 11-20.
QByteArray serverAskingAgainForByteOne()
{
    QByteArray sack = QByteArray::fromHex("0101050a") + QByteArray(8, '\0');
    putBe32(sack, 4, 1011);
    putBe32(sack, 8, 1021);
    return serverFrame(5001, 1001, kAck, sack);
}

} // namespace

class TestLossProofs : public QObject {
    Q_OBJECT

private slots:
    // The client sends its FIN (FIN_WAIT_1); the server's ACK of it goes by (FIN_WAIT_2); the client
    // sends the FIN again: that ACK never reached it, and it is still in FIN_WAIT_1.
    void aFinSentAgainWithdrawsTheAckOfIt()
    {
        using S = TcpState;
        constexpr std::uint16_t ack = tcpflag::Ack, fin = tcpflag::Fin | tcpflag::Ack;
        RecentStates w;
        w.push(entry(10, true, 100, 101, 50, fin, S::Established, S::FinWait1, S::Established, S::CloseWait));
        w.push(entry(11, false, 50, 50, 101, ack, S::CloseWait, S::CloseWait, S::FinWait1, S::FinWait2));
        std::vector<StateRevision> revisions;
        QCOMPARE(w.withdrawAcksOf(true, 101, 12, revisions), std::optional<S>(S::FinWait1));
        QCOMPARE(revisions.size(), std::size_t{1});
        QCOMPARE(revisions[0].frame, 11U);
        QVERIFY(revisions[0].notReceived);
        QCOMPARE(revisions[0].dstAfter, S::FinWait1);
    }

    // The server's data at 1000 goes by, then data after it; the client asks for 1000 again: the
    // first copy was lost. Without data after it, the duplicate ACK proves nothing (it may have
    // been on its way); with SACK, the blocks must reach past it.
    void aDuplicateAckAfterLaterDataMarksTheHole()
    {
        using S = TcpState;
        constexpr std::uint16_t ack = tcpflag::Ack;
        const auto e = [](std::uint32_t f, bool c, std::uint32_t seq, std::uint32_t end, std::uint32_t a) {
            return entry(f, c, seq, end, a, tcpflag::Ack, S::Established, S::Established, S::Established, S::Established);
        };
        {
            RecentStates w;
            w.push(e(20, false, 1000, 2000, 1));
            std::vector<StateRevision> revisions;
            QCOMPARE(w.withdrawLostData(true, 1000, std::nullopt, 21, revisions), std::optional<S>());
            QVERIFY(revisions.empty());
            w.push(e(21, false, 2000, 3000, 1));
            QCOMPARE(w.withdrawLostData(true, 1000, 2000U, 22, revisions), std::optional<S>()); // SACK only to its end
            QVERIFY(revisions.empty());
            QCOMPARE(w.withdrawLostData(true, 1000, 3000U, 22, revisions), std::optional<S>());
            QCOMPARE(revisions.size(), std::size_t{1});
            QCOMPARE(revisions[0].frame, 20U);
            QVERIFY(revisions[0].notReceived);
            revisions.clear(); // marked once
            QCOMPARE(w.withdrawLostData(true, 1000, 3000U, 23, revisions), std::optional<S>());
            QVERIFY(revisions.empty());
        }
        // The hole's data, then the FIN after it: out of sequence, that FIN moved nobody.
        RecentStates w;
        w.push(e(30, false, 1000, 2000, 1));
        w.push(entry(31, false, 2000, 2001, 1, tcpflag::Fin | ack, S::Established, S::FinWait1, S::Established, S::CloseWait));
        std::vector<StateRevision> revisions;
        QCOMPARE(w.withdrawLostData(true, 1000, std::nullopt, 32, revisions), std::optional<S>(S::Established));
        QCOMPARE(revisions.size(), std::size_t{2});
        std::set<std::uint32_t> frames;
        for (const auto& r : revisions) {
            frames.insert(r.frame);
            QCOMPARE(r.notReceived, r.frame == 30);
            QCOMPARE(r.dstAfter, S::Established);
        }
        QCOMPARE(frames, (std::set<std::uint32_t>{30, 31}));
    }

    // Captured at the client (ppa__dns_isp_hijack.pcapng, stream 2): the client's ACKs up to 5793
    // (frame 43) reached the server, those from 8689 on (frames 44-49) had not when it sent 5793
    // again and on (frames 50-56, tshark's spurious retransmissions); the client's duplicate ACKs in
    // between (51, 53, 55) had not either.
    void acksLostBeforeTheSenderAreMarked()
    {
        const auto capture = load(publicCapture("ppa__dns_isp_hijack.pcapng"));
        const auto marked = notReceivedFrames(capture);
        for (std::uint32_t f : {44U, 45U, 46U, 47U, 48U, 49U, 51U, 53U, 55U})
            QVERIFY2(marked.count(f), qPrintable(QString("frame %1").arg(f)));
        for (std::uint32_t f : {42U, 43U, 50U, 52U, 54U, 56U, 57U, 58U})
            QVERIFY2(!marked.count(f), qPrintable(QString("frame %1").arg(f)));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(2));
        const auto row = model.rowOfPacket(43);
        QVERIFY(row.has_value());
        QVERIFY(model.arrow(*row).notReceived);
        const auto en = QString::fromStdString(FlowNarrator(NarrationLanguage::English).narrate(model, *row));
        // Frame 50 resends from 5793: it proves the ACK of 8689 (frame 44) never reached the server.
        QVERIFY2(en.contains("Frame 50, a retransmission of bytes it had acknowledged, proves that this ACK never reached the server"),
                 qPrintable(en));
        const auto proving = QString::fromStdString(FlowNarrator().narrate(model, *model.rowOfPacket(49)));
        QVERIFY2(proving.contains("It proves that the segments of frames 44, 45, 46, 47, 48 and 49 never reached the server."),
                 qPrintable(proving));
    }

    // lossy-bulk.pcap drops data segments after the capture tap: each marked segment is a first
    // copy whose bytes the client later sends again (never one that arrived), and the duplicate
    // ACKs find some of them within the window.
    void dataLostAfterTheCapturePointIsMarked()
    {
        const auto capture = load(fixturePath("lossy-bulk.pcap"));
        const auto marked = notReceivedFrames(capture);
        QVERIFY2(marked.size() >= 3, qPrintable(QString::number(marked.size())));
        for (const auto frame : marked) {
            const auto& r = capture.analyses[frame - 1];
            const auto original = decodeStoredPacket(capture.packets, frame - 1).packet.tcp;
            QVERIFY2(original.payloadLength > 0, qPrintable(QString("frame %1").arg(frame)));
            bool resent = false;
            for (PacketNumber n = frame; n < capture.analyses.size() && !resent; ++n) {
                const auto& later = capture.analyses[n];
                resent = later.stream == r.stream && later.fromClient() == r.fromClient()
                      && later.relativeSeq == r.relativeSeq
                      && later.hasAnalysis(analysis::Retransmission | analysis::FastRetransmission);
            }
            QVERIFY2(resent, qPrintable(QString("frame %1 is never sent again").arg(frame)));
        }
    }

    // The duplicate ACKs reach every first copy still unacknowledged, not only the last 16 packets:
    // on lossy-bulk.pcap they prove most of the losses (4 of 33 retransmitted first copies when
    // they looked back over 16 packets only), each one a first copy its sender later resends.
    void duplicateAcksProveLossesFarBack()
    {
        const auto capture = load(fixturePath("lossy-bulk.pcap"));
        std::set<std::uint32_t> resent; // first copies whose bytes went out again
        std::map<std::tuple<std::uint32_t, bool, std::uint32_t>, std::uint32_t> firstCopy;
        for (PacketNumber n = 0; n < capture.analyses.size(); ++n) {
            const auto& r = capture.analyses[n];
            if (!r.isTcp() || decodeStoredPacket(capture.packets, n).packet.tcp.payloadLength == 0)
                continue;
            const auto [at, fresh] = firstCopy.try_emplace({r.stream, r.fromClient(), r.relativeSeq}, n + 1);
            if (!fresh && r.hasAnalysis(analysis::Retransmission | analysis::FastRetransmission))
                resent.insert(at->second);
        }
        const auto marked = notReceivedFrames(capture);
        std::size_t proven = 0;
        for (const auto frame : marked)
            proven += resent.count(frame);
        qInfo("%zu of %zu resent first copies proven lost, %zu marks", proven, resent.size(), marked.size());
        QCOMPARE(proven, marked.size()); // never a segment that arrived
        QVERIFY2(proven * 3 >= resent.size() * 2, qPrintable(QString("%1 of %2").arg(proven).arg(resent.size())));
        // Each names the server's ACK that proved it, in the narration too.
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        for (const auto frame : marked) {
            const auto row = *model.rowOfPacket(frame - 1);
            const auto proof = proofOf(model, row);
            QVERIFY2(proof && (proof->kind == ProofKind::DuplicateAck || proof->kind == ProofKind::SackedPast),
                     qPrintable(QString("frame %1").arg(frame)));
            QVERIFY(std::ranges::count(rowsProvenBy(model, proof->row), row) == 1);
            const auto en = QString::fromStdString(FlowNarrator().narrate(model, row));
            QVERIFY2(en.contains(QString("Frame %1, ").arg(model.row(proof->row).frame()))
                         && en.contains("proves that this data segment never reached the server"),
                     qPrintable(en));
        }
    }

    // A proof reaching further back than `packets --json` holds its lines (RecentStates::kFrames)
    // still reaches the output: as a {"no":N,"revised":true,"not_received":true} line after it, and
    // the stored record of a whole-file load agrees. Crafted: the client's first data segment (frame
    // 4) is lost after the capture point, the second (frame 5) arrives, then 16,400 other frames go
    // by before the server's duplicate ACKs (with SACK) ask for byte 1 again.
    void aProofBeyondTheHeldLinesFollowsAsARevisedLine()
    {
        QList<QByteArray> frames = handshakeAndTwoSegments(); // 4: lost after the capture point, 5: arrives
        // Another conversation's frames in between.
        for (int i = 0; i < 16400; ++i)
            frames << tcpFrame(TcpFrameSpec{.src = {10, 0, 1, 1}, .dst = {10, 0, 1, 2}, .srcPort = 50000, .dstPort = 443,
                                            .seq = static_cast<std::uint32_t>(7000 + i), .ack = 1, .flags = kAck,
                                            .payload = "x"});
        frames << serverAskingAgainForByteOne() << serverAskingAgainForByteOne();
        QTemporaryDir dir;
        const auto path = dir.filePath("far-proof.pcap");
        QVERIFY(writeFile(path, pcapOfFrames(frames)));

        const auto capture = load(path);
        QCOMPARE(notReceivedFrames(capture), (std::set<std::uint32_t>{4}));
        const auto run = runCli({"packets", "--json", path});
        QVERIFY(run.exitedWith(0));
        const auto lines = jsonLines(run.out);
        int printedAt = -1, revisedAt = -1;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].value("no").toInt() != 4)
                continue;
            if (lines[i].value("revised").toBool()) {
                revisedAt = i;
                QCOMPARE(lines[i].value("not_received").toBool(), true);
                QVERIFY(!lines[i].contains("state_src_before")); // its states stand
            } else {
                printedAt = i;
                QCOMPARE(lines[i].value("not_received").toBool(), false); // printed before the proof
            }
        }
        QVERIFY(printedAt >= 0);
        QVERIFY2(revisedAt > printedAt, qPrintable(QString("%1 %2").arg(printedAt).arg(revisedAt)));
        // The same frames fed through a batch loader land on the same record.
        QVERIFY(capture.analyses[3].notReceived());
        QCOMPARE(capture.analyses[3].dstAfter(), TcpState::Established);
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        const auto proof = proofOf(model, *model.rowOfPacket(3));
        QVERIFY(proof.has_value());
        QCOMPARE(model.row(proof->row).frame(), std::uint32_t(frames.size() - 1));
    }

    // A segment proven lost by the rule that one path keeps its order, whose bytes the receiver then
    // acknowledges while nobody sent them again, arrived after all (reordered after the capture
    // point, as in ws__challenge01_ooo_stream.pcapng): the mark is taken back.
    void aMarkIsTakenBackWhenTheSegmentIsAcknowledgedUnsent()
    {
        // 4 and 5, then 6: the server still asks for byte 1 and SACKs 11-20.
        const QList<QByteArray> frames = handshakeAndTwoSegments() << serverAskingAgainForByteOne();
        QTemporaryDir dir;
        const auto lostPath = dir.filePath("lost.pcap");
        QVERIFY(writeFile(lostPath, pcapOfFrames(frames)));
        QCOMPARE(notReceivedFrames(load(lostPath)), (std::set<std::uint32_t>{4}));
        // 7: everything acknowledged, frame 4's bytes never sent again: it was only late.
        const auto latePath = dir.filePath("late.pcap");
        QVERIFY(writeFile(latePath, pcapOfFrames(QList<QByteArray>(frames) << serverFrame(5001, 1021, kAck))));
        QVERIFY(notReceivedFrames(load(latePath)).empty());
        const auto run = runCli({"packets", "--json", latePath});
        QVERIFY(run.exitedWith(0));
        for (const auto& line : jsonLines(run.out))
            QCOMPARE(line.value("not_received").toBool(), false);
        // 7': frame 4's bytes sent again first: the mark stands.
        const auto resentPath = dir.filePath("resent.pcap");
        QVERIFY(writeFile(resentPath, pcapOfFrames(QList<QByteArray>(frames) << clientFrame(1001, 5001, kAck | kPsh, "0123456789")
                                                                             << serverFrame(5001, 1021, kAck))));
        QCOMPARE(notReceivedFrames(load(resentPath)), (std::set<std::uint32_t>{4}));
    }

    // Wherever a packet is marked, a later packet of its receiver in the same conversation proves
    // it, by one of the three rules; and nothing the marks withdraw breaks RFC 9293's diagram
    // (TestStateTransitions walks the same captures).
    void everyMarkHasItsProof()
    {
        QStringList files = fixtures();
        for (const auto& name : QDir(publicCapture("")).entryList({"*.pcap", "*.pcapng"}, QDir::Files))
            files << publicCapture(name);
        std::size_t marks = 0;
        for (const auto& path : files) {
            LoadedCapture capture;
            try {
                capture = load(path);
            } catch (const CaptureError&) {
                continue;
            }
            for (const auto frame : notReceivedFrames(capture)) {
                const auto& r = capture.analyses[frame - 1];
                bool proven = false;
                for (PacketNumber n = frame; n < capture.analyses.size() && !proven; ++n) {
                    const auto& later = capture.analyses[n];
                    if (later.stream != r.stream || later.fromClient() == r.fromClient())
                        continue;
                    proven = later.hasAnalysis(analysis::DuplicateAck) && later.relativeAck == r.relativeSeq;
                }
                for (PacketNumber n = frame; n < capture.analyses.size() && !proven; ++n) {
                    const auto& later = capture.analyses[n];
                    proven = later.stream == r.stream && later.fromClient() != r.fromClient()
                          && (later.hasAnalysis(analysis::SpuriousRetransmission)
                              || !isLegalStateChange(r.dstBefore(), later.srcAfter())
                              || later.hasHeaderFlag(tcpflag::Syn) || later.hasHeaderFlag(tcpflag::Fin));
                }
                QVERIFY2(proven, qPrintable(QString("%1 frame %2").arg(QFileInfo(path).fileName()).arg(frame)));
                ++marks;
            }
        }
        qInfo("%zu packets marked not received in %lld captures", marks, static_cast<long long>(files.size()));
        QVERIFY(marks > 10);
    }
};

QTEST_GUILESS_MAIN(TestLossProofs)
#include "TestLossProofs.moc"
