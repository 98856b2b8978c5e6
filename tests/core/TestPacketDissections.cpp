// Export Packet Dissections' writers: CSV records quoted as Wireshark quotes them, and the JSON
// lines of a loaded capture equal to `tcplens-cli packets --json` once its "revised" lines are
// folded into the lines they correct (the GUI writes the final states at once).
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <capture/LoadedCapture.h>
#include <export/PacketDissections.h>

#include <QtTest>

#include <sstream>

using namespace tcplens;
using namespace tcplens::test;

namespace {

/// The endpoint-state keys of a JSON line: from ,"state_src_before": through "not_received":BOOL.
std::pair<qsizetype, qsizetype> statesSpan(const QByteArray& line)
{
    const auto begin = line.indexOf(",\"state_src_before\":");
    const QByteArray last = ",\"not_received\":";
    const auto flag = begin < 0 ? -1 : line.indexOf(last, begin);
    if (flag < 0)
        return {-1, -1};
    const auto value = flag + last.size();
    return {begin, value + (line.mid(value, 4) == "true" ? 4 : 5) - begin};
}

struct CliLines {
    QList<QByteArray> lines; ///< One per frame, corrections applied.
    int revisions = 0;       ///< {"revised":true} lines folded in.
};

/// `tcplens-cli packets --json` of `path`, each {"no":N,"revised":true,...} line written over
/// the states of frame N's line.
CliLines cliFinalLines(const QString& path, const QStringList& extra = {})
{
    CliLines result;
    const auto run = runCli(QStringList{"packets", path, "--json"} + extra);
    for (const auto& line : lines(run.out)) {
        if (!line.contains(",\"revised\":true,")) {
            result.lines << line;
            continue;
        }
        const auto frame = QJsonDocument::fromJson(line).object().value("no").toInt();
        auto& target = result.lines[frame - 1];
        const auto [at, length] = statesSpan(target);
        const auto [from, count] = statesSpan(line);
        if (at < 0)
            return {};
        if (from < 0) {
            // A mark alone ({"no":N,"revised":true,"not_received":BOOL}): the states stand.
            const QByteArray flag = ",\"not_received\":";
            const auto value = line.indexOf(flag);
            if (value < 0)
                return {};
            const bool lost = line.mid(value + flag.size(), 4) == "true";
            target.replace(at, length, target.mid(at, length - (target.mid(at + length - 4, 4) == "true" ? 4 : 5))
                                           + (lost ? "true" : "false"));
            ++result.revisions;
            continue;
        }
        target.replace(at, length, line.mid(from, count));
        ++result.revisions;
    }
    return result;
}

QByteArray guiJson(const LoadedCapture& loaded, const std::function<bool(PacketNumber)>& chosen, bool absolute = false,
                   std::uint64_t* written = nullptr)
{
    std::ostringstream out;
    const auto n = writePacketJsonLines(loaded.packets, loaded.analyses, chosen, out, absolute);
    if (written)
        *written = n;
    return QByteArray::fromStdString(out.str());
}

} // namespace

class TestPacketDissections : public QObject {
    Q_OBJECT

private slots:
    void csvFieldsAreQuotedAsWiresharkQuotesThem()
    {
        const std::vector<std::string> fields{"1", "0.000000", "", "say \"hi\"", "a,b", "two\nlines", "窗口"};
        QCOMPARE(QByteArray::fromStdString(csvRecord(fields)),
                 QByteArray("\"1\",\"0.000000\",\"\",\"say \"\"hi\"\"\",\"a,b\",\"two\nlines\",\"窗口\"\n"));
        QCOMPARE(QByteArray::fromStdString(csvRecord({})), QByteArray("\n"));
    }

    void jsonOfEveryFixtureIsTheCliFinalView()
    {
        int files = 0;
        int revised = 0;
        int notReceived = 0; // lines a later packet corrected: the final states are the store's
        for (const auto& path : fixtures() + publicFixtures()) {
            LoadedCapture loaded;
            try {
                loaded = loadCapture(path.toStdString());
            } catch (const CaptureError&) {
                continue; // not a capture at all: the CLI says so, there is nothing to export
            }
            const auto cli = cliFinalLines(path);
            std::uint64_t written = 0;
            const auto ours = lines(guiJson(loaded, [](PacketNumber) { return true; }, false, &written));
            QCOMPARE(written, static_cast<std::uint64_t>(loaded.packets.size()));
            QCOMPARE(ours.size(), cli.lines.size());
            for (qsizetype i = 0; i < ours.size(); ++i)
                QVERIFY2(ours[i] == cli.lines[i], qPrintable(path + "\nours: " + ours[i] + "\ncli:  " + cli.lines[i]));
            revised += cli.revisions;
            for (const auto& line : ours)
                notReceived += line.contains("\"not_received\":true") ? 1 : 0;
            ++files;
        }
        QVERIFY(files >= 60);
        QVERIFY2(notReceived > 0, "no fixture has a corrected packet: the final states went untested");
        qInfo("%d captures, %d corrected packets, %d revised lines folded", files, notReceived, revised);
    }

    void chosenPacketsKeepTheWholeFilesStreamsAndNumbers()
    {
        // Every other frame of http.pcap: the lines are those of the full run, not of a run over
        // the chosen frames alone (frame 14 is still stream 1 with its relative numbers).
        const auto path = fixturePath("http.pcap");
        const auto loaded = loadCapture(path.toStdString());
        const auto cli = cliFinalLines(path);
        const auto odd = [](PacketNumber n) { return n % 2 == 1; };
        std::uint64_t written = 0;
        const auto ours = lines(guiJson(loaded, odd, false, &written));
        QList<QByteArray> expected;
        for (qsizetype i = 1; i < cli.lines.size(); i += 2)
            expected << cli.lines[i];
        QCOMPARE(ours, expected);
        QCOMPARE(written, static_cast<std::uint64_t>(expected.size()));
        QVERIFY(ours[6].startsWith("{\"no\":14,") && ours[6].contains("\"stream\":1,"));
        QVERIFY(guiJson(loaded, [](PacketNumber) { return false; }).isEmpty());
    }

    void absoluteNumbersAreTheClisDashS()
    {
        const auto path = fixturePath("lossy-bulk.pcap");
        const auto loaded = loadCapture(path.toStdString());
        QCOMPARE(lines(guiJson(loaded, [](PacketNumber) { return true; }, true)), cliFinalLines(path, {"-S"}).lines);
    }
};

QTEST_GUILESS_MAIN(TestPacketDissections)
#include "TestPacketDissections.moc"
