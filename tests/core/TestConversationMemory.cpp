// What a conversation costs (issue 13: a port scan's million SYNs), and that keeping it small
// changes no answer: a conversation's first packet, replayed when the second arrives, leaves the
// analysis as if its state had been kept all along; Zeek's history survives any length.
#include <decode/PacketDecoder.h>
#include <tcp/ConversationTracker.h>
#include <tcp/HistoryText.h>

#include <QtTest>

#include <string>
#include <vector>

using namespace tcplens;

namespace {

struct Segment {
    bool fromClient = true;
    std::uint16_t flags = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint16_t window = 0;
    std::vector<std::uint8_t> options; ///< Padded to 4 bytes by the caller.
    std::uint32_t payload = 0;
    bool badChecksum = false;
};

void put16(std::vector<std::uint8_t>& b, std::size_t at, std::uint32_t v)
{
    b[at] = static_cast<std::uint8_t>(v >> 8);
    b[at + 1] = static_cast<std::uint8_t>(v);
}

std::uint16_t checksum(const std::vector<std::uint8_t>& bytes, std::size_t from, std::size_t to, std::uint32_t sum)
{
    for (std::size_t i = from; i < to; i += 2)
        sum += (std::uint32_t{bytes[i]} << 8) | (i + 1 < to ? bytes[i + 1] : 0);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum);
}

/// A raw IPv4 + TCP frame (LINKTYPE_RAW) between 10.0.0.1:40000 (client) and 10.0.0.2:80.
DecodedPacket packet(const Segment& s)
{
    const std::size_t tcpLength = 20 + s.options.size() + s.payload;
    std::vector<std::uint8_t> b(20 + tcpLength, 0);
    b[0] = 0x45;
    put16(b, 2, static_cast<std::uint32_t>(b.size()));
    b[8] = 64;
    b[9] = 6;
    const std::uint8_t client[4] = {10, 0, 0, 1}, server[4] = {10, 0, 0, 2};
    for (int i = 0; i < 4; ++i) {
        b[12 + i] = s.fromClient ? client[i] : server[i];
        b[16 + i] = s.fromClient ? server[i] : client[i];
    }
    put16(b, 10, checksum(b, 0, 20, 0));
    put16(b, 20, s.fromClient ? 40000 : 80);
    put16(b, 22, s.fromClient ? 80 : 40000);
    put16(b, 24, s.seq >> 16);
    put16(b, 26, s.seq & 0xffff);
    put16(b, 28, s.ack >> 16);
    put16(b, 30, s.ack & 0xffff);
    b[32] = static_cast<std::uint8_t>((20 + s.options.size()) / 4 << 4);
    b[33] = static_cast<std::uint8_t>(s.flags);
    put16(b, 34, s.window);
    std::copy(s.options.begin(), s.options.end(), b.begin() + 40);
    std::uint32_t pseudo = 0;
    for (int i = 12; i < 20; i += 2)
        pseudo += (std::uint32_t{b[static_cast<std::size_t>(i)]} << 8) | b[static_cast<std::size_t>(i) + 1];
    pseudo += 6 + static_cast<std::uint32_t>(tcpLength);
    put16(b, 36, checksum(b, 20, b.size(), pseudo) ^ (s.badChecksum ? 0x5555 : 0));
    return decodePacket(Bytes(b.data(), b.size()), static_cast<std::uint32_t>(b.size()), 101);
}

} // namespace

class TestConversationMemory : public QObject {
    Q_OBJECT

private slots:
    void historyTextKeepsAnyLength()
    {
        HistoryText text;
        std::string expected;
        QVERIFY(text.empty());
        for (int i = 0; i < 1000; ++i) {
            const char letter = static_cast<char>('a' + i % 26);
            text.push_back(letter);
            expected.push_back(letter);
            if (i == 14 || i == 15 || i == 31 || i == 32 || i == 999) {
                QCOMPARE(text.str(), expected);
                HistoryText copy = text;
                QCOMPARE(copy.str(), expected);
                HistoryText moved = std::move(copy);
                QCOMPARE(moved.str(), expected);
                copy = moved; // assigning to a moved-from text
                QCOMPARE(copy.str(), expected);
                HistoryText shorter;
                shorter.push_back('S');
                moved = shorter;
                QCOMPARE(moved.str(), std::string("S"));
            }
        }
        QCOMPARE(text.size(), std::size_t{1000});
    }

