// Golden RFC 9293 endpoint states, frame by frame, as `tcplens-cli packets --json` gives them
// (state_src_* / state_dst_*), for captures whose every frame was read by hand.
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens::test;

namespace {

/// "CLIENT_STATE SERVER_STATE" after each TCP frame (`before` for the states before it).
QStringList clientServerStates(const QList<QJsonObject>& frames, bool before = false)
{
    QStringList states;
    for (const auto& f : frames) {
        if (!f.contains("stream"))
            continue;
        const auto src = f.value(before ? "state_src_before" : "state_src_after").toString();
        const auto dst = f.value(before ? "state_dst_before" : "state_dst_after").toString();
        const bool fromClient = f.value("from_client").toBool();
        states << (fromClient ? src + " " + dst : dst + " " + src);
    }
    return states;
}

QList<QJsonObject> framesOf(const QString& file)
{
    const auto run = runCli({"packets", file, "--json"});
    if (!run.exitedWith(0))
        qWarning("tcplens-cli packets failed: %s", run.err.constData());
    return jsonLines(run.out);
}

QString samplePath(const QString& name) { return QDir(QString(TCPLENS_SAMPLES_DIR)).absoluteFilePath(name); }

/// Compares line by line so a failure names the frame.
void compareStates(const QStringList& actual, const QStringList& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(actual[i] == expected[i], qPrintable(QString("frame %1: client/server \"%2\", expected \"%3\"")
                                                          .arg(i + 1).arg(actual[i], expected[i])));
}

} // namespace

class TestEndpointStates : public QObject {
    Q_OBJECT

private slots:
    // The server's FIN (frame 10) also ACKs the client's FIN: the client goes from FIN_WAIT_1
    // straight to TIME_WAIT (RFC 9293 3.10.7.4), no FIN_WAIT_2 here (see half-close).
    void helloExchangeWalksTheTextbookStates()
    {
        const auto frames = framesOf(samplePath("hello-exchange.pcap"));
        QVERIFY(!frames.isEmpty());
        QCOMPARE(clientServerStates(frames, true).first(), QString("CLOSED LISTEN"));
        compareStates(clientServerStates(frames), {
            "SYN_SENT SYN_RECEIVED",       //  1 C>S [S]
            "ESTABLISHED SYN_RECEIVED",    //  2 S>C [S.]
            "ESTABLISHED ESTABLISHED",     //  3 C>S [.]  handshake ACK
            "ESTABLISHED ESTABLISHED",     //  4 S>C [P.] 1:15
            "ESTABLISHED ESTABLISHED",     //  5 C>S [.]
            "ESTABLISHED ESTABLISHED",     //  6 C>S [P.] 1:6
            "ESTABLISHED ESTABLISHED",     //  7 S>C [.]
            "ESTABLISHED ESTABLISHED",     //  8 S>C [P.] 15:19
            "FIN_WAIT_1 CLOSE_WAIT",       //  9 C>S [F.] seq 6
            "TIME_WAIT LAST_ACK",          // 10 S>C [F.] seq 19 ack 7
            "TIME_WAIT CLOSED",            // 11 C>S [.]  ack 20
        });
    }

    // The client shuts down its sending side first; the server keeps sending 5000 bytes in CLOSE_WAIT.
    void halfCloseKeepsTheServerSendingInCloseWait()
    {
        const auto frames = framesOf(fixturePath("half-close.pcap"));
        QStringList expected = {
            "SYN_SENT SYN_RECEIVED",    //  1 [S]
            "ESTABLISHED SYN_RECEIVED", //  2 [S.]
            "ESTABLISHED ESTABLISHED",  //  3 [.]
            "ESTABLISHED ESTABLISHED",  //  4 C>S 29 bytes
            "ESTABLISHED ESTABLISHED",  //  5 S>C ACK
            "FIN_WAIT_1 CLOSE_WAIT",    //  6 C>S [F.] seq 30
            "FIN_WAIT_2 CLOSE_WAIT",    //  7 S>C ACK 31 of the FIN
        };
        for (int i = 8; i <= 17; ++i)
            expected << "FIN_WAIT_2 CLOSE_WAIT"; // 5 x (1000 bytes, ACK)
        expected << "TIME_WAIT LAST_ACK"         // 18 S>C [F.] seq 5001
                 << "TIME_WAIT CLOSED";          // 19 C>S ACK 5002
        compareStates(clientServerStates(frames), expected);
    }

