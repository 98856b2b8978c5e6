// The rules of Wireshark 4.0's tcp_analyze_sequence_number() that public captures exercise and
// our Linux fixtures never did, each on a small crafted conversation: what tcplens says, and
// (when tshark is installed) that tshark 4.0 says the same, or, for the documented differences of
// docs/wireshark-differences.md, where it says otherwise.
#include "TestSupport.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens::test;

namespace {

constexpr std::uint16_t kFin = 0x001, kSyn = 0x002, kRst = 0x004, kPsh = 0x008, kAck = 0x010;

/// One frame of a conversation between 10.0.0.1:40000 (client) and 10.0.0.2:80, at `ms`.
struct Step {
    Step(double ms_, bool fromClient_, std::uint32_t seq_, std::uint32_t ack_, std::uint16_t flags_, int length_ = 0,
         std::uint16_t window_ = 8192, QByteArray options_ = {})
        : ms(ms_), fromClient(fromClient_), seq(seq_), ack(ack_), flags(flags_), length(length_), window(window_),
          options(std::move(options_))
    {
    }
    double ms;
    bool fromClient;
    std::uint32_t seq;
    std::uint32_t ack;
    std::uint16_t flags;
    int length;
    std::uint16_t window;
    QByteArray options;
};

QByteArray capture(const QList<Step>& steps)
{
    QList<PcapRecord> records;
    for (const auto& step : steps) {
        TcpFrameSpec spec;
        if (!step.fromClient) {
            std::swap(spec.src, spec.dst);
            std::swap(spec.srcPort, spec.dstPort);
        }
        spec.seq = step.seq;
        spec.ack = step.ack;
        spec.flags = step.flags;
        spec.window = step.window;
        spec.tcpOptions = step.options;
        spec.payload = QByteArray(step.length, 'x');
        const auto micros = static_cast<std::uint64_t>(step.ms * 1000.0 + 0.5);
        records << PcapRecord{tcpFrame(spec), {}, {}, static_cast<std::uint32_t>(1'700'000'000 + micros / 1'000'000),
                              static_cast<std::uint32_t>(micros % 1'000'000)};
    }
    return pcapFile(records);
}

struct Frames {
    QList<QJsonObject> ours;
    QList<QSet<QString>> tshark; ///< Empty when tshark is not installed.
    [[nodiscard]] QSet<QString> analysis(int frame) const
    {
        QSet<QString> names;
        for (const auto& name : ours[frame - 1].value("analysis").toArray())
            names.insert(name.toString());
        return names;
    }
};

const QStringList kFlags = {
    "retransmission", "fast_retransmission", "spurious_retransmission", "out_of_order", "lost_segment",
    "ack_lost_segment", "zero_window", "zero_window_probe", "zero_window_probe_ack", "window_full", "window_update",
    "keep_alive", "keep_alive_ack", "reused_ports",
};

} // namespace

class TestTcpAnalysisRules : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString tshark_;
    int files_ = 0;

    QString write(const QList<Step>& steps)
    {
        const QString path = dir_.filePath(QString("rule-%1.pcap").arg(++files_));
        return writeFile(path, capture(steps)) ? path : QString();
    }

    Frames analyse(const QList<Step>& steps)
    {
        Frames frames;
        const QString path = write(steps);
        const auto run = runCli({"packets", path, "--json"});
        if (!run.exitedWith(0))
            return frames;
        frames.ours = jsonLines(run.out);
        if (tshark_.isEmpty())
            return frames;
        QStringList args = {"-n", "-r", path, "-T", "fields", "-E", "separator=/t"};
        for (const auto& flag : kFlags)
            args << "-e" << "tcp.analysis." + flag;
        for (const auto& line : lines(runProcess(tshark_, args).out)) {
            const auto values = QString::fromUtf8(line).split('\t');
            QSet<QString> names;
            for (int i = 0; i < kFlags.size(); ++i)
                if (!values.value(i).isEmpty())
                    names.insert(kFlags[i]);
            frames.tshark << names;
        }
        return frames;
    }

