// tshark 4.0 as the oracle of display filters: every expression of tests/data/display-filter-cases.tsv
// on its captures, `tshark -Y` and `tcplens-cli packets -Y` must keep the same frames; tshark's
// refusals must be refusals here too. Prints the agreement figure.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

#include <memory>
#include <set>

using namespace tcplens::test;

namespace {

struct Case {
    QString expression;
    QString capture;        ///< Absolute path
    std::set<int> differs;  ///< Frames a documented analysis difference explains
};

QString capturePath(const QString& name)
{
    for (const auto& dir : {QString::fromUtf8(TCPLENS_TEST_DATA_DIR), QString::fromUtf8(TCPLENS_TEST_DATA_DIR) + "/public"}) {
        const QString path = dir + "/" + name;
        if (QFile::exists(path))
            return path;
    }
    return {};
}

QList<Case> readCases(QString& error)
{
    QFile file(fixturePath("display-filter-cases.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        error = "cannot read display-filter-cases.tsv";
        return {};
    }
    const bool everywhere = qEnvironmentVariableIntValue("TCPLENS_FILTER_ORACLE_ALL") != 0;
    QStringList all = fixtures() + publicFixtures();
    if (const auto extra = qEnvironmentVariable("TCPLENS_FILTER_ORACLE_DIR"); !extra.isEmpty())
        all += capturesIn(extra);
    QList<Case> cases;
    for (const auto& raw : file.readAll().split('\n')) {
        const auto line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const auto columns = line.split('\t');
        QMap<QString, std::set<int>> differs;
        if (columns.size() > 2) {
            for (const auto& item : columns[2].split(' ', Qt::SkipEmptyParts)) { // differs=CAPTURE:N,M
                const auto spec = item.mid(item.indexOf('=') + 1);
                const auto capture = spec.section(':', 0, 0);
                for (const auto& frame : spec.section(':', 1).split(','))
                    differs[capture].insert(frame.toInt());
            }
        }
        QStringList captures;
        for (const auto& name : columns.value(1).split(' ', Qt::SkipEmptyParts)) {
            const auto path = capturePath(name);
            if (path.isEmpty()) {
                error = "no capture " + name + " for " + columns[0];
                return {};
            }
            captures << path;
        }
        for (const auto& path : everywhere ? all : captures)
            cases.push_back({columns[0], path, differs.value(QFileInfo(path).fileName())});
    }
    return cases;
}

struct Run {
    std::unique_ptr<QProcess> tshark = std::make_unique<QProcess>();
    std::unique_ptr<QProcess> ours = std::make_unique<QProcess>();
};

void start(Run& run, const QString& tshark, const Case& c)
{
    run.tshark->start(tshark, {"-n", "-r", c.capture, "-o", "tcp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE",
                               "-Y", c.expression, "-T", "fields", "-e", "frame.number"});
    run.ours->start(QStringLiteral(TCPLENS_CLI_PATH), {"packets", c.capture, "--json", "-Y", c.expression});
}

std::set<int> tsharkFrames(QProcess& process)
{
    std::set<int> frames;
    for (const auto& line : lines(process.readAllStandardOutput()))
        frames.insert(line.trimmed().toInt());
    return frames;
}

std::set<int> ourFrames(QProcess& process)
{
    std::set<int> frames;
    for (const auto& object : jsonLines(process.readAllStandardOutput()))
        if (!object.contains("revised"))
            frames.insert(object.value("no").toInt());
    return frames;
}

QString listed(const std::set<int>& frames)
{
    QStringList items;
    for (const int f : frames) {
        if (items.size() == 12) {
            items << "...";
            break;
        }
        items << QString::number(f);
    }
    return items.join(',');
}

} // namespace

class TestDisplayFilterTshark : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        tshark_ = findProgram("tshark");
        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
    }

    void sameFramesAsTshark()
    {
        QString error;
        const auto cases = readCases(error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(cases.size() >= 100);
        QStringList failures;
        int agreeing = 0;
        int explained = 0;
        std::set<QString> expressions;
        constexpr int kParallel = 3;
        for (int first = 0; first < cases.size(); first += kParallel) {
            const int n = std::min<int>(kParallel, static_cast<int>(cases.size()) - first);
            std::vector<Run> runs(static_cast<std::size_t>(n));
            for (int k = 0; k < n; ++k)
                start(runs[static_cast<std::size_t>(k)], tshark_, cases[first + k]);
            for (int k = 0; k < n; ++k) {
                auto& run = runs[static_cast<std::size_t>(k)];
                const auto& c = cases[first + k];
                expressions.insert(c.expression);
                const QString where = c.expression + " on " + QFileInfo(c.capture).fileName();
                if (!run.tshark->waitForFinished(120'000) || !run.ours->waitForFinished(120'000)) {
                    failures << where + ": timed out";
                    continue;
                }
                if (run.tshark->exitCode() != 0) {
                    failures << where + ": tshark refused it: " + QString::fromUtf8(run.tshark->readAllStandardError()).trimmed();
                    continue;
                }
                if (run.ours->exitCode() != 0) {
                    failures << where + ": tcplens refused it: " + QString::fromUtf8(run.ours->readAllStandardError()).trimmed();
                    continue;
                }
                const auto theirs = tsharkFrames(*run.tshark);
                const auto mine = ourFrames(*run.ours);
                std::set<int> onlyTheirs;
                std::set<int> onlyMine;
                for (const int f : theirs)
                    if (!mine.contains(f) && !c.differs.contains(f))
                        onlyTheirs.insert(f);
                for (const int f : mine)
                    if (!theirs.contains(f) && !c.differs.contains(f))
                        onlyMine.insert(f);
                if (!onlyTheirs.empty() || !onlyMine.empty()) {
                    failures << where + ": only tshark keeps [" + listed(onlyTheirs) + "], only tcplens keeps ["
                                    + listed(onlyMine) + "]";
                    continue;
                }
                ++agreeing;
                if (theirs != mine)
                    ++explained;
            }
        }
        qInfo("display filters: %d of %lld (expression, capture) pairs keep the same frames as tshark "
              "(%d of them only up to documented analysis differences), %zu expressions",
              agreeing, static_cast<long long>(cases.size()), explained, expressions.size());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
    }

    /// What tshark 4.0 refuses is refused here too, with the column of the mistake.
    void tsharksRefusalsAreRefused()
    {
        const QStringList refused = {"tcp.port = 80",          "tcp.analysis.retransmision", "tcp.port ==",
                                     "ip.src == 300.1.1.1",    "tcp.flags.syn == maybe",    "tcp.port == 80 xor tcp.len > 0",
                                     "tcp.port == 80 AND tcp.len > 0", "tcp.window_size_value[0]", "(tcp.port == 80",
                                     "tcp.payload[0:3] == zz", "ip.proto == tcp"};
        const auto capture = fixturePath("http.pcap");
        for (const auto& expression : refused) {
            const auto theirs = runProcess(tshark_, {"-r", capture, "-Y", expression, "-c", "1"});
            QVERIFY2(!theirs.exitedWith(0), qPrintable("tshark accepts " + expression));
            const auto ours = runCli({"packets", capture, "-Y", expression});
            QVERIFY2(ours.exitedWith(2), qPrintable("tcplens accepts " + expression));
            QVERIFY2(ours.err.contains("column") && ours.err.contains("^"), ours.err.constData());
        }
    }

private:
    QString tshark_;
};

QTEST_GUILESS_MAIN(TestDisplayFilterTshark)
#include "TestDisplayFilterTshark.moc"
