// Colouring rules as Wireshark keeps them: its colorfilters text read and written back, broken
// rules reported by name and skipped, and the rule of every frame of recorded captures agreeing
// with the one tshark --color names when it reads our rules as its colorfilters file.
#include "TestSupport.h"

#include <capture/CaptureFile.h>
#include <capture/LoadedCapture.h>
#include <capture/PacketAnalyzer.h>
#include <filter/ColouringRuleSet.h>
#include <filter/ColouringScan.h>
#include <filter/FilterFrameClock.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace tcplens;
using namespace tcplens::test;

namespace {

// Wireshark 4.0's own lines, a disabled one, a comment and a blank line.
constexpr const char* kWiresharkText =
    "# This file was created by Wireshark. Edit with care.\n"
    "@Bad TCP@tcp.analysis.flags && !tcp.analysis.window_update && !tcp.analysis.keep_alive && "
    "!tcp.analysis.keep_alive_ack@[4626,10023,11822][63479,34695,34695]\n"
    "@ARP@arp@[64250,61680,55255][4626,10023,11822]\n"
    "\n"
    "!@TCP RST@tcp.flags.reset eq 1@[42148,0,0][65535,64764,40092]\r\n"
    "@TCP@tcp@[59367,59110,65535][4626,10023,11822]\n";

QString capturePath(const QString& name)
{
    const QString local = fixturePath(name);
    return QFile::exists(local) ? local : QString::fromUtf8(TCPLENS_TEST_DATA_DIR "/public/") + name;
}

/// The rule index of every frame of a capture, as the packet list computes it.
std::vector<int> colourFrames(const ColouringRuleSet& rules, const QString& path)
{
    std::vector<int> result;
    auto file = CaptureFile::open(path.toStdString());
    PacketAnalyzer analyzer(file->info().linkType);
    FilterFrameClock clock;
    RawPacket packet;
    FieldSpans spans;
    while (file->next(packet) == ReadStatus::Packet) {
        const auto analyzed = analyzer.add(packet);
        FilterContext context;
        context.packet = &analyzed.decoded;
        context.bytes = analyzed.bytes;
        context.frameLength = static_cast<std::uint32_t>(packet.bytes.size());
        context.frameNumber = analyzer.frames();
        context.record = &analyzed.record;
        context.analysis = &analyzed.analysis;
        clock.advance(context, packet.timestampNs, analyzed.record.stream);
        if (rules.needsSpans(analyzed.decoded)) {
            spans.clear();
            (void)decodePacket(packet.bytes, packet.wireLength, packet.linkType, &spans);
            context.spans = &spans;
        }
        result.push_back(rules.match(context));
        clock.displayed(packet.timestampNs);
    }
    return result;
}

/// The rule name tshark --color gives every frame of `path` when it reads `rules` as its colorfilters.
QStringList tsharkColours(const std::vector<ColouringRule>& rules, const QString& path)
{
    const auto tshark = findProgram("tshark");
    QTemporaryDir profile;
    if (!writeFile(profile.filePath("colorfilters"), QByteArray::fromStdString(formatColourFilters(rules))))
        return {};
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert("WIRESHARK_CONFIG_DIR", profile.path());
    process.setProcessEnvironment(environment);
    process.start(tshark, {"-n", "-r", path, "--color", "-T", "fields", "-e", "frame.coloring_rule.name"});
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return {};
    QStringList names;
    for (const auto& line : lines(process.readAllStandardOutput()))
        names << line.trimmed();
    return names;
}

} // namespace

class TestColouringRules : public QObject {
    Q_OBJECT

private slots:
    void defaultRulesAllCompile()
    {
        const auto set = ColouringRuleSet::compile(defaultColouringRules());
        for (const auto& problem : set.problems())
            qWarning("%s: %s", problem.name.c_str(), problem.error.message.c_str());
        QVERIFY(set.problems().empty());
        QVERIFY(!set.empty());
        QVERIFY(!set.needsCaptureOrder()); // each row is coloured alone, when it is shown
        QCOMPARE(set.rules().front().name, std::string("Bad TCP"));
    }

    void wiresharkTextIsRead()
    {
        const auto parsed = parseColourFilters(kWiresharkText);
        QVERIFY(parsed.errors.empty());
        QCOMPARE(parsed.rules.size(), std::size_t(4));
        const auto& bad = parsed.rules[0];
        QCOMPARE(bad.name, std::string("Bad TCP"));
        QVERIFY(bad.filter.ends_with("!tcp.analysis.keep_alive_ack"));
        QVERIFY(bad.enabled);
        // Background first, then foreground: Bad TCP is pink text on dark slate.
        QCOMPARE(bad.background, (RuleColour{4626, 10023, 11822}));
        QCOMPARE(bad.foreground, (RuleColour{63479, 34695, 34695}));
        QCOMPARE(parsed.rules[2].name, std::string("TCP RST"));
        QVERIFY(!parsed.rules[2].enabled);
        QCOMPARE(parsed.rules[2].background, (RuleColour{42148, 0, 0}));
    }

