// A comment added to a written pcapng file's section header (what the TCP lab names its scenario
// with): our reader, capinfos and tcpdump read the file as before, in both byte orders, with the
// section's earlier comments kept; a file that is not uncompressed pcapng is refused untouched.
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <capture/PcapngMetadata.h>
#include <capture/PcapngSectionComment.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

int packetCount(const QString& path)
{
    const auto file = CaptureFile::open(path.toStdString());
    RawPacket packet;
    int count = 0;
    while (file->next(packet) == ReadStatus::Packet)
        ++count;
    return count;
}

} // namespace

class TestPcapngSectionComment : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void commentIsAddedAfterTheSectionsOwn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("little-endian") << QStringLiteral("test010_le.pcapng");
        QTest::newRow("big-endian") << QStringLiteral("test010_be.pcapng");
        QTest::newRow("dumpcap") << QStringLiteral("dumpcap.pcapng");
    }

    void commentIsAddedAfterTheSectionsOwn()
    {
        QFETCH(QString, name);
        const QString original = name.startsWith(QLatin1String("test"))
                                     ? QString::fromUtf8(TCPLENS_TEST_DATA_DIR) + "/public/pcapng-structure/" + name
                                     : fixturePath(name);
        const QString path = dir_.filePath(name);
        QFile::remove(path);
        QVERIFY(QFile::copy(original, path));
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        PcapngMetadata before;
        std::string error;
        QVERIFY2(readPcapngMetadata(path.toStdString(), before, error), error.c_str());
        const int packets = packetCount(path);
        const auto permissions = QFileInfo(path).permissions();

        const std::string comment = "tcplens lab scenario: handshake\nThree-way handshake\n\nA paragraph, odd length.";
        QVERIFY2(addPcapngSectionComment(path.toStdString(), comment, error), error.c_str());
        PcapngMetadata after;
        QVERIFY2(readPcapngMetadata(path.toStdString(), after, error), error.c_str());
        auto expected = before.sections.front().comments;
        expected.push_back(comment);
        QCOMPARE(after.sections.front().comments, expected);
        QCOMPARE(after.sections.front().application, before.sections.front().application);
        QCOMPARE(after.sections.size(), before.sections.size());
        QCOMPARE(after.interfaces.size(), before.interfaces.size());
        QCOMPARE(packetCount(path), packets);
        PcapngSectionInfo first;
        QVERIFY(readPcapngFirstSection(path.toStdString(), first, error));
        QCOMPARE(first.comments, expected);
        QCOMPARE(QFileInfo(path).permissions(), permissions);
        QCOMPARE(QDir(dir_.path()).entryList(QDir::Hidden | QDir::Files).filter(QStringLiteral("tcplens-comment")), QStringList());

        // Other tools read it as before.
        if (const QString capinfos = findProgram(QStringLiteral("capinfos")); !capinfos.isEmpty()) {
            const auto info = runProcess(capinfos, {QStringLiteral("-k"), QStringLiteral("-c"), path});
            QVERIFY2(info.exitedWith(0), info.err.constData());
            QVERIFY2(info.out.contains("tcplens lab scenario: handshake"), info.out.constData());
            QCOMPARE(capinfosValue(info.out, QStringLiteral("Number of packets")).toInt(), packets);
        }
        if (const QString tcpdump = findProgram(QStringLiteral("tcpdump")); !tcpdump.isEmpty() && packets > 0) {
            const auto before = runProcess(tcpdump, {QStringLiteral("-n"), QStringLiteral("-r"), original});
            const auto read = runProcess(tcpdump, {QStringLiteral("-n"), QStringLiteral("-r"), path});
            QVERIFY2(read.exitedWith(before.exitCode), read.err.constData());
            QCOMPARE(read.out, before.out);
        }
    }

    void otherFilesAreRefusedUntouched()
    {
        std::string error;
        const QString pcap = dir_.filePath(QStringLiteral("http.pcap"));
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("http.pcap")), pcap));
        const QByteArray bytes = readFile(pcap);
        QVERIFY(!addPcapngSectionComment(pcap.toStdString(), "x", error));
        QVERIFY2(error.find("not an uncompressed pcapng") != std::string::npos, error.c_str());
        QCOMPARE(readFile(pcap), bytes);

        const QString cut = dir_.filePath(QStringLiteral("cut.pcapng"));
        QVERIFY(writeFile(cut, readFile(fixturePath(QStringLiteral("dumpcap.pcapng"))).left(20)));
        QVERIFY(!addPcapngSectionComment(cut.toStdString(), "x", error));
        QVERIFY(!addPcapngSectionComment(dir_.filePath(QStringLiteral("missing.pcapng")).toStdString(), "x", error));
        QVERIFY(!addPcapngSectionComment(cut.toStdString(), std::string(), error));
        QVERIFY(!addPcapngSectionComment(cut.toStdString(), std::string(70000, 'x'), error));
        QCOMPARE(readFile(cut).size(), 20);
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestPcapngSectionComment)
#include "TestPcapngSectionComment.moc"
