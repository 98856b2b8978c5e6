// Expert Information (core/expert) against tshark 4.0: per frame, the TCP expert items tshark
// raises (tshark -T fields -e _ws.expert.message) and the ones tcplens-cli expert lists, on every
// fixture and public capture in tests/data; and the counts per summary against tshark -q -z expert.
// Then the rules on hand-made segments.
#include "TestSupport.h"

#include <capture/LoadedCapture.h>
#include <expert/ExpertInfo.h>
#include <expert/ExpertText.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace tcplens;
using namespace tcplens::test;

namespace {

/// Every summary tcplens can raise, as a pattern ("%u" as digits).
QList<QRegularExpression> ourSummaries()
{
    QList<QRegularExpression> patterns;
    for (int k = 0; k < kExpertKindCount; ++k) {
        auto text = QRegularExpression::escape(QString::fromStdString(expertSummary(static_cast<ExpertKind>(k), 12345)));
        text.replace("12345", "\\d+");
        patterns << QRegularExpression("^" + text + "$");
    }
    return patterns;
}

bool isOurs(const QString& message)
{
    static const auto patterns = ourSummaries();
    for (const auto& pattern : patterns)
        if (pattern.match(message).hasMatch())
            return true;
    return false;
}

/// TCP items of tshark tcplens does not raise, as docs/wireshark-differences.md says: the
/// reassembly of application PDUs (tcplens does not reassemble them) and MPTCP option checks.
bool isDocumentedNotRaised(const QString& summary)
{
    return summary == "New fragment overlaps old data (retransmission?)"
        || summary.startsWith("option length should be");
}

using FrameItems = std::map<int, QStringList>; // frame -> sorted TCP summaries

struct TsharkFrames {
    FrameItems items;
    QSet<int> epochStreamFrames; ///< Frames of streams whose first packet is a SYN at time 0 (section 4).
    QByteArray report;           ///< The -z expert report that follows the frames.
    QString error;
};

TsharkFrames tsharkFrames(const QString& tshark, const QString& file)
{
    TsharkFrames result;
    const auto run = runProcess(tshark, {"-n", "-r", file, "-T", "fields", "-E", "separator=/t", "-E", "occurrence=a",
                                         "-E", "aggregator=\x1f", "-e", "frame.number", "-e", "tcp.stream", "-e",
                                         "frame.time_epoch", "-e", "tcp.flags.syn", "-e", "_ws.expert.message", "-z", "expert"});
    if (!run.exitedWith(0)) {
        result.error = "tshark failed: " + QString::fromUtf8(run.err);
        return result;
    }
    QHash<QString, bool> epochStream;
    for (const auto& line : lines(run.out)) {
        const auto values = QString::fromUtf8(line).split('\t');
        if (values.size() < 5) {
            result.report += line + '\n';
            continue;
        }
        const int frame = values[0].toInt();
        const auto stream = values[1];
        if (!stream.isEmpty() && !epochStream.contains(stream))
            epochStream.insert(stream, values[2].toDouble() == 0.0 && values[3] == "1");
        if (epochStream.value(stream))
            result.epochStreamFrames.insert(frame);
        QStringList mine;
        for (const auto& message : values[4].split('\x1f', Qt::SkipEmptyParts))
            if (isOurs(message))
                mine << message;
        mine.sort();
        if (!mine.isEmpty())
            result.items[frame] = mine;
    }
    return result;
}

FrameItems ourFrames(const QJsonObject& json)
{
    FrameItems items;
    for (const auto& entry : json.value("entries").toArray()) {
        const auto summary = entry.toObject().value("summary").toString();
        for (const auto& frame : entry.toObject().value("frames").toArray())
            items[frame.toInt()] << summary;
    }
    for (auto& [frame, list] : items)
        list.sort();
    return items;
}

/// (severity section, group, summary) -> count of tcplens-cli expert --json's entries.
std::map<QString, int> ourCounts(const QJsonObject& json)
{
    static const QHash<QString, QString> sections{
        {"Error", "Errors"}, {"Warning", "Warns"}, {"Note", "Notes"}, {"Chat", "Chats"}};
    std::map<QString, int> counts;
    for (const auto& value : json.value("entries").toArray()) {
        const auto entry = value.toObject();
        counts[sections.value(entry.value("severity").toString()) + " | " + entry.value("group").toString() + " | "
               + entry.value("summary").toString()] += entry.value("count").toInt();
    }
    return counts;
}

/// (severity section, group, summary) -> count of tshark -z expert's TCP lines.
std::map<QString, int> tsharkCounts(const QByteArray& text)
{
    static const QRegularExpression section("^(Errors|Warns|Notes|Chats|Comments) \\(\\d+\\)$");
    static const QRegularExpression row("^\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)  (.*)$");
    std::map<QString, int> counts;
    QString severity;
    for (const auto& raw : lines(text)) {
        const auto line = QString::fromUtf8(raw);
        if (const auto m = section.match(line); m.hasMatch()) {
            severity = m.captured(1);
        } else if (const auto r = row.match(line); r.hasMatch() && r.captured(3) == "TCP") {
            counts[severity + " | " + r.captured(2) + " | " + r.captured(4)] += r.captured(1).toInt();
        }
    }
    return counts;
}

QByteArray pcapOf(const QList<TcpFrameSpec>& specs)
{
    QList<QByteArray> frames;
    for (const auto& spec : specs)
        frames << tcpFrame(spec);
    return pcapOfFrames(frames);
}

} // namespace