    void aPortScanHoldsUnder200BytesPerConversation()
    {
        // 16,384 SYNs: a power of two, so the vectors' capacity is what they hold.
        constexpr std::uint32_t n = 16384;
        ConversationTracker tracker;
        Segment syn{true, tcpflag::Syn, 1000, 0, 64240, {}, 0, false};
        for (std::uint32_t i = 0; i < n; ++i) {
            auto p = packet(syn);
            p.tcp.srcPort = static_cast<std::uint16_t>(1024 + i);
            (void)tracker.add(i + 1, 1'000'000'000LL + i, 40, p);
        }
        QCOMPARE(tracker.conversations().size(), std::size_t{n});
        const double perConversation = static_cast<double>(tracker.memoryBytes()) / n;
        QVERIFY2(perConversation < 200, qPrintable(QString::number(perConversation) + " B per conversation"));
        QCOMPARE(tracker.conversations()[7].history.str(), std::string("S"));
    }

    void theFirstPacketReplayedGivesTheSameAnalysis()
    {
        // A SYN with Fast Open data, window scale 7 and a bad checksum: everything the analysis of
        // the following packets reads from it (base, scale, SYN time, Zeek's checksum count) is
        // rebuilt when the SYN-ACK arrives.
        ConversationTracker tracker;
        const std::vector<std::uint8_t> synOptions = {2, 4, 0x05, 0xb4, 3, 3, 7, 1, 4, 2, 1, 1};
        const std::vector<std::uint8_t> synAckOptions = {2, 4, 0x05, 0xb4, 3, 3, 8, 1};
        const auto a = tracker.add(1, 1'000'000'000, 72, packet({true, tcpflag::Syn, 5000, 0, 1000, synOptions, 10, true}));
        QCOMPARE(a.completeness, std::uint8_t{0});
        const auto b = tracker.add(2, 1'010'000'000, 68,
                                   packet({false, tcpflag::Syn | tcpflag::Ack, 9000, 5011, 2000, synAckOptions, 0, false}));
        QCOMPARE(b.stream, 0U);
        QCOMPARE(b.relativeAck, 11U);
        QCOMPARE(b.windowScale, 0);
        QCOMPARE(b.ackedFrame, 1U);
        QCOMPARE(b.ackRttNs, std::int64_t{10'000'000});
        const auto c = tracker.add(3, 1'030'000'000, 40, packet({true, tcpflag::Ack, 5011, 9001, 100, {}, 0, true}));
        QCOMPARE(c.relativeSeq, 11U);
        QCOMPARE(c.relativeAck, 1U);
        QCOMPARE(c.windowScale, 7);
        QCOMPARE(c.calculatedWindow, std::int64_t{100 << 7});
        QCOMPARE(c.initialRttNs, std::int64_t{30'000'000});
        const auto d = tracker.add(4, 1'040'000'000, 40, packet({false, tcpflag::Ack, 9001, 5011, 50, {}, 0, false}));
        QCOMPARE(d.calculatedWindow, std::int64_t{50 << 8});
        const auto& conversation = tracker.conversations().at(0);
        QCOMPARE(conversation.history.str(), std::string("SChAa"));
        QCOMPARE(conversation.completeness, std::uint8_t{1 | 2 | 4 | 8});
        QVERIFY(conversation.client().offered.hasMss);
        QCOMPARE(conversation.client().offered.mss, std::uint16_t{1460});
        QCOMPARE(conversation.client().offered.windowScale, std::int8_t{7});
        QVERIFY(conversation.client().offered.sackPermitted);
        QCOMPARE(conversation.client().packets, 2U);
        QCOMPARE(conversation.client().payloadBytes, std::uint64_t{10});
        QCOMPARE(conversation.client().state, TcpState::Established);
        QCOMPARE(conversation.server().state, TcpState::Established);
        QCOMPARE(conversation.connState(), std::string("S1"));
    }

    void aSynRetriedWithAnotherIsnAfterOneSynIsANewStream()
    {
        // The reuse rule reads the first SYN's base, which a one-packet conversation keeps in
        // its slot until replayed.
        ConversationTracker tracker;
        (void)tracker.add(1, 1'000'000'000, 40, packet({true, tcpflag::Syn, 5000, 0, 1000, {}, 0, false}));
        const auto same = tracker.add(2, 2'000'000'000, 40, packet({true, tcpflag::Syn, 5000, 0, 1000, {}, 0, false}));
        QCOMPARE(same.stream, 0U);
        QVERIFY(same.flags & analysis::Retransmission);
        const auto other = tracker.add(3, 3'000'000'000, 40, packet({true, tcpflag::Syn, 7000, 0, 1000, {}, 0, false}));
        QCOMPARE(other.stream, 1U);
        QVERIFY(other.flags & analysis::ReusedPorts);
        const auto again = tracker.add(4, 4'000'000'000, 40, packet({true, tcpflag::Syn, 7000, 0, 1000, {}, 0, false}));
        QCOMPARE(again.stream, 1U);
        QVERIFY(again.flags & analysis::Retransmission);
        QVERIFY(!(again.flags & analysis::ReusedPorts));
    }
};

QTEST_GUILESS_MAIN(TestConversationMemory)
#include "TestConversationMemory.moc"
