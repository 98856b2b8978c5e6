// The series pieces on their own: seed 001's textbook figure, sequence numbers and timestamps
// across 2^32, Karn's rule for ACK RTTs, timeouts in the cwnd estimate, bounded TSval memory, CSV names.
#include "TestSupport.h"

#include <decode/PacketDecoder.h>
#include <export/SeriesCsv.h>
#include <series/StreamSeriesBuilder.h>
#include <series/TextbookModel.h>
#include <series/Throughput.h>
#include <series/TimestampRttTracker.h>
#include <tcp/ConversationTracker.h>

#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

std::vector<double> tahoe(const std::vector<TextbookRound>& rounds)
{
    std::vector<double> out;
    for (const auto& r : rounds)
        out.push_back(r.tahoeCwnd);
    return out;
}

std::vector<double> reno(const std::vector<TextbookRound>& rounds)
{
    std::vector<double> out;
    for (const auto& r : rounds)
        out.push_back(r.renoCwnd);
    return out;
}

QByteArray sackOption(std::uint32_t left, std::uint32_t right)
{
    QByteArray o = QByteArray::fromHex("0101050a") + QByteArray(8, '\0');
    putBe32(o, 4, left);
    putBe32(o, 8, right);
    return o;
}

/// Feeds crafted Ethernet frames (time in µs) through the tracker into a builder.
struct Feeder {
    ConversationTracker tracker;
    StreamSeriesBuilder builder;
    std::uint32_t frame = 0;

    void add(std::int64_t micros, const TcpFrameSpec& spec)
    {
        const QByteArray bytes = tcpFrame(spec);
        const Bytes view(reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
        const auto decoded = decodePacket(view, static_cast<std::uint32_t>(bytes.size()), 1);
        const std::int64_t ns = 1'700'000'000'000'000'000 + micros * 1000;
        ++frame;
        builder.add(frame, ns, decoded, tracker.add(frame, ns, static_cast<std::uint32_t>(bytes.size()), decoded));
    }
};

/// A data segment or ACK as the tracker would describe it, without the tracker.
void feedFabricated(StreamSeriesBuilder& builder, std::uint32_t frame, double seconds, bool fromClient,
                    std::uint32_t relSeq, std::uint32_t len, std::uint32_t flags, std::int64_t flight,
                    std::int64_t ackRttNs = -1, std::uint32_t ackedFrame = 0, std::uint32_t relAck = 1)
{
    DecodedPacket p;
    p.tcp.present = p.tcp.complete = true;
    p.tcp.flags = tcpflag::Ack;
    p.tcp.seq = 5000 + relSeq;
    p.tcp.ack = 9000 + relAck;
    p.tcp.payloadLength = len;
    TcpPacketAnalysis a;
    a.fromClient = fromClient;
    a.relativeSeq = relSeq;
    a.relativeAck = relAck;
    a.nextSeq = len ? relSeq + len : 0;
    a.flags = flags;
    a.bytesInFlight = flight;
    a.ackRttNs = ackRttNs;
    a.ackedFrame = ackedFrame;
    a.calculatedWindow = 65535;
    builder.add(frame, static_cast<std::int64_t>(seconds * 1e9), p, a);
}

} // namespace

class TestSeriesUnits : public QObject {
    Q_OBJECT

private slots:
    void textbookModelReproducesSeedFigure()
    {
        const auto rounds = textbookModel(TextbookParams{});
        const std::vector<double> expected = {1,  2,  4,  8,  16, 17, 18, 19, 20, 21, 22, 23, 24,
                                              1,  2,  4,  8,  12, 13, 14, 15, 16, 17, 18, 19};
        QCOMPARE(tahoe(rounds), expected);
        QCOMPARE(rounds[12].loss, std::optional{TextbookLossType::Timeout});
        QCOMPARE(rounds[12].tahoeSsthresh, 16.0);
        QCOMPARE(rounds[13].tahoeSsthresh, 12.0);
        QCOMPARE(rounds[13].renoSsthresh, 12.0);
        QCOMPARE(reno(rounds), expected); // a timeout sends Reno back to slow start too
    }

