// IPv4/IPv6 fragment reassembly: the last fragment carries the datagram's TCP, the fragments keep
// their own rows; overlaps, timeouts and memory bounds as docs/ip-reassembly.md says.
#include "TestSupport.h"

#include <capture/LoadedCapture.h>
#include <capture/StoredPacket.h>
#include <series/SeriesFromCapture.h>
#include <series/SeriesFromStore.h>
#include <decode/ReassemblingDecoder.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

constexpr qsizetype kIpAt = 14;

/// The IP payload (TCP segment) of an unfragmented Ethernet + IPv4 frame made by tcpFrame().
QByteArray segmentOf(const QByteArray& frame) { return frame.mid(kIpAt + 20); }

/// One IPv4 fragment of `segment`: bytes [offset, offset + length), MF unless it reaches the end.
QByteArray fragment(const QByteArray& segment, int offset, int length, std::uint16_t id = 0x4242,
                    bool badChecksum = false)
{
    const QByteArray part = segment.mid(offset, length);
    QByteArray frame = QByteArray::fromHex("020000000002020000000001") + QByteArray::fromHex("0800");
    QByteArray ip(20, '\0');
    ip[0] = 0x45;
    putBe16(ip, 2, static_cast<std::uint16_t>(20 + part.size()));
    putBe16(ip, 4, id);
    const bool more = offset + part.size() < segment.size();
    putBe16(ip, 6, static_cast<std::uint16_t>((more ? 0x2000 : 0) | (offset / 8)));
    ip[8] = 64;
    ip[9] = 6;
    ip.replace(12, 8, QByteArray::fromHex("0a0000010a000002"));
    putBe16(ip, 10, static_cast<std::uint16_t>(internetChecksum(ip) ^ (badChecksum ? 0x5a5a : 0)));
    return frame + ip + part;
}

QByteArray dataSegment(int payloadBytes, std::uint32_t seq = 1001)
{
    TcpFrameSpec spec;
    spec.seq = seq;
    spec.ack = 5001;
    spec.flags = tcpflag::Psh | tcpflag::Ack;
    spec.dontFragment = false;
    spec.tcpOptions = QByteArray::fromHex("0101") + timestampOption(7, 9);
    QByteArray payload(payloadBytes, '\0');
    for (int i = 0; i < payloadBytes; ++i)
        payload[i] = static_cast<char>(i * 7);
    spec.payload = payload;
    return segmentOf(tcpFrame(spec));
}

Bytes view(const QByteArray& bytes) { return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())}; }

struct Fed {
    DecodedPacket packet;
    std::vector<FragmentRef> fragments;
    bool overlap = false;
    bool conflict = false;
    std::vector<std::uint8_t> bytes;
};

/// Feeds `frames` (`stepNs` apart) and returns each frame's decode.
QList<Fed> feed(ReassemblingDecoder& decoder, const QList<QByteArray>& frames, std::int64_t startNs = 0,
                std::int64_t stepNs = 1'000'000)
{
    QList<Fed> out;
    std::uint32_t number = 0;
    for (const auto& frame : frames) {
        ++number;
        const auto decoded = decoder.decode(number, startNs + number * stepNs, view(frame),
                                            static_cast<std::uint32_t>(frame.size()), 1);
        Fed fed{decoded.packet, {}, false, false, {decoded.bytes.begin(), decoded.bytes.end()}};
        if (decoded.datagram) {
            fed.fragments = decoded.datagram->fragments;
            fed.overlap = decoded.datagram->overlap;
            fed.conflict = decoded.datagram->overlapConflict;
        }
        out << fed;
    }
    return out;
}

QList<std::uint32_t> framesOf(const std::vector<FragmentRef>& fragments)
{
    QList<std::uint32_t> frames;
    for (const auto& f : fragments)
        frames << f.frame;
    return frames;
}

} // namespace

