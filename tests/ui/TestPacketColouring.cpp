// The packet list colours rows that read the full analysis (ack_rtt, initial_rtt, completeness,
// acks_frame) or tcp.time_delta as tshark --color does: such rules are matched by a scan of the
// capture in order, on the window's thread for a small capture and on a worker for a large one,
// kept up as a load appends packets batch by batch.
#include "UiTestSupport.h"

#include <filter/ColouringRuleSet.h>
#include <packets/PacketColouring.h>
#include <packets/PacketListModel.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

QString dataPath(const QString& name)
{
    const QString local = QStringLiteral(TCPLENS_TEST_DATA_DIR "/") + name;
    return QFile::exists(local) ? local : QStringLiteral(TCPLENS_TEST_DATA_DIR "/public/") + name;
}

/// The rule name tshark --color gives every frame of `path` when it reads `rules` as its colorfilters.
QStringList tsharkColours(const std::vector<ColouringRule>& rules, const QString& path)
{
    QTemporaryDir profile;
    QFile file(profile.filePath(QStringLiteral("colorfilters")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromStdString(formatColourFilters(rules))) < 0)
        return {};
    file.close();
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WIRESHARK_CONFIG_DIR"), profile.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("tshark"), {QStringLiteral("-n"), QStringLiteral("-r"), path, QStringLiteral("--color"),
                                             QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
                                             QStringLiteral("frame.coloring_rule.name")});
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return {};
    QStringList names = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    if (!names.isEmpty() && names.last().isEmpty())
        names.removeLast();
    for (auto& name : names)
        name = name.trimmed();
    return names;
}

QStringList ourColours(const PacketListModel& model, const std::vector<ColouringRule>& rules)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int rule = model.index(row, 0).data(PacketListModel::ColouringRuleRole).toInt();
        names << (rule < 0 ? QString() : QString::fromStdString(rules[static_cast<std::size_t>(rule)].name));
    }
    return names;
}

int differences(const QStringList& ours, const QStringList& theirs)
{
    int differ = 0;
    for (qsizetype f = 0; f < std::min(ours.size(), theirs.size()); ++f)
        if (ours[f] != theirs[f] && ++differ <= 5)
            qWarning("frame %lld: ours \"%s\", Wireshark \"%s\"", static_cast<long long>(f + 1), qPrintable(ours[f]),
                     qPrintable(theirs[f]));
    return differ;
}

} // namespace

class TestPacketColouring : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        if (QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty())
            QSKIP("tshark is not installed");
    }

    void rowsColourAsWiresharkDoes_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("synchronous"); // packets matched on the window's thread; more go to a worker
        QTest::newRow("ack_rtt") << "lossy-bulk.pcap" << "tcp.analysis.ack_rtt > 0.02" << 20000;
        QTest::newRow("ack_rtt on a worker") << "lossy-bulk.pcap" << "tcp.analysis.ack_rtt > 0.02" << 100;
        QTest::newRow("time_delta on a worker") << "lossy-bulk.pcap" << "tcp.time_delta > 0.01 && tcp.len > 0" << 100;
        QTest::newRow("initial_rtt") << "http.pcap" << "tcp.analysis.initial_rtt < 0.001" << 20000;
        QTest::newRow("acks_frame") << "http.pcap" << "tcp.analysis.acks_frame == 4" << 20000;
        QTest::newRow("completeness") << "ppa__http_espn_fail.pcapng" << "tcp.completeness == 31" << 20000;
        QTest::newRow("row alone") << "lossy-bulk.pcap" << "tcp.analysis.retransmission" << 100;
    }

    void rowsColourAsWiresharkDoes()
    {
        QFETCH(QString, capture);
        QFETCH(QString, filter);
        QFETCH(int, synchronous);
        const QString path = dataPath(capture);
        auto rules = defaultColouringRules();
        rules.insert(rules.begin(), {"Probe", filter.toStdString(), {}, RuleColour{1, 2, 3}, true});
        const auto needsScan = ColouringRuleSet::compile(rules).needsCaptureOrder();

        PacketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PacketColouring colouring(&model, ThemeKind::Light);
        colouring.setSynchronousPackets(static_cast<std::size_t>(synchronous));
        colouring.setRules(rules);
        // Small batches: the scan pauses before each and goes on after it.
        const auto loaded = loadSynchronously(model, path, LoadPacing{std::chrono::milliseconds(50), 300});
        QCOMPARE(loaded.status, LoadStatus::Complete);
        QTRY_VERIFY_WITH_TIMEOUT(!colouring.isScanning(), 30'000);
        const auto theirs = tsharkColours(rules, path);
        QCOMPARE(theirs.size(), model.rowCount());
        const auto ours = ourColours(model, rules);
        QCOMPARE(differences(ours, theirs), 0);
        QVERIFY2(ours.contains(QStringLiteral("Probe")), "the rule under test colours some frame");
        QCOMPARE(needsScan, filter != QStringLiteral("tcp.analysis.retransmission"));
    }

    void newRulesAreMatchedAgain()
    {
        const QString path = dataPath(QStringLiteral("lossy-bulk.pcap"));
        PacketListModel model;
        PacketColouring colouring(&model, ThemeKind::Light);
        colouring.setSynchronousPackets(100);
        colouring.setRules(defaultColouringRules());
        QCOMPARE(loadSynchronously(model, path).status, LoadStatus::Complete);
        auto rules = defaultColouringRules();
        rules.insert(rules.begin(), {"Slow ACK", "tcp.analysis.ack_rtt > 0.02", {}, RuleColour{1, 2, 3}, true});
        colouring.setRules(rules);
        QVERIFY(colouring.isScanning());
        QTRY_VERIFY_WITH_TIMEOUT(!colouring.isScanning(), 30'000);
        QCOMPARE(differences(ourColours(model, rules), tsharkColours(rules, path)), 0);
    }
};

QTEST_MAIN(TestPacketColouring)
#include "TestPacketColouring.moc"