    void seedExerciseStatedAsLossAtCwnd24IsRound12()
    {
        const auto params = textbookParamsWithLossAt(1, 16, 24, TextbookLossType::Timeout, 25);
        QCOMPARE(params.losses.size(), std::size_t{1});
        QCOMPARE(params.losses[0].round, 12u);
        QCOMPARE(tahoe(textbookModel(params)), tahoe(textbookModel(TextbookParams{})));
        // Never reached within the rounds: no loss at all, cwnd keeps growing.
        const auto none = textbookParamsWithLossAt(1, 16, 100, TextbookLossType::TripleDupAck, 10);
        QVERIFY(none.losses.empty());
        // Reached during slow start (ssthresh above it): the round where cwnd first is >= 8.
        const auto early = textbookParamsWithLossAt(1, 64, 8, TextbookLossType::TripleDupAck, 10);
        QCOMPARE(early.losses.at(0).round, 3u);
        QCOMPARE(early.losses.at(0).type, TextbookLossType::TripleDupAck);
    }

    void renoHalvesOnTripleDupAckWhileTahoeRestarts()
    {
        TextbookParams params;
        params.losses = {{12, TextbookLossType::TripleDupAck}};
        const auto rounds = textbookModel(params);
        const std::vector<double> renoExpected = {1,  2,  4,  8,  16, 17, 18, 19, 20, 21, 22, 23, 24,
                                                  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23};
        QCOMPARE(reno(rounds), renoExpected);
        QCOMPARE(rounds[13].renoSsthresh, 12.0);
        QCOMPARE(tahoe(rounds)[13], 1.0);
        QCOMPARE(tahoe(rounds)[17], 12.0);
        QCOMPARE(rounds[13].tahoeSsthresh, 12.0);
    }

    void ssthreshNeverFallsBelowTwo()
    {
        TextbookParams params;
        params.rounds = 4;
        params.losses = {{0, TextbookLossType::TripleDupAck}, {1, TextbookLossType::Timeout}};
        const auto rounds = textbookModel(params);
        QCOMPARE(rounds[1].renoCwnd, 2.0);
        QCOMPARE(rounds[1].renoSsthresh, 2.0);
        QCOMPARE(rounds[2].tahoeCwnd, 1.0);
        QCOMPARE(rounds[2].tahoeSsthresh, 2.0);
        QCOMPARE(rounds[3].tahoeCwnd, 2.0);
        QCOMPARE(rounds[3].loss, std::nullopt);
    }