class TestIpReassembly : public QObject {
    Q_OBJECT

private slots:
    void lastFragmentCarriesTheDatagramsTcp()
    {
        const auto segment = dataSegment(3000); // 20 + 12 option bytes + 3000
        ReassemblingDecoder decoder;
        const auto fed = feed(decoder, {fragment(segment, 0, 1480), fragment(segment, 1480, 1480),
                                        fragment(segment, 2960, static_cast<int>(segment.size()) - 2960)});
        // Wireshark shows the first fragment as data: its TCP header belongs to the datagram.
        QVERIFY(!fed[0].packet.tcp.present);
        QVERIFY(fed[0].packet.network.isFragment);
        QVERIFY(!fed[1].packet.tcp.present);
        const auto& last = fed[2].packet;
        QVERIFY(last.tcp.present && last.tcp.complete);
        QVERIFY(last.network.reassembled);
        QCOMPARE(last.tcp.seq, 1001u);
        QCOMPARE(last.tcp.payloadLength, 3000u);
        QCOMPARE(last.tcp.payloadCaptured, 3000u);
        QVERIFY(last.tcp.options.hasTimestamps);
        QCOMPARE(last.tcp.options.tsval, 7u);
        QCOMPARE(last.tcp.checksum, ChecksumStatus::Good); // verified over the whole datagram
        QCOMPARE(framesOf(fed[2].fragments), (QList<std::uint32_t>{1, 2, 3}));
        // The TCP header sits after the frame's own bytes, in the reassembled payload.
        QCOMPARE(last.tcp.offset, last.capturedLength);
        QCOMPARE(fed[2].bytes.size(), std::size_t{last.capturedLength} + segment.size());
        // The last fragment keeps its own IP header.
        QCOMPARE(last.network.fragmentOffset, 2960);
        QCOMPARE(last.network.totalLength, 20u + static_cast<std::uint32_t>(segment.size()) - 2960);
    }

    void outOfOrderFragmentsCompleteOnTheOneThatFillsTheLastHole()
    {
        const auto segment = dataSegment(3000);
        ReassemblingDecoder decoder;
        const auto fed = feed(decoder, {fragment(segment, 2960, 1000), fragment(segment, 0, 1480),
                                        fragment(segment, 1480, 1480)});
        QVERIFY(!fed[0].packet.tcp.present);
        QVERIFY(!fed[1].packet.tcp.present); // offset 0, but the datagram is not whole yet
        QVERIFY(fed[2].packet.tcp.present);
        QCOMPARE(fed[2].packet.tcp.payloadLength, 3000u);
        QCOMPARE(framesOf(fed[2].fragments), (QList<std::uint32_t>{2, 3, 1})); // in offset order
    }

    void duplicateFragmentIsAnOverlapWithoutConflict()
    {
        const auto segment = dataSegment(3000);
        ReassemblingDecoder decoder;
        const auto fed = feed(decoder, {fragment(segment, 0, 1480), fragment(segment, 1480, 1480),
                                        fragment(segment, 1480, 1480), fragment(segment, 2960, 1000)});
        QVERIFY(!fed[2].packet.tcp.present);
        QVERIFY(fed[3].packet.tcp.present);
        QVERIFY(fed[3].overlap);
        QVERIFY(!fed[3].conflict);
        QCOMPARE(fed[3].fragments.size(), std::size_t{4});
        QCOMPARE(fed[3].packet.tcp.checksum, ChecksumStatus::Good);
    }

    void conflictingOverlapKeepsTheBytesSeenFirst()
    {
        const auto segment = dataSegment(3000);
        QByteArray altered = segment;
        for (int i = 1600; i < 1700; ++i)
            altered[i] = static_cast<char>(~altered[i]);
        ReassemblingDecoder decoder;
        const auto fed = feed(decoder, {fragment(segment, 0, 1480), fragment(segment, 1480, 1480),
                                        fragment(altered, 1520, 1440), fragment(segment, 2960, 1000)});
        QVERIFY(fed[3].overlap);
        QVERIFY(fed[3].conflict);
        QCOMPARE(fed[3].packet.tcp.checksum, ChecksumStatus::Good); // the altered bytes lost
    }

    void missingFragmentLeavesEveryRowWithoutTcp()
    {
        const auto segment = dataSegment(3000);
        ReassemblingDecoder decoder;
        const auto fed = feed(decoder, {fragment(segment, 0, 1480), fragment(segment, 2960, 1000)});
        QVERIFY(!fed[0].packet.tcp.present);
        QVERIFY(!fed[1].packet.tcp.present);
        QCOMPARE(decoder.reassembler().pendingDatagrams(), std::size_t{1});
    }

    void badHeaderChecksumKeepsTheFragmentOutOfReassembly()
    {
        // As tshark with ip.check_checksum on: the fragment is shown alone, its own TCP header decoded.
        const auto segment = dataSegment(3000);
        ReassemblingDecoder decoder;
        const auto fed = feed(decoder, {fragment(segment, 0, 1480, 0x4242, true), fragment(segment, 1480, 1480),
                                        fragment(segment, 2960, 1000)});
        QVERIFY(fed[0].packet.tcp.present);
        QCOMPARE(fed[0].packet.tcp.checksum, ChecksumStatus::Unverified);
        QVERIFY(!fed[2].packet.tcp.present);
        QVERIFY(!fed[2].packet.network.reassembled);
    }

