// pcapng as tshark reads it: every block-structure test file with capinfos' packet count and
// tshark's timestamps, several interfaces with their own link types, names, resolutions and
// offsets, comments, both byte orders, and timestamps no int64 of nanoseconds can hold.

#include "PcapngBuilder.h"
#include "TestSupport.h"

#include <capture/LiveCapture.h>
#include <capture/Timestamp.h>

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace tcplens;
using namespace tcplens::test;

namespace {

constexpr int kTimeoutMs = 60'000;

QString publicDir() { return QStringLiteral(TCPLENS_TEST_DATA_DIR "/public"); }

/// tshark numbers interfaces within a section; frames of later sections name theirs.
QString interfaceColumn(const QJsonObject& object)
{
    return QString::number(object.value("interface_id").toInt());
}

/// tshark's view of each packet (custom blocks, which tshark 4.0 lists as frames, left out):
/// epoch time (empty for a Simple Packet Block), captured length, interface id.
QStringList tsharkPackets(const QString& path)
{
    const auto run = runProcess(findProgram("tshark"), {"-n", "-r", path, "-T", "fields", "-e", "frame.time_epoch",
                                                        "-e", "frame.cap_len", "-e", "frame.interface_id"},
                                kTimeoutMs);
    QStringList rows;
    for (const auto& line : lines(run.out)) {
        const auto fields = QString::fromUtf8(line).split('\t');
        if (fields.size() == 3 && !fields[2].isEmpty())
            rows << fields.join('\t');
    }
    return rows;
}

QStringList ourPackets(const QList<QJsonObject>& objects, const QStringList& theirs)
{
    QStringList rows;
    for (int i = 0; i < objects.size(); ++i) {
        // tshark gives a Simple Packet Block no time at all; we give it 0.
        const bool noTime = i < theirs.size() && theirs[i].startsWith('\t');
        rows << (noTime ? QString() : objects[i].value("ts").toString()) + '\t'
                    + QString::number(objects[i].value("caplen").toInt()) + '\t'
                    + interfaceColumn(objects[i]);
    }
    return rows;
}

QByteArray synFrame(std::uint16_t port) { return tcpFrame(TcpFrameSpec{.srcPort = port}); }

/// The IPv4 packet of a frame, for LINKTYPE_RAW.
QByteArray rawIp(const QByteArray& frame) { return frame.mid(14); }

} // namespace