    void sequenceAndTimestampsWrapAround()
    {
        constexpr std::uint32_t isnC = 0xFFFFFF00;
        constexpr std::uint32_t isnS = 0xFFFFFFFF;
        Feeder f;
        auto spec = [](std::uint32_t seq, std::uint32_t ack, std::uint16_t flags, bool fromClient) {
            TcpFrameSpec s;
            if (!fromClient) {
                std::swap(s.src, s.dst);
                std::swap(s.srcPort, s.dstPort);
            }
            s.seq = seq;
            s.ack = ack;
            s.flags = flags;
            return s;
        };
        auto syn = spec(isnC, 0, 0x002, true);
        syn.tcpOptions = mssOption(1460);
        f.add(0, syn);
        auto synAck = spec(isnS, isnC + 1, 0x012, false);
        synAck.tcpOptions = mssOption(1400);
        f.add(100, synAck);
        auto data = [&](std::int64_t at, std::uint32_t rel, std::uint32_t tsval, int len = 200) {
            auto s = spec(isnC + rel, isnS + 1, len ? 0x018 : 0x010, true);
            s.tcpOptions = QByteArray::fromHex("0101") + timestampOption(tsval, 7);
            s.payload = QByteArray(len, 'x');
            f.add(at, s);
        };
        auto ack = [&](std::int64_t at, std::uint32_t rel, std::uint32_t tsecr, bool sack) {
            auto s = spec(isnS + 1, isnC + rel, 0x010, false);
            s.tcpOptions = QByteArray::fromHex("0101") + timestampOption(70, tsecr);
            if (sack)
                s.tcpOptions += sackOption(isnC + 401, isnC + 601);
            f.add(at, s);
        };
        data(200, 1, 0xFFFFFFFD, 0);       // 3: handshake ACK
        f.builder.add(0, 0, DecodedPacket{}, TcpPacketAnalysis{}); // ignored: not a TCP packet
        data(300, 1, 0xFFFFFFFE);          // 4: 1..201, crosses 2^32
        data(310, 201, 0xFFFFFFFF);        // 5: lost after the tap
        data(320, 401, 0x00000001);        // 6
        ack(400, 201, 0xFFFFFFFE, true);   // 7: SACK 401..601
        ack(410, 201, 0xFFFFFFFE, true);   // 8: dup #1
        ack(420, 201, 0xFFFFFFFE, true);   // 9: dup #2
        data(430, 201, 0x00000002);        // 10: fast retransmission
        ack(530, 601, 0x00000002, false);  // 11

        const auto c2s = Direction::ClientToServer;
        const auto& tsg = f.builder.timeSequence(c2s);
        QCOMPARE(f.builder.highestSeq(c2s), 601U);
        QCOMPARE(f.builder.highestSeq(Direction::ServerToClient), 1U);
        QCOMPARE(tsg.segments.size(), std::size_t(5));
        QCOMPARE(tsg.segments[0].seq, 0U); // the SYN
        QCOMPARE(tsg.segments[1].seq, 1U);
        QCOMPARE(tsg.segments[3].seq, 401U);
        QCOMPARE(tsg.segments[4].seq, 201U);
        QCOMPARE(tsg.segments[4].kind, SegmentKind::FastRetransmission);
        QCOMPARE(tsg.sacks.size(), std::size_t(3));
        QCOMPARE(tsg.sacks[0].left, 401U);
        QCOMPARE(tsg.sacks[0].right, 601U);
        QCOMPARE(tsg.acks.back().ack, 601U);
        QCOMPARE(tsg.windowEdge.back().edge, 601U + 64240U);
        std::vector<std::uint16_t> dups;
        for (const auto& e : tsg.events) {
            if (e.kind == EventKind::DuplicateAck)
                dups.push_back(e.dupAckNumber);
        }
        QCOMPARE(dups, (std::vector<std::uint16_t>{1, 2}));

        const auto& rtt = f.builder.rtt(c2s);
        QCOMPARE(rtt.timestamp.size(), std::size_t(2)); // TSval 0xFFFFFFFE, then 2 across the wrap
        QCOMPARE(rtt.timestamp[0].rtt, 100e-6);
        QCOMPARE(rtt.timestamp[1].rtt, 100e-6);
        std::vector<std::uint32_t> acked; // the SYN (by the SYN-ACK), then frames 4 and 6
        for (const auto& sample : rtt.ack)
            acked.push_back(sample.seq);
        QCOMPARE(acked, (std::vector<std::uint32_t>{1, 201, 601}));
        QCOMPARE(f.builder.mss(c2s), 1400U - 12U);

        const auto& cwnd = f.builder.congestion(c2s);
        QCOMPARE(cwnd.losses.size(), std::size_t(1));
        QCOMPARE(cwnd.losses[0].kind, LossKind::FastRetransmission);
        QCOMPARE(cwnd.losses[0].frame, 10U);
    }

    void retransmittedSegmentsAreNotTimed()
    {
        StreamSeriesBuilder b;
        feedFabricated(b, 1, 0.000, true, 1, 1000, 0, 1000);
        feedFabricated(b, 2, 0.001, true, 1, 1000, analysis::Retransmission, 1000);
        feedFabricated(b, 3, 0.002, false, 1, 0, 0, -1, 1'000'000, 2, 1001); // times the retransmission
        feedFabricated(b, 4, 0.003, true, 1001, 1000, 0, 1000);
        feedFabricated(b, 5, 0.004, false, 1, 0, 0, -1, 1'000'000, 4, 2001);
        const auto& samples = b.rtt(Direction::ClientToServer).ack;
        QCOMPARE(samples.size(), std::size_t(1));
        QCOMPARE(samples[0].frame, 5U);
        QCOMPARE(samples[0].seq, 2001U);
    }