    void identificationReusedAfterCompletionStartsANewDatagram()
    {
        const auto first = dataSegment(2000, 1001);
        const auto second = dataSegment(2000, 3001);
        ReassemblingDecoder decoder;
        const auto fed = feed(decoder, {fragment(first, 0, 1480), fragment(first, 1480, 1000),
                                        fragment(second, 0, 1480), fragment(second, 1480, 1000)});
        QCOMPARE(fed[1].packet.tcp.seq, 1001u);
        QCOMPARE(fed[3].packet.tcp.seq, 3001u);
        QCOMPARE(framesOf(fed[3].fragments), (QList<std::uint32_t>{3, 4}));
    }

    void incompleteDatagramIsDroppedAfterTheTimeout()
    {
        const auto segment = dataSegment(3000);
        ReassemblingDecoder decoder;
        const std::int64_t second = 1'000'000'000;
        // The last two fragments come 61 s after the first: it was given up, they wait alone.
        const auto fed = feed(decoder, {fragment(segment, 0, 1480), fragment(segment, 1480, 1480),
                                        fragment(segment, 2960, 1000)},
                              0, 61 * second);
        QCOMPARE(decoder.reassembler().dropped(), std::uint64_t{2});
        QVERIFY(!fed[2].packet.tcp.present);
        QCOMPARE(decoder.reassembler().pendingDatagrams(), std::size_t{1});
    }

    void clockSteppingBackNeitherKeepsNorDropsAnotherDatagram()
    {
        // Frame 1 is a fragment of another datagram stamped 100 s; frames 2 and 3 carry one segment,
        // the second fragment `gap` seconds after the first. The segment's datagram completes
        // within 60 s and is given up after, whether or not frame 1 is fed: a stored packet is
        // decoded again from its own fragments alone and must come out as in the loading pass.
        const auto segment = dataSegment(2000);
        const auto other = fragment(dataSegment(2000, 9001), 0, 1480, 0x1111);
        const std::int64_t second = 1'000'000'000;
        for (const std::int64_t gap : {50, 61}) {
            for (const bool withOther : {true, false}) {
                const QList<std::pair<QByteArray, std::int64_t>> frames{
                    {other, 100 * second}, {fragment(segment, 0, 1480), 0}, {fragment(segment, 1480, 1000), gap * second}};
                ReassemblingDecoder decoder;
                DecodedFrame last;
                for (int i = withOther ? 0 : 1; i < frames.size(); ++i)
                    last = decoder.decode(i + 1, frames[i].second, view(frames[i].first),
                                          static_cast<std::uint32_t>(frames[i].first.size()), 1);
                QCOMPARE(last.packet.tcp.present, gap < 60);
            }
        }
    }

