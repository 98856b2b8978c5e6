// Captures that do not sit in a plain file: gzip, zstd and lz4 compressed files (known by their
// magic, whatever their name), standard input and FIFOs read as they arrive, so that
// `tcpdump -U -w - | tcplens-cli packets -` prints each packet while tcpdump still runs.

#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <capture/CaptureSaver.h>
#include <capture/PcapngWriter.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <thread>
#include <tuple>

using namespace tcplens::test;

namespace {

constexpr int kTimeoutMs = 60'000;

/// A capture cut where a reader could stop: [file header, record or block, ...]. pcap records
/// are walked by their lengths, pcapng blocks by theirs (little-endian files only).
QList<QByteArray> pieces(const QByteArray& file)
{
    QList<QByteArray> out;
    const bool pcapng = file.startsWith(QByteArray::fromHex("0a0d0d0a"));
    const auto order = readPcap(file).options.byteOrder;
    qsizetype at = pcapng ? 0 : 24;
    if (!pcapng)
        out << file.left(24);
    while (at < file.size()) {
        const auto length = pcapng ? readU32(file, at + 4, ByteOrder::Little) : 16 + readU32(file, at + 8, order);
        out << file.mid(at, length);
        at += length;
    }
    return out;
}

/// How many of `pieces` make up the header plus the first `packets` packets.
int piecesForPackets(const QList<QByteArray>& all, int packets)
{
    int seen = 0;
    for (int i = 0; i < all.size(); ++i) {
        const bool isPacket = all[i].startsWith(QByteArray::fromHex("06000000")) || (i > 0 && !all[0].startsWith(QByteArray::fromHex("0a0d0d0a")));
        if (isPacket && ++seen == packets)
            return i + 1;
    }
    return static_cast<int>(all.size());
}

/// Waits until `process` has printed `count` lines (or `timeoutMs` passed); returns what it printed.
QByteArray waitForLines(QProcess& process, QByteArray& seen, int count, int timeoutMs = 20'000)
{
    QElapsedTimer clock;
    clock.start();
    while (lines(seen).size() < count && clock.elapsed() < timeoutMs) {
        process.waitForReadyRead(200);
        seen += process.readAllStandardOutput();
    }
    return seen;
}

} // namespace

class TestCaptureStreams : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    static QByteArray jsonOf(const QString& path)
    {
        const auto run = runCli({"packets", "--json", path}, kTimeoutMs);
        return run.exitedWith(0) ? run.out : QByteArray();
    }

    /// Compresses `source` with `tool` into a file whose name does not say so.
    QString compressed(const QString& tool, const QString& source)
    {
        const auto out = dir_.filePath(QFileInfo(source).completeBaseName() + "-" + tool + ".pcap");
        QProcess process;
        process.setStandardOutputFile(out);
        process.start(findProgram(tool), {"-c", source});
        if (!process.waitForFinished(kTimeoutMs) || process.exitCode() != 0)
            return {};
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void compressedCapturesReadLikeTheOriginal_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("fixture");
        for (const char* tool : {"gzip", "zstd", "lz4"})
            for (const char* fixture : {"http.pcap", "dumpcap.pcapng", "big-endian-nano.pcap"})
                QTest::newRow(qPrintable(QString("%1 %2").arg(tool, fixture))) << QString(tool) << QString(fixture);
    }

    void compressedCapturesReadLikeTheOriginal()
    {
        QFETCH(QString, tool);
        QFETCH(QString, fixture);
        if (findProgram(tool).isEmpty())
            QSKIP("the compressor is not installed (scripts/install-deps.sh installs it)");
        const auto original = fixturePath(fixture);
        const auto packed = compressed(tool, original);
        QVERIFY(!packed.isEmpty());
        const auto expected = jsonOf(original);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(jsonOf(packed), expected);
        const auto summary = runCli({"summary", packed}, kTimeoutMs);
        QVERIFY2(summary.exitedWith(0), summary.err.constData());
        QVERIFY2(summary.out.contains("Compression:      " + tool.toUtf8() + "\n"), summary.out.constData());
        // A filter compiled for a compressed file works as on the original.
        const auto filtered = runCli({"packets", "--filter", "tcp and greater 80", packed}, kTimeoutMs);
        const auto theirs = runCli({"packets", "--filter", "tcp and greater 80", original}, kTimeoutMs);
        QVERIFY(filtered.exitedWith(0) && !filtered.out.isEmpty());
        QCOMPARE(filtered.out, theirs.out);
    }

