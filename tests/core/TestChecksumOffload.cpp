// An IPv4 header whose checksum the capturing host left to its NIC (a zero field) is a note, as
// the TCP partial checksum is: tcpdump's and Wireshark's default lines say nothing about it, so
// ours do not either, while the details still show the value and what it should be.

#include "TestSupport.h"

#include <QtTest>

#include <set>

using namespace tcplens::test;

namespace {

QString publicCapture(const QString& name)
{
    return QDir(QString::fromUtf8(TCPLENS_TEST_DATA_DIR)).absoluteFilePath("public/" + name);
}

/// Frame numbers tshark (validating IPv4 checksums) finds with `filter`.
std::set<int> tsharkFrames(const QString& file, const QString& filter)
{
    const auto run = runProcess(findProgram("tshark"), {"-n", "-o", "ip.check_checksum:TRUE", "-r", file, "-Y", filter,
                                                        "-T", "fields", "-e", "frame.number"});
    std::set<int> frames;
    for (const auto& line : QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts))
        frames.insert(line.toInt());
    return frames;
}

} // namespace

class TestChecksumOffload : public QObject {
    Q_OBJECT

private slots:
    void zeroHeaderChecksumsAreNotesNotErrors()
    {
        if (findProgram("tshark").isEmpty())
            QSKIP("tshark is not installed");
        // Outgoing frames of the capturing host, most with a zero IPv4 header checksum.
        const auto file = publicCapture("ppa__inconsistent_printer.pcapng");
        const auto zeroed = tsharkFrames(file, "ip.checksum == 0 && ip.checksum.status == 0");
        QVERIFY(zeroed.size() > 10);

        const auto run = runCli({"packets", "--json", file});
        QVERIFY(run.exitedWith(0));
        std::set<int> notes;
        for (const auto& line : jsonLines(run.out)) {
            const auto problems = line.value("problems").toVariant().toStringList().join(';');
            if (problems.contains("IPv4 header checksum 0x0000 is not filled in"))
                notes.insert(line.value("no").toInt());
            QVERIFY2(!problems.contains("bad IPv4 header checksum 0x0000"), qPrintable(problems));
            // The status stays what a validating Wireshark says: the bytes are not the checksum.
            if (zeroed.contains(line.value("no").toInt()))
                QCOMPARE(line.value("ip_checksum").toString(), QString("bad"));
        }
        QCOMPARE(notes, zeroed);

        const auto text = runCli({"packets", file});
        QVERIFY(text.exitedWith(0));
        QVERIFY(!text.out.contains("IPv4 header checksum"));
    }

    // A wrong checksum that is not zero was damaged on the way: it stays a warning on the line.
    void aWrongNonZeroChecksumStaysAWarning()
    {
        QByteArray frame = tcpFrame(TcpFrameSpec{});
        constexpr int ipChecksumAt = 14 + 10;
        frame[ipChecksumAt] = static_cast<char>(frame[ipChecksumAt] ^ 0x5a);
        QTemporaryDir dir;
        const auto path = dir.filePath("damaged.pcap");
        QVERIFY(writeFile(path, pcapOfFrames({frame})));
        const auto run = runCli({"packets", path});
        QVERIFY(run.exitedWith(0));
        QVERIFY2(run.out.contains("[bad IPv4 header checksum"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestChecksumOffload)
#include "TestChecksumOffload.moc"
