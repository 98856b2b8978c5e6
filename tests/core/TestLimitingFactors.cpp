// The limiting-factor timeline (series/LimitTracker): recorded fixtures whose character is known
// from how they were made (tests/data/README.md), and synthetic senders fed straight into the
// tracker where a rule needs an exact shape (flat flight, growing flight, a receiver-side capture).
#include "TestSupport.h"

#include <export/LimitText.h>
#include <series/SeriesFromCapture.h>

#include <QtTest>

#include <cmath>

using namespace tcplens;
using namespace tcplens::test;

namespace {

constexpr auto kC2s = Direction::ClientToServer;
constexpr auto kS2c = Direction::ServerToClient;
constexpr std::uint32_t kMss = 1448;

LimitTracker fromFixture(const QString& name)
{
    std::string error;
    auto builder = seriesFromCapture(fixturePath(name).toStdString(), 0, &error);
    if (!error.empty())
        qWarning("%s: %s", qPrintable(name), error.c_str());
    return builder.limits();
}

double receiverShare(const LimitTotals& t)
{
    return t.share(LimitFactor::ReceiverWindow) + t.share(LimitFactor::ZeroWindow);
}

double networkShare(const LimitTotals& t)
{
    return t.share(LimitFactor::Congestion) + t.share(LimitFactor::LossRecovery)
         + t.share(LimitFactor::RetransmissionTimeout);
}

std::int64_t ns(double seconds) { return std::llround(seconds * 1e9); }

/// A synthetic connection: the client sends, the server ACKs; times in seconds.
class Wire {
public:
    LimitTracker limits;

    void handshake(double syn, double synAck, double ack, std::int64_t window = 65535)
    {
        packet(syn, true, tcpflag::Syn, 0, 0, 0, [](TcpPacketAnalysis&) {});
        packet(synAck, false, tcpflag::Syn | tcpflag::Ack, 0, 0, 1,
               [&](TcpPacketAnalysis& a) { a.calculatedWindow = window; });
        packet(ack, true, tcpflag::Ack, 1, 0, 1, [&](TcpPacketAnalysis& a) {
            a.initialRttNs = ns(ack - syn);
        });
    }
    void send(double at, std::uint32_t seq, std::uint32_t len, std::int64_t flight, std::uint32_t flags = 0)
    {
        packet(at, true, tcpflag::Ack | tcpflag::Psh, seq, len, 1, [&](TcpPacketAnalysis& a) {
            a.bytesInFlight = flight;
            a.flags = flags;
            a.nextSeq = seq + len;
        });
    }
    void ack(double at, std::uint32_t ack, std::int64_t window, double rtt = -1)
    {
        packet(at, false, tcpflag::Ack, 1, 0, ack, [&](TcpPacketAnalysis& a) {
            a.calculatedWindow = window;
            if (rtt > 0) {
                a.ackRttNs = ns(rtt);
                a.ackedFrame = 1;
            }
        });
    }

private:
    template <typename F>
    void packet(double at, bool fromClient, std::uint16_t flags, std::uint32_t seq, std::uint32_t len,
                std::uint32_t ackNumber, F&& fill)
    {
        TcpInfo tcp;
        tcp.complete = true;
        tcp.flags = flags;
        tcp.payloadLength = len;
        if (flags & tcpflag::Syn) {
            tcp.options.hasMss = true;
            tcp.options.mss = kMss;
        }
        TcpPacketAnalysis a;
        a.fromClient = fromClient;
        a.relativeSeq = seq;
        a.relativeAck = ackNumber;
        fill(a);
        limits.add(ns(at), tcp, a);
    }
};

/// `rounds` rounds of `segments(k)` full segments, one RTT apart, each round ACKed at its end
/// with an RTT sample of `rtt(k)`; the receiver's window stays `window`.
template <typename Segments, typename Rtt>
Wire rounds(int count, double rtt, std::int64_t window, Segments segments, Rtt rttOf)
{
    Wire wire;
    wire.handshake(0, rtt / 2, rtt, window);
    std::uint32_t seq = 1;
    double t = rtt;
    for (int k = 0; k < count; ++k) {
        const int n = segments(k);
        const std::uint32_t first = seq;
        for (int i = 0; i < n; ++i) {
            wire.send(t + i * 1e-5, seq, kMss, static_cast<std::int64_t>(seq + kMss - first));
            seq += kMss;
        }
        wire.ack(t + rttOf(k) - 1e-6, seq, window, rttOf(k));
        t += rttOf(k);
    }
    return wire;
}

} // namespace

