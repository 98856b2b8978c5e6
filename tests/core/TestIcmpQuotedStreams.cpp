// A TCP header quoted in an ICMP error (RFC 792, RFC 4443) is filed in a conversation the way
// tshark 4.0 files it, so that every later stream number is tshark's: the quote takes the stream
// of its 4-tuple, or opens one, which the conversation list does not show until a segment comes.
// Each case is checked against our own expectation and, when tshark is installed, against tshark.
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens::test;

namespace {

constexpr std::uint16_t kSyn = 0x002, kPsh = 0x008, kAck = 0x010;

/// An ICMP port unreachable from 10.0.0.9 to 10.0.0.1 quoting `quoted`'s IP header and the first
/// `tcpBytes` bytes of its TCP header.
QByteArray icmpError(const TcpFrameSpec& quoted, int tcpBytes)
{
    QByteArray icmp = QByteArray::fromHex("03030000") + QByteArray(4, '\0') + tcpFrame(quoted).mid(14, 20 + tcpBytes);
    putBe16(icmp, 2, internetChecksum(icmp));
    // IPv4 from 10.0.0.9 to 10.0.0.1, protocol 1 (ICMP); length and checksum filled in below.
    QByteArray ip = QByteArray::fromHex("450000000001000040010000") + QByteArray::fromHex("0a0000090a000001");
    putBe16(ip, 2, static_cast<std::uint16_t>(20 + icmp.size()));
    putBe16(ip, 10, internetChecksum(ip));
    return QByteArray::fromHex("020000000001020000000009") + QByteArray::fromHex("0800") + ip + icmp;
}

/// A segment between 10.0.0.1:`clientPort` and 10.0.0.2:80.
TcpFrameSpec segment(std::uint16_t clientPort, bool fromClient, std::uint32_t seq, std::uint32_t ack,
                     std::uint16_t flags, int length = 0)
{
    TcpFrameSpec spec;
    spec.srcPort = clientPort;
    if (!fromClient) {
        std::swap(spec.src, spec.dst);
        spec.srcPort = 80;
        spec.dstPort = clientPort;
    }
    spec.seq = seq;
    spec.ack = ack;
    spec.flags = flags;
    spec.payload = QByteArray(length, 'x');
    return spec;
}

} // namespace