    void cutShortCompressedFileKeepsEarlierPackets()
    {
        const auto packed = compressed("gzip", fixturePath("dumpcap.pcapng"));
        QVERIFY(!packed.isEmpty());
        QFile file(packed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        const auto run = runCli({"packets", packed}, kTimeoutMs);
        QVERIFY(run.exitedWith(1));
        QVERIFY(!run.out.isEmpty());
        QVERIFY2(run.err.contains("cut short"), run.err.constData());
    }

    void compressedJunkSaysWhatItIs()
    {
        const auto path = dir_.filePath("junk.gz");
        QProcess process;
        process.setStandardOutputFile(path);
        process.start(findProgram("gzip"), {"-c", QStringLiteral(TCPLENS_TEST_DATA_DIR "/README.md")});
        QVERIFY(process.waitForFinished(kTimeoutMs));
        const auto run = runCli({"packets", path}, kTimeoutMs);
        QVERIFY(run.exitedWith(1));
        QVERIFY2(run.err.contains("not a pcap or pcapng capture file") && run.err.contains("gzip"), run.err.constData());
    }

    void standardInputIsPrintedAsItArrives_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("pcap") << QString("http.pcap");
        QTest::newRow("pcapng") << QString("dumpcap.pcapng");
    }

    void standardInputIsPrintedAsItArrives()
    {
        QFETCH(QString, fixture);
        const auto whole = readFile(fixturePath(fixture));
        const auto all = pieces(whole);
        const int head = piecesForPackets(all, 3);
        QVERIFY(head < all.size());
        const auto expected = runCli({"packets", fixturePath(fixture)}, kTimeoutMs);
        QVERIFY(expected.exitedWith(0));

        QProcess cli;
        cli.start(QStringLiteral(TCPLENS_CLI_PATH), {"packets", "-"});
        QVERIFY(cli.waitForStarted());
        for (int i = 0; i < head; ++i)
            cli.write(all[i]);
        QVERIFY(cli.waitForBytesWritten());
        QByteArray seen;
        // The writer is still open: the first three lines must show before it finishes.
        waitForLines(cli, seen, 3);
        QCOMPARE(lines(seen), lines(expected.out).mid(0, 3));
        for (qsizetype i = head; i < all.size(); ++i)
            cli.write(all[i]);
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(kTimeoutMs));
        seen += cli.readAllStandardOutput();
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(seen, expected.out);
    }

    void packetsBeforeAStatisticsBlockArePrintedWhileThePipeWaits()
    {
        // `tcplens-capture -w - | tcplens-cli packets -`: a statistics block follows the last
        // packets, then the pipe is quiet; their lines show now, not when more data comes.
        const auto whole = readFile(fixturePath("dumpcap.pcapng"));
        QVERIFY(whole.right(108).startsWith(QByteArray::fromHex("05000000"))); // it ends with the block
        const auto expected = runCli({"packets", fixturePath("dumpcap.pcapng")}, kTimeoutMs);
        QVERIFY(expected.exitedWith(0));
        QProcess cli;
        cli.start(QStringLiteral(TCPLENS_CLI_PATH), {"packets", "-"});
        QVERIFY(cli.waitForStarted());
        cli.write(whole);
        QVERIFY(cli.waitForBytesWritten());
        QByteArray seen;
        waitForLines(cli, seen, static_cast<int>(lines(expected.out).size()), 10'000);
        QCOMPARE(seen, expected.out); // the writer still holds the pipe open
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(kTimeoutMs));
        QCOMPARE(cli.exitCode(), 0);
    }

    void fifoIsReadAsItArrives()
    {
        const auto fifo = dir_.filePath("capture.fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const auto all = pieces(readFile(fixturePath("http.pcap")));
        const int head = piecesForPackets(all, 2);
        QProcess cli;
        cli.start(QStringLiteral(TCPLENS_CLI_PATH), {"packets", "--json", fifo});
        QVERIFY(cli.waitForStarted());
        QThread::msleep(300); // the reader waits for a writer without hanging
        QCOMPARE(cli.state(), QProcess::Running);
        QFile writer(fifo);
        QVERIFY(writer.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        for (int i = 0; i < head; ++i)
            writer.write(all[i]);
        QByteArray seen;
        waitForLines(cli, seen, 2);
        QCOMPARE(lines(seen).size(), 2);
        for (qsizetype i = head; i < all.size(); ++i)
            writer.write(all[i]);
        writer.close();
        QVERIFY(cli.waitForFinished(kTimeoutMs));
        seen += cli.readAllStandardOutput();
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(seen, jsonOf(fixturePath("http.pcap")));
    }

    void fifoWithoutWriterCanBeCancelled()
    {
        // The GUI's Cancel (a flag its loader thread watches) and the CLI's Ctrl+C, before any writer came.
        const auto fifo = dir_.filePath("nobody-writes.fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        std::atomic<bool> cancel{false};
        QElapsedTimer clock;
        clock.start();
        std::thread canceller([&] {
            QThread::msleep(300);
            cancel = true;
        });
        QString message;
        try {
            (void)tcplens::CaptureFile::open(fifo.toStdString(), &cancel);
        } catch (const tcplens::CaptureError& error) {
            message = QString::fromUtf8(error.what());
        }
        canceller.join();
        QCOMPARE(message, QString("cancelled"));
        QVERIFY2(clock.elapsed() < 5'000, qPrintable(QString::number(clock.elapsed())));

        QProcess cli;
        cli.start(QStringLiteral(TCPLENS_CLI_PATH), {"packets", fifo});
        QVERIFY(cli.waitForStarted());
        QThread::msleep(300);
        QCOMPARE(cli.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(cli.processId()), SIGINT);
        QVERIFY(cli.waitForFinished(5'000));
    }

    void compressedStandardInputIsRead()
    {
        QProcess gzip;
        QProcess cli;
        gzip.setStandardOutputProcess(&cli);
        gzip.start(findProgram("gzip"), {"-c", fixturePath("dumpcap.pcapng")});
        cli.start(QStringLiteral(TCPLENS_CLI_PATH), {"packets", "--json", "-"});
        QVERIFY(gzip.waitForFinished(kTimeoutMs));
        QVERIFY(cli.waitForFinished(kTimeoutMs));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(cli.readAllStandardOutput(), jsonOf(fixturePath("dumpcap.pcapng")));
    }

    void streamedCaptureIsSavedFromItsSpool()
    {
        // What File › Save As does for `tcplens -` or a compressed file: the spool holds the stream.
        const auto original = fixturePath("dumpcap.pcapng");
        const auto packed = compressed("zstd", original);
        QVERIFY(!packed.isEmpty());
        auto file = tcplens::CaptureFile::open(packed.toStdString());
        tcplens::RawPacket packet;
        while (file->next(packet) == tcplens::ReadStatus::Packet) {
        }
        std::string error;
        const auto copy = dir_.filePath("saved.pcapng");
        QVERIFY2(tcplens::saveSpooledCaptureAs(*file->mapping(), copy.toStdString(), tcplens::SaveFormat::Pcapng, error),
                 error.c_str());
        QCOMPARE(readFile(copy), readFile(original));
        const auto asPcap = dir_.filePath("saved.pcap");
        QVERIFY2(tcplens::saveSpooledCaptureAs(*file->mapping(), asPcap.toStdString(), tcplens::SaveFormat::Pcap, error),
                 error.c_str());
        QCOMPARE(lines(runCli({"packets", asPcap}).out), lines(runCli({"packets", original}).out));
    }

    void pipedCaptureIsSavedInTheChosenFormat()
    {
        // `tcpdump -w - | tcplens -` then Save As: the file holds what its name says, whatever
        // the stream was; capinfos names the format (nsecpcap: pcap with nanosecond timestamps) and
        // tcpdump reads the same packets.
        const auto capinfos = findProgram(QStringLiteral("capinfos"));
        const auto tcpdump = findProgram(QStringLiteral("tcpdump"));
        if (capinfos.isEmpty() || tcpdump.isEmpty())
            QSKIP("capinfos and tcpdump are the oracles");
        const auto packetsOf = [&tcpdump](const QString& path) {
            return runProcess(tcpdump, {"-nn", "-tt", "-r", path}).out;
        };
        for (const auto& [fixture, saved, type] :
             {std::tuple{"http.pcap", "piped-pcap.pcapng", "pcapng"},
              std::tuple{"dumpcap.pcapng", "piped-pcapng.pcap", "nsecpcap"}}) {
            const QByteArray stream = readFile(fixturePath(fixture));
            int fds[2];
            QCOMPARE(::pipe(fds), 0);
            std::thread writer([&stream, fd = fds[1]] {
                (void)::write(fd, stream.constData(), static_cast<size_t>(stream.size()));
                ::close(fd);
            });
            auto file = tcplens::CaptureFile::openDescriptor(fds[0], "the test pipe");
            tcplens::RawPacket packet;
            while (file->next(packet) == tcplens::ReadStatus::Packet) {
            }
            writer.join();
            const auto target = dir_.filePath(saved).toStdString();
            std::string error;
            QVERIFY2(tcplens::saveSpooledCaptureAs(*file->mapping(), target, tcplens::saveFormatForName(target), error),
                     error.c_str());
            const auto report = runProcess(capinfos, {"-t", "-c", "-M", QString::fromStdString(target)});
            QVERIFY2(report.exitedWith(0), report.err.constData());
            QCOMPARE(capinfosValue(report.out, "File type"), QString::fromLatin1(type));
            QCOMPARE(capinfosValue(report.out, "Number of packets"), QString::number(file->packetsRead()));
            const auto expected = packetsOf(fixturePath(fixture));
            QVERIFY(!expected.isEmpty());
            QCOMPARE(packetsOf(QString::fromStdString(target)), expected);
        }
    }

    void saveAsNamesTheChosenFormat()
    {
        // Wireshark's Save As: the chosen type's extension is kept, the other type's replaced,
        // anything else gets the type's own appended; the name then says the format.
        using tcplens::SaveFormat;
        const std::tuple<std::string, SaveFormat, std::string> cases[] = {
            {"/tmp/a", SaveFormat::Pcapng, "/tmp/a.pcapng"},   {"/tmp/a.pcap", SaveFormat::Pcapng, "/tmp/a.pcapng"},
            {"/tmp/a.PCAPNG", SaveFormat::Pcap, "/tmp/a.pcap"}, {"/tmp/a.cap", SaveFormat::Pcap, "/tmp/a.cap"},
            {"/tmp/a.ntar", SaveFormat::Pcapng, "/tmp/a.ntar"}, {"/tmp/a.txt", SaveFormat::Pcap, "/tmp/a.txt.pcap"},
            {"/tmp/v1.2/a", SaveFormat::Pcap, "/tmp/v1.2/a.pcap"}};
        for (const auto& [name, format, fixed] : cases) {
            QCOMPARE(tcplens::withSaveExtension(name, format), fixed);
            QVERIFY(tcplens::saveFormatForName(fixed) == format);
        }
    }

    void statisticsOnAnIdlePipeAreReadWithoutWaiting()
    {
        // tcplens-capture writes a statistics block when its device wakes; when no packet follows,
        // a reader learns that the next packet has not come (and shows what it has) instead of
        // waiting inside next(), and the block's counters are read.
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        tcplens::PcapngWriter writer;
        std::string error;
        QVERIFY2(writer.openDescriptor(fds[1], "the test pipe", "TestCaptureStreams", error), error.c_str());
        (void)writer.addInterface(tcplens::PcapngInterface{1, 262144, "lo", {}, {}});
        const QByteArray frame(60, '\x11');
        tcplens::RawPacket sent;
        sent.timestampNs = 1'700'000'000'000'000'000;
        sent.capturedLength = sent.wireLength = static_cast<std::uint32_t>(frame.size());
        sent.bytes = tcplens::Bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()), static_cast<std::size_t>(frame.size()));
        (void)writer.append(sent);
        QVERIFY(writer.writeStatistics(tcplens::PcapngStatistics{sent.timestampNs, 7, 2, 0, 1}));
        // A reader that did wait would be released by the end of the stream after 3 s.
        std::thread closer([&] {
            QThread::msleep(3'000);
            ::close(fds[1]);
        });
        auto file = tcplens::CaptureFile::openDescriptor(fds[0], "the test pipe");
        tcplens::RawPacket packet;
        QVERIFY(file->packetReady());
        QCOMPARE(file->next(packet), tcplens::ReadStatus::Packet);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!file->packetReady());
        QVERIFY2(clock.elapsed() < 1'000, qPrintable(QString::number(clock.elapsed())));
        const auto statistics = file->interfaceStatistics();
        QCOMPARE(statistics.size(), std::size_t{1});
        QVERIFY(statistics[0].has_value());
        QCOMPARE(statistics[0]->received, std::uint64_t{7});
        QCOMPARE(statistics[0]->droppedByKernel, std::uint64_t{2});
        closer.join();
        QVERIFY(file->packetReady()); // the end has come: next() says so at once
        QCOMPARE(file->next(packet), tcplens::ReadStatus::End);
        QCOMPARE(file->packetsRead(), std::uint64_t{1});
    }

    void pcapRecordsAlreadyBufferedAreReady()
    {
        // tcpdump -w - (a remote capture) sends pcap; records that arrived in one read sit in
        // libpcap's buffer, and each is ready although nothing more comes from the pipe.
        const auto all = pieces(readFile(fixturePath("http.pcap")));
        QVERIFY(all.size() > 4);
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const QByteArray first = all[0] + all[1] + all[2];
        QCOMPARE(::write(fds[1], first.constData(), static_cast<size_t>(first.size())), static_cast<ssize_t>(first.size()));
        auto file = tcplens::CaptureFile::openDescriptor(fds[0], "the test pipe");
        tcplens::RawPacket packet;
        QVERIFY(file->packetReady());
        QCOMPARE(file->next(packet), tcplens::ReadStatus::Packet);
        QVERIFY(file->packetReady());
        QCOMPARE(file->next(packet), tcplens::ReadStatus::Packet);
        QVERIFY(!file->packetReady());
        const QByteArray& third = all[3];
        QCOMPARE(::write(fds[1], third.constData(), 10), ssize_t{10}); // part of a record header
        QVERIFY(!file->packetReady());
        QCOMPARE(::write(fds[1], third.constData() + 10, static_cast<size_t>(third.size() - 10)),
                 static_cast<ssize_t>(third.size() - 10));
        QVERIFY(file->packetReady());
        QCOMPARE(file->next(packet), tcplens::ReadStatus::Packet);
        QCOMPARE(packet.capturedLength + 16, static_cast<std::uint32_t>(third.size()));
        ::close(fds[1]);
        QVERIFY(file->packetReady());
        QCOMPARE(file->next(packet), tcplens::ReadStatus::End);
    }

    void emptyStandardInputSaysSo()
    {
        const auto run = runCli({"packets", "-"}, kTimeoutMs); // runProcess closes stdin at once
        QVERIFY(run.exitedWith(1));
        QVERIFY2(run.err.contains("standard input is empty"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCaptureStreams)
#include "TestCaptureStreams.moc"