    void textRoundTrips()
    {
        for (const auto& rules : {parseColourFilters(kWiresharkText).rules, defaultColouringRules()}) {
            const auto text = formatColourFilters(rules);
            const auto again = parseColourFilters(text);
            QVERIFY(again.errors.empty());
            QVERIFY(again.rules == rules);
            QCOMPARE(formatColourFilters(again.rules), text);
        }
        // An "@" in a name cannot be written in Wireshark's format: it becomes a space, the record holds.
        ColouringRule odd{"a@b", "tcp.port == 1", {}, RuleColour{1, 2, 3}, true};
        const auto parsed = parseColourFilters(formatColourFilters({odd}));
        QCOMPARE(parsed.rules.size(), std::size_t(1));
        QCOMPARE(parsed.rules[0].name, std::string("a b"));
        QCOMPARE(parsed.rules[0].background, (RuleColour{1, 2, 3}));
    }

    void badLinesAreReportedAndSkipped()
    {
        const auto parsed = parseColourFilters("@One@tcp@[1,2,3][4,5,6]\n"
                                               "garbage\n"
                                               "@Two@tcp@[1,2][4,5,6]\n"
                                               "@Three@tcp@[1,2,70000][4,5,6]\n"
                                               "@Four@udp\n"
                                               "@Five@udp@[0,0,0][65535,65535,65535]");
        QCOMPARE(parsed.rules.size(), std::size_t(2));
        QCOMPARE(parsed.rules[1].name, std::string("Five"));
        QCOMPARE(parsed.errors.size(), std::size_t(4));
        QCOMPARE(parsed.errors[0].line, std::size_t(2));
        QCOMPARE(parsed.errors[1].line, std::size_t(3));
        QVERIFY(parsed.errors[1].message.find("Two") != std::string::npos);
        QCOMPARE(parsed.errors[3].line, std::size_t(5));
        QVERIFY(parseColourFilters("").rules.empty());
        QVERIFY(parseColourFilters("\n\n@@@").rules.empty());
    }

    void brokenRulesAreNamedAndSkipped()
    {
        auto rules = parseColourFilters(kWiresharkText).rules; // ARP: tcplens has no arp field
        rules.insert(rules.begin(), {"Typo", "tcp.analysis.retransmision", {}, {}, true});
        rules.push_back({"Empty", "  ", {}, {}, true});
        rules.push_back({"Off and broken", "((", {}, {}, false});
        const auto set = ColouringRuleSet::compile(rules);
        QCOMPARE(set.problems().size(), std::size_t(3));
        QCOMPARE(set.problems()[0].name, std::string("Typo"));
        QCOMPARE(set.problems()[0].rule, std::size_t(0));
        QVERIFY(set.problems()[0].error.message.find("tcp.analysis.retransmission") != std::string::npos);
        QCOMPARE(set.problems()[1].name, std::string("ARP"));
        QCOMPARE(set.problems()[2].name, std::string("Empty"));
        // The rules that compiled still colour: every TCP packet of a capture takes Bad TCP or TCP.
        const auto frames = colourFrames(set, fixturePath("rst.pcap"));
        QVERIFY(!frames.empty());
        for (const int rule : frames)
            QVERIFY(rule == 1 || rule == 4);
    }

    void wiresharkColoursFramesAsWeDo_data()
    {
        QTest::addColumn<QString>("capture");
        for (const char* name : {"rst.pcap", "lossy-bulk.pcap", "zero-window.pcap", "keep-alive.pcap", "http.pcap",
                                 "vlan.pcap", "ppa__dns_isp_hijack.pcapng", "ppa__synscan.pcapng", "ppa__http_espn.pcapng"})
            QTest::newRow(name) << QString::fromUtf8(name);
    }