    void storedPacketsRebuildEveryDatagramOfAClockThatStepsBack()
    {
        // The fuzzer's finding: the loading pass completed a datagram that the charts (and the
        // packet details) could not rebuild from its fragments, so a stream had no chart.
        const auto segment = dataSegment(2000);
        for (const std::uint32_t gap : {50U, 70U}) {
            const QList<PcapRecord> records{
                {fragment(dataSegment(2000, 9001), 0, 1480, 0x1111), {}, {}, 1'700'000'100, 0},
                {fragment(segment, 0, 1480), {}, {}, 1'700'000'000, 0},
                {fragment(segment, 1480, 1000), {}, {}, 1'700'000'000 + gap, 0}};
            QTemporaryDir dir;
            const auto path = dir.filePath("stepping-clock.pcap");
            QVERIFY(writeFile(path, pcapFile(records)));
            const auto loaded = loadCapture(path.toStdString());
            QCOMPARE(loaded.conversations.size(), std::size_t{gap < 60 ? 1U : 0U});
            const auto stored = decodeStoredPacket(loaded.packets, 2);
            QCOMPARE(stored.packet.tcp.present, gap < 60);
            for (std::uint32_t s = 0; s < loaded.conversations.size(); ++s) {
                const auto fromStore = buildSeries(snapshotStream(loaded.packets, loaded.analyses, s));
                const auto fromFile = seriesFromCapture(path.toStdString(), s);
                QVERIFY(!fromFile.empty());
                QVERIFY(!fromStore.empty());
                QCOMPARE(fromStore.payloadBytes(Direction::ClientToServer), std::uint64_t{2000});
            }
        }
    }

    void pendingFragmentBytesStayWithinTheBound()
    {
        const auto segment = dataSegment(3000);
        ReassemblyLimits limits;
        limits.maxPendingBytes = 10'000;
        IpReassembler reassembler(limits);
        for (std::uint16_t id = 0; id < 50; ++id) {
            const auto frame = fragment(segment, 0, 1480, id);
            const auto packet = decodePacket(view(frame), static_cast<std::uint32_t>(frame.size()), 1);
            QVERIFY(reassembler.add(id + 1U, id, packet, view(frame)) == nullptr);
            QVERIFY(reassembler.pendingBytes() <= limits.maxPendingBytes);
        }
        QCOMPARE(reassembler.pendingDatagrams(), std::size_t{6});
        QCOMPARE(reassembler.dropped(), std::uint64_t{44});
    }

    void detailSpansListTheFragmentsAndTheReassembledTcp()
    {
        const auto segment = dataSegment(3000);
        const QList<QByteArray> frames = {fragment(segment, 0, 1480), fragment(segment, 1480, 1480),
                                          fragment(segment, 2960, 1000)};
        ReassemblingDecoder decoder;
        FieldSpans spans;
        for (int i = 0; i < frames.size(); ++i) {
            spans.clear();
            (void)decoder.decode(static_cast<std::uint32_t>(i + 1), i, view(frames[i]),
                                 static_cast<std::uint32_t>(frames[i].size()), 1, &spans);
        }
        const auto find = [&](const std::string& id) -> const FieldSpan* {
            for (const auto& span : spans)
                if (span.id == id)
                    return &span;
            return nullptr;
        };
        const auto* fragments = find("ip.fragments");
        QVERIFY(fragments);
        QCOMPARE(QString::fromStdString(fragments->text), QString("[3 IPv4 Fragments (3032 bytes): #1(1480), #2(1480), #3(72)]"));
        QCOMPARE(fragments->byteOffset, static_cast<std::uint32_t>(frames[2].size()));
        const auto* srcPort = find("tcp.srcport");
        QVERIFY(srcPort);
        QCOMPARE(srcPort->byteOffset, static_cast<std::uint32_t>(frames[2].size()));
        QVERIFY(find("ip.frag_offset")); // the last fragment's own header is still there
    }

    void fixtureAgreesWithTsharkOnStreamsAndSegmentLengths()
    {
        // ip-fragments.pcap (make-ip-fragments.py): every datagram tshark reassembles, we do too.
        const auto loaded = loadCapture(fixturePath("ip-fragments.pcap").toStdString());
        QVERIFY(loaded.error.empty());
        QCOMPARE(loaded.packets.size(), std::size_t{35});
        QList<int> tcpFrames;
        for (PacketNumber n = 0; n < loaded.packets.size(); ++n)
            if (loaded.analyses[n].isTcp())
                tcpFrames << static_cast<int>(n + 1);
        // tshark -Y tcp: the unfragmented segments and the fragment that completed each datagram.
        QCOMPARE(tcpFrames, (QList<int>{1, 2, 3, 6, 7, 10, 14, 18, 19, 24, 25, 26, 27, 28, 31, 32, 35}));
        QCOMPARE(loaded.conversations.size(), std::size_t{2});
    }

    void badChecksumFragmentsShowWhatTsharkShows()
    {
        // tshark with ip.check_checksum on (our oracles' setting): the first fragment, bad checksum,
        // shows its own TCP header without a segment length; the datagram is never reassembled.
        const auto tshark = findProgram("tshark");
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        const auto segment = dataSegment(3000);
        QTemporaryDir dir;
        const auto path = dir.filePath("bad-checksum-fragment.pcap");
        QVERIFY(writeFile(path, pcapOfFrames({fragment(segment, 0, 1480, 7, true), fragment(segment, 1480, 1480, 7),
                                              fragment(segment, 2960, 1000, 7), fragment(segment, 0, 1480, 8),
                                              fragment(segment, 1480, 1552, 8)})));
        const auto theirs = runProcess(tshark, {"-n", "-r", path, "-o", "ip.check_checksum:TRUE", "-T", "fields",
                                                "-e", "tcp.srcport", "-e", "tcp.len", "-e", "tcp.seq_raw"});
        QVERIFY(theirs.exitedWith(0));
        const auto run = runCli({"packets", path, "--json"});
        QVERIFY(run.exitedWith(0));
        const auto ours = jsonLines(run.out);
        const auto theirLines = lines(theirs.out);
        QCOMPARE(ours.size(), theirLines.size());
        for (int i = 0; i < ours.size(); ++i) {
            const auto fields = QString::fromUtf8(theirLines[i]).split('\t');
            const bool theyHaveTcp = !fields.value(0).isEmpty();
            QVERIFY2(theyHaveTcp == ours[i].contains("sport"), qPrintable("frame " + QString::number(i + 1)));
            if (!theyHaveTcp)
                continue;
            QCOMPARE(QString::number(ours[i].value("seq_raw").toInteger()), fields.value(2));
            // tshark has a length only for a whole segment: the reassembled one.
            QCOMPARE(ours[i].contains("reassembled"), !fields.value(1).isEmpty());
        }
        QCOMPARE(ours[0].value("ip_checksum").toString(), QString("bad"));
        QVERIFY(ours[4].contains("reassembled"));
    }

    void storedPacketIsDecodedAgainAsTheLoadingPassDecodedIt()
    {
        // What the GUI's detail tree, hex view, flow graph and charts do with a selected packet.
        const auto loaded = loadCapture(fixturePath("ip-fragments.pcap").toStdString());
        QCOMPARE(loaded.packets.reassembly().datagrams(), std::size_t{7});
        const auto first = decodeStoredPacket(loaded.packets, 3); // frame 4: first fragment
        QVERIFY(!first.packet.tcp.present);
        QVERIFY(first.reassembled.empty());
        FieldSpans spans;
        const auto last = decodeStoredPacket(loaded.packets, 5, &spans); // frame 6 completes frames 4-6
        QVERIFY(last.packet.tcp.present);
        QCOMPARE(last.packet.tcp.payloadLength, 3072u);
        QCOMPARE(last.packet.tcp.checksum, ChecksumStatus::Good);
        QCOMPARE(last.bytes().size(), last.frame.size() + 3104);
        QVERIFY(std::any_of(spans.begin(), spans.end(), [](const FieldSpan& s) { return s.id == "ip.fragments"; }));
        // Frame 10 completes out-of-order fragments 8 and 9 that come before it.
        const auto outOfOrder = decodeStoredPacket(loaded.packets, 9);
        QCOMPARE(outOfOrder.packet.tcp.seq, 4073u);
    }

    void storedFragmentsSayWhichFrameReassembledThem()
    {
        // tshark's two-pass ip.reassembled_in: every fragment but the completing one names it.
        const auto path = fixturePath("ip-fragments.pcap");
        const auto loaded = loadCapture(path.toStdString());
        QList<std::uint32_t> ours;
        for (PacketNumber n = 0; n < loaded.packets.size(); ++n)
            ours << decodeStoredPacket(loaded.packets, n).reassembledIn;
        QCOMPARE(ours.mid(3, 3), (QList<std::uint32_t>{6, 6, 0}));
        FieldSpans spans;
        (void)decodeStoredPacket(loaded.packets, 4, &spans);
        const auto in = std::find_if(spans.begin(), spans.end(), [](const FieldSpan& s) { return s.id == "ip.reassembled_in"; });
        QVERIFY(in != spans.end());
        QCOMPARE(QString::fromStdString(in->text), QString("[Reassembled IPv4 in frame: 6]"));
        QCOMPARE(in->depth, std::uint8_t{1});
        QVERIFY(std::none_of(in + 1, spans.end(), [](const FieldSpan& s) { return s.id.rfind("ip.", 0) == 0; }));
        ReassemblyIndex copy;
        copy.append(loaded.packets.reassembly());
        QCOMPARE(copy.completingFrame(4), 6u);
        const auto tshark = findProgram("tshark");
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        const auto run = runProcess(tshark, {"-2", "-n", "-r", path, "-T", "fields", "-e", "ip.reassembled_in", "-e",
                                             "ipv6.reassembled.in"});
        QVERIFY(run.exitedWith(0));
        QList<std::uint32_t> theirs;
        for (const auto& line : lines(run.out)) {
            const auto fields = line.split('\t');
            theirs << std::max(fields.value(0).toUInt(), fields.value(1).toUInt());
        }
        QCOMPARE(ours, theirs);
    }

    void chartsOfAStoredCaptureCountTheReassembledSegments()
    {
        const auto path = fixturePath("ip-fragments.pcap").toStdString();
        const auto loaded = loadCapture(path);
        const auto fromStore = buildSeries(snapshotStream(loaded.packets, loaded.analyses, 0));
        const auto fromFile = seriesFromCapture(path, 0);
        const auto c2s = Direction::ClientToServer;
        QCOMPARE(fromFile.payloadBytes(c2s), std::uint64_t{5 * 3072}); // five reassembled segments
        QCOMPARE(fromStore.payloadBytes(c2s), fromFile.payloadBytes(c2s));
        QCOMPARE(fromStore.highestSeq(c2s), fromFile.highestSeq(c2s));
        QCOMPARE(fromStore.timeSequence(c2s).segments.size(), fromFile.timeSequence(c2s).segments.size());
    }
};

QTEST_MAIN(TestIpReassembly)
#include "TestIpReassembly.moc"
