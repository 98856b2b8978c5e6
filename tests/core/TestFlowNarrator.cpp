// Narration of flow-graph arrows: golden texts in English and Simplified Chinese for seed 004's
// hello exchange, and a sentence with the packet's real numbers for every kind of packet and every
// analysis flag (fixtures where a recording has it, a crafted capture where none does).
#include "TestSupport.h"

#include <flow/LoadedFlow.h>
#include <flow/FlowNarrator.h>
#include <flow/FlowProofs.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

QString samplePath(const QString& name) { return QDir(QString(TCPLENS_SAMPLES_DIR)).absoluteFilePath(name); }

std::unique_ptr<LoadedFlow> loadStream(const QString& path, std::uint32_t stream)
{
    return std::make_unique<LoadedFlow>(LoadedFlow::load(QFile::encodeName(path).toStdString(), FlowSelection::stream(stream)));
}

QString narrate(const FlowModel& model, std::size_t row, NarrationLanguage language = NarrationLanguage::English)
{
    return QString::fromStdString(FlowNarrator(language).narrate(model, row));
}

/// The first row carrying all of `flags` (analysis bits), or -1.
int firstRowWith(const FlowModel& model, std::uint32_t flags, std::uint32_t without = 0)
{
    for (std::size_t r = 0; r < model.rowCount(); ++r) {
        const auto& rec = (*model.analysisStore())[model.row(r).packet];
        if ((rec.analysisFlags & flags) == flags && !(rec.analysisFlags & without))
            return int(r);
    }
    return -1;
}

/// A capture made for the flags no recording has (client 10.0.0.1:40000, server 10.0.0.2:80,
/// ISNs 1000 and 5000, iRTT 2 ms, no window scaling):
///  1-3 handshake; 4 data 1..10; 5 ACK 11; 6 the same data again 0.5 s later (spurious: already
///  ACKed); 7 data from 21 (11..20 missing: lost segment); 8 data 11..20 0.5 ms later (out of
///  order); 9 ACK 31 with window 0; 10 one byte at 31 (zero-window probe); 11 its ACK, window still
///  0; 12 window update; 13 ACK of 100, beyond anything sent (ACKed unseen segment).
QByteArray craftedCapture()
{
    struct Step {
        bool fromClient;
        std::uint32_t seq, ack;
        std::uint16_t flags;
        QByteArray payload;
        std::uint32_t micros;
        std::uint16_t window = 64000;
    };
    const std::vector<Step> steps{
        {true, 1000, 0, 0x002, {}, 0},
        {false, 5000, 1001, 0x012, {}, 1000},
        {true, 1001, 5001, 0x010, {}, 2000},
        {true, 1001, 5001, 0x018, "abcdefghij", 10000},
        {false, 5001, 1011, 0x010, {}, 11000},
        {true, 1001, 5001, 0x018, "abcdefghij", 500000},
        {true, 1021, 5001, 0x018, "uvwxyz0123", 600000},
        {true, 1011, 5001, 0x018, "klmnopqrst", 600500},
        {false, 5001, 1031, 0x010, {}, 601000, 0},
        {true, 1031, 5001, 0x010, "x", 800000},
        {false, 5001, 1031, 0x010, {}, 801000, 0},
        {false, 5001, 1031, 0x010, {}, 900000, 64000},
        {false, 5001, 1100, 0x010, {}, 901000, 64000},
    };
    QList<PcapRecord> records;
    for (const auto& s : steps) {
        TcpFrameSpec spec;
        if (!s.fromClient) {
            std::swap(spec.src, spec.dst);
            std::swap(spec.srcPort, spec.dstPort);
        }
        spec.seq = s.seq;
        spec.ack = s.ack;
        spec.flags = s.flags;
        spec.payload = s.payload;
        spec.window = s.window;
        records << PcapRecord{tcpFrame(spec), {}, {}, 1'700'000'000, s.micros};
    }
    return pcapFile(records);
}

} // namespace

