// Damaged files and malformed frames: no crash, no hang, the right exit code, a message that
// names the problem, every frame before the damage intact, and no read outside the captured bytes.
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <decode/PacketDecoder.h>

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

constexpr int kTimeoutMs = 20'000;

/// Every span starts and ends inside the captured bytes; returns the first offender's description.
QString spanOutsideCapture(const QByteArray& frame, std::uint32_t wireLength, int linkType)
{
    FieldSpans spans;
    const Bytes bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()), static_cast<std::size_t>(frame.size()));
    (void)decodePacket(bytes, wireLength, linkType, &spans);
    for (const auto& span : spans) {
        if (span.firstByte() + span.byteLength() > bytes.size())
            return QString::fromStdString(span.id) + " at " + QString::number(span.firstByte()) + "+"
                 + QString::number(span.byteLength()) + " (caplen " + QString::number(bytes.size()) + ")";
    }
    return {};
}

QStringList problemsOf(const QByteArray& frame, std::uint32_t wireLength = 0, int linkType = 1)
{
    const Bytes bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()), static_cast<std::size_t>(frame.size()));
    const auto decoded = decodePacket(bytes, wireLength ? wireLength : static_cast<std::uint32_t>(frame.size()),
                                      linkType);
    QStringList texts;
    for (const auto& problem : decoded.problems)
        texts << QString::fromStdString(describe(problem));
    return texts;
}

QByteArray synWithOptions()
{
    TcpFrameSpec spec;
    spec.tcpOptions = mssOption(1460) + QByteArray::fromHex("0402") + timestampOption(7, 0) + QByteArray::fromHex("01")
                    + wscaleOption(7);
    return tcpFrame(spec);
}

QByteArray dataSegment(std::uint32_t seq, int payloadBytes)
{
    TcpFrameSpec spec;
    spec.flags = 0x018;
    spec.seq = seq;
    spec.ack = 5000;
    spec.tcpOptions = QByteArray::fromHex("0101") + timestampOption(8, 9);
    spec.payload = QByteArray(payloadBytes, 'x');
    return tcpFrame(spec);
}

/// Five frames: a SYN and four data segments of growing size.
QList<QByteArray> conversation()
{
    return {synWithOptions(), dataSegment(1001, 10), dataSegment(1011, 20), dataSegment(1031, 30),
            dataSegment(1061, 40)};
}

} // namespace

