// A capture that cannot be opened or read to its end says why twice: in English, word for word as
// tcplens-cli has always printed it, and as a kind with its arguments (frame, byte offset,
// lengths, path, errno) for the GUI to word in the reader's language.
#include "TestSupport.h"

#include <capture/CaptureFile.h>

#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <zlib.h>

#include <cerrno>

using namespace tcplens;
using namespace tcplens::test;

namespace {

struct Outcome {
    std::string english;
    ReadProblem problem;
};

/// What opening `path` and reading it to its end says: CaptureError's what() or error().
Outcome readToEnd(const QString& path)
{
    try {
        auto file = CaptureFile::open(QFile::encodeName(path).toStdString());
        RawPacket packet;
        while (file->next(packet) == ReadStatus::Packet) {
        }
        return {file->error(), file->problem()};
    } catch (const CaptureError& error) {
        return {error.what(), error.problem()};
    }
}

QByteArray gzipped(const QByteArray& data)
{
    z_stream z{};
    if (deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(data.size()))) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(static_cast<qsizetype>(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

const QByteArray& samplePcap()
{
    static const QByteArray bytes = readFile(fixturePath(QStringLiteral("echo-dialogue.pcap")));
    return bytes;
}

const QByteArray& samplePcapng()
{
    static const QByteArray bytes = readFile(fixturePath(QStringLiteral("dumpcap.pcapng")));
    return bytes;
}

} // namespace

class TestReadProblem : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void badInputSaysWhyInEnglishAndAsAKind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes"); // empty: the file is not made (missing.pcap)
        QTest::addColumn<QString>("english");  // after the path, when the message names it first
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("args"); // of the problem, then of its cause
        using K = ReadProblemKind;
        const auto row = [](const char* name, const QByteArray& bytes, const char* english, K kind, QStringList args) {
            QTest::newRow(name) << QString::fromLatin1(name) << bytes << QString::fromLatin1(english) << static_cast<int>(kind)
                                << args;
        };
        row("missing.pcap", {}, "cannot open %1: No such file or directory", K::CannotOpen, {});
        row("notes.pcap", "Hello, these are my notes.\n",
            "%1 is not a pcap or pcapng capture file (it starts with 48 65 6c 6c)", K::NotCapture, {"48 65 6c 6c"});
        row("header-cut.pcap", samplePcap().left(24 + 16 + 74 + 5),
            "file cut short: frame 2 is incomplete (truncated dump file; tried to read 16 header bytes, only got 5)",
            K::CutShort, {"2", "16", "5"});
        row("cut.pcap", samplePcap().chopped(10),
            "file cut short: frame 25 is incomplete (truncated dump file; tried to read 66 captured bytes, only got 56)",
            K::CutShort, {"25", "66", "56"});
        QByteArray bogus = samplePcap();
        qToLittleEndian<quint32>(0x7fffffff, bogus.data() + 24 + 3 * 16 + 74 + 74 + 66 + 8); // frame 4's captured length
        row("bogus-record.pcap", bogus,
            "damaged capture file at frame 4: invalid packet capture length 2147483647, bigger than snaplen of 262144",
            K::Damaged, {"4", "2147483647", "262144"});
        QByteArray version = samplePcapng();
        version[12] = 9;
        row("version.pcapng", version, "cannot read %1: unsupported pcapng version 9.0 in the section header at byte 0",
            K::CannotRead, {"9", "0", "0"});
        QByteArray bom = samplePcapng();
        bom.replace(8, 4, "\x11\x22\x33\x44");
        row("no-bom.pcapng", bom,
            "cannot read %1: damaged capture file at frame 1: the section header at byte 0 has no valid byte-order magic",
            K::CannotRead, {"1", "0"});
        row("cut.pcapng", samplePcapng().chopped(10),
            "file cut short: frame 43 is incomplete (the block at byte 11300 needs 108 bytes, 98 are left)", K::CutShort,
            {"43", "11300", "108", "98"});
        const qsizetype sixth = pcapngBlockOffsets(samplePcapng()).at(6);
        QByteArray length = samplePcapng();
        qToLittleEndian<quint32>(7, length.data() + sixth + 4);
        row("length.pcapng", length, "damaged capture file at frame 5: the block at byte 692 has an impossible length (7 bytes)",
            K::Damaged, {"5", "692", "7"});
        QByteArray mismatch = samplePcapng();
        const auto sixthLength = qFromLittleEndian<quint32>(mismatch.constData() + sixth + 4);
        qToLittleEndian<quint32>(sixthLength + 4, mismatch.data() + sixth + sixthLength - 4);
        row("mismatch.pcapng", mismatch,
            "damaged capture file at frame 5: the block at byte 692 ends with a length that differs from its start",
            K::Damaged, {"5", "692"});
        QByteArray interface = samplePcapng();
        qToLittleEndian<quint32>(5, interface.data() + sixth + 8);
        row("interface.pcapng", interface,
            "damaged capture file at frame 5: the packet block at byte 692 refers to interface 5, but its section describes 1",
            K::Damaged, {"5", "692", "5", "1"});
        QByteArray room = samplePcapng();
        qToLittleEndian<quint32>(100000, room.data() + sixth + 20);
        row("room.pcapng", room,
            "damaged capture file at frame 5: the packet block at byte 692 says it holds 100000 bytes but has room for 68",
            K::Damaged, {"5", "692", "100000", "68"});
        row("empty.pcap.gz", gzipped({}), "%1 is empty (0 bytes (inside its gzip compression)): not a capture file",
            K::Empty, {"gzip"});
    }
    void badInputSaysWhyInEnglishAndAsAKind()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, english);
        QFETCH(int, kind);
        QFETCH(QStringList, args);
        const QString path = dir_.filePath(name);
        if (!bytes.isEmpty() || name.endsWith(QLatin1String(".gz")))
            QVERIFY(writeFile(path, bytes));
        const auto [said, problem] = readToEnd(path);
        QCOMPARE(QString::fromStdString(said), english.arg(path));
        QCOMPARE(QString::fromStdString(englishText(problem)), QString::fromStdString(said));
        QCOMPARE(static_cast<int>(problem.kind), kind);
        QStringList found;
        for (const auto* p = &problem; p; p = p->cause.get())
            for (const auto& arg : p->args)
                if (!arg.empty())
                    found << QString::fromStdString(arg);
        QCOMPARE(found, args);
        if (problem.kind == ReadProblemKind::CannotOpen)
            QCOMPARE(problem.systemError, ENOENT);
        if (problem.kind == ReadProblemKind::CannotOpen || problem.kind == ReadProblemKind::NotCapture
            || problem.kind == ReadProblemKind::CannotRead || problem.kind == ReadProblemKind::Empty)
            QCOMPARE(QString::fromStdString(problem.subject), path);
    }

    void damagedCompressionSaysWhereItStopped()
    {
        const QByteArray packed = gzipped(samplePcap());
        QVERIFY(!packed.isEmpty());
        const QString cut = dir_.filePath(QStringLiteral("cut.pcap.gz"));
        QVERIFY(writeFile(cut, packed.left(packed.size() / 2)));
        const auto stopped = readToEnd(cut);
        QCOMPARE(stopped.problem.kind, ReadProblemKind::ReadingStoppedAt);
        QVERIFY(stopped.problem.cause);
        QCOMPARE(stopped.problem.cause->kind, ReadProblemKind::CompressedCutShort);
        QCOMPARE(QString::fromStdString(stopped.english),
                 QString::fromStdString("reading stopped at frame " + stopped.problem.arg(0) + ": the gzip stream is cut short"));

        QByteArray damaged = packed;
        for (int i = 20; i < 60; ++i)
            damaged[i] = static_cast<char>(damaged[i] ^ 0x5a);
        const QString broken = dir_.filePath(QStringLiteral("damaged.pcap.gz"));
        QVERIFY(writeFile(broken, damaged));
        const auto said = readToEnd(broken);
        const ReadProblem* inner = &said.problem;
        while (inner->cause)
            inner = inner->cause.get();
        QCOMPARE(inner->kind, ReadProblemKind::CompressedDamaged);
        QVERIFY(!inner->detail.empty()); // zlib's own words
        QVERIFY2(said.english.ends_with(": damaged gzip data: " + inner->detail), said.english.c_str());
    }

    void libpcapsWordsAreSortedWithTheirNumbers()
    {
        const auto sorted = pcapProblem("truncated dump file; tried to read 16 header bytes, only got 5");
        QCOMPARE(sorted.kind, ReadProblemKind::PcapRecordHeaderCut);
        QCOMPARE(sorted.args, (std::vector<std::string>{"16", "5"}));
        QCOMPARE(QString::fromStdString(englishText(sorted)),
                 QStringLiteral("truncated dump file; tried to read 16 header bytes, only got 5"));
        QCOMPARE(pcapProblem("unsupported pcap savefile version 3.1").args, (std::vector<std::string>{"3", "1"}));
        QCOMPARE(pcapProblem("archaic pcap savefile format").kind, ReadProblemKind::PcapArchaic);
        // Words libpcap may add one day: kept whole, never half-read.
        const auto unknown = pcapProblem("invalid packet capture length 70000, bigger than snaplen of 65535 (and more)");
        QCOMPARE(unknown.kind, ReadProblemKind::PcapSaid);
        QCOMPARE(QString::fromStdString(englishText(unknown)),
                 QStringLiteral("invalid packet capture length 70000, bigger than snaplen of 65535 (and more)"));
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestReadProblem)
#include "TestReadProblem.moc"