    // The FINs cross (neither acknowledges the other). At frame 8 the client seems to take the
    // server's FIN, but its own FIN (frame 9) does not acknowledge it, so it had not arrived: the
    // tracker withdraws that receipt (frame 8 is marked not received) and the client closes
    // actively; the server, which gets a FIN that does not ACK its own, passes through CLOSING.
    // That FIN was on its way: frame 10, sent after it on the same path, finds the client in
    // CLOSING (it took the FIN first) and moves it to TIME_WAIT.
    void crossingFinsGoThroughClosingToTimeWait()
    {
        const auto frames = framesOf(fixturePath("simultaneous-close.pcap"));
        compareStates(clientServerStates(frames), {
            "SYN_SENT SYN_RECEIVED",    //  1 [S]
            "ESTABLISHED SYN_RECEIVED", //  2 [S.]
            "ESTABLISHED ESTABLISHED",  //  3 [.]
            "ESTABLISHED ESTABLISHED",  //  4 C>S 27 bytes
            "ESTABLISHED ESTABLISHED",  //  5 S>C ACK
            "ESTABLISHED ESTABLISHED",  //  6 S>C 3 bytes
            "ESTABLISHED ESTABLISHED",  //  7 C>S ACK
            "ESTABLISHED FIN_WAIT_1",   //  8 S>C [F.] seq 4 ack 28, not received before frame 9
            "FIN_WAIT_1 CLOSING",       //  9 C>S [F.] seq 28 ack 4
            "TIME_WAIT CLOSING",        // 10 S>C ACK 29 of the client's FIN, behind the FIN of frame 8
            "TIME_WAIT TIME_WAIT",      // 11 C>S ACK 5 of the server's FIN
        });
    }

    // Crafted: the server closes first and the client's FIN crosses it (frame 5 does not ACK the
    // server's FIN, so that FIN had not arrived). The server's ACK of the client's FIN (frame 6) was
    // sent after its FIN, and one path keeps its order: the FIN reached the client first, so the
    // client goes FIN_WAIT_1 -> CLOSING (RFC 9293's simultaneous close) and that ACK then takes it
    // to TIME_WAIT; never FIN_WAIT_2, which only an ACK arriving before the peer's FIN gives.
    void crossingFinTakenLateGoesThroughClosing_data()
    {
        QTest::addColumn<quint32>("clientIsn");
        QTest::addColumn<quint32>("serverIsn");
        QTest::newRow("small ISNs") << quint32(1000) << quint32(5000);
        QTest::newRow("ISNs at 2^32 - 1") << quint32(0xffffffff) << quint32(0xfffffffe);
    }
    void crossingFinTakenLateGoesThroughClosing()
    {
        QFETCH(quint32, clientIsn);
        QFETCH(quint32, serverIsn);
        constexpr std::uint16_t syn = 0x002, ackFlag = 0x010, fin = 0x001;
        const auto c2s = [](std::uint32_t seq, std::uint32_t ack, std::uint16_t flags) {
            return tcpFrame(TcpFrameSpec{.seq = seq, .ack = ack, .flags = flags});
        };
        const auto s2c = [](std::uint32_t seq, std::uint32_t ack, std::uint16_t flags) {
            return tcpFrame(TcpFrameSpec{.src = {10, 0, 0, 2}, .dst = {10, 0, 0, 1}, .srcPort = 80, .dstPort = 40000,
                                         .seq = seq, .ack = ack, .flags = flags});
        };
        const std::uint32_t c = clientIsn, s = serverIsn;
        QTemporaryDir dir;
        const auto path = dir.filePath("crossing-fin.pcap");
        QVERIFY(writeFile(path, pcapOfFrames({
                                    c2s(c, 0, syn),                              // 1
                                    s2c(s, c + 1, syn | ackFlag),                // 2
                                    c2s(c + 1, s + 1, ackFlag),                  // 3
                                    s2c(s + 1, c + 1, fin | ackFlag),            // 4 the server's FIN
                                    c2s(c + 1, s + 1, fin | ackFlag),            // 5 crosses it
                                    s2c(s + 2, c + 2, ackFlag),                  // 6 ACK of the client's FIN
                                    c2s(c + 2, s + 2, ackFlag),                  // 7 ACK of the server's FIN
                                })));
        const auto frames = framesOf(path);
        compareStates(clientServerStates(frames), {
            "SYN_SENT SYN_RECEIVED",    // 1
            "ESTABLISHED SYN_RECEIVED", // 2
            "ESTABLISHED ESTABLISHED",  // 3
            "ESTABLISHED FIN_WAIT_1",   // 4 not received before frame 5
            "FIN_WAIT_1 CLOSING",       // 5
            "TIME_WAIT CLOSING",        // 6 reaches a client the FIN of frame 4 had reached first
            "TIME_WAIT TIME_WAIT",      // 7
        });
        QCOMPARE(clientServerStates(frames, true)[5], QString("CLOSING CLOSING"));
        for (int i = 0; i < frames.size(); ++i)
            QCOMPARE(frames[i].value("not_received").toBool(), i == 3);
    }

