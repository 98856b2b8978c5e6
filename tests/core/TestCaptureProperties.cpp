// tcplens-cli info (core CaptureProperties) against capinfos: packets, sizes, SHA256, times,
// averages, time order, section comments and metadata, and each interface's name, snap length,
// time precision, filter, OS, statistics blocks and packets, on pcap (micro and nano) and pcapng
// files (several interfaces, link types and sections); drop counts from a statistics block.
#include "TestSupport.h"

#include <capture/CaptureProperties.h>
#include <capture/PcapngWriter.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

QString publicFile(const QString& name) { return QStringLiteral(TCPLENS_TEST_DATA_DIR "/public/") + name; }

/// capinfos' "Interface #N info:" blocks as key = value maps.
QList<QMap<QString, QString>> capinfosInterfaces(const QByteArray& report)
{
    QList<QMap<QString, QString>> interfaces;
    for (const auto& raw : lines(report)) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QStringLiteral("Interface #"))) {
            interfaces.append(QMap<QString, QString>());
        } else if (!interfaces.isEmpty() && line.startsWith(QStringLiteral("    ")) && line.contains(QStringLiteral(" = "))) {
            const auto at = line.indexOf(QStringLiteral(" = "));
            interfaces.last().insert(line.left(at).trimmed(), line.mid(at + 3).trimmed());
        }
    }
    return interfaces;
}

QStringList capinfosAll(const QByteArray& report, const QString& key)
{
    QStringList values;
    for (const auto& raw : lines(report)) {
        const QString line = QString::fromUtf8(raw);
        const auto colon = line.indexOf(':');
        if (colon > 0 && !line.startsWith(' ') && line.left(colon).trimmed() == key)
            values << line.mid(colon + 1).trimmed();
    }
    return values;
}

/// A value of our text output: "Key:   value".
QString ours(const QByteArray& text, const QString& key) { return capinfosValue(text, key); }

QString number(const QString& text) { return text.section(' ', 0, 0); }

} // namespace