    /// Our flags on `frame` (1-based) are `expected`, and tshark's are too when it is installed.
    static bool flagsAre(const Frames& frames, int frame, const QSet<QString>& expected, bool tsharkAgrees = true)
    {
        QSet<QString> ours = frames.analysis(frame);
        ours.remove("duplicate_ack"); // tshark has no per-frame field for it: compared by number
        if (ours != expected) {
            qWarning() << "frame" << frame << "ours" << ours << "expected" << expected;
            return false;
        }
        if (frames.tshark.isEmpty() || !tsharkAgrees)
            return true;
        if (frames.tshark.value(frame - 1) != expected) {
            qWarning() << "frame" << frame << "tshark" << frames.tshark.value(frame - 1) << "expected" << expected;
            return false;
        }
        return true;
    }

    static QList<Step> handshake(double ms = 0)
    {
        return {{ms, true, 1000, 0, kSyn}, {ms + 1, false, 5000, 1001, kSyn | kAck}, {ms + 2, true, 1001, 5001, kAck}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        tshark_ = findProgram("tshark");
    }

    // Data the receiver had already acknowledged: tshark 4.0 calls it both a spurious
    // retransmission and a retransmission, as it does a fast retransmission.
    void spuriousRetransmissionIsAlsoARetransmission()
    {
        auto steps = handshake();
        steps << Step{10, true, 1001, 5001, kAck | kPsh, 100} << Step{20, false, 5001, 1101, kAck}
              << Step{300, true, 1001, 5001, kAck | kPsh, 100};
        const auto frames = analyse(steps);
        QCOMPARE(frames.ours.size(), 6);
        QVERIFY(flagsAre(frames, 6, {"spurious_retransmission", "retransmission"}));
    }

    // The spurious test comes first: a segment resent within the out-of-order threshold after
    // it was acknowledged is spurious, not out of order.
    void spuriousIsCheckedBeforeOutOfOrder()
    {
        auto steps = handshake();
        steps << Step{10, true, 1001, 5001, kAck | kPsh, 100} << Step{10.5, true, 1101, 5001, kAck | kPsh, 100}
              << Step{11, false, 5001, 1101, kAck} << Step{11.5, true, 1001, 5001, kAck | kPsh, 100};
        const auto frames = analyse(steps);
        QCOMPARE(frames.ours.size(), 7);
        QVERIFY(flagsAre(frames, 7, {"spurious_retransmission", "retransmission"}));
    }

    // More than one byte starting one byte before the next expected sequence number adds new
    // data (after a one-byte probe, say): it is no retransmission.
    void segmentLongerThanOneByteAtNextSeqMinusOneIsNotARetransmission()
    {
        auto steps = handshake();
        steps << Step{10, true, 1001, 5001, kAck | kPsh, 100} << Step{500, true, 1100, 5001, kAck | kPsh, 50};
        const auto frames = analyse(steps);
        QCOMPARE(frames.ours.size(), 5);
        QVERIFY(flagsAre(frames, 5, {}));
        QCOMPARE(frames.ours[4].value("bytes_in_flight").toInt(), 149); // 1001..1150, both unacknowledged
    }

    // An ACK for data the capture never showed is reported once per hole: neither the duplicate
    // ACKs, the data repeating it nor a further ACK report it again until the other side has sent
    // more; then an ACK beyond that is a new report.
    void ackedUnseenSegmentIsReportedOncePerHole()
    {
        auto steps = handshake();
        steps << Step{10, false, 5001, 1001, kAck | kPsh, 100} << Step{20, true, 1001, 5201, kAck}
              << Step{30, true, 1001, 5201, kAck} << Step{40, true, 1001, 5201, kAck | kPsh, 10}
              << Step{50, true, 1011, 5301, kAck} << Step{60, false, 5301, 1011, kAck | kPsh, 100}
              << Step{70, true, 1011, 5501, kAck};
        const auto frames = analyse(steps);
        QCOMPARE(frames.ours.size(), 10);
        QVERIFY(flagsAre(frames, 5, {"ack_lost_segment"}));
        QVERIFY(flagsAre(frames, 6, {}));
        QCOMPARE(frames.ours[5].value("dup_ack_num").toInt(), 1);
        QVERIFY(flagsAre(frames, 7, {}));
        QVERIFY(flagsAre(frames, 8, {}));
        QVERIFY(flagsAre(frames, 9, {"lost_segment"}));
        QVERIFY(flagsAre(frames, 10, {"ack_lost_segment"}));
    }

    // A zero window probe is answered by an ACK that repeats the acknowledgement (the probe's
    // byte refused) with the window still closed; an ACK that takes the byte (ack + 1) is no
    // probe ACK for tshark 4.0 but an ACK for an unseen segment, since the probe did not move
    // the sequence number on.
    void zeroWindowProbeAckRepeatsTheAcknowledgement()
    {
        auto steps = handshake();
        steps << Step{10, true, 1001, 5001, kAck | kPsh, 100} << Step{20, false, 5001, 1101, kAck, 0, 0}
              << Step{500, true, 1101, 5001, kAck, 1} << Step{510, false, 5001, 1101, kAck, 0, 0}
              << Step{1500, true, 1101, 5001, kAck, 1} << Step{1510, false, 5001, 1102, kAck, 0, 0};
        const auto frames = analyse(steps);
        QCOMPARE(frames.ours.size(), 9);
        QVERIFY(flagsAre(frames, 5, {"zero_window"}));
        QVERIFY(flagsAre(frames, 6, {"zero_window_probe"}));
        QVERIFY(flagsAre(frames, 7, {"zero_window_probe_ack", "zero_window"}));
        QVERIFY(flagsAre(frames, 8, {"zero_window_probe"}));
        QVERIFY(flagsAre(frames, 9, {"zero_window", "ack_lost_segment"}));
    }

    // A capture that starts mid-stream and sees one direction only still has bytes in flight
    // from its first data segment.
    void bytesInFlightIsKnownFromTheFirstPacket()
    {
        const auto frames = analyse({{0, true, 70000, 9000, kAck | kPsh, 1000}, {1, true, 71000, 9000, kAck, 1000}});
        QCOMPARE(frames.ours.size(), 2);
        QCOMPARE(frames.ours[0].value("bytes_in_flight").toInt(), 1000);
        QCOMPARE(frames.ours[1].value("bytes_in_flight").toInt(), 2000);
    }

    // The handshake-completing ACK is analysed before it sets the initial RTT: here it resends
    // the SYN's Fast Open data 2 ms after the SYN, out of order under the default 3 ms threshold
    // (with the 2 ms iRTT already set it would be a retransmission).
    void initialRttIsSetAfterTheHandshakeAckIsAnalysed()
    {
        const auto frames = analyse({{0, true, 1000, 0, kSyn, 10},
                                     {1, false, 5000, 1001, kSyn | kAck},
                                     {2, true, 1001, 5001, kAck | kPsh, 5}});
        QCOMPARE(frames.ours.size(), 3);
        QVERIFY(flagsAre(frames, 3, {"out_of_order"}));
        QCOMPARE(frames.ours[2].value("irtt").toDouble(), 0.002);
    }

    // A SYN retried with the same ISN after a RST that carried a sequence number far ahead: the
    // retried SYN is a retransmission, the data after the new handshake is not.
    void retriedSynAfterAFarAheadRstExpectsTheContiguousSequence()
    {
        const auto frames = analyse({{0, true, 1000, 0, kSyn},
                                     {10, false, 5000, 1001, kSyn | kAck},
                                     {20, true, 900000, 0, kRst},
                                     {1000, true, 1000, 0, kSyn},
                                     {1010, false, 5000, 1001, kSyn | kAck},
                                     {1020, true, 1001, 5001, kAck},
                                     {1030, true, 1001, 5001, kAck | kPsh, 100}});
        QCOMPARE(frames.ours.size(), 7);
        QVERIFY(flagsAre(frames, 4, {"retransmission"}));
        QVERIFY(flagsAre(frames, 7, {}));
        QCOMPARE(frames.ours[6].value("stream").toInt(), 0);
    }

    // A SYN-ACK with another ISN on a known 4-tuple: relative numbers count from the new ISN.
    void synAckWithAnotherIsnRebasesTheRelativeNumbers()
    {
        const auto frames = analyse({{0, true, 1000, 0, kSyn},
                                     {10, false, 5000, 1001, kSyn | kAck},
                                     {20, true, 1001, 0, kRst},
                                     {1000, false, 77000, 1001, kSyn | kAck},
                                     {1010, true, 1001, 77001, kAck},
                                     {1020, false, 77001, 1001, kAck | kPsh, 50}});
        QCOMPARE(frames.ours.size(), 6);
        QCOMPARE(frames.ours[3].value("seq").toInt(), 0);
        QVERIFY(frames.analysis(4).contains("reused_ports"));
        QCOMPARE(frames.ours[4].value("ack").toInt(), 1);
        QCOMPARE(frames.ours[5].value("seq").toInt(), 1);
        QCOMPARE(frames.ours[5].value("stream").toInt(), 0);
    }

    // Only the SYN was captured and it offered a shift: that side's windows are scaled by it;
    // the other side's scale stays unknown (its raw window). tshark does the same.
    void windowScaleOfTheOnlySynSeenApplies()
    {
        const auto frames = analyse({{0, true, 1000, 0, kSyn, 0, 64240, wscaleOption(7) + QByteArray(1, '\1')},
                                     {20, true, 1001, 5001, kAck, 0, 502},
                                     {30, false, 5001, 1001, kAck, 0, 1000}});
        QCOMPARE(frames.ours.size(), 3);
        QCOMPARE(frames.ours[1].value("win_calculated").toInt(), 502 << 7);
        QCOMPARE(frames.ours[2].value("win_calculated").toInt(), 1000);
    }

    // RFC 7323 2.2: a SYN without the option turns scaling off for both sides.
    void windowScaleIsOffWhenOneSynLacksTheOption()
    {
        const auto frames = analyse({{0, true, 1000, 0, kSyn, 0, 64240, wscaleOption(7) + QByteArray(1, '\1')},
                                     {1, false, 5000, 1001, kSyn | kAck, 0, 65535},
                                     {2, true, 1001, 5001, kAck, 0, 502},
                                     {3, false, 5001, 1001, kAck, 0, 1000}});
        QCOMPARE(frames.ours.size(), 4);
        QCOMPARE(frames.ours[2].value("win_calculated").toInt(), 502);
        QCOMPARE(frames.ours[3].value("win_calculated").toInt(), 1000);
    }

    // Wireshark 4.0 subtracts only the first three blocks of a SACK option from the bytes in
    // flight (dissect_tcpopt_sack keeps three); a fourth SACKed block still counts as in flight.
    void bytesInFlightSubtractsThreeSackBlocks()
    {
        QByteArray sack("\x01\x01\x05\x22", 4);
        for (const std::uint32_t left : {1101U, 1301U, 1501U, 1701U}) {
            appendU32(sack, left, ByteOrder::Big);
            appendU32(sack, left + 100, ByteOrder::Big);
        }
        QList<Step> steps = handshake();
        for (int i = 0; i < 9; ++i)
            steps << Step(10 + i, true, 1001 + 100 * i, 5001, kAck, 100);
        steps << Step(30, false, 5001, 1001, kAck, 0, 8192, sack) << Step(31, true, 1901, 5001, kAck, 100);
        const QString path = write(steps);
        const auto run = runCli({"packets", path, "--json"});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const auto ours = jsonLines(run.out);
        QCOMPARE(ours.size(), 14);
        // 1001..2001 unacknowledged, 300 of it in the first three blocks.
        QCOMPARE(ours[13].value("bytes_in_flight").toInt(), 700);
        if (tshark_.isEmpty())
            QSKIP("tshark not installed: checked against tcplens's rule only");
        const auto fields = lines(runProcess(tshark_, {"-n", "-r", path, "-T", "fields", "-e",
                                                       "tcp.analysis.bytes_in_flight"}).out);
        QCOMPARE(fields.size(), 14);
        QCOMPARE(fields[13], QByteArray("700"));
    }

    // A connection refused with a RST,ACK of sequence number 0 (the reply to a SYN, RFC 9293
    // 3.10.7.1), then tried again on the same ports: the RST started no sequence space, so the
    // server's SYN-ACK (an ISN "before" 0 modulo 2^32) is no retransmission, its data is new and
    // its repeated ACK a duplicate, as tshark says.
    void resetWithSequenceZeroStartsNoSequenceSpace()
    {
        const std::uint32_t isn = 0x90000000U;
        const auto frames = analyse({{0, true, 1000, 0, kSyn},
                                     {1, false, 0, 1001, kRst | kAck, 0, 0},
                                     {500, true, 1000, 0, kSyn},
                                     {501, false, isn, 1001, kSyn | kAck},
                                     {502, true, 1001, isn + 1, kAck},
                                     {503, false, isn + 1, 1001, kAck | kPsh, 50},
                                     {504, true, 1001, isn + 51, kAck},
                                     {505, false, isn + 51, 1001, kAck},
                                     {506, false, isn + 51, 1001, kAck}});
        QCOMPARE(frames.ours.size(), 9);
        QVERIFY(flagsAre(frames, 3, {"retransmission"}));
        QVERIFY(flagsAre(frames, 4, {"reused_ports"}));
        QVERIFY(flagsAre(frames, 6, {}));
        QCOMPARE(frames.ours[7].value("dup_ack_num").toInt(), 1);
        QCOMPARE(frames.ours[8].value("dup_ack_num").toInt(), 2);
    }

    // A conversation whose timestamps go backwards lasts from its earliest to its latest packet,
    // as tshark's conversation table says.
    void conversationDurationSpansEarliestToLatestTimestamp()
    {
        const QString path = write({{1000, true, 1000, 0, kSyn},
                                    {3000, false, 5000, 1001, kSyn | kAck},
                                    {0, true, 1001, 5001, kAck},
                                    {2000, true, 1001, 5001, kAck | kPsh, 10}});
        const auto run = runCli({"conversations", path, "--json"});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const auto conversations = jsonLines(run.out);
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations[0].value("duration").toDouble(), 3.0);
        QCOMPARE(conversations[0].value("start").toString(), QString("1700000000.000000000"));
    }

    // The ISN-near-2^32 form of the spurious rule (STYLE.md habit 4).
    void spuriousRetransmissionAcrossTheWrap()
    {
        const std::uint32_t isn = 0xffffffc0U;
        const auto frames = analyse({{0, true, isn, 0, kSyn},
                                     {1, false, 5000, isn + 1, kSyn | kAck},
                                     {2, true, isn + 1, 5001, kAck},
                                     {10, true, isn + 1, 5001, kAck | kPsh, 100},
                                     {20, false, 5001, isn + 101, kAck},
                                     {300, true, isn + 1, 5001, kAck | kPsh, 100},
                                     {310, true, isn + 101, 5001, kAck | kFin}});
        QCOMPARE(frames.ours.size(), 7);
        QVERIFY(flagsAre(frames, 6, {"spurious_retransmission", "retransmission"}));
        QVERIFY(flagsAre(frames, 7, {}));
    }
};

QTEST_GUILESS_MAIN(TestTcpAnalysisRules)
#include "TestTcpAnalysisRules.moc"
