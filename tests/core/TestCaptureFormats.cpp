// Every fixture family opens with the right format and link type, and each derived variant
// (VLAN, Q-in-Q, NULL, LOOP, raw, LINKTYPE_IPV4/6, big-endian, nanosecond) decodes to the same
// TCP fields as the Ethernet capture tests/data/record-fixtures.sh derived it from.
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <capture/LoadedCapture.h>
#include <capture/StoredPacket.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <QtEndian>

using namespace tcplens::test;

namespace {

/// LINKTYPE_ number of a capinfos -E encapsulation description.
int linkTypeOfEncapsulation(const QString& text)
{
    static const QHash<QString, int> numbers = {
        {"Ethernet", 1},
        {"Raw IP", 101},
        {"Raw IPv4", 228},
        {"Raw IPv6", 229},
        {"OpenBSD loopback", 108},
        {"NULL/Loopback", 0},
        {"Linux cooked-mode capture v1", 113},
        {"Linux cooked-mode capture v2", 276},
        {"USER 0", 147},
    };
    return numbers.value(text, -1);
}

/// The link type in the file's own header: the pcap header, or the first pcapng interface block.
int linkTypeInHeader(const QByteArray& file)
{
    const auto* p = reinterpret_cast<const uchar*>(file.constData());
    if (file.size() < 24)
        return -1;
    const quint32 magic = qFromBigEndian<quint32>(p);
    if (magic == 0x0A0D0D0A) {
        const bool big = qFromBigEndian<quint32>(p + 8) == 0x1A2B3C4D;
        const quint32 shbLength = big ? qFromBigEndian<quint32>(p + 4) : qFromLittleEndian<quint32>(p + 4);
        const auto idb = p + shbLength;
        return big ? qFromBigEndian<quint16>(idb + 8) : qFromLittleEndian<quint16>(idb + 8);
    }
    const bool big = magic == 0xa1b2c3d4 || magic == 0xa1b23c4d;
    return int(big ? qFromBigEndian<quint32>(p + 20) : qFromLittleEndian<quint32>(p + 20));
}

/// What tcplens-cli summary should print on its Format line, from the magic number.
QString formatFromMagic(const QByteArray& file)
{
    const quint32 magic = qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(file.constData()));
    switch (magic) {
    case 0xd4c3b2a1: return "pcap (little-endian, microsecond timestamps)";
    case 0x4d3cb2a1: return "pcap (little-endian, nanosecond timestamps)";
    case 0xa1b2c3d4: return "pcap (big-endian, microsecond timestamps)";
    case 0xa1b23c4d: return "pcap (big-endian, nanosecond timestamps)";
    case 0x0A0D0D0A: return "pcapng";
    default: return {};
    }
}

/// The JSON of a frame without what legitimately differs between link-layer variants.
QJsonObject withoutLinkLayer(QJsonObject frame)
{
    for (const char* key : {"caplen", "len", "linktype", "vlan"})
        frame.remove(key);
    return frame;
}

QList<QJsonObject> jsonOf(const QString& file)
{
    const auto run = runCli({"packets", file, "--json"});
    return run.exitedWith(0) ? jsonLines(run.out) : QList<QJsonObject>{};
}

} // namespace

