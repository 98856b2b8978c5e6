// The presentation's step logic: reveal limit, newest packet, the sender's previous packet.
#include <presentation/PresentationSteps.h>

#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;

namespace {

// Seed 004's exchange: SYN, SYN-ACK, ACK, then data both ways, then the four-way close.
std::vector<PresentationPacket> helloExchange()
{
    const bool c = true;
    const bool s = false;
    const bool fromClient[] = {c, s, c, s, c, c, s, s, c, c, s, s, c};
    std::vector<PresentationPacket> packets;
    for (std::size_t i = 0; i < std::size(fromClient); ++i)
        packets.push_back({static_cast<PacketNumber>(i + 10), fromClient[i]});
    return packets;
}

} // namespace

class TestPresentationSteps : public QObject {
    Q_OBJECT

private slots:
    void startsWithNothingRevealed()
    {
        const PresentationSteps steps(helloExchange());
        QCOMPARE(steps.step(), 0u);
        QCOMPARE(steps.revealLimit(), 0u);
        QVERIFY(!steps.current());
        QVERIFY(steps.atStart());
        QVERIFY(!steps.atEnd());
    }

    void nextRevealsOnePacketAtATime()
    {
        PresentationSteps steps(helloExchange());
        for (std::size_t n = 1; n <= 13; ++n) {
            QVERIFY(steps.next());
            QCOMPARE(steps.revealLimit(), n);
            QCOMPARE(*steps.current(), n - 1);
        }
        QVERIFY(steps.atEnd());
        QVERIFY(!steps.next()); // nothing after the last packet
        QCOMPARE(steps.revealLimit(), 13u);
    }

    void backHidesTheNewestPacket()
    {
        PresentationSteps steps(helloExchange());
        steps.goTo(3);
        QVERIFY(steps.back());
        QCOMPARE(steps.revealLimit(), 2u);
        QCOMPARE(*steps.current(), 1u);
        QVERIFY(steps.back());
        QVERIFY(steps.back());
        QVERIFY(!steps.current());
        QVERIFY(!steps.back()); // already before the first packet
        QCOMPARE(steps.step(), 0u);
    }

    void homeAndEndJump()
    {
        PresentationSteps steps(helloExchange());
        QVERIFY(steps.end());
        QCOMPARE(steps.step(), 13u);
        QVERIFY(!steps.end());
        QVERIFY(steps.home());
        QCOMPARE(steps.step(), 0u);
        QVERIFY(!steps.home());
    }

    void goToIsClamped()
    {
        PresentationSteps steps(helloExchange());
        QVERIFY(steps.goTo(1000));
        QCOMPARE(steps.step(), 13u);
        QVERIFY(steps.goTo(5));
        QCOMPARE(*steps.current(), 4u);
    }

    void previousPacketOfTheSameSender()
    {
        const PresentationSteps steps(helloExchange());
        QVERIFY(!steps.previousSameDirection(0)); // the client's SYN is its first
        QVERIFY(!steps.previousSameDirection(1)); // the server's SYN-ACK is its first
        QCOMPARE(*steps.previousSameDirection(2), 0u); // ACK after the client's SYN
        QCOMPARE(*steps.previousSameDirection(3), 1u); // server data after its SYN-ACK
        QCOMPARE(*steps.previousSameDirection(5), 4u); // two client packets in a row
        QCOMPARE(*steps.previousSameDirection(6), 3u);
        QCOMPARE(*steps.previousSameDirection(12), 9u);
        QVERIFY(!steps.previousSameDirection(13)); // past the end
    }

    void newPacketsStartOver()
    {
        PresentationSteps steps(helloExchange());
        steps.goTo(7);
        steps.setPackets({{4, false}});
        QCOMPARE(steps.step(), 0u);
        QCOMPARE(steps.packetCount(), 1u);
        QVERIFY(steps.next());
        QVERIFY(steps.atEnd());
        QVERIFY(!steps.previousSameDirection(0));
    }

    void emptyConversationStaysAtZero()
    {
        PresentationSteps steps;
        QVERIFY(steps.atStart());
        QVERIFY(steps.atEnd());
        QVERIFY(!steps.next());
        QVERIFY(!steps.back());
        QVERIFY(!steps.current());
    }
};

QTEST_GUILESS_MAIN(TestPresentationSteps)
#include "TestPresentationSteps.moc"