class TestCaptureProperties : public QObject {
    Q_OBJECT

private slots:
    void equalsCapinfos_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("pcap, microseconds") << fixturePath(QStringLiteral("http.pcap"));
        QTest::newRow("pcap, nanoseconds") << publicFile(QStringLiteral("tcpdump__tcp-handshake-nano.pcap"));
        QTest::newRow("pcap, big-endian") << fixturePath(QStringLiteral("big-endian.pcap"));
        QTest::newRow("pcapng") << publicFile(QStringLiteral("ppa__tcp_retransmissions.pcapng"));
        QTest::newRow("pcapng, 11 interfaces, 2 link types") << publicFile(QStringLiteral("ws__many_interfaces_1.pcapng"));
        for (const char* name : {"test005_le", "test010_be", "test013_le", "test014_be", "test101_le", "test102_be",
                                 "test200_le", "test202_be"})
            QTest::newRow(name) << publicFile(QStringLiteral("pcapng-structure/%1.pcapng").arg(QLatin1String(name)));
    }

    void equalsCapinfos()
    {
        QFETCH(QString, path);
        const auto capinfos = findProgram(QStringLiteral("capinfos"));
        if (capinfos.isEmpty())
            QSKIP("capinfos is not installed");
        const auto theirs = runProcess(capinfos, {QStringLiteral("-M"), QStringLiteral("-S"), path});
        QVERIFY2(theirs.exitedWith(0), theirs.err.constData());
        const auto text = runCli({QStringLiteral("info"), path});
        QVERIFY2(text.exitedWith(0), text.err.constData());
        const auto json = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
        QVERIFY2(json.exitedWith(0), json.err.constData());
        const auto object = QJsonDocument::fromJson(json.out).object();
        QVERIFY(!object.isEmpty());
        const auto& report = theirs.out;

        QCOMPARE(ours(text.out, QStringLiteral("Packets")), capinfosValue(report, QStringLiteral("Number of packets")));
        QCOMPARE(QString::number(object[QStringLiteral("packets")].toInteger()),
                 capinfosValue(report, QStringLiteral("Number of packets")));
        QCOMPARE(number(ours(text.out, QStringLiteral("File size"))), number(capinfosValue(report, QStringLiteral("File size"))));
        QCOMPARE(number(ours(text.out, QStringLiteral("Data size"))), number(capinfosValue(report, QStringLiteral("Data size"))));
        QCOMPARE(ours(text.out, QStringLiteral("SHA256")), capinfosValue(report, QStringLiteral("SHA256")));
        QCOMPARE(object[QStringLiteral("sha256")].toString(), capinfosValue(report, QStringLiteral("SHA256")));
        // Without packets capinfos says "0.00 bytes"; we say "n/a", as for the rates.
        if (const auto size = capinfosValue(report, QStringLiteral("Average packet size"));
            !size.isEmpty() && object[QStringLiteral("packets")].toInteger() > 0)
            QCOMPARE(ours(text.out, QStringLiteral("Average packet size")), size);
        if (const auto first = capinfosValue(report, QStringLiteral("First packet time"));
            !first.isEmpty() && first != QStringLiteral("n/a")) {
            // Our line: "2014-12-09 17:16:09.924505488 UTC (1418145369.924505488)".
            const auto epoch = [](const QString& line) { return line.section('(', -1).chopped(1); };
            QCOMPARE(epoch(ours(text.out, QStringLiteral("First packet time"))), first);
            QCOMPARE(epoch(ours(text.out, QStringLiteral("Last packet time"))),
                     capinfosValue(report, QStringLiteral("Last packet time")));
            QCOMPARE(number(ours(text.out, QStringLiteral("Elapsed"))),
                     number(capinfosValue(report, QStringLiteral("Capture duration"))));
            const auto order = capinfosValue(report, QStringLiteral("Strict time order"));
            QCOMPARE(ours(text.out, QStringLiteral("Strict time order")), order == QStringLiteral("True") ? "yes" : "no");
        }
        if (const auto rate = capinfosValue(report, QStringLiteral("Data byte rate")); !rate.isEmpty()) {
            QCOMPARE(ours(text.out, QStringLiteral("Average bytes/s")), number(rate));
            QCOMPARE(ours(text.out, QStringLiteral("Average bits/s")),
                     number(capinfosValue(report, QStringLiteral("Data bit rate"))));
            QCOMPARE(ours(text.out, QStringLiteral("Average packets/s")),
                     number(capinfosValue(report, QStringLiteral("Average packet rate"))));
        }

        // Section metadata, in file order (one line per section in both).
        QStringList comments, hardware, os, application;
        for (const auto& section : object[QStringLiteral("sections")].toArray()) {
            for (const auto& comment : section[QStringLiteral("comments")].toArray())
                comments << comment.toString();
            if (!section[QStringLiteral("hardware")].toString().isEmpty())
                hardware << section[QStringLiteral("hardware")].toString();
            if (!section[QStringLiteral("os")].toString().isEmpty())
                os << section[QStringLiteral("os")].toString();
            if (!section[QStringLiteral("application")].toString().isEmpty())
                application << section[QStringLiteral("application")].toString().trimmed();
        }
        QCOMPARE(comments, capinfosAll(report, QStringLiteral("Capture comment")));
        QCOMPARE(hardware, capinfosAll(report, QStringLiteral("Capture hardware")));
        QCOMPARE(os, capinfosAll(report, QStringLiteral("Capture oper-sys")));
        QCOMPARE(application, capinfosAll(report, QStringLiteral("Capture application")));

        const auto interfaces = object[QStringLiteral("interfaces")].toArray();
        QCOMPARE(QString::number(interfaces.size()), capinfosValue(report, QStringLiteral("Number of interfaces in file")));
        // capinfos 4.0 repeats the interface list after each section's header lines, and counts
        // packets and statistics blocks by their section's interface number (a packet on the
        // second section's first interface lands on #0): with several sections only the first list
        // and no per-interface counts are compared (ours number interfaces across sections, as the
        // pcapng specification and tcplens-cli packets do).
        const auto expected = capinfosInterfaces(report).mid(0, interfaces.size());
        const bool severalSections = object[QStringLiteral("sections")].toArray().size() > 1;
        QCOMPARE(interfaces.size(), expected.size());
        for (qsizetype i = 0; i < interfaces.size(); ++i) {
            const auto interface = interfaces[i].toObject();
            const auto& want = expected[i];
            // capinfos breaks a multi-line option over its lines: compare the first.
            const auto firstLine = [](const QString& value) { return value.section(QRegularExpression("[\\r\\n]"), 0, 0); };
            QCOMPARE(firstLine(interface[QStringLiteral("name")].toString()), want.value(QStringLiteral("Name")));
            QCOMPARE(firstLine(interface[QStringLiteral("description")].toString()), want.value(QStringLiteral("Description")));
            QCOMPARE(QString::number(interface[QStringLiteral("snaplen")].toInteger()), want.value(QStringLiteral("Capture length")));
            if (!severalSections)
                QCOMPARE(QString::number(interface[QStringLiteral("packets")].toInteger()),
                         want.value(QStringLiteral("Number of packets")));
            QCOMPARE(QString::fromStdString(precisionText(interface[QStringLiteral("time_precision")].toInt())),
                     want.value(QStringLiteral("Time precision")));
            QCOMPARE(interface[QStringLiteral("filter")].toString(), want.value(QStringLiteral("Filter string")));
            QCOMPARE(interface[QStringLiteral("os")].toString(), want.value(QStringLiteral("Operating system")));
            if (!severalSections) // statistics blocks name their section's interfaces too
                QCOMPARE(QString::number(interface[QStringLiteral("statistics_blocks")].toInteger()),
                         want.value(QStringLiteral("Number of stat entries"), QStringLiteral("0")));
        }
    }

    void dropCountsComeFromTheStatisticsBlock()
    {
        // What a live capture writes at its end (PcapngWriter::writeStatistics) is what File ›
        // Capture File Properties shows: received, dropped by the capture and by the OS.
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("stats.pcapng")).toStdString();
        PcapngWriter writer;
        std::string error;
        QVERIFY2(writer.open(path, {1, 65535, "eth9", "test interface", "tcp port 80"}, error), error.c_str());
        const QByteArray frame = tcpFrame({});
        RawPacket packet;
        packet.bytes = {reinterpret_cast<const std::uint8_t*>(frame.constData()), static_cast<std::size_t>(frame.size())};
        packet.capturedLength = packet.wireLength = static_cast<std::uint32_t>(frame.size());
        packet.timestampNs = 1'700'000'000'123'456'000;
        writer.append(packet);
        QVERIFY(writer.writeStatistics({1'700'000'001'000'000'000, 1234, 56, 7, 1171}));
        writer.close();
        const auto properties = readCaptureProperties(path);
        QCOMPARE(properties.interfaces.size(), 1U);
        const auto& interface = properties.interfaces.front();
        QVERIFY(interface.pcapng);
        QCOMPARE(interface.pcapng->statisticsBlocks, 1U);
        QCOMPARE(interface.pcapng->received.value_or(0), 1234U);
        QCOMPARE(interface.pcapng->dropped.value_or(0), 56U);
        QCOMPARE(interface.pcapng->osDropped.value_or(0), 7U);
        QCOMPARE(interface.pcapng->filter, std::string("tcp port 80"));
        QCOMPARE(interface.described.name, std::string("eth9"));
        const auto text = QByteArray::fromStdString(capturePropertiesText(properties));
        QVERIFY(text.contains("    Dropped by capture = 56\n"));
        QVERIFY(text.contains("    Received = 1234\n"));
    }

    void badInputSaysSo()
    {
        QTemporaryDir dir;
        const auto missing = runCli({QStringLiteral("info"), dir.filePath(QStringLiteral("absent.pcap"))});
        QVERIFY(missing.exitedWith(1));
        QVERIFY(missing.err.contains("absent.pcap"));
        // Cut short in the middle of a packet: the figures of what was read, a warning, exit 1.
        auto bytes = readFile(fixturePath(QStringLiteral("http.pcap")));
        bytes.chop(10);
        const auto cut = dir.filePath(QStringLiteral("cut.pcap"));
        QVERIFY(writeFile(cut, bytes));
        const auto run = runCli({QStringLiteral("info"), cut});
        QVERIFY(run.exitedWith(1));
        QCOMPARE(capinfosValue(run.out, QStringLiteral("Packets")), QStringLiteral("23"));
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaptureProperties)
#include "TestCaptureProperties.moc"