    void wiresharkColoursFramesAsWeDo()
    {
        // tshark --color reads our rules as Wireshark's colorfilters file from a scratch profile and
        // names each frame's rule: the text format and the first-match evaluation checked at once.
        QFETCH(QString, capture);
        const auto tshark = findProgram("tshark");
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        const auto path = capturePath(capture);
        QVERIFY2(!path.isEmpty(), qPrintable(capture));
        const auto set = ColouringRuleSet::compile(defaultColouringRules());
        QTemporaryDir profile;
        QVERIFY(writeFile(profile.filePath("colorfilters"), QByteArray::fromStdString(formatColourFilters(set.rules()))));
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert("WIRESHARK_CONFIG_DIR", profile.path());
        process.setProcessEnvironment(environment);
        process.start(tshark, {"-n", "-r", path, "--color", "-T", "fields", "-e", "frame.coloring_rule.name"});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 0);
        const auto theirs = lines(process.readAllStandardOutput());
        const auto ours = colourFrames(set, path);
        QCOMPARE(std::size_t(theirs.size()), ours.size());
        std::map<std::string, int> counts;
        int differ = 0;
        for (std::size_t f = 0; f < ours.size(); ++f) {
            const std::string name = ours[f] < 0 ? std::string() : set.rules()[static_cast<std::size_t>(ours[f])].name;
            const auto wireshark = theirs[static_cast<qsizetype>(f)].trimmed().toStdString();
            if (name != wireshark && ++differ <= 5)
                qWarning("frame %zu: ours \"%s\", Wireshark \"%s\"", f + 1, name.c_str(), wireshark.c_str());
            ++counts[name];
        }
        QCOMPARE(differ, 0);
        QVERIFY(counts.size() >= 2); // the capture exercises more than one rule
    }

    void rulesReadingWhatARowAloneLacksColourAsWireshark_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<QString>("filter");
        const std::pair<const char*, const char*> cases[] = {
            {"http.pcap", "tcp.analysis.initial_rtt < 0.001"},
            {"http.pcap", "tcp.analysis.acks_frame == 4"},
            {"http.pcap", "tcp.time_delta > 0.0002"},
            {"lossy-bulk.pcap", "tcp.analysis.ack_rtt > 0.02"},
            {"lossy-bulk.pcap", "tcp.time_delta > 0.01 && tcp.len > 0"},
            {"ppa__http_espn_fail.pcapng", "tcp.analysis.ack_rtt > 0.05"},
            {"ppa__http_espn_fail.pcapng", "tcp.completeness == 31"},
            {"ppa__http_espn.pcapng", "tcp.completeness < 31 && tcp.analysis.initial_rtt > 0.01"},
            {"rst.pcap", "frame.time_delta_displayed > 0.0001 && tcp.time_delta < 0.001"},
        };
        for (const auto& [capture, filter] : cases)
            QTest::newRow(qPrintable(QString("%1: %2").arg(capture, filter))) << QString(capture) << QString(filter);
    }

    void rulesReadingWhatARowAloneLacksColourAsWireshark()
    {
        // The full analysis (ack_rtt, initial_rtt, acks_frame, completeness) and tcp.time_delta are
        // not in a row's stored record: the packet list matches such rules with a ColouringScan of
        // the loaded capture, which must name the rule tshark --color names, frame by frame.
        QFETCH(QString, capture);
        QFETCH(QString, filter);
        if (findProgram("tshark").isEmpty())
            QSKIP("tshark is not installed");
        auto rules = defaultColouringRules();
        rules.insert(rules.begin(), {"Probe", filter.toStdString(), {}, RuleColour{1, 2, 3}, true});
        const auto set = std::make_shared<const ColouringRuleSet>(ColouringRuleSet::compile(rules));
        QVERIFY(set->problems().empty());
        QVERIFY(set->needsCaptureOrder());
        const auto path = capturePath(capture);
        const auto loaded = loadCapture(path.toStdString());
        // Scanned in pieces, as a load hands the packets over: the scan goes on where it stopped.
        ColouringScan scan(set);
        std::atomic<bool> cancel{true};
        const bool whole = scan.advance(loaded.packets, loaded.analyses, &cancel);
        QCOMPARE(whole, loaded.packets.size() <= 4096);
        if (!whole)
            QCOMPARE(scan.position(), std::size_t(4096));
        QVERIFY(scan.advance(loaded.packets, loaded.analyses));
        QCOMPARE(scan.rules().size(), loaded.packets.size());
        const auto theirs = tsharkColours(rules, path);
        QCOMPARE(std::size_t(theirs.size()), scan.rules().size());
        int differ = 0;
        int probes = 0;
        for (std::size_t f = 0; f < scan.rules().size(); ++f) {
            const int rule = scan.rules()[f];
            const QString ours = rule < 0 ? QString() : QString::fromStdString(rules[static_cast<std::size_t>(rule)].name);
            probes += rule == 0 ? 1 : 0;
            if (ours != theirs[static_cast<qsizetype>(f)] && ++differ <= 5)
                qWarning("frame %zu: ours \"%s\", Wireshark \"%s\"", f + 1, qPrintable(ours), qPrintable(theirs[static_cast<qsizetype>(f)]));
        }
        QCOMPARE(differ, 0);
        QVERIFY2(probes > 0, "the rule under test colours some frame");
        QVERIFY2(probes < static_cast<int>(scan.rules().size()), "and not every frame");
    }
};

QTEST_GUILESS_MAIN(TestColouringRules)
#include "TestColouringRules.moc"