class TestExpertInfo : public QObject {
    Q_OBJECT

private:
    QString tshark_;
    QTemporaryDir dir_;

    ExpertInfo expertOf(const QList<TcpFrameSpec>& specs, ExpertOptions options = {})
    {
        const auto path = dir_.filePath(QString("capture-%1.pcap").arg(++written_));
        if (!writeFile(path, pcapOf(specs)))
            return {};
        const auto capture = loadCapture(path.toStdString());
        return ExpertInfo::build(capture.packets, capture.analyses, options);
    }
    int written_ = 0;

    static QStringList summariesOf(const ExpertInfo& info, std::uint32_t frame)
    {
        QStringList list;
        for (const auto& item : info.items())
            if (item.frame == frame)
                list << QString::fromStdString(item.summary());
        return list;
    }

private slots:
    void initTestCase()
    {
        tshark_ = findProgram("tshark");
        QVERIFY(dir_.isValid());
    }

    void everyFrameHasTsharksTcpExpertItems_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto& file : fixtures())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
        for (const auto& file : publicFixtures())
            QTest::newRow(qPrintable("public/" + QFileInfo(file).fileName())) << file;
    }

    void everyFrameHasTsharksTcpExpertItems()
    {
        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
        QFETCH(QString, file);
        const auto theirs = tsharkFrames(tshark_, file);
        QVERIFY2(theirs.error.isEmpty(), qPrintable(theirs.error));
        const auto run = runCli({"expert", file, "--json"});
        QVERIFY2(run.exitedWith(0) || run.exitedWith(1), qPrintable(QString::fromUtf8(run.err)));
        const auto json = QJsonDocument::fromJson(run.out).object();
        const auto ours = ourFrames(json);
        QStringList differences;
        auto frames = QSet<int>();
        for (const auto& [frame, list] : theirs.items)
            frames.insert(frame);
        for (const auto& [frame, list] : ours)
            frames.insert(frame);
        for (const int frame : frames) {
            const auto a = theirs.items.count(frame) ? theirs.items.at(frame) : QStringList();
            const auto b = ours.count(frame) ? ours.at(frame) : QStringList();
            if (a == b)
                continue;
            // docs/wireshark-differences.md section 4: a conversation whose SYN is at time 0 has no
            // iRTT for tshark, which then calls our retransmission an out-of-order segment.
            auto swapped = b;
            swapped.replaceInStrings("This frame is a (suspected) retransmission",
                                     "This frame is a (suspected) out-of-order segment");
            swapped.sort();
            if (theirs.epochStreamFrames.contains(frame) && swapped == a)
                continue;
            differences << QString("frame %1: tshark {%2} ours {%3}").arg(frame).arg(a.join("; "), b.join("; "));
        }
        // Every TCP line of tshark's -z expert report is one tcplens raises with the same count,
        // or one docs/wireshark-differences.md names.
        auto theirCounts = tsharkCounts(theirs.report);
        const auto ourCount = ourCounts(json);
        for (auto it = theirCounts.begin(); it != theirCounts.end();)
            it = isDocumentedNotRaised(it->first.section(" | ", 2)) ? theirCounts.erase(it) : std::next(it);
        QVERIFY2(theirs.items.empty() || !theirCounts.empty(), "tshark's -z expert report was not read");
        const bool epochStreams = !theirs.epochStreamFrames.isEmpty();
        const auto excused = [&](const QString& key) {
            return epochStreams && (key.contains("retransmission") || key.contains("out-of-order"));
        };
        for (const auto& [key, count] : theirCounts) {
            const auto found = ourCount.find(key);
            const int mine = found == ourCount.end() ? 0 : found->second;
            if (mine != count && !excused(key))
                differences << QString("%1: tshark %2 ours %3").arg(key).arg(count).arg(mine);
        }
        for (const auto& [key, count] : ourCount)
            if (!theirCounts.count(key) && !excused(key))
                differences << QString("%1: tshark 0 ours %2").arg(key).arg(count);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 20).join('\n')));
    }

    void handshakeAndCloseAreChatsAndTheFirstFinInitiates()
    {
        TcpFrameSpec syn;
        TcpFrameSpec synAck;
        synAck.src = {10, 0, 0, 2};
        synAck.dst = {10, 0, 0, 1};
        synAck.srcPort = 80;
        synAck.dstPort = 40000;
        synAck.seq = 5000;
        synAck.ack = 1001;
        synAck.flags = 0x012;
        TcpFrameSpec ack;
        ack.seq = 1001;
        ack.ack = 5001;
        ack.flags = 0x010;
        auto serverFin = synAck;
        serverFin.seq = 5001;
        serverFin.flags = 0x011;
        auto clientFin = ack;
        clientFin.ack = 5002;
        clientFin.flags = 0x011;
        const auto info = expertOf({syn, synAck, ack, serverFin, clientFin});
        QCOMPARE(summariesOf(info, 1), QStringList{"Connection establish request (SYN): server port 80"});
        QCOMPARE(summariesOf(info, 2), QStringList{"Connection establish acknowledge (SYN+ACK): server port 80"});
        QCOMPARE(summariesOf(info, 3), QStringList{});
        QCOMPARE(summariesOf(info, 4),
                 (QStringList{"Connection finish (FIN)", "This frame initiates the connection closing"}));
        QCOMPARE(summariesOf(info, 5),
                 (QStringList{"Connection finish (FIN)", "This frame undergoes the connection closing"}));
        QCOMPARE(info.worstSeverity(), std::optional(ExpertSeverity::Note));
        QCOMPARE(info.streamTotal(0).count, 6U);
        QCOMPARE(info.streamTotal(0).worst, std::optional(ExpertSeverity::Note));
    }

    void headerOdditiesAreProtocolItems()
    {
        TcpFrameSpec syn;
        syn.ack = 77;         // ACK flag not set
        syn.urgent = 3;       // URG flag not set
        syn.tcpOptions = wscaleOption(15) + QByteArray::fromHex("00");  // no MSS, shift > 14, EOL
        syn.tcpOptions += QByteArray::fromHex("0000") + QByteArray::fromHex("00");
        TcpFrameSpec rst;
        rst.seq = 1001;
        rst.flags = 0x004;
        rst.tcpOptions = mssOption(1460);
        const auto info = expertOf({syn, rst});
        const auto first = summariesOf(info, 1);
        QVERIFY(first.contains("The acknowledgment number field is nonzero while the ACK flag is not set"));
        QVERIFY(first.contains("The urgent pointer field is nonzero while the URG flag is not set"));
        QVERIFY(first.contains("Window scale shift exceeds 14"));
        QVERIFY(first.contains("The SYN packet does not contain a MSS option"));
        QVERIFY(!first.contains("Non-zero header padding"));
        const auto second = summariesOf(info, 2);
        QVERIFY(second.contains("Connection reset (RST)"));
        QVERIFY(second.contains("The non-SYN packet does contain a MSS option"));
        QCOMPARE(info.worstSeverity(), std::optional(ExpertSeverity::Warning));
    }

    void badChecksumIsAnErrorOnlyWhenValidated()
    {
        TcpFrameSpec syn;
        auto frame = tcpFrame(syn);
        frame[14 + 20 + 16] = static_cast<char>(frame[14 + 20 + 16] ^ 0x5a); // break the TCP checksum
        const auto path = dir_.filePath("bad-checksum.pcap");
        QVERIFY(writeFile(path, pcapOfFrames({frame})));
        const auto capture = loadCapture(path.toStdString());
        const auto plain = ExpertInfo::build(capture.packets, capture.analyses);
        QCOMPARE(plain.count(ExpertSeverity::Error), 0U);
        const auto checked = ExpertInfo::build(capture.packets, capture.analyses, ExpertOptions{true});
        QCOMPARE(checked.count(ExpertSeverity::Error), 1U);
        QCOMPARE(checked.worstSeverity(), std::optional(ExpertSeverity::Error));
    }

    void bogusHeaderLengthIsMalformedAsTsharkSays()
    {
        TcpFrameSpec bogus;
        bogus.dataOffset = 4; // 16 bytes: below the fixed header
        const auto path = dir_.filePath("bogus-header.pcap");
        QVERIFY(writeFile(path, pcapOf({bogus})));
        const auto capture = loadCapture(path.toStdString());
        const auto info = ExpertInfo::build(capture.packets, capture.analyses);
        QCOMPARE(summariesOf(info, 1), QStringList{"Bogus TCP header length (16, must be at least 20)"});
        QCOMPARE(info.worstSeverity(), std::optional(ExpertSeverity::Error));
        QCOMPARE(info.streamTotal(0).count, 0U); // no conversation takes it
        if (tshark_.isEmpty())
            return;
        // tshark adds this item only while it builds a protocol tree (-T fields, -V, the GUI), so
        // tshark -q -z expert alone does not list it; Wireshark's Expert Information does.
        const auto theirs = tsharkFrames(tshark_, path);
        QVERIFY2(theirs.error.isEmpty(), qPrintable(theirs.error));
        QCOMPARE(theirs.items.count(1), std::size_t{1});
        QCOMPARE(theirs.items.at(1), QStringList{"Bogus TCP header length (16, must be at least 20)"});
        QCOMPARE(tsharkCounts(theirs.report).count("Errors | Protocol | Bogus TCP header length (16, must be at least 20)"),
                 std::size_t{1});
    }

    void nextAndPreviousProblemSkipChats()
    {
        std::vector<ExpertItem> items{{2, 0, ExpertKind::ConnectionSyn, 80},
                                      {4, 0, ExpertKind::Retransmission, 0},
                                      {7, 0, ExpertKind::LostSegment, 0},
                                      {9, 0, ExpertKind::WindowUpdate, 0}};
        const auto info = ExpertInfo::fromItems(items, 10);
        QCOMPARE(info.nextFrame(0, true), 4U);
        QCOMPARE(info.nextFrame(4, true), 7U);
        QCOMPARE(info.nextFrame(7, true), 0U);
        QCOMPARE(info.nextFrame(0, false), 7U);
        QCOMPARE(info.nextFrame(7, false), 4U);
        QCOMPARE(info.nextFrame(4, false), 0U);
        QCOMPARE(info.nextFrame(0, true, ExpertSeverity::Warning), 7U);
        QCOMPARE(info.nextFrame(0, true, ExpertSeverity::Chat), 2U);
        QCOMPARE(info.frameSeverity(7), std::optional(ExpertSeverity::Warning));
        QCOMPARE(info.frameSeverity(8), std::nullopt);
    }

    void textIsLaidOutAsTsharkAndSelectionFilters()
    {
        std::vector<ExpertItem> items{{1, 0, ExpertKind::ConnectionSyn, 80},
                                      {3, 1, ExpertKind::DuplicateAck, 1},
                                      {4, 1, ExpertKind::DuplicateAck, 1},
                                      {5, 1, ExpertKind::LostSegment, 0}};
        const auto info = ExpertInfo::fromItems(items, 5);
        QCOMPARE(QString::fromStdString(expertText(info)),
                 QString("\nWarns (1)\n=============\n   Frequency      Group           Protocol  Summary\n"
                         "           1   Sequence                TCP  Previous segment(s) not captured (common at capture start)\n"
                         "\nNotes (2)\n=============\n   Frequency      Group           Protocol  Summary\n"
                         "           2   Sequence                TCP  Duplicate ACK (#1)\n"
                         "\nChats (1)\n=============\n   Frequency      Group           Protocol  Summary\n"
                         "           1   Sequence                TCP  Connection establish request (SYN): server port 80\n"));
        const auto json = QJsonDocument::fromJson(
                              QByteArray::fromStdString(expertJson(info, ExpertSelection{ExpertSeverity::Note, 1U})))
                              .object();
        QCOMPARE(json.value("items").toInt(), 3);
        QCOMPARE(json.value("worst").toString(), QString("Warning"));
        QCOMPARE(json.value("entries").toArray().size(), 2);
        QCOMPARE(json.value("entries").toArray().at(1).toObject().value("frames").toArray(), (QJsonArray{3, 4}));
        QCOMPARE(json.value("streams").toArray().at(0).toObject().value("count").toInt(), 3);
    }

    void cliRejectsBadOptions()
    {
        QVERIFY(runCli({"expert", fixturePath("http.pcap"), "--severity", "loud"}).exitedWith(2));
        QVERIFY(runCli({"expert", fixturePath("http.pcap"), "--stream", "999"}).exitedWith(2));
        QVERIFY(runCli({"expert", dir_.filePath("missing.pcap")}).exitedWith(1));
        const auto run = runCli({"expert", fixturePath("http.pcap"), "--severity", "warn", "--json"});
        QVERIFY(run.exitedWith(0));
        QVERIFY(!QJsonDocument::fromJson(run.out).isNull());
    }
};

QTEST_GUILESS_MAIN(TestExpertInfo)
#include "TestExpertInfo.moc"