class TestLimitingFactors : public QObject {
    Q_OBJECT

private slots:
    void timelineIsContiguousAndStartsWithTheHandshake_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : {"zero-window.pcap", "zero-window-probe.pcap", "lossy-bulk.pcap", "bulk-reno.pcap",
                              "bulk-bbr.pcap", "ipv6-bulk.pcap", "echo-dialogue.pcap", "keep-alive.pcap",
                              "half-close.pcap", "ipv4-basic.pcap"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void timelineIsContiguousAndStartsWithTheHandshake()
    {
        QFETCH(QString, file);
        const auto limits = fromFixture(file);
        bool anyData = false;
        for (const auto d : {kC2s, kS2c}) {
            const auto timeline = limits.timeline(d);
            if (timeline.empty())
                continue;
            anyData = true;
            QCOMPARE(timeline.front().factor, LimitFactor::Handshake);
            QCOMPARE(timeline.front().start, 0.0);
            for (std::size_t i = 0; i < timeline.size(); ++i) {
                QVERIFY2(timeline[i].end > timeline[i].start, qPrintable(QString::number(i)));
                if (i > 0) {
                    QCOMPARE(timeline[i].start, timeline[i - 1].end);
                    QVERIFY(timeline[i].factor != timeline[i - 1].factor); // merged
                }
            }
            const auto totals = limitTotals(timeline);
            QVERIFY(std::abs(totals.transferSeconds() + totals.of(LimitFactor::Handshake)
                             - (timeline.back().end - timeline.front().start)) < 1e-9);
            QVERIFY(!dominantLimitSentence(totals, NarrationLanguage::English).empty());
        }
        QVERIFY(anyData);
    }

    void zeroWindowFixtureIsHeldByTheReceiver()
    {
        // The server (SO_RCVBUF 4096) sleeps 1.5 s before reading: the client stalls on Win=0.
        const auto totals = fromFixture("zero-window.pcap").totals(kC2s);
        QCOMPARE(totals.dominant(), LimitFactor::ZeroWindow);
        QVERIFY2(totals.of(LimitFactor::ZeroWindow) > 1.0, qPrintable(QString::number(totals.of(LimitFactor::ZeroWindow))));
        QVERIFY2(receiverShare(totals) > 0.9, qPrintable(QString::number(receiverShare(totals))));
        QVERIFY(totals.share(LimitFactor::Congestion) < 0.05);
    }

    void zeroWindowProbeFixtureStallsForTheThreeSecondsTheServerDoesNotRead()
    {
        const auto totals = fromFixture("zero-window-probe.pcap").totals(kC2s);
        const double stall = totals.of(LimitFactor::ZeroWindow);
        QVERIFY2(stall > 2.7 && stall < 3.2, qPrintable(QString::number(stall)));
        QVERIFY(totals.of(LimitFactor::RetransmissionTimeout) == 0); // probes are no retransmissions
    }

    void lossyBulkFixturesAreHeldByTheNetwork_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : {"lossy-bulk.pcap", "bulk-reno.pcap", "bulk-bbr.pcap", "ipv6-bulk.pcap"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void lossyBulkFixturesAreHeldByTheNetwork()
    {
        // tbf-paced bulk transfers with nftables drops and Linux autotuned receive buffers.
        QFETCH(QString, file);
        const auto limits = fromFixture(file);
        const auto totals = limits.totals(kC2s);
        QVERIFY(limits.timeline(kS2c).empty()); // the server sends no data
        QVERIFY2(networkShare(totals) > 0.75, qPrintable(QString::number(networkShare(totals))));
        QVERIFY(totals.of(LimitFactor::LossRecovery) > 0);
        QVERIFY2(receiverShare(totals) < 0.05, qPrintable(QString::number(receiverShare(totals))));
        QVERIFY(totals.dominant() == LimitFactor::Congestion || totals.dominant() == LimitFactor::LossRecovery);
    }

    void echoDialogueIsHeldByTheApplication()
    {
        // Six short lines, each sent after the echo of the previous one and a 0.1 s pause.
        const auto limits = fromFixture("echo-dialogue.pcap");
        for (const auto d : {kC2s, kS2c}) {
            const auto totals = limits.totals(d);
            QCOMPARE(totals.dominant(), LimitFactor::Application);
            QVERIFY(totals.share(LimitFactor::Application) > 0.9);
        }
    }

    void flatFlightWithoutQueueIsTheSendBuffer()
    {
        // 44 KB in flight every 50 ms round, a 1 MB window, the RTT never above its minimum.
        auto wire = rounds(12, 0.05, 1 << 20, [](int) { return 31; }, [](int) { return 0.05; });
        const auto totals = wire.limits.totals(kC2s);
        QCOMPARE(totals.dominant(), LimitFactor::SendBuffer);
        QVERIFY2(totals.share(LimitFactor::SendBuffer) > 0.8, qPrintable(QString::number(totals.share(LimitFactor::SendBuffer))));
    }

    void growingFlightIsCongestionControl()
    {
        // Reno's congestion avoidance: one segment more each round.
        auto wire = rounds(12, 0.05, 1 << 20, [](int k) { return 20 + k; }, [](int) { return 0.05; });
        QCOMPARE(wire.limits.totals(kC2s).dominant(), LimitFactor::Congestion);
    }

    void flatFlightWithAGrowingQueueIsCongestion()
    {
        // The same flat flight, but the RTT doubles: a queue builds, a bottleneck sets the pace.
        auto wire = rounds(12, 0.05, 1 << 20, [](int) { return 31; }, [](int k) { return 0.05 * (1 + k / 6.0); });
        QCOMPARE(wire.limits.totals(kC2s).dominant(), LimitFactor::Congestion);
    }

    void flightAtTheAdvertisedWindowIsFlowControl()
    {
        auto wire = rounds(12, 0.05, 20 * kMss, [](int) { return 20; }, [](int) { return 0.05; });
        const auto totals = wire.limits.totals(kC2s);
        QCOMPARE(totals.dominant(), LimitFactor::ReceiverWindow);
        QVERIFY(totals.share(LimitFactor::ReceiverWindow) > 0.9);
        QVERIFY(dominantLimitSentence(totals, NarrationLanguage::English)
                    .starts_with("limited by the receiver's window "));
        QVERIFY(dominantLimitSentence(totals, NarrationLanguage::SimplifiedChinese).find("受接收窗口限制")
                != std::string::npos);
    }

    void pacedBurstsToTheWindowCountTheirSpreadAsCongestion()
    {
        // A paced sender (BBR): each 50 ms round, 20 segments 1.5 ms apart fill a 20-segment window.
        // Linux counts it busy while pacing spreads the burst and one spacing after it (30 ms), and
        // receiver-window-limited for the rest; the strip still names the rounds by the window.
        Wire wire;
        wire.handshake(0, 0.025, 0.05, 20 * kMss);
        std::uint32_t seq = 1;
        double t = 0.05;
        for (int k = 0; k < 12; ++k, t += 0.05) {
            for (std::uint32_t i = 0; i < 20; ++i, seq += kMss)
                wire.send(t + i * 0.0015, seq, kMss, static_cast<std::int64_t>((i + 1) * kMss));
            wire.ack(t + 0.05 - 1e-6, seq, 20 * kMss, 0.05);
        }
        for (const auto& segment : wire.limits.timeline(kC2s))
            QVERIFY(segment.factor == LimitFactor::Handshake || segment.factor == LimitFactor::ReceiverWindow);
        const auto totals = wire.limits.totals(kC2s);
        QCOMPARE(totals.dominant(), LimitFactor::Congestion);
        QVERIFY2(std::abs(totals.share(LimitFactor::ReceiverWindow) - 0.4) < 0.05,
                 qPrintable(QString::number(totals.share(LimitFactor::ReceiverWindow))));
    }

    void silenceBeforeARetransmissionIsATimeout()
    {
        Wire wire;
        wire.handshake(0, 0.005, 0.01);
        wire.send(0.01, 1, kMss, kMss);
        wire.send(0.01001, 1 + kMss, kMss, 2 * kMss);
        wire.ack(0.02, 1 + kMss, 1 << 20, 0.01);          // the second segment is lost
        wire.send(0.4, 1 + kMss, kMss, kMss, analysis::Retransmission); // RTO
        wire.ack(0.41, 1 + 2 * kMss, 1 << 20, 0.01);
        const auto totals = wire.limits.totals(kC2s);
        QCOMPARE(totals.dominant(), LimitFactor::RetransmissionTimeout);
        QVERIFY2(std::abs(totals.of(LimitFactor::RetransmissionTimeout) - 0.38999) < 0.005,
                 qPrintable(QString::number(totals.of(LimitFactor::RetransmissionTimeout))));
        QVERIFY(totals.of(LimitFactor::LossRecovery) > 0);
    }

    void longDrainedPauseIsIdleAndShortOneApplication()
    {
        Wire wire;
        wire.handshake(0, 0.005, 0.01);
        wire.send(0.01, 1, 500, 500);
        wire.ack(0.02, 501, 1 << 20, 0.01);
        wire.send(2.02, 501, 500, 500);     // 2 s later: idle
        wire.ack(2.03, 1001, 1 << 20, 0.01);
        wire.send(2.08, 1001, 500, 500);    // 50 ms later: the application's pace
        wire.ack(2.09, 1501, 1 << 20, 0.01);
        const auto totals = wire.limits.totals(kC2s);
        QCOMPARE(totals.dominant(), LimitFactor::Idle);
        QVERIFY(std::abs(totals.of(LimitFactor::Idle) - 2.0) < 0.001);
        QVERIFY(totals.of(LimitFactor::Application) > 0.05 - 0.001);
    }

    void captureNearTheReceiverIsUnknown()
    {
        // The SYN-ACK answers at once, the client's ACK comes 50 ms later: captured beside the server.
        Wire wire;
        wire.handshake(0, 0.0001, 0.0501);
        std::uint32_t seq = 1;
        for (int k = 0; k < 10; ++k) {
            const double t = 0.06 + k * 0.05;
            wire.send(t, seq, kMss, kMss);
            wire.send(t + 1e-5, seq + kMss, kMss, 2 * kMss);
            seq += 2 * kMss;
            wire.ack(t + 2e-4, seq, 1 << 20, 2e-4);
        }
        QVERIFY(wire.limits.receiverSide(kC2s));
        QVERIFY(!wire.limits.receiverSide(kS2c));
        const auto totals = wire.limits.totals(kC2s);
        QVERIFY2(totals.share(LimitFactor::Unknown) > 0.5 || totals.share(LimitFactor::Application) > 0.5,
                 qPrintable(QString::number(totals.share(LimitFactor::Unknown))));
        QCOMPARE(totals.of(LimitFactor::Congestion), 0.0);
        QCOMPARE(totals.of(LimitFactor::ReceiverWindow), 0.0);
    }

    void dataWithoutAnyAckIsUnknown()
    {
        // Only one direction captured (asymmetric routing): no window, no flight.
        Wire wire;
        std::uint32_t seq = 1;
        for (int i = 0; i < 200; ++i, seq += kMss)
            wire.send(i * 0.001, seq, kMss, -1);
        const auto totals = wire.limits.totals(kC2s);
        QCOMPARE(totals.dominant(), LimitFactor::Unknown);
        QVERIFY(wire.limits.timeline(kC2s).front().factor != LimitFactor::Handshake);
    }

    void jsonNamesTheFactorsWithTime()
    {
        const auto limits = fromFixture("zero-window.pcap");
        const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(limitsJson(limits, 0, NarrationLanguage::English)));
        QVERIFY(json.isObject());
        const auto directions = json["directions"].toArray();
        QCOMPARE(directions.size(), 1);
        const auto c2s = directions[0].toObject();
        QCOMPARE(c2s["direction"].toString(), QString("c2s"));
        QCOMPARE(c2s["totals"]["dominant"].toString(), QString("zero_window"));
        // Only the factors with time, each with its share of the transfer (the handshake has none).
        const auto seconds = c2s["totals"]["seconds"].toObject();
        const auto totals = limits.totals(Direction::ClientToServer);
        for (std::size_t i = 0; i < kLimitFactorCount; ++i) {
            const auto f = static_cast<LimitFactor>(i);
            const auto k = limitFactorKey(f);
            const auto key = QString::fromUtf8(k.data(), static_cast<qsizetype>(k.size()));
            QCOMPARE(seconds.contains(key), totals.of(f) > 0);
            if (totals.of(f) > 0) {
                QVERIFY(std::abs(seconds[key].toDouble() - totals.of(f)) < 1e-6);
                QCOMPARE(c2s["totals"]["share"].toObject().contains(key), f != LimitFactor::Handshake);
            }
        }
        QVERIFY(seconds.contains(QStringLiteral("zero_window")));
        QVERIFY(c2s["timeline"].toArray().size() > 3);
        const auto both = QJsonDocument::fromJson(QByteArray::fromStdString(limitDirectionsJson(limits, NarrationLanguage::English)));
        QVERIFY(both["s2c"].isNull());
        QCOMPARE(both["c2s"]["receiver_side"].toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestLimitingFactors)
#include "TestLimitingFactors.moc"