class TestPcapngReading : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QHash<QString, int> capinfosCounts_; // file name -> packets, from one capinfos run

    QString write(const QString& name, const QByteArray& bytes)
    {
        const auto path = dir_.filePath(name);
        writeFile(path, bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        if (findProgram("tshark").isEmpty() || findProgram("capinfos").isEmpty())
            QSKIP("tshark and capinfos are the oracles here");
        QStringList arguments{"-c", "-M", "-T", "-r"};
        const QDir structure(publicDir() + "/pcapng-structure");
        for (const auto& file : structure.entryList({"*.pcapng"}, QDir::Files, QDir::Name))
            arguments << structure.filePath(file);
        arguments << publicDir() + "/ws__grpc_stream_reassembly_sample.pcapng" << publicDir() + "/ws__many_interfaces_1.pcapng";
        const auto run = runProcess(findProgram("capinfos"), arguments, kTimeoutMs);
        QVERIFY(run.exitedWith(0));
        for (const auto& line : lines(run.out)) {
            const auto fields = QString::fromUtf8(line).split('\t');
            if (fields.size() == 2)
                capinfosCounts_.insert(QFileInfo(fields[0]).fileName(), fields[1].toInt());
        }
        QCOMPARE(capinfosCounts_.size(), arguments.size() - 4);
    }

    void structureFilesReadAsTsharkReadsThem_data()
    {
        QTest::addColumn<QString>("path");
        const QDir structure(publicDir() + "/pcapng-structure");
        const auto files = structure.entryList({"*.pcapng"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 49);
        for (const auto& file : files)
            QTest::newRow(qPrintable(file)) << structure.filePath(file);
        for (const char* file : {"ws__grpc_stream_reassembly_sample.pcapng", "ws__many_interfaces_1.pcapng"})
            QTest::newRow(file) << publicDir() + "/" + file;
    }

    void structureFilesReadAsTsharkReadsThem()
    {
        QFETCH(QString, path);
        const int expected = capinfosCounts_.value(QFileInfo(path).fileName(), -1);
        const auto run = runCli({"packets", "--json", path}, kTimeoutMs);
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const auto objects = jsonLines(run.out);
        QCOMPARE(objects.size(), expected);
        if (path.endsWith("_be.pcapng"))
            return; // the mirror of its _le twin, whose times tshark checks (one tshark run each is slow)
        const auto theirs = tsharkPackets(path);
        QCOMPARE(ourPackets(objects, theirs), theirs);
    }

    void interfacesKeepTheirLinkTypesClocksNamesAndComments_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("little-endian") << int(ByteOrder::Little);
        QTest::newRow("big-endian") << int(ByteOrder::Big);
    }

    void interfacesKeepTheirLinkTypesClocksNamesAndComments()
    {
        QFETCH(int, order);
        PcapngBuilder file(static_cast<ByteOrder>(order));
        file.interface({.linkType = 1, .snaplen = 65535, .name = "eth0", .description = "uplink"})
            .interface({.linkType = 101, .snaplen = 262144, .name = "tun0", .tsresol = 9, .tsoffset = 1'000'000'000})
            .interface({.linkType = 1, .tsresol = 0x80 | 20})
            .block(0x00000BAD, QByteArray::fromHex("00007ed9") + "custom data")
            .block(0x12345678, "an unknown block")
            .packet(0, 1'700'000'000'123456ULL, synFrame(1001), {"first comment", "second comment"})
            .packet(1, 700'000'000'000'000'001ULL, rawIp(synFrame(1002)))
            .packet(2, (1'700'000'000ULL << 20) | (1U << 19), synFrame(1003));
        file.section("second section").interface({.linkType = 101, .name = "wg0"}).packet(0, 1'700'000'001'000000ULL,
                                                                                            rawIp(synFrame(1004)));
        const auto path = write(QString("multi-%1.pcapng").arg(order), file.bytes());

        const auto run = runCli({"packets", "--json", path}, kTimeoutMs);
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const auto objects = jsonLines(run.out);
        QCOMPARE(objects.size(), 4);
        const QStringList ports{"1001", "1002", "1003", "1004"};
        const QStringList names{"eth0", "tun0", "", "wg0"};
        const QList<int> linkTypes{1, 101, 1, 101};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(objects[i].value("sport").toInt(), ports[i].toInt()); // each decoded with its own link type
            QCOMPARE(objects[i].value("linktype").toInt(), linkTypes[i]);
            QCOMPARE(objects[i].value("interface_id").toInt(), i == 3 ? 0 : i);
            QCOMPARE(objects[i].value("interface_name").toString(), names[i]);
        }
        QCOMPARE(objects[3].value("section").toInt(), 2);
        QCOMPARE(objects[0].value("ts").toString(), QString("1700000000.123456000"));
        QCOMPARE(objects[1].value("ts").toString(), QString("1700000000.000000001")); // 10^-9 ticks + 10^9 s offset
        QCOMPARE(objects[2].value("ts").toString(), QString("1700000000.500000000")); // 2^-20 ticks
        QCOMPARE(objects[0].value("comments").toArray().size(), 2);
        QCOMPARE(objects[0].value("interface_description").toString(), QString("uplink"));
        const auto theirs = tsharkPackets(path);
        QCOMPARE(ourPackets(objects, theirs), theirs);
        const auto comments = runProcess(findProgram("tshark"), {"-n", "-r", path, "-T", "fields", "-e", "frame.comment",
                                                                 "-e", "frame.interface_name"},
                                         kTimeoutMs);
        QVERIFY2(comments.out.contains("\nfirst comment,second comment\teth0\n"), comments.out.constData());

        const auto details = runCli({"details", "--frame", "1", path}, kTimeoutMs);
        QVERIFY2(details.exitedWith(0), details.err.constData());
        QVERIFY2(details.out.contains("  Packet comments\n    first comment\n    second comment\n"), details.out.constData());
        QVERIFY2(details.out.contains("    Interface id: 0 (eth0)\n      Interface name: eth0\n"), details.out.constData());

        // A BPF filter is compiled for each link type: "tcp port 1002" finds the raw-IP packet.
        const auto filtered = runCli({"packets", "--json", "--filter", "tcp port 1002 or tcp port 1003", path}, kTimeoutMs);
        QVERIFY2(filtered.exitedWith(0), filtered.err.constData());
        const auto kept = jsonLines(filtered.out);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept[0].value("sport").toInt(), 1002);
        QCOMPARE(kept[1].value("sport").toInt(), 1003);

        const auto summary = runCli({"summary", path}, kTimeoutMs);
        QVERIFY(summary.exitedWith(0));
        QVERIFY2(summary.out.contains("Interfaces:       4\n"), summary.out.constData());
        QVERIFY(summary.out.contains("Interface id: 1 (tun0): RAW (101)"));
    }

    void simpleAndObsoletePacketBlocksRead()
    {
        PcapngBuilder file;
        file.interface({.snaplen = 60}).simplePacket(synFrame(2001)).obsoletePacket(0, 5'000'000, synFrame(2002));
        const auto run = runCli({"packets", "--json", write("old.pcapng", file.bytes())}, kTimeoutMs);
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const auto objects = jsonLines(run.out);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects[0].value("caplen").toInt(), 54); // the whole frame: shorter than the snap length
        QCOMPARE(objects[1].value("sport").toInt(), 2002);
        QCOMPARE(objects[1].value("ts").toString(), QString("5.000000000"));
    }

    void packetOfAnUndescribedInterfaceIsDamage()
    {
        PcapngBuilder file;
        file.interface({}).packet(0, 1, synFrame(1)).packet(3, 2, synFrame(2));
        const auto run = runCli({"packets", write("bad-interface.pcapng", file.bytes())}, kTimeoutMs);
        QVERIFY(run.exitedWith(1));
        QCOMPARE(lines(run.out).size(), 1);
        QVERIFY2(run.err.contains("damaged capture file at frame 2") && run.err.contains("interface 3"), run.err.constData());
    }

    void cutShortBlockKeepsEarlierPackets()
    {
        PcapngBuilder file;
        file.interface({}).packet(0, 1, synFrame(1)).packet(0, 2, synFrame(2));
        const auto run = runCli({"packets", write("cut.pcapng", file.bytes().chopped(10))}, kTimeoutMs);
        QVERIFY(run.exitedWith(1));
        QCOMPARE(lines(run.out).size(), 1);
        QVERIFY2(run.err.contains("cut short") && run.err.contains("frame 2"), run.err.constData());
    }

    // ---- timestamps beyond int64 nanoseconds (found by fuzzing) ------------------------------

    void timestampNearTwoToTheSixtyFourIsClampedAndReported()
    {
        PcapngBuilder file;
        file.interface({}).packet(0, 0xFFFF'FFFF'FFFF'FFF0ULL, synFrame(1)).interface({.tsresol = 0x80 | 1})
            .packet(1, 0xFFFF'FFFF'FFFF'FFFFULL, synFrame(2)).interface({.tsoffset = std::numeric_limits<std::int64_t>::min()})
            .packet(2, 5, synFrame(3)).packet(0, 1'000'000, synFrame(4));
        const auto path = write("far-future.pcapng", file.bytes());
        const auto run = runCli({"packets", "--json", path}, kTimeoutMs);
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const auto objects = jsonLines(run.out);
        QCOMPARE(objects.size(), 4);
        QCOMPARE(objects[0].value("ts").toString(), QString("9223372036.854775807"));
        QCOMPARE(objects[1].value("ts").toString(), QString("9223372036.854775807"));
        QCOMPARE(objects[3].value("ts").toString(), QString("1.000000000"));
        QVERIFY2(run.err.contains("warning: 3 packets have timestamps outside"), run.err.constData());
        const auto summary = runCli({"summary", path}, kTimeoutMs);
        QVERIFY2(summary.exitedWith(0), summary.err.constData());
    }

    void tickConversionUsesWideArithmetic()
    {
        const auto max = std::numeric_limits<std::int64_t>::max();
        QCOMPARE(timestampFromTicks(~0ULL, {}).ns, max);
        QVERIFY(timestampFromTicks(~0ULL, {}).clamped);
        QCOMPARE(timestampFromTicks(~0ULL, {.powerOfTwo = true, .exponent = 64}).ns, 999'999'999LL);
        QCOMPARE(timestampFromTicks(3, {.powerOfTwo = false, .exponent = 12}).ns, 0LL);
        QCOMPARE(timestampFromTicks(~0ULL, {.powerOfTwo = false, .exponent = 127}).ns, 0LL);
        QCOMPARE(timestampFromTicks(1, {.exponent = 0, .offsetSeconds = -5}).ns, -4'000'000'000LL);
        QCOMPARE(timestampFromParts(max, 999'999, 1'000'000).ns, max);
        QVERIFY(timestampFromParts(std::numeric_limits<std::int64_t>::min(), 0, 1'000'000).clamped);
        // What LiveCapture makes of libpcap's timeval: a clock far ahead is clamped, not wrapped.
        QCOMPARE(liveTimestampNs(max / 2, 999'999, false), max);
        QCOMPARE(liveTimestampNs(1'700'000'000, 5, true), 1'700'000'000'000'000'005LL);
        QCOMPARE(liveTimestampNs(1'700'000'000, 5, false), 1'700'000'000'000'005'000LL);
    }
};

QTEST_GUILESS_MAIN(TestPcapngReading)
#include "TestPcapngReading.moc"