class TestFlowNarrator : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString crafted_;

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        crafted_ = dir_.filePath("crafted.pcap");
        QVERIFY(writeFile(crafted_, craftedCapture()));
    }

    void helloExchangeInEnglish()
    {
        const auto l = loadStream(samplePath("hello-exchange.pcap"), 0);
        const QStringList expected = {
            "The client opens a connection to 10.77.0.2:8888: SYN, the first step of the three-way handshake. Its initial sequence number (ISN) is 2373090562 (relative 0). States: client CLOSED \u2192 SYN_SENT, server LISTEN \u2192 SYN_RECEIVED.",
            "The server accepts. Its initial sequence number is 170371489 (relative 0); it acknowledges 2373090563 = the client's ISN + 1. States: client SYN_SENT \u2192 ESTABLISHED.",
            "The client acknowledges the server's SYN: ack 170371490 = the server's ISN + 1. The three-way handshake is complete. States: server SYN_RECEIVED \u2192 ESTABLISHED.",
            "The server sends 14 bytes of data (\"Hello, client!\"), seq 1 to 14; the client will acknowledge 15.",
            "The client acknowledges everything the server sent before byte 15 (ack 15), with no data of its own; its window is 64512 bytes.",
            "The client sends 5 bytes of data (\"Hello\"), seq 1 to 5; the server will acknowledge 6.",
            "The server acknowledges everything the client sent before byte 6 (ack 6), with no data of its own; its window is 65536 bytes.",
            "The server sends 4 bytes of data (\"quit\"), seq 15 to 18; the client will acknowledge 19.",
            "The client has nothing more to send and closes its direction: FIN, seq 6. The server will acknowledge 7. States: client ESTABLISHED \u2192 FIN_WAIT_1, server ESTABLISHED \u2192 CLOSE_WAIT.",
            "The server has nothing more to send and closes its direction: FIN, seq 19. The client will acknowledge 20. The same segment acknowledges the client's FIN (ack 7). States: client FIN_WAIT_1 \u2192 TIME_WAIT, server CLOSE_WAIT \u2192 LAST_ACK.",
            "The client acknowledges the server's FIN (ack 20), with no data of its own. States: server LAST_ACK \u2192 CLOSED.",
        };
        QCOMPARE(l->model().rowCount(), std::size_t(expected.size()));
        for (int r = 0; r < expected.size(); ++r)
            QCOMPARE(narrate(l->model(), std::size_t(r)), expected[r]);
        const FlowNarrator narrator;
        QCOMPARE(QString::fromStdString(narrator.title(l->model(), l->model().arrow(1))), QString("Frame 2: handshake, SYN-ACK"));
        QCOMPARE(QString::fromStdString(narrator.title(l->model(), l->model().arrow(3))), QString("Frame 4: data, 14 bytes"));
        QCOMPARE(QString::fromStdString(narrator.title(l->model(), l->model().arrow(9))), QString("Frame 10: close, FIN-ACK"));
    }

    void helloExchangeInChinese()
    {
        const auto l = loadStream(samplePath("hello-exchange.pcap"), 0);
        const QStringList expected = {
            "客户端向 10.77.0.2:8888 发起连接：SYN，三次握手的第一次握手。它的初始序号（ISN）是 2373090562（相对序号 0）。状态：客户端 CLOSED \u2192 SYN_SENT，服务器 LISTEN \u2192 SYN_RECEIVED。",
            "服务器接受连接（SYN-ACK，第二次握手）。它的初始序号是 170371489（相对序号 0）；确认号 2373090563 = 客户端的 ISN + 1。状态：客户端 SYN_SENT \u2192 ESTABLISHED。",
            "客户端确认服务器的 SYN（第三次握手）：确认号 170371490 = 服务器的 ISN + 1。三次握手完成。状态：服务器 SYN_RECEIVED \u2192 ESTABLISHED。",
            "服务器发送 14 字节数据（“Hello, client!”），序号 1 到 14；客户端将确认 15。",
            "客户端确认已收到服务器在第 15 字节之前发送的全部数据（确认号 15），自己不带数据；它的窗口是 64512 字节。",
            "客户端发送 5 字节数据（“Hello”），序号 1 到 5；服务器将确认 6。",
            "服务器确认已收到客户端在第 6 字节之前发送的全部数据（确认号 6），自己不带数据；它的窗口是 65536 字节。",
            "服务器发送 4 字节数据（“quit”），序号 15 到 18；客户端将确认 19。",
            "客户端没有数据要发送了，关闭自己的发送方向（FIN，挥手），序号 6。服务器将确认 7。状态：客户端 ESTABLISHED \u2192 FIN_WAIT_1，服务器 ESTABLISHED \u2192 CLOSE_WAIT。",
            "服务器没有数据要发送了，关闭自己的发送方向（FIN，挥手），序号 19。客户端将确认 20。同一报文段也确认了客户端的 FIN（确认号 7）。状态：客户端 FIN_WAIT_1 \u2192 TIME_WAIT，服务器 CLOSE_WAIT \u2192 LAST_ACK。",
            "客户端确认服务器的 FIN（确认号 20），自己不带数据。状态：服务器 LAST_ACK \u2192 CLOSED。",
        };
        for (int r = 0; r < expected.size(); ++r)
            QCOMPARE(narrate(l->model(), std::size_t(r), NarrationLanguage::SimplifiedChinese), expected[r]);
        const FlowNarrator narrator(NarrationLanguage::SimplifiedChinese);
        QCOMPARE(QString::fromStdString(narrator.title(l->model(), l->model().arrow(1))), QString("第 2 号数据包：握手，SYN-ACK"));
    }

    void refusedConnectionAndAbortiveClose()
    {
        const auto refused = loadStream(fixturePath("rst.pcap"), 0);
        const auto rst = refused->model().arrow(1);
        QCOMPARE(narrate(refused->model(), 1),
                 QString("The server refuses the connection: nothing listens on port 5013. It answers with RST-ACK, ack %1 "
                         "= the client's ISN + 1. States: client SYN_SENT \u2192 CLOSED, server SYN_RECEIVED \u2192 CLOSED.")
                     .arg(rst.ack));
        QVERIFY(narrate(refused->model(), 1, NarrationLanguage::SimplifiedChinese).startsWith("服务器拒绝连接：端口 5013 上没有程序在监听。"));
        const auto abortive = loadStream(fixturePath("abortive-close.pcap"), 0);
        const auto last = abortive->model().rowCount() - 1;
        QVERIFY(narrate(abortive->model(), last)
                    .startsWith(QString("The client resets the connection (RST-ACK, seq %1): it aborts at once, without the four-way close")
                                    .arg(abortive->model().arrow(last).relativeSeq)));
        QVERIFY(narrate(abortive->model(), last).endsWith("States: client ESTABLISHED \u2192 CLOSED, server ESTABLISHED \u2192 CLOSED."));
    }

    void halfCloseAndSimultaneousClose()
    {
        const auto half = loadStream(fixturePath("half-close.pcap"), 0);
        // The server ACKs the client's FIN on its own, then keeps sending.
        int finAck = -1;
        for (std::size_t r = 0; r < half->model().rowCount(); ++r)
            if (narrate(half->model(), r).contains("acknowledges the client's FIN"))
                finAck = int(r);
        QVERIFY(finAck > 0);
        QVERIFY(narrate(half->model(), std::size_t(finAck)).endsWith("States: client FIN_WAIT_1 \u2192 FIN_WAIT_2."));
        const auto crossing = loadStream(fixturePath("simultaneous-close.pcap"), 0);
        // The narration says what the lifelines draw: the client had not got the server's FIN (frame 8)
        // when it sent its own (frame 9), which proves it; that FIN reached it before frame 10.
        QVERIFY(narrate(crossing->model(), 7).contains(
            "Frame 9, a FIN that does not acknowledge it, proves that this FIN never reached the client: after the "
            "capture point it was lost or still on its way."));
        QVERIFY(narrate(crossing->model(), 7).endsWith("States: server ESTABLISHED \u2192 FIN_WAIT_1."));
        QVERIFY(narrate(crossing->model(), 7, NarrationLanguage::SimplifiedChinese)
                    .contains("第 9 号数据包（一个没有确认它的 FIN）证明这个FIN没有到达客户端"));
        QVERIFY(narrate(crossing->model(), 8).contains("It proves that the FIN of frame 8 never reached the client."));
        QVERIFY(narrate(crossing->model(), 8, NarrationLanguage::SimplifiedChinese).contains("它证明第 8 号数据包的FIN没有到达客户端。"));
        QVERIFY(narrate(crossing->model(), 8).endsWith("States: client ESTABLISHED \u2192 FIN_WAIT_1, server FIN_WAIT_1 \u2192 CLOSING."));
        const auto late = narrate(crossing->model(), 9);
        QVERIFY2(late.contains("The FIN the server sent in frame 8 was still on its way; it reached the client before this segment"),
                 qPrintable(late));
        QVERIFY2(late.endsWith("States: client FIN_WAIT_1 \u2192 CLOSING \u2192 TIME_WAIT."), qPrintable(late));
        QVERIFY(narrate(crossing->model(), 9, NarrationLanguage::SimplifiedChinese)
                    .contains("服务器在第 8 号数据包发出的 FIN 当时还在路上；它先于这个报文段到达客户端"));
    }

    void synAndSynAckRetransmissions()
    {
        const auto syn = loadStream(fixturePath("syn-retransmit.pcap"), 0);
        const auto again = syn->model().arrow(1);
        // With the gap to the previous copy: the retransmission timer at work.
        const auto gap = [&](std::size_t r, std::size_t before) {
            return QString::number(double(syn->model().timestampNs(r) - syn->model().timestampNs(before)) / 1e9, 'f', 3);
        };
        QCOMPARE(narrate(syn->model(), 1), QString("The client sends its SYN again (ISN %1, relative 0): no SYN-ACK came back in time. "
                                                   "The previous copy was frame 1, %2 s earlier.").arg(again.seq).arg(gap(1, 0)));
        QVERIFY(narrate(syn->model(), 2).endsWith(QString("The previous copy was frame 2, %1 s earlier.").arg(gap(2, 1))));
        QVERIFY(narrate(syn->model(), 2, NarrationLanguage::SimplifiedChinese).endsWith(QString("上一次发送是第 2 号数据包，%1 秒之前。").arg(gap(2, 1))));
        QCOMPARE(QString::fromStdString(FlowNarrator().title(syn->model(), again)), QString("Frame 2: handshake, SYN [TCP Retransmission]"));
        const auto synAck = loadStream(fixturePath("synack-retransmit.pcap"), 0);
        const int r = firstRowWith(synAck->model(), analysis::Retransmission);
        QVERIFY(r > 0);
        QVERIFY(narrate(synAck->model(), std::size_t(r)).contains("The server accepts.") );
        QVERIFY(narrate(synAck->model(), std::size_t(r)).contains("This is a retransmission: the server sends seq 0 again because no ACK for it came in time."));
    }

    void bulkRetransmissionsAndDuplicateAcks()
    {
        const auto l = loadStream(fixturePath("lossy-bulk.pcap"), 0);
        const auto& m = l->model();
        const int rto = firstRowWith(m, analysis::Retransmission, analysis::FastRetransmission);
        QVERIFY(rto >= 0);
        QVERIFY(narrate(m, std::size_t(rto)).contains(QString("This is a retransmission: the client sends seq %1 again").arg(m.arrow(std::size_t(rto)).relativeSeq)));
        const int fast = firstRowWith(m, analysis::FastRetransmission);
        QVERIFY(fast >= 0);
        QVERIFY(narrate(m, std::size_t(fast)).contains(QString("This is a fast retransmission: after duplicate ACKs the client resends seq %1").arg(m.arrow(std::size_t(fast)).relativeSeq)));
        QVERIFY(!narrate(m, std::size_t(fast)).contains("This is a retransmission"));
        // The lost segment's first copy, found back in the conversation (same seq, carrying data).
        const auto copy = QRegularExpression("The previous copy was frame (\\d+), ").match(narrate(m, std::size_t(fast)));
        QVERIFY(copy.hasMatch());
        const auto copyRow = m.firstRowAtOrAfterFrame(copy.captured(1).toUInt());
        QCOMPARE(m.arrow(copyRow).relativeSeq, m.arrow(std::size_t(fast)).relativeSeq);
        QVERIFY(m.arrow(copyRow).length > 0);
        QVERIFY(copyRow < std::uint32_t(fast));
        const int dup = firstRowWith(m, analysis::DuplicateAck);
        QVERIFY(dup >= 0);
        const auto a = m.arrow(std::size_t(dup));
        QVERIFY(narrate(m, std::size_t(dup)).startsWith(
            QString("Duplicate ACK #%1 (the ACK of frame %2 again): the server still asks for byte %3; later data arrived, but byte %3 is missing.")
                .arg(a.dupAckNumber).arg(a.dupAckFrame).arg(a.relativeAck)));
        // The first data segment lost after the tap names the server's ACK that proved it (SACK
        // blocks past it while still asking for its first byte), and that ACK names it back.
        int lost = -1;
        for (std::size_t r = 0; r < m.rowCount() && lost < 0; ++r)
            if (m.arrow(r).notReceived)
                lost = int(r);
        QVERIFY(lost >= 0);
        const auto proof = proofOf(m, std::size_t(lost));
        QVERIFY(proof.has_value());
        QCOMPARE(proof->kind, ProofKind::SackedPast);
        const auto lostArrow = m.arrow(std::size_t(lost));
        QCOMPARE(narrate(m, std::size_t(lost)),
                 QString("The client sends %1 bytes of data, seq %2 to %3; the server will acknowledge %4. Frame %5, an ACK still "
                         "asking for byte %2 while it SACKs data sent after it, proves that this data segment never reached the "
                         "server: after the capture point it was lost or still on its way.")
                     .arg(lostArrow.length).arg(lostArrow.relativeSeq).arg(lostArrow.relativeSeq + lostArrow.length - 1)
                     .arg(lostArrow.relativeSeq + lostArrow.length).arg(m.row(proof->row).frame()));
        QVERIFY(narrate(m, proof->row).endsWith(QString("It proves that the data segment of frame %1 never reached the server.")
                                                     .arg(lostArrow.frame)));
        QVERIFY(narrate(m, std::size_t(lost), NarrationLanguage::SimplifiedChinese)
                    .contains(QString("第 %1 号数据包（一个仍在请求第 %2 字节、同时用 SACK 确认了其后数据的确认）证明这个数据报文段没有到达服务器")
                                  .arg(m.row(proof->row).frame()).arg(lostArrow.relativeSeq)));
        QVERIFY(narrate(m, std::size_t(dup), NarrationLanguage::SimplifiedChinese).startsWith(QString("重复确认 #%1（再次发送第 %2 号数据包的确认）").arg(a.dupAckNumber).arg(a.dupAckFrame)));
        const int update = firstRowWith(m, analysis::WindowUpdate);
        QVERIFY(update >= 0);
        QVERIFY(narrate(m, std::size_t(update)).contains(QString("Window update: the server advertises a window of %1 bytes").arg(m.arrow(std::size_t(update)).window)));
    }

    void keepAlivesZeroWindowsAndWindowFull()
    {
        const auto ka = loadStream(fixturePath("keep-alive.pcap"), 0);
        const int probe = firstRowWith(ka->model(), analysis::KeepAlive);
        QVERIFY(probe >= 0);
        QCOMPARE(narrate(ka->model(), std::size_t(probe)),
                 QString("Keep-alive: seq %1 is one below the next byte and carries no new data; the client asks whether the server is still there.").arg(ka->model().arrow(std::size_t(probe)).relativeSeq));
        const int answer = firstRowWith(ka->model(), analysis::KeepAliveAck);
        QCOMPARE(narrate(ka->model(), std::size_t(answer)), QString("The server answers the keep-alive: still here (ack %1).").arg(ka->model().arrow(std::size_t(answer)).relativeAck));
        QCOMPARE(narrate(ka->model(), std::size_t(answer), NarrationLanguage::SimplifiedChinese), QString("服务器回应保活探测：仍然在线（确认号 %1）。").arg(ka->model().arrow(std::size_t(answer)).relativeAck));

        const auto zw = loadStream(fixturePath("zero-window-probe.pcap"), 0);
        const int zero = firstRowWith(zw->model(), analysis::ZeroWindow);
        QVERIFY(zero >= 0);
        QVERIFY(narrate(zw->model(), std::size_t(zero)).endsWith("its window is 0 bytes. Zero window: the server's receive buffer is full, so the client must stop sending until the window opens."));
        const int full = firstRowWith(zw->model(), analysis::WindowFull);
        QVERIFY(narrate(zw->model(), std::size_t(full)).contains("Window full: this segment fills the window the server advertised; the client can send no more until an ACK arrives."));
        QVERIFY(narrate(zw->model(), std::size_t(full), NarrationLanguage::SimplifiedChinese).contains("窗口已满"));
    }

    void reusedPorts()
    {
        const auto l = loadStream(fixturePath("port-reuse.pcap"), 1);
        QVERIFY(narrate(l->model(), 0).contains("The ports of an earlier conversation are reused: this SYN starts a new conversation (stream 1)."));
        QVERIFY(narrate(l->model(), 0, NarrationLanguage::SimplifiedChinese).contains("端口被重用：这个 SYN 开始了一个新的会话（流 1）。"));
    }

    void craftedCaptureCoversTheRemainingFlags()
    {
        const auto l = loadStream(crafted_, 0);
        const auto& m = l->model();
        QCOMPARE(m.rowCount(), std::size_t{13});
        const auto flagsOf = [&](std::size_t r) { return m.arrow(r).analysis; };
        QCOMPARE(flagsOf(5), analysis::SpuriousRetransmission | analysis::Retransmission);
        QCOMPARE(narrate(m, 5), QString("The client sends 10 bytes of data (\"abcdefghij\"), seq 1 to 10; the server will acknowledge 11. "
                                        "The retransmission was spurious: the server had already acknowledged these bytes. "
                                        "The previous copy was frame 4, 490.0 ms earlier. "
                                        "It proves that the ACK of frame 5 never reached the client."));
        QCOMPARE(flagsOf(6), analysis::LostSegment);
        QVERIFY(narrate(m, 6).endsWith("A previous segment was not captured: seq 21 is beyond the next byte the client was expected to send."));
        QCOMPARE(flagsOf(7), analysis::OutOfOrder);
        QVERIFY(narrate(m, 7).endsWith("It arrives out of order: data after it was seen first."));
        QVERIFY(flagsOf(8) & analysis::ZeroWindow);
        QCOMPARE(flagsOf(9), analysis::ZeroWindowProbe);
        QCOMPARE(narrate(m, 9), QString("The client sends 1 byte of data (\"x\"), seq 31 to 31; the server will acknowledge 32. "
                                        "Zero-window probe: the client sends 1 byte to learn whether the server's window has opened."));
        QVERIFY(flagsOf(10) & analysis::ZeroWindowProbeAck);
        QVERIFY(narrate(m, 10).startsWith("The server answers the zero-window probe: its window is 0 bytes."));
        QVERIFY(flagsOf(11) & analysis::WindowUpdate);
        QVERIFY(flagsOf(12) & analysis::AckLostSegment);
        QVERIFY(narrate(m, 12).contains("It acknowledges data the capture never saw (ACKed unseen segment)."));
        QVERIFY(narrate(m, 12, NarrationLanguage::SimplifiedChinese).contains("它确认了捕获文件中没有的数据"));
    }

    void everyRowOfEveryFixtureIsNarratedInBothLanguages()
    {
        for (const auto& file : fixtures()) {
            const auto capture = loadCapture(QFile::encodeName(file).toStdString());
            const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::allStreams());
            for (std::size_t r = 0; r < model.rowCount(); ++r) {
                for (const auto language : {NarrationLanguage::English, NarrationLanguage::SimplifiedChinese}) {
                    const auto text = narrate(model, r, language);
                    QVERIFY2(!text.isEmpty() && !text.contains('{'),
                             qPrintable(QString("%1 row %2: \"%3\"").arg(file).arg(r).arg(text)));
                }
            }
        }
    }

    void languageCodes()
    {
        QCOMPARE(parseNarrationLanguage("en"), std::optional<NarrationLanguage>(NarrationLanguage::English));
        QCOMPARE(parseNarrationLanguage("zh_CN"), std::optional<NarrationLanguage>(NarrationLanguage::SimplifiedChinese));
        QCOMPARE(parseNarrationLanguage("zh-CN"), std::optional<NarrationLanguage>(NarrationLanguage::SimplifiedChinese));
        QVERIFY(!parseNarrationLanguage("fr").has_value());
        QVERIFY(!parseNarrationLanguage("").has_value());
        QVERIFY(FlowNarrator().narrate(FlowModel{}, 0).empty());
    }
};

QTEST_GUILESS_MAIN(TestFlowNarrator)
#include "TestFlowNarrator.moc"