class TestMalformedCaptures : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString write(const QString& name, const QByteArray& data)
    {
        const auto path = dir_.filePath(name);
        if (!writeFile(path, data))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    /// Runs `packets --json` on a file and checks the process ended by itself.
    static QByteArrayList withoutStates(QByteArrayList lines)
    {
        static const QRegularExpression states(R"(,"state_src_before":.*,"not_received":(true|false))");
        for (auto& line : lines)
            line = QString::fromUtf8(line).remove(states).toUtf8();
        return lines;
    }

    ProcessResult packets(const QString& path)
    {
        auto run = runCli({"packets", path, "--json"}, kTimeoutMs);
        if (!run.finished || run.crashed)
            qWarning("tcplens-cli %s on %s", run.finished ? "crashed" : "hung", qPrintable(path));
        return run;
    }

    /// A crafted frame: the CLI reports exactly these problems (key words) and the in-process
    /// decode keeps every span inside the captured bytes, for the frame and every prefix of it.
    void checkFrame(const QByteArray& frame, const QStringList& keyWords, std::uint32_t wireLength = 0)
    {
        const auto wire = wireLength ? wireLength : static_cast<std::uint32_t>(frame.size());
        const auto path = write("frame.pcap",
                                pcapFile({PcapRecord{.bytes = frame, .wireLength = wire}}));
        const auto run = packets(path);
        QVERIFY(run.exitedWith(0));
        const auto objects = jsonLines(run.out);
        QCOMPARE(objects.size(), 1);
        const auto problems = objects[0].value("problems").toVariant().toStringList().join(" | ");
        for (const auto& word : keyWords)
            QVERIFY2(problems.contains(word), qPrintable("\"" + word + "\" not in: " + problems));
        QCOMPARE(problemsOf(frame, wire).join(" | "), problems);
        const auto outside = spanOutsideCapture(frame, wire, 1);
        QVERIFY2(outside.isEmpty(), qPrintable(outside));
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    // ---- files ------------------------------------------------------------------------------

    void emptyFileIsNotACapture()
    {
        const auto run = packets(write("empty.pcap", {}));
        QVERIFY(run.exitedWith(1));
        QVERIFY2(run.err.contains("empty"), run.err.constData());
    }

    void headerOnlyFileHasNoPackets()
    {
        const auto path = write("header.pcap", pcapHeader());
        const auto run = packets(path);
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QVERIFY(run.out.isEmpty());
        const auto summary = runCli({"summary", path}, kTimeoutMs);
        QVERIFY(summary.exitedWith(0));
        QVERIFY(summary.out.contains("Packets:          0\n"));
    }

    void cutShortFileKeepsEarlierFrames_data()
    {
        QTest::addColumn<int>("keepBytesOfFourth"); // of frame 4's record (16-byte header + data)
        QTest::newRow("mid record header") << 7;
        QTest::newRow("mid packet data") << 16 + 20;
        QTest::newRow("last byte missing") << 16 + int(dataSegment(1031, 30).size()) - 1;
    }

    void cutShortFileKeepsEarlierFrames()
    {
        QFETCH(int, keepBytesOfFourth);
        const auto whole = pcapOfFrames(conversation());
        const auto full = packets(write("whole.pcap", whole));
        QVERIFY(full.exitedWith(0));
        const auto fullLines = lines(full.out);
        QCOMPARE(fullLines.size(), 5);
        qsizetype fourth = 24;
        for (int i = 0; i < 3; ++i)
            fourth += 16 + conversation()[i].size();
        const auto run = packets(write("cut.pcap", whole.left(fourth + keepBytesOfFourth)));
        QVERIFY(run.exitedWith(1));
        QCOMPARE(lines(run.out), fullLines.mid(0, 3));
        QVERIFY2(run.err.contains("cut short") && run.err.contains("frame 4"), run.err.constData());
        const auto summary = runCli({"summary", dir_.filePath("cut.pcap")}, kTimeoutMs);
        QVERIFY(summary.exitedWith(1));
        QVERIFY(summary.out.contains("Packets:          3\n"));
    }

    void randomBytesAfterHeaderAreReported()
    {
        QRandomGenerator rng(1234);
        for (int round = 0; round < 20; ++round) {
            QByteArray junk(64 + round * 37, '\0');
            for (auto& b : junk)
                b = static_cast<char>(rng.bounded(256));
            const auto run = packets(write("junk.pcap", pcapHeader() + junk));
            QVERIFY2(run.finished && !run.crashed, qPrintable("round " + QString::number(round)));
            // A random record header can happen to frame a packet; what cannot happen is silence.
            QVERIFY2(run.exitCode == 1 || run.exitCode == 0, run.err.constData());
            if (run.exitCode == 1)
                QVERIFY2(run.err.contains("cut short") || run.err.contains("damaged"), run.err.constData());
        }
    }

    void hugeCaptureLengthIsDamageAtThatFrame()
    {
        const auto frames = conversation();
        const auto path = write("huge.pcap", pcapFile({PcapRecord{.bytes = frames[0]}, PcapRecord{.bytes = frames[1], .capturedLength = 0x7fffffffU}}));
        const auto run = packets(path);
        QVERIFY(run.exitedWith(1));
        QCOMPARE(lines(run.out).size(), 1);
        QVERIFY2(run.err.contains("damaged capture file at frame 2"), run.err.constData());
    }

    void unknownLinkTypeDecodesNothingAndSaysSo()
    {
        const auto path = write("user0.pcap", pcapFile({PcapRecord{.bytes = synWithOptions()}}, PcapOptions{147}));
        const auto run = packets(path);
        QVERIFY(run.exitedWith(0));
        const auto objects = jsonLines(run.out);
        QCOMPARE(objects.size(), 1);
        QVERIFY(!objects[0].contains("src"));
        QVERIFY(objects[0].value("problems").toVariant().toStringList().join(';').startsWith(
            "unsupported link type 147"));
        QVERIFY(spanOutsideCapture(synWithOptions(), 74, 147).isEmpty());
    }

    void textFileIsNotACapture()
    {
        const auto run = packets(write("notes.txt", "hello, this is not a capture\n"));
        QVERIFY(run.exitedWith(1));
        QVERIFY2(run.err.contains("not a pcap or pcapng capture file"), run.err.constData());
    }

    void directoryIsNotACapture()
    {
        const auto run = packets(dir_.path());
        QVERIFY(run.exitedWith(1));
        QVERIFY2(run.err.contains("directory"), run.err.constData());
    }

    void missingFileIsReported()
    {
        const auto run = packets(dir_.filePath("does-not-exist.pcap"));
        QVERIFY(run.exitedWith(1));
        QVERIFY2(run.err.contains("No such file"), run.err.constData());
    }

    // ---- frames -----------------------------------------------------------------------------

    void ipHeaderLengthZeroIsBogus()
    {
        TcpFrameSpec spec;
        spec.ihl = 0;
        checkFrame(tcpFrame(spec), {"bogus IPv4 header length (0, must be at least 20)"});
    }

    void ipHeaderLengthFifteenLargerThanTotalLengthIsBogus()
    {
        TcpFrameSpec spec;
        spec.ihl = 15;
        checkFrame(tcpFrame(spec), {"bogus IPv4 total length (40, must be at least the header length 60)"});
    }

    void ipHeaderLengthFifteenWithRealOptionsDecodes()
    {
        TcpFrameSpec spec;
        spec.ipOptions = QByteArray::fromHex("0727040000000000") + QByteArray(32, '\0'); // Record Route, 39 + EOL
        spec.tcpOptions = mssOption(1400);
        checkFrame(tcpFrame(spec), {});
    }

    void tcpDataOffsetZeroIsBogus()
    {
        TcpFrameSpec spec;
        spec.dataOffset = 0;
        checkFrame(tcpFrame(spec), {"bogus TCP header length (0, must be at least 20)"});
    }

    void tcpDataOffsetFifteenExceedsSegment()
    {
        TcpFrameSpec spec;
        spec.dataOffset = 15;
        checkFrame(tcpFrame(spec), {"TCP header length 60 exceeds the segment length 20"});
    }

    void ipTotalLengthBeyondFrameIsReported()
    {
        TcpFrameSpec spec;
        spec.totalLength = 0xffff;
        checkFrame(tcpFrame(spec), {"IP total length 65535 exceeds the 40 bytes of the frame"});
    }

    void ipTotalLengthTwentyOneLeavesOneTcpByte()
    {
        TcpFrameSpec spec;
        spec.totalLength = 21;
        checkFrame(tcpFrame(spec), {"TCP header length 20 exceeds the segment length 1"});
    }

    void tcpOptionLengthZeroIsBad()
    {
        TcpFrameSpec spec;
        spec.tcpOptions = QByteArray::fromHex("02000000");
        checkFrame(tcpFrame(spec), {"Maximum segment size (kind 2) has length 0 (must be at least 2)"});
    }

    void tcpOptionLengthOneIsBad()
    {
        TcpFrameSpec spec;
        spec.tcpOptions = QByteArray::fromHex("08010000");
        checkFrame(tcpFrame(spec), {"Timestamps (kind 8) has length 1 (must be at least 2)"});
    }

    void tcpOptionRunningPastHeaderIsReported()
    {
        TcpFrameSpec spec;
        spec.tcpOptions = QByteArray::fromHex("0101080a"); // a timestamp option with only 2 of its 10 bytes
        spec.payload = QByteArray(16, 'p');
        checkFrame(tcpFrame(spec), {"Timestamps (kind 8) of length 10 runs past the end of the header"});
    }

    void optionKindWithoutLengthByteIsReported()
    {
        TcpFrameSpec spec;
        spec.tcpOptions = QByteArray::fromHex("01010102");
        checkFrame(tcpFrame(spec), {"has no length byte before the end of the header"});
    }

    void everyPrefixOfCraftedFramesStaysInsideCapture_data()
    {
        QTest::addColumn<QByteArray>("frame");
        const auto add = [](const char* name, auto&& tweak) {
            TcpFrameSpec spec;
            tweak(spec);
            QTest::newRow(name) << tcpFrame(spec);
        };
        add("ihl 0", [](TcpFrameSpec& s) { s.ihl = 0; });
        add("ihl 15 without options", [](TcpFrameSpec& s) { s.ihl = 15; });
        add("ihl 15 with record route", [](TcpFrameSpec& s) {
            s.ipOptions = QByteArray::fromHex("0727040000000000") + QByteArray(32, '\0');
        });
        add("data offset 0", [](TcpFrameSpec& s) { s.dataOffset = 0; });
        add("data offset 15", [](TcpFrameSpec& s) { s.dataOffset = 15; });
        add("total length 0xffff", [](TcpFrameSpec& s) { s.totalLength = 0xffff; });
        add("total length 21", [](TcpFrameSpec& s) { s.totalLength = 21; });
        add("option length 0", [](TcpFrameSpec& s) { s.tcpOptions = QByteArray::fromHex("02000000"); });
        add("option length 1", [](TcpFrameSpec& s) { s.tcpOptions = QByteArray::fromHex("08010000"); });
        add("option past header", [](TcpFrameSpec& s) { s.tcpOptions = QByteArray::fromHex("0101080a"); });
        QTest::newRow("syn with options") << synWithOptions();
    }

    void everyPrefixOfCraftedFramesStaysInsideCapture()
    {
        // A snaplen can cut any frame anywhere: no cut may make a span leave the captured bytes.
        QFETCH(QByteArray, frame);
        for (qsizetype cut = 0; cut <= frame.size(); ++cut) {
            const auto outside = spanOutsideCapture(frame.left(cut), static_cast<std::uint32_t>(frame.size()), 1);
            QVERIFY2(outside.isEmpty(), qPrintable("cut at " + QString::number(cut) + ": " + outside));
        }
    }

    void snaplenFortyDecodesAsFarAsItGoes()
    {
        const auto frame = synWithOptions();
        const auto wire = static_cast<std::uint32_t>(frame.size());
        const auto path = write("snap40.pcap", pcapFile({PcapRecord{.bytes = frame.left(40), .wireLength = wire}}, PcapOptions{.snaplen = 40}));
        const auto run = packets(path);
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const auto objects = jsonLines(run.out);
        QCOMPARE(objects.size(), 1);
        const auto& o = objects[0];
        QCOMPARE(o.value("caplen").toInt(), 40);
        QCOMPARE(o.value("len").toInt(), int(wire));
        QCOMPARE(o.value("src").toString(), QString("10.0.0.1"));
        QCOMPARE(o.value("sport").toInt(), 40000);
        QCOMPARE(o.value("dport").toInt(), 80);
        QVERIFY(!o.contains("flags")); // byte 13 of the TCP header was not captured
        QVERIFY(o.value("problems").toVariant().toStringList().join(';').contains("truncated"));
        for (qsizetype cut = 0; cut <= frame.size(); ++cut)
            QVERIFY2(spanOutsideCapture(frame.left(cut), wire, 1).isEmpty(), qPrintable(QString::number(cut)));
    }

    void ipHeaderSpanStaysInsideCaptureWhenOptionsAreCut()
    {
        // IHL 15 with 40 option bytes, captured only up to the fixed IPv4 header plus 6 bytes.
        TcpFrameSpec spec;
        spec.ipOptions = QByteArray::fromHex("0727040000000000") + QByteArray(32, '\0');
        const auto frame = tcpFrame(spec);
        const auto outside = spanOutsideCapture(frame.left(14 + 26), static_cast<std::uint32_t>(frame.size()), 1);
        QVERIFY2(outside.isEmpty(), qPrintable(outside));
    }

    void ipv6ExtensionHeaderSpanStaysInsideCaptureWhenCut()
    {
        // Ethernet, IPv6 with a 16-byte Hop-by-Hop header, then a bare TCP SYN; captured up to
        // the first 8 bytes of the extension header only.
        QByteArray frame = QByteArray::fromHex("02000000000202000000000186dd");
        QByteArray ip6 = QByteArray::fromHex("60000000") + QByteArray(4, '\0');
        putBe16(ip6, 4, 16 + 20);
        ip6[6] = 0; // Hop-by-Hop
        ip6[7] = 64;
        ip6 += QByteArray::fromHex("20010db8000000000000000000000001");
        ip6 += QByteArray::fromHex("20010db8000000000000000000000002");
        const QByteArray hopByHop = QByteArray::fromHex("0601") + QByteArray::fromHex("010c") + QByteArray(12, '\0');
        QByteArray tcp(20, '\0');
        putBe16(tcp, 0, 40000);
        putBe16(tcp, 2, 80);
        tcp[12] = 0x50;
        tcp[13] = 0x02;
        frame += ip6 + hopByHop + tcp;
        const auto wire = static_cast<std::uint32_t>(frame.size());
        QVERIFY(spanOutsideCapture(frame, wire, 1).isEmpty());
        for (qsizetype cut = 0; cut <= frame.size(); ++cut) {
            const auto outside = spanOutsideCapture(frame.left(cut), wire, 1);
            QVERIFY2(outside.isEmpty(), qPrintable("cut at " + QString::number(cut) + ": " + outside));
        }
    }

    void everyPrefixOfFixtureFramesStaysInsideCapture()
    {
        int checked = 0;
        for (const auto& path : fixtures()) {
            auto file = CaptureFile::open(path.toStdString());
            RawPacket packet;
            for (int n = 0; n < 60 && file->next(packet) == ReadStatus::Packet; ++n) {
                const QByteArray bytes(reinterpret_cast<const char*>(packet.bytes.data()),
                                       qsizetype(packet.bytes.size()));
                for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
                    const auto outside = spanOutsideCapture(bytes.left(cut), packet.wireLength, file->info().linkType);
                    QVERIFY2(outside.isEmpty(), qPrintable(QFileInfo(path).fileName() + " frame "
                                                           + QString::number(n + 1) + " cut at "
                                                           + QString::number(cut) + ": " + outside));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 0);
    }

    void randomByteFlipsNeverCrashOrHang()
    {
        const auto original = readFile(fixturePath("ipv4-basic.pcap"));
        if (original.isEmpty())
            QSKIP("ipv4-basic.pcap is not recorded yet");
        const auto clean = packets(write("clean.pcap", original));
        QVERIFY(clean.exitedWith(0));
        const auto cleanLines = lines(clean.out);
        // Where each record ends, to know which frames lie wholly before the first damaged byte.
        QList<qsizetype> recordEnds;
        for (qsizetype at = 24; at + 16 <= original.size();) {
            const auto caplen = qFromLittleEndian<quint32>(original.constData() + at + 8);
            at += 16 + caplen;
            recordEnds << at;
        }
        QCOMPARE(recordEnds.size(), cleanLines.size());

        QRandomGenerator rng(20240601);
        for (int round = 0; round < 200; ++round) {
            QByteArray damaged = original;
            const int flips = 1 + int(rng.bounded(8));
            qsizetype firstFlip = damaged.size();
            for (int f = 0; f < flips; ++f) {
                const auto at = qsizetype(rng.bounded(quint32(damaged.size())));
                damaged[at] = static_cast<char>(damaged[at] ^ (1 + rng.bounded(255)));
                firstFlip = std::min(firstFlip, at);
            }
            const QString label = "round " + QString::number(round);
            const auto run = packets(write("flipped.pcap", damaged));
            QVERIFY2(run.finished, qPrintable(label + " hung"));
            QVERIFY2(!run.crashed, qPrintable(label + " crashed"));
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(label + ": " + run.err));
            if (firstFlip >= 24) {
                const auto intact = std::count_if(recordEnds.begin(), recordEnds.end(),
                                                  [&](qsizetype end) { return end <= firstFlip; });
                const auto got = lines(run.out);
                QVERIFY2(got.size() >= intact, qPrintable(label));
                // A later packet may correct an earlier one's inferred endpoint states (it proves a
                // segment never arrived, docs/state-inference.md); what was decoded stays the same.
                QVERIFY2(withoutStates(got.mid(0, intact)) == withoutStates(cleanLines.mid(0, intact)),
                         qPrintable(label + ": earlier frames changed"));
            }
            // The same bytes in-process: open, read, decode with spans, never leave the captured bytes.
            try {
                auto file = CaptureFile::open(dir_.filePath("flipped.pcap").toStdString());
                RawPacket packet;
                int frames = 0;
                while (file->next(packet) == ReadStatus::Packet && frames++ < 100'000) {
                    const QByteArray bytes(reinterpret_cast<const char*>(packet.bytes.data()),
                                           qsizetype(packet.bytes.size()));
                    const auto outside = spanOutsideCapture(bytes, packet.wireLength, file->info().linkType);
                    QVERIFY2(outside.isEmpty(), qPrintable(label + ": " + outside));
                }
            } catch (const CaptureError&) {
                // A flip in the file header may make it unreadable as a whole: that is a clean refusal.
            }
        }
    }
};

QTEST_MAIN(TestMalformedCaptures)
#include "TestMalformedCaptures.moc"