class TestCaptureFormats : public QObject {
    Q_OBJECT

private slots:
    void formatAndLinkTypeAreReported_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto& file : fixtures())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void formatAndLinkTypeAreReported()
    {
        QFETCH(QString, file);
        const auto bytes = readFile(file);
        const auto summary = runCli({"summary", file});
        QVERIFY2(summary.exitedWith(0), summary.err.constData());
        QCOMPARE(capinfosValue(summary.out, "Format"), formatFromMagic(bytes));
        const int linkType = linkTypeInHeader(bytes);
        QVERIFY(capinfosValue(summary.out, "Link type").endsWith(", " + QString::number(linkType))
                || capinfosValue(summary.out, "Link type").contains(", " + QString::number(linkType) + " - "));
        const auto file_ = tcplens::CaptureFile::open(file.toStdString());
        QCOMPARE(file_->info().linkType, linkType);

        const auto capinfos = findProgram("capinfos");
        if (capinfos.isEmpty())
            return;
        const auto theirs = runProcess(capinfos, {"-t", "-E", file});
        QVERIFY(theirs.exitedWith(0));
        QCOMPARE(linkTypeOfEncapsulation(capinfosValue(theirs.out, "File encapsulation")), linkType);
        const auto type = capinfosValue(theirs.out, "File type");
        QCOMPARE(type.endsWith("pcapng"), formatFromMagic(bytes) == "pcapng");
        QCOMPARE(type.contains("nanosecond"), formatFromMagic(bytes).contains("nanosecond"));
    }

    void variantsDecodeLikeTheirOriginal_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("original");
        QTest::addColumn<int>("vlanTags");
        for (const char* v4 : {"vlan.pcap", "qinq.pcap", "null-le.pcap", "loop.pcap", "raw.pcap",
                               "ipv4-linktype.pcap", "big-endian.pcap"})
            QTest::newRow(v4) << QString(v4) << QString("ipv4-basic.pcap")
                              << (QString(v4) == "vlan.pcap" ? 1 : QString(v4) == "qinq.pcap" ? 2 : 0);
        for (const char* v6 : {"null-le-ipv6.pcap", "ipv6-linktype.pcap", "big-endian-nano.pcap"})
            QTest::newRow(v6) << QString(v6) << QString("ipv6-basic.pcap") << 0;
    }

    void variantsDecodeLikeTheirOriginal()
    {
        QFETCH(QString, variant);
        QFETCH(QString, original);
        QFETCH(int, vlanTags);
        if (!QFileInfo::exists(fixturePath(variant)) || !QFileInfo::exists(fixturePath(original)))
            QSKIP("fixture not recorded yet");
        const auto theirs = jsonOf(fixturePath(original));
        const auto ours = jsonOf(fixturePath(variant));
        QVERIFY(!theirs.isEmpty());
        QCOMPARE(ours.size(), theirs.size());
        for (int i = 0; i < ours.size(); ++i) {
            QCOMPARE(ours[i].value("vlan").toArray().size(), vlanTags);
            // Same timestamp to the nanosecond, same IP and TCP fields, same problems.
            const auto a = withoutLinkLayer(ours[i]);
            const auto b = withoutLinkLayer(theirs[i]);
            QVERIFY2(a == b, qPrintable("frame " + QString::number(i + 1) + "\n variant:  "
                                        + QJsonDocument(a).toJson(QJsonDocument::Compact) + "\n original: "
                                        + QJsonDocument(b).toJson(QJsonDocument::Compact)));
        }
    }

    void timestampsAgreeWithTsharkToTheNanosecond_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto& file : fixtures())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void timestampsAgreeWithTsharkToTheNanosecond()
    {
        QFETCH(QString, file);
        const auto tshark = findProgram("tshark");
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        const auto theirs = runProcess(tshark, {"-r", file, "-T", "fields", "-e", "frame.time_epoch"});
        QVERIFY(theirs.exitedWith(0));
        const auto ours = jsonOf(file);
        const auto theirLines = lines(theirs.out);
        QCOMPARE(ours.size(), theirLines.size());
        for (int i = 0; i < ours.size(); ++i)
            QCOMPARE(ours[i].value("ts").toString(), QString::fromUtf8(theirLines[i]));
    }

    void nanosecondFilesKeepTheirNanoseconds()
    {
        int nanoFiles = 0;
        for (const auto& file : fixtures()) {
            if (!formatFromMagic(readFile(file)).contains("nanosecond"))
                continue;
            ++nanoFiles;
            const auto frames = jsonOf(file);
            const bool subMicro = std::any_of(frames.begin(), frames.end(), [](const QJsonObject& f) {
                return !f.value("ts").toString().endsWith("000");
            });
            QVERIFY2(subMicro, qPrintable(QFileInfo(file).fileName() + ": every timestamp is a whole microsecond"));
        }
        if (nanoFiles == 0)
            QSKIP("no nanosecond fixtures recorded yet");
    }

    void cookedAndPcapngCapturesDecodeTcp_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("sll") << "sll-any.pcap";
        QTest::newRow("sll2") << "sll2-any.pcap";
        QTest::newRow("pcapng") << "dumpcap.pcapng";
    }

    void cookedAndPcapngCapturesDecodeTcp()
    {
        QFETCH(QString, file);
        if (!QFileInfo::exists(fixturePath(file)))
            QSKIP("fixture not recorded yet");
        const auto frames = jsonOf(fixturePath(file));
        QVERIFY(!frames.isEmpty());
        int tcp = 0;
        for (const auto& frame : frames) {
            if (!frame.contains("sport"))
                continue;
            ++tcp;
            QVERIFY(frame.contains("flags"));
            QCOMPARE(frame.value("tcp_checksum").toString() == "bad",
                     frame.value("problems").toVariant().toStringList().join(';').contains("bad TCP checksum"));
        }
        QVERIFY(tcp > 0);
    }

    void oldVersionsStoreTheWireLengthFirst_data()
    {
        QTest::addColumn<int>("minor");
        QTest::addColumn<bool>("wireFirst");
        QTest::newRow("2.0: always wire length first") << 0 << true;
        QTest::newRow("2.3 with wire length first") << 3 << true;
        QTest::newRow("2.3 with captured length first") << 3 << false;
        QTest::newRow("2.4: captured length first") << 4 << false;
    }

    void oldVersionsStoreTheWireLengthFirst()
    {
        // libpcap swaps a record header's two lengths for version 2.0-2.2 files (and 2.3 ones whose
        // first length is the larger); the stored packets must be read where libpcap read them,
        // or the details and charts of every later packet are lost (a fuzzer's finding).
        QFETCH(int, minor);
        QFETCH(bool, wireFirst);
        constexpr int kCut = 60;
        QList<PcapRecord> records;
        QList<QByteArray> frames;
        for (std::uint32_t i = 0; i < 3; ++i) {
            TcpFrameSpec spec;
            spec.seq = 1000 + 100 * i;
            spec.flags = 0x018;
            spec.payload = QByteArray(100, static_cast<char>('a' + i));
            frames << tcpFrame(spec);
            const auto wire = static_cast<std::uint32_t>(frames.last().size());
            records << PcapRecord{frames.last().left(kCut), wireFirst ? wire : kCut, wireFirst ? kCut : wire,
                                  1'700'000'000, i};
        }
        auto file = pcapFile(records, PcapOptions{.snaplen = kCut});
        file[6] = static_cast<char>(minor); // version_minor, little-endian
        QTemporaryDir dir;
        const auto path = dir.filePath("old-version.pcap");
        QVERIFY(writeFile(path, file));
        const auto loaded = tcplens::loadCapture(path.toStdString());
        QVERIFY2(loaded.error.empty(), loaded.error.c_str());
        QCOMPARE(loaded.packets.size(), std::size_t{3});
        for (tcplens::PacketNumber n = 0; n < 3; ++n) {
            const auto stored = tcplens::decodeStoredPacket(loaded.packets, n);
            QCOMPARE(QByteArray(reinterpret_cast<const char*>(stored.frame.data()), static_cast<qsizetype>(stored.frame.size())),
                     frames[static_cast<qsizetype>(n)].left(kCut));
            QCOMPARE(stored.packet.tcp.seq, 1000u + 100 * n);
        }
    }
};

QTEST_MAIN(TestCaptureFormats)
#include "TestCaptureFormats.moc"