class TestIcmpQuotedStreams : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString tshark_;
    int files_ = 0;
    QString path_;

    /// Each frame's stream as text: "stream", or "quote N" for an ICMP error's quoted header, or "".
    QStringList streams(const QList<QByteArray>& frames)
    {
        path_ = dir_.filePath(QString("quote-%1.pcap").arg(++files_));
        if (!writeFile(path_, pcapOfFrames(frames)))
            return {"cannot write"};
        const auto run = runCli({"packets", path_, "--json"});
        if (!run.exitedWith(0))
            return {QString::fromUtf8(run.err)};
        QStringList out;
        for (const auto& frame : jsonLines(run.out))
            out << (frame.contains("stream")          ? QString::number(frame.value("stream").toInt())
                    : frame.contains("quoted_stream") ? "quote " + QString::number(frame.value("quoted_stream").toInt())
                                                      : QString());
        return out;
    }

    /// tshark's tcp.stream of each frame, in the same form (empty list without tshark).
    QStringList tsharkStreams()
    {
        if (tshark_.isEmpty())
            return {};
        const auto run = runProcess(tshark_, {"-n", "-r", path_, "-T", "fields", "-e", "icmp.type", "-e", "tcp.stream"});
        QStringList out;
        for (const auto& line : lines(run.out)) {
            const auto fields = QString::fromUtf8(line).split('\t');
            const QString stream = fields.value(1);
            out << (!fields.value(0).isEmpty() && !stream.isEmpty() ? "quote " + stream : stream);
        }
        return out;
    }

    /// The streams `tcplens-cli conversations --json` lists.
    QList<int> listedStreams()
    {
        const auto run = runCli({"conversations", path_, "--json"});
        QList<int> out;
        for (const auto& c : jsonLines(run.out))
            out << c.value("stream").toInt();
        return out;
    }

    /// How many conversations `tshark -z conv,tcp` lists (-1 without tshark).
    int tsharkConversationCount()
    {
        if (tshark_.isEmpty())
            return -1;
        const auto run = runProcess(tshark_, {"-n", "-r", path_, "-q", "-z", "conv,tcp"});
        return static_cast<int>(run.out.count("<->"));
    }

    void checkWithTshark(const QStringList& ours)
    {
        const auto theirs = tsharkStreams();
        if (!theirs.isEmpty())
            QCOMPARE(ours, theirs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        tshark_ = findProgram("tshark");
    }

    // Backscatter: the quoted SYN's connection was never captured; its quote takes stream 1, so
    // the next conversation is stream 2, and the list shows two conversations, as tshark's does.
    void quoteOfAnUnseenConnectionTakesAStreamNumber()
    {
        TcpFrameSpec quoted;
        quoted.dst = {10, 0, 0, 9};
        quoted.srcPort = 40001;
        quoted.dstPort = 443;
        quoted.seq = 7000;
        const auto ours = streams({tcpFrame(segment(40000, true, 1000, 0, kSyn)), icmpError(quoted, 20),
                                   tcpFrame(segment(40002, true, 5000, 0, kSyn))});
        QCOMPARE(ours, (QStringList{"0", "quote 1", "2"}));
        checkWithTshark(ours);
        QCOMPARE(listedStreams(), (QList<int>{0, 2}));
        const int theirs = tsharkConversationCount();
        if (theirs >= 0)
            QCOMPARE(theirs, 2);
    }

    // The quote of a captured connection's segment takes that connection's stream.
    void quoteOfACapturedSegmentTakesItsStream()
    {
        const auto ours = streams({tcpFrame(segment(40000, true, 1000, 0, kSyn)),
                                   tcpFrame(segment(40000, false, 9000, 1001, kSyn | kAck)),
                                   tcpFrame(segment(40000, true, 1001, 9001, kAck | kPsh, 10)),
                                   icmpError(segment(40000, true, 1001, 9001, kAck | kPsh, 10), 20),
                                   tcpFrame(segment(40002, true, 5000, 0, kSyn))});
        QCOMPARE(ours, (QStringList{"0", "0", "0", "quote 0", "1"}));
        checkWithTshark(ours);
        QCOMPARE(listedStreams(), (QList<int>{0, 1}));
    }

    // RFC 792's minimum, the IP header and 64 bits of data: tshark stops before the window and
    // files the quote nowhere.
    void eightByteQuoteTakesNoStream()
    {
        TcpFrameSpec quoted = segment(40001, true, 7000, 0, kSyn);
        const auto ours = streams({icmpError(quoted, 8), tcpFrame(segment(40002, true, 5000, 0, kSyn))});
        QCOMPARE(ours, (QStringList{"", "0"}));
        checkWithTshark(ours);
    }

    // The quote came first (the error overtook the capture of its SYN's retry): the segments that
    // follow on its 4-tuple join the stream it opened, which the list then shows.
    void segmentsAfterAQuoteJoinItsStream()
    {
        const auto ours = streams({tcpFrame(segment(40000, true, 1000, 0, kSyn)),
                                   icmpError(segment(40001, true, 3000, 0, kSyn), 20),
                                   tcpFrame(segment(40001, true, 3000, 0, kSyn)),
                                   tcpFrame(segment(40001, false, 8000, 3001, kSyn | kAck))});
        QCOMPARE(ours, (QStringList{"0", "quote 1", "1", "1"}));
        checkWithTshark(ours);
        QCOMPARE(listedStreams(), (QList<int>{0, 1}));
        const auto run = runCli({"conversations", path_, "--json"});
        const auto listed = jsonLines(run.out);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[1].value("icmp_quotes").toInt(), 1);
        QCOMPARE(listed[1].value("first_frame").toInt(), 3);
        QCOMPARE(listed[1].value("client").toString(), QString("10.0.0.1:40001"));
    }

    // tshark's SYN rule runs on quotes too: a quoted SYN with another ISN than its 4-tuple's
    // opens a stream, and the 4-tuple's later segments are filed there.
    void quotedSynWithAnotherIsnOpensAStream()
    {
        const auto ours = streams({tcpFrame(segment(40000, true, 1000, 0, kSyn)),
                                   tcpFrame(segment(40000, false, 9000, 1001, kSyn | kAck)),
                                   icmpError(segment(40000, true, 4444, 0, kSyn), 20),
                                   tcpFrame(segment(40000, true, 1001, 9001, kAck))});
        QCOMPARE(ours, (QStringList{"0", "0", "quote 1", "1"}));
        checkWithTshark(ours);
        QCOMPARE(listedStreams(), (QList<int>{0, 1}));
    }
};

QTEST_GUILESS_MAIN(TestIcmpQuotedStreams)
#include "TestIcmpQuotedStreams.moc"