    void resetClosesBothEnds()
    {
        const auto frames = framesOf(fixturePath("rst.pcap"));
        compareStates(clientServerStates(frames), {
            "SYN_SENT SYN_RECEIVED",    // 1 stream 0 [S] to the closed port
            "CLOSED CLOSED",            // 2 stream 0 [R.]
            "SYN_SENT SYN_RECEIVED",    // 3 stream 1 [S]
            "ESTABLISHED SYN_RECEIVED", // 4 [S.]
            "ESTABLISHED ESTABLISHED",  // 5 [.]
            "ESTABLISHED ESTABLISHED",  // 6 C>S PING
            "ESTABLISHED ESTABLISHED",  // 7 S>C ACK
            "CLOSED CLOSED",            // 8 S>C [R.] (SO_LINGER 0)
        });
        QCOMPARE(frames[1].value("stream").toInt(), 0);
        QCOMPARE(frames[2].value("stream").toInt(), 1);
    }

    void clientResetClosesBothEnds()
    {
        const auto frames = framesOf(fixturePath("abortive-close.pcap"));
        const auto states = clientServerStates(frames);
        QCOMPARE(states.size(), 8);
        QCOMPARE(states[6], QString("ESTABLISHED ESTABLISHED"));
        QCOMPARE(frames[7].value("flags_text").toString(), QString("[R.]"));
        QVERIFY(frames[7].value("from_client").toBool());
        QCOMPARE(states[7], QString("CLOSED CLOSED"));
    }

    void clientStaysSynSentThroughRetransmittedSyns()
    {
        const auto frames = framesOf(fixturePath("syn-retransmit.pcap"));
        const auto before = clientServerStates(frames, true);
        const auto after = clientServerStates(frames);
        QCOMPARE(after.size(), 13);
        QCOMPARE(before[0], QString("CLOSED LISTEN"));
        for (int i = 1; i <= 2; ++i) { // frames 2 and 3: the same SYN again
            QCOMPARE(frames[i].value("flags_text").toString(), QString("[S]"));
            QCOMPARE(before[i], QString("SYN_SENT SYN_RECEIVED"));
            QCOMPARE(after[i], QString("SYN_SENT SYN_RECEIVED"));
        }
        QCOMPARE(after[3], QString("ESTABLISHED SYN_RECEIVED")); // frame 4 [S.]
        QCOMPARE(after[4], QString("ESTABLISHED ESTABLISHED"));
        QCOMPARE(after.last(), QString("TIME_WAIT CLOSED"));
    }

    // A lost SYN-ACK seen again: the client is already ESTABLISHED and stays so.
    void retransmittedSynAckLeavesTheClientEstablished()
    {
        const auto after = clientServerStates(framesOf(fixturePath("synack-retransmit.pcap")));
        QCOMPARE(after.size(), 12);
        QCOMPARE(after[1], QString("ESTABLISHED SYN_RECEIVED"));
        QCOMPARE(after[2], QString("ESTABLISHED SYN_RECEIVED"));
        QCOMPARE(after[3], QString("ESTABLISHED ESTABLISHED"));
    }

    // hello-exchange without its handshake: the first frame is the server's greeting.
    void midstreamCaptureStartsEstablishedWithClientGuessedByPort()
    {
        const auto contents = readPcap(readFile(samplePath("hello-exchange.pcap")));
        QVERIFY(contents.ok);
        QCOMPARE(contents.records.size(), 11);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto path = dir.filePath("midstream.pcap");
        QVERIFY(writeFile(path, pcapFile(contents.records.mid(3), contents.options)));

        const auto frames = framesOf(path);
        QCOMPARE(frames.size(), 8);
        QCOMPARE(frames[0].value("sport").toInt(), 8888);
        QCOMPARE(frames[0].value("from_client").toBool(), false);
        const auto before = clientServerStates(frames, true);
        const auto after = clientServerStates(frames);
        QCOMPARE(before[0], QString("UNKNOWN UNKNOWN")); // nothing seen yet
        for (int i = 0; i < 5; ++i)
            QVERIFY2(after[i] == "ESTABLISHED ESTABLISHED", qPrintable(QString("frame %1: %2").arg(i + 1).arg(after[i])));
        QCOMPARE(after[5], QString("FIN_WAIT_1 CLOSE_WAIT"));
        QCOMPARE(after[6], QString("TIME_WAIT LAST_ACK"));
        QCOMPARE(after[7], QString("TIME_WAIT CLOSED"));

        const auto run = runCli({"conversations", path, "--json"});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const auto conversations = jsonLines(run.out);
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations[0].value("client_known").toBool(), false);
        QCOMPARE(conversations[0].value("client").toString(), QString("10.77.0.1:33728")); // the higher port
        QCOMPARE(conversations[0].value("server").toString(), QString("10.77.0.2:8888"));
        QCOMPARE(conversations[0].value("state_client").toString(), QString("TIME_WAIT"));
        QCOMPARE(conversations[0].value("state_server").toString(), QString("CLOSED"));
    }
};

QTEST_GUILESS_MAIN(TestEndpointStates)
#include "TestEndpointStates.moc"