    void retransmissionAfterSilenceIsATimeoutAndRestartsSlowStart()
    {
        StreamSeriesBuilder b;
        std::uint32_t frame = 0;
        for (int k = 0; k < 10; ++k)
            feedFabricated(b, ++frame, 0.001 * k, true, 1 + 1000 * k, 1000, 0, 1000 * (k + 1));
        feedFabricated(b, ++frame, 0.509, true, 1, 1000, analysis::Retransmission, 10000);
        feedFabricated(b, ++frame, 0.510, false, 1, 0, 0, -1, -1, 0, 10001);
        for (int k = 0; k < 8; ++k) // one round each (no RTT samples: 100 ms rounds)
            feedFabricated(b, ++frame, 0.511 + 0.15 * k, true, 10001 + 1000 * k, 1000, 0, 1000 * (k + 1));
        const auto& cwnd = b.congestion(Direction::ClientToServer);
        QCOMPARE(cwnd.losses.size(), std::size_t(1));
        QCOMPARE(cwnd.losses[0].kind, LossKind::Timeout);
        QCOMPARE(cwnd.losses[0].flightAtLoss, 10000);
        QCOMPARE(cwnd.losses[0].ssthreshAfter, 5000);
        QCOMPARE(cwnd.ssthresh.size(), std::size_t(1));
        // The timeout starts a round of its own; slow start lasts until a round reaches ssthresh.
        const auto& afterTimeout = cwnd.rounds[cwnd.losses[0].round];
        QCOMPARE(afterTimeout.start, 0.511);
        QCOMPARE(cwnd.rounds.size(), cwnd.losses[0].round + std::size_t(8));
        for (std::size_t r = cwnd.losses[0].round; r < cwnd.rounds.size(); ++r) {
            const auto& round = cwnd.rounds[r]; // flights 1000, 2000, ... 5000 = ssthresh, 6000 ...
            QCOMPARE(round.phase, r <= cwnd.losses[0].round + 4 ? CongestionPhase::SlowStart
                                                                 : CongestionPhase::CongestionAvoidance);
        }
    }

    void timestampMemoryIsBounded()
    {
        TimestampRttTracker ts;
        for (std::uint32_t v = 0; v < 5000; ++v)
            ts.sent(0xFFFFF000 + v, v);
        QCOMPARE(ts.pending(), TimestampRttTracker::kMaxPending);
        ts.sent(0xFFFFF000 + 10, 99'999); // seen before: its first time stands
        QCOMPARE(ts.echoed(0xFFFFF000 + 4000, 5000), std::optional<std::int64_t>(1000));
        QCOMPARE(ts.echoed(0xFFFFF000 + 4000, 6000), std::nullopt); // only the first echo counts
        QCOMPARE(ts.pending(), std::size_t(999));
    }

    void throughputWindowShrinksForShortCaptures()
    {
        QCOMPARE(effectiveThroughputWindow(1.0, 100.0), 1.0);
        QCOMPARE(effectiveThroughputWindow(1.0, 0.05), 0.005);
        QCOMPARE(effectiveThroughputWindow(0.0, 0.0), 1.0);
        QCOMPARE(effectiveThroughputWindow(1.0, 1e-9), 1e-6);
    }

    void namesRoundTrip()
    {
        for (const auto kind : {SeriesKind::Tsg, SeriesKind::Window, SeriesKind::Throughput, SeriesKind::Rtt,
                                SeriesKind::Cwnd, SeriesKind::Model})
            QCOMPARE(parseSeriesKind(seriesKindName(kind)), std::optional{kind});
        QCOMPARE(parseSeriesKind("flow"), std::nullopt);
        QCOMPARE(parseDirection("c2s"), std::optional{Direction::ClientToServer});
        QCOMPARE(parseDirection("s2c"), std::optional{Direction::ServerToClient});
        QCOMPARE(parseDirection("up"), std::nullopt);
        const auto csv = textbookCsv(textbookModel(TextbookParams{}));
        const auto rows = lines(QByteArray::fromStdString(csv));
        QCOMPARE(rows.size(), 26);
        QCOMPARE(rows[0], QByteArray("round,tahoe_cwnd,tahoe_ssthresh,reno_cwnd,reno_ssthresh,loss"));
        QCOMPARE(rows[13], QByteArray("12,24,16,24,16,timeout"));
        QCOMPARE(rows[14], QByteArray("13,1,12,1,12,"));
    }
};

QTEST_GUILESS_MAIN(TestSeriesUnits)
#include "TestSeriesUnits.moc"
