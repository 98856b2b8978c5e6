// The flow graph's model: rows (one per packet of the selected conversations, checked against
// tshark), lifelines, arrow facts and labels, and the TCP state tracks on the lifelines.
#include "TestSupport.h"

#include <capture/LoadedCapture.h>
#include <decode/DecodedPacket.h>
#include <capture/CaptureFile.h>
#include <flow/FlowModel.h>
#include <flow/LoadedFlow.h>
#include <flow/PayloadPreview.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

QString samplePath(const QString& name) { return QDir(QString(TCPLENS_SAMPLES_DIR)).absoluteFilePath(name); }

LoadedCapture load(const QString& path) { return loadCapture(QFile::encodeName(path).toStdString()); }

/// "row:STATE" for every change of a track, e.g. "0:SYN_SENT 1:ESTABLISHED".
QString changesText(const FlowStateTrack& track)
{
    QStringList parts;
    for (const auto& c : track.changes)
        parts << QString("%1:%2").arg(c.row).arg(stateName(c.after));
    return parts.join(' ');
}

Bytes bytesOf(const char* text) { return Bytes(reinterpret_cast<const std::uint8_t*>(text), std::strlen(text)); }

} // namespace

class TestFlowModel : public QObject {
    Q_OBJECT

private slots:
    void helloExchangeHasTwoEndpointLifelinesClientFirst()
    {
        const auto capture = load(samplePath("hello-exchange.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        QCOMPARE(model.rowCount(), std::size_t{11});
        QVERIFY(!model.hostLifelines());
        QCOMPARE(model.lifelines().size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(model.lifelines()[0].label()), QString("10.77.0.1:33728"));
        QCOMPARE(QString::fromStdString(model.lifelines()[0].roleText()), QString("client"));
        QCOMPARE(QString::fromStdString(model.lifelines()[1].label()), QString("10.77.0.2:8888"));
        QCOMPARE(QString::fromStdString(model.lifelines()[1].roleText()), QString("server"));
        QCOMPARE(model.conversations().size(), std::size_t{1});
        // Frame 2 (SYN-ACK) goes from the server to the client.
        QCOMPARE(model.row(1).frame(), 2U);
        QCOMPARE(model.row(1).fromLifeline, 1U);
        QCOMPARE(model.row(1).toLifeline, 0U);
        QCOMPARE(model.originNs(), model.timestampNs(0));
    }

    void helloExchangeLabelsInRelativeAndAbsoluteNumbers()
    {
        const auto capture = load(samplePath("hello-exchange.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        const QStringList expected = {
            "SYN seq=0 len=0 win=64240",
            "SYN-ACK seq=0 ack=1 len=0 win=65160",
            "ACK seq=1 ack=1 len=0 win=64512",
            "PSH-ACK seq=1 ack=1 len=14 win=65536",
            "ACK seq=1 ack=15 len=0 win=64512",
            "PSH-ACK seq=1 ack=15 len=5 win=64512",
            "ACK seq=15 ack=6 len=0 win=65536",
            "PSH-ACK seq=15 ack=6 len=4 win=65536",
            "FIN-ACK seq=6 ack=19 len=0 win=64512",
            "FIN-ACK seq=19 ack=7 len=0 win=65536",
            "ACK seq=7 ack=20 len=0 win=64512",
        };
        for (std::size_t r = 0; r < model.rowCount(); ++r)
            QCOMPARE(QString::fromStdString(model.arrow(r).label(SequenceNumbers::Relative)), expected[int(r)]);
        // tshark -e tcp.seq_raw -e tcp.ack_raw: frame 2 is seq 170371489, ack 2373090563 (the client's ISN + 1).
        const auto synAck = model.arrow(1);
        QCOMPARE(synAck.seq, 170371489U);
        QCOMPARE(synAck.ack, 2373090563U);
        QCOMPARE(QString::fromStdString(synAck.label(SequenceNumbers::Absolute)),
                 QString("SYN-ACK seq=170371489 ack=2373090563 len=0 win=65160"));
        QCOMPARE(QString::fromStdString(synAck.label(SequenceNumbers::Relative, true)),
                 QString("8888 \u2192 33728 SYN-ACK seq=0 ack=1 len=0 win=65160"));
        QCOMPARE(synAck.style, ArrowStyle::Handshake);
    }

    void dataArrowsQuoteTheirText()
    {
        const auto capture = load(samplePath("hello-exchange.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        const auto hello = model.arrow(3);
        QCOMPARE(hello.frame, 4U);
        QCOMPARE(QString::fromStdString(hello.payloadText), QString("Hello, client!"));
        QCOMPARE(QString::fromStdString(hello.comment()), QString("\"Hello, client!\""));
        QCOMPARE(hello.length, 14U);
        QVERIFY(!hello.fromClient);
        QCOMPARE(QString::fromStdString(hello.info).contains("[PSH, ACK] Seq=1 Ack=1"), true);
        QVERIFY(model.arrow(2).payloadText.empty());
    }

    void payloadPreviewEscapesCutsAndRefusesBinary()
    {
        QCOMPARE(QString::fromStdString(payloadPreview(bytesOf("HELO tcplens\r\n"))), QString("HELO tcplens\\r\\n"));
        QCOMPARE(QString::fromStdString(payloadPreview(bytesOf("say \"hi\"\t\\"))), QString("say \\\"hi\\\"\\t\\\\"));
        QCOMPARE(QString::fromStdString(payloadPreview(bytesOf("abcdefghij"), true, 4)), QString("abcd\u2026"));
        QCOMPARE(QString::fromStdString(payloadPreview(bytesOf("abcd"), false)), QString("abcd\u2026"));
        QCOMPARE(QString::fromStdString(payloadPreview(bytesOf("\xe4\xbd\xa0\xe5\xa5\xbd"))), QString("你好"));
        QVERIFY(payloadPreview(bytesOf("\x16\x03\x01\x02\x00")).empty()); // a TLS record
        QVERIFY(payloadPreview(bytesOf("ab\xff")).empty());
        QVERIFY(payloadPreview(bytesOf("")).empty());
    }

    void handshakeAndCloseStatesChangeAtTheirPackets()
    {
        const auto capture = load(samplePath("hello-exchange.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        QCOMPARE(model.stateTracks().size(), std::size_t{2});
        const auto& client = model.stateTracks()[0];
        const auto& server = model.stateTracks()[1];
        QVERIFY(client.client);
        QCOMPARE(client.lifeline, 0U);
        QCOMPARE(server.lifeline, 1U);
        QCOMPARE(client.initial, TcpState::Closed);
        QCOMPARE(server.initial, TcpState::Listen);
        // The server's FIN also ACKs the client's: FIN_WAIT_1 goes straight to TIME_WAIT.
        QCOMPARE(changesText(client), QString("0:SYN_SENT 1:ESTABLISHED 8:FIN_WAIT_1 9:TIME_WAIT"));
        QCOMPARE(changesText(server), QString("0:SYN_RECEIVED 2:ESTABLISHED 8:CLOSE_WAIT 9:LAST_ACK 10:CLOSED"));
        QVERIFY(client.changes[0].atSender);   // the SYN leaves the client
        QVERIFY(!server.changes[0].atSender);  // and arrives at the server
        QCOMPARE(client.stateAfter(4), TcpState::Established);
        QCOMPARE(server.stateAfter(0), TcpState::SynReceived);
    }

    void halfCloseShowsFinWait2AndCloseWait()
    {
        const auto capture = load(fixturePath("half-close.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        const auto& client = model.stateTracks()[0];
        const auto& server = model.stateTracks()[1];
        QVERIFY2(changesText(client).contains(":FIN_WAIT_1") && changesText(client).contains(":FIN_WAIT_2")
                     && changesText(client).endsWith(":TIME_WAIT"),
                 qPrintable(changesText(client)));
        QVERIFY2(changesText(server).contains(":CLOSE_WAIT") && changesText(server).contains(":LAST_ACK")
                     && changesText(server).endsWith(":CLOSED"),
                 qPrintable(changesText(server)));
    }

    // The FINs cross (frames 8 and 9): the tracker first lets the client take the server's FIN
    // (CLOSE_WAIT), but the client's own FIN, which does not ACK it, proves that FIN had not arrived:
    // the tracker withdraws that receipt (CLOSE_WAIT -> CLOSING is no RFC 9293 edge) and shows the
    // client close actively; the server's ACK (frame 10), sent behind that FIN, finds the client in
    // CLOSING (simultaneous close) and moves it to TIME_WAIT.
    void simultaneousCloseWithdrawsTheFinTheClientHadNotGot()
    {
        const auto capture = load(fixturePath("simultaneous-close.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        QCOMPARE(changesText(model.stateTracks()[0]),
                 QString("0:SYN_SENT 1:ESTABLISHED 8:FIN_WAIT_1 9:CLOSING 9:TIME_WAIT"));
        // Row 9 (frame 10) left the server after its FIN: the client had that FIN when it arrived.
        QVERIFY(model.stateTracks()[0].changes[3].atSender);
        QVERIFY(!model.stateTracks()[0].changes[4].atSender);
        QCOMPARE(model.arrow(9).receiverBefore, TcpState::FinWait1);
        QCOMPARE(model.arrow(9).receiverOnArrival, TcpState::Closing);
        QCOMPARE(model.arrow(9).receiverAfter, TcpState::TimeWait);
        for (std::uint32_t row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.arrow(row).notReceived, row == 7);
        QCOMPARE(model.arrow(7).receiverAfter, TcpState::Established);
        QVERIFY(capture.analyses[7].notReceived());
        QCOMPARE(capture.analyses[7].dstAfter(), TcpState::Established);
        QCOMPARE(changesText(model.stateTracks()[1]), QString("0:SYN_RECEIVED 2:ESTABLISHED 7:FIN_WAIT_1 8:CLOSING 10:TIME_WAIT"));
    }

    void resetClosesBothSides()
    {
        const auto capture = load(fixturePath("abortive-close.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        const auto last = model.rowCount() - 1;
        const auto rst = model.arrow(last);
        QCOMPARE(QString::fromStdString(rst.flags), QString("RST-ACK"));
        QCOMPARE(rst.style, ArrowStyle::Reset);
        for (const auto& track : model.stateTracks()) {
            QCOMPARE(track.changes.back().row, std::uint32_t(last));
            QCOMPARE(track.changes.back().after, TcpState::Closed);
        }
        // rst.pcap stream 0: a SYN to a closed port answered by RST-ACK.
        const auto refused = load(fixturePath("rst.pcap"));
        const auto m = FlowModel::build(refused.packets, refused.analyses, FlowSelection::stream(0));
        QCOMPARE(QString::fromStdString(m.arrow(m.rowCount() - 1).flags), QString("RST-ACK"));
        QCOMPARE(m.stateTracks()[0].changes.back().after, TcpState::Closed);
    }

    void arrowCountEqualsTsharkStreamPackets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("stream");
        QTest::newRow("hello") << samplePath("hello-exchange.pcap") << 0;
        QTest::newRow("rst 0") << fixturePath("rst.pcap") << 0;
        QTest::newRow("rst 1") << fixturePath("rst.pcap") << 1;
        QTest::newRow("http 1") << fixturePath("http.pcap") << 1;
        QTest::newRow("port-reuse 1") << fixturePath("port-reuse.pcap") << 1;
        QTest::newRow("many-short 117") << fixturePath("many-short.pcap") << 117;
        QTest::newRow("lossy-bulk") << fixturePath("lossy-bulk.pcap") << 0;
        QTest::newRow("zero-window-probe") << fixturePath("zero-window-probe.pcap") << 0;
        QTest::newRow("dumpcap ipv6") << fixturePath("dumpcap.pcapng") << 1;
        QTest::newRow("options-frag") << fixturePath("ipv4-options-frag.pcap") << 0;
    }

    void arrowCountEqualsTsharkStreamPackets()
    {
        QFETCH(QString, file);
        QFETCH(int, stream);
        const auto tshark = findProgram("tshark");
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        const auto run = runProcess(tshark, {"-n", "-r", file, "-Y", QString("tcp.stream==%1").arg(stream), "-T",
                                             "fields", "-e", "frame.number"});
        QVERIFY(run.exitedWith(0));
        const auto frames = lines(run.out);
        QVERIFY(!frames.isEmpty());
        const auto capture = load(file);
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(stream));
        QCOMPARE(model.rowCount(), std::size_t(frames.size()));
        for (std::size_t r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.row(r).frame(), frames[int(r)].toUInt());
    }

    void severalConversationsShareHostLifelinesWithPorts()
    {
        const auto capture = load(fixturePath("http.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::allStreams());
        QVERIFY(model.hostLifelines());
        QCOMPARE(model.conversations().size(), std::size_t{2});
        QCOMPARE(model.lifelines().size(), std::size_t{2});
        const auto& client = model.lifelines()[0];
        QVERIFY(client.host);
        QCOMPARE(QString::fromStdString(client.label()), QString("10.77.0.1"));
        QCOMPARE(client.ports.size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(model.lifelines()[1].portsText()), QString("port 8080"));
        QCOMPARE(model.rowCount(), std::size_t{24});
        // The second conversation starts after the first ended: its bands take the same slot.
        QCOMPARE(model.slotsOn(0), 1U);
        QCOMPARE(model.maxSlots(), 1U);
        QCOMPARE(model.stateTracks().size(), std::size_t{4});
        QCOMPARE(model.stateTracks()[2].slot, 0U);
        QCOMPARE(model.stateTracks()[2].firstRow, model.conversations()[1].firstRow);
        const auto a = model.arrow(model.conversations()[1].firstRow);
        QCOMPARE(a.stream, 1U);
        QCOMPARE(a.conversation, 1U);
    }

    // Two connections from one client open at the same time: their bands sit side by side.
    void overlappingConversationsGetTheirOwnBandSlots()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("overlap.pcap");
        const auto frame = [](bool fromClient, std::uint16_t clientPort, std::uint32_t seq, std::uint32_t ack,
                              std::uint16_t flags) {
            TcpFrameSpec spec;
            spec.srcPort = clientPort;
            if (!fromClient) {
                std::swap(spec.src, spec.dst);
                std::swap(spec.srcPort, spec.dstPort);
            }
            spec.seq = seq;
            spec.ack = ack;
            spec.flags = flags;
            return tcpFrame(spec);
        };
        QVERIFY(writeFile(path, pcapOfFrames({frame(true, 40000, 100, 0, 0x002), frame(true, 40001, 700, 0, 0x002),
                                             frame(false, 40000, 900, 101, 0x012), frame(false, 40001, 300, 701, 0x012),
                                             frame(true, 40000, 101, 901, 0x010), frame(true, 40001, 701, 301, 0x010)})));
        const auto capture = load(path);
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::allStreams());
        QCOMPARE(model.conversations().size(), std::size_t{2});
        QCOMPARE(model.lifelines().size(), std::size_t{2});
        QCOMPARE(model.slotsOn(0), 2U);
        QCOMPARE(model.slotsOn(1), 2U);
        QCOMPARE(model.stateTracks()[0].slot, 0U);
        QCOMPARE(model.stateTracks()[2].slot, 1U);
        QCOMPARE(model.stateTracks()[3].slot, 1U);
        QCOMPARE(QString::fromStdString(model.lifelines()[0].portsText()), QString("ports 40000, 40001"));
        QCOMPARE(model.row(3).fromLifeline, 1U);
    }

    // Loopback: client and server share an address, so a host lifeline would turn every arrow
    // into a loop; such conversations keep endpoint lifelines (the server's shared).
    void loopbackConversationsKeepEndpointLifelines()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("loopback.pcap");
        const auto frame = [](bool fromClient, std::uint16_t clientPort, std::uint32_t seq, std::uint32_t ack,
                              std::uint16_t flags) {
            TcpFrameSpec spec;
            spec.src = spec.dst = {127, 0, 0, 1};
            spec.srcPort = clientPort;
            spec.dstPort = 5000;
            if (!fromClient)
                std::swap(spec.srcPort, spec.dstPort);
            spec.seq = seq;
            spec.ack = ack;
            spec.flags = flags;
            return tcpFrame(spec);
        };
        QVERIFY(writeFile(path, pcapOfFrames({frame(true, 40000, 100, 0, 0x002), frame(false, 40000, 900, 101, 0x012),
                                             frame(true, 40001, 700, 0, 0x002), frame(false, 40001, 300, 701, 0x012)})));
        const auto capture = load(path);
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::allStreams());
        QCOMPARE(model.lifelines().size(), std::size_t{3});
        QCOMPARE(QString::fromStdString(model.lifelines()[0].label()), QString("127.0.0.1:40000"));
        QCOMPARE(QString::fromStdString(model.lifelines()[1].label()), QString("127.0.0.1:5000"));
        QCOMPARE(QString::fromStdString(model.lifelines()[2].label()), QString("127.0.0.1:40001"));
        for (std::size_t r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.row(r).fromLifeline != model.row(r).toLifeline);
    }

    void ipv6EndpointsAreBracketed()
    {
        const auto capture = load(fixturePath("dumpcap.pcapng"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(1));
        QCOMPARE(QString::fromStdString(model.lifelines()[1].label()), QString("[fd77::2]:5007"));
        QVERIFY(QString::fromStdString(model.lifelines()[0].label()).startsWith("[fd77::1]:"));
    }

    void selectingStreamsAndPacketsByPredicate()
    {
        const auto capture = load(fixturePath("many-short.pcap"));
        const auto three = FlowModel::build(capture.packets, capture.analyses, FlowSelection::streams({7, 3, 7, 150}));
        QCOMPARE(three.rowCount(), std::size_t{30});
        QCOMPARE(three.conversations().size(), std::size_t{3});
        QCOMPARE(three.conversations()[0].stream, 3U);
        QVERIFY(three.conversationOfStream(150).has_value());
        QVERIFY(!three.conversationOfStream(4).has_value());
        // Only the SYNs, like a display filter "tcp[13] & 2 != 0".
        const auto& analyses = capture.analyses;
        const auto syns = FlowModel::build(capture.packets, analyses, FlowSelection::matching([&](PacketNumber p) {
            return analyses[p].hasHeaderFlag(tcpflag::Syn);
        }));
        QCOMPARE(syns.rowCount(), std::size_t{400});
        QCOMPARE(syns.conversations().size(), std::size_t{200});
        QCOMPARE(syns.lifelines().size(), std::size_t{2});
        QCOMPARE(syns.lifelines()[0].ports.size(), std::size_t{200});
        QVERIFY(QString::fromStdString(syns.lifelines()[0].portsText(3)).endsWith(", \u2026"));
        // The hidden handshake ACK still shows: the state after the SYN-ACK row is the one it reached.
        const auto& client = syns.stateTracks()[0];
        QCOMPARE(client.initial, TcpState::Closed);
        QCOMPARE(client.changes.back().after, TcpState::Established);
        QVERIFY(FlowModel::build(capture.packets, analyses, FlowSelection::stream(200)).empty());
    }

    void loadedFlowKeepsItsCaptureAcrossMoves()
    {
        auto first = LoadedFlow::load(QFile::encodeName(samplePath("hello-exchange.pcap")).toStdString(),
                                      FlowSelection::stream(0));
        std::vector<LoadedFlow> kept;
        kept.push_back(std::move(first));
        kept.reserve(8); // the vector moves its element
        QCOMPARE(kept[0].model().rowCount(), std::size_t{11});
        QCOMPARE(QString::fromStdString(kept[0].model().arrow(3).payloadText), QString("Hello, client!"));
        QVERIFY(kept[0].capture().error.empty());
        QVERIFY_THROWS_EXCEPTION(CaptureError, (void)LoadedFlow::load("/nonexistent/x.pcap", FlowSelection::allStreams()));
    }

    void rowLookups()
    {
        const auto capture = load(fixturePath("http.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(1));
        const auto first = model.row(0);
        QCOMPARE(model.rowOfPacket(first.packet), std::optional<std::uint32_t>(0));
        QVERIFY(!model.rowOfPacket(0).has_value() || model.row(0).packet == 0);
        QCOMPARE(model.firstRowAtOrAfterFrame(0), 0U);
        QCOMPARE(model.firstRowAtOrAfterFrame(first.frame() + 1), 1U);
        QCOMPARE(model.firstRowAtOrAfterFrame(100000), std::uint32_t(model.rowCount()));
        QVERIFY(model.memoryBytes() >= model.rowCount() * sizeof(FlowRow));
    }
};

QTEST_GUILESS_MAIN(TestFlowModel)
#include "TestFlowModel.moc"
