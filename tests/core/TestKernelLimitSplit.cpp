// The kernel's split of a sender's time beside the wire's (kernel/KernelLimitSplit): the stretch
// compared and the counters at its ends on crafted samples, and tcplens-cli limits and report on
// the receiver-window-limited fixtures (reno and a paced bbr) with the sidecar recorded beside them
// (real kernel numbers, tests/data/limits/record-limits.sh), with an old sidecar lacking the columns, and in Chinese.
#include "TestSupport.h"

#include <kernel/KernelLimitSplit.h>
#include <kernel/TcpInfoCsv.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

KernelPoint point(double time, double busy, double rwnd, double sndbuf, int appLimited = -1)
{
    KernelPoint p;
    p.time = time;
    p.hasChrono = true;
    p.busy = busy;
    p.rwndLimited = rwnd;
    p.sndbufLimited = sndbuf;
    p.appLimited = appLimited;
    return p;
}

const QString kRwnd = QStringLiteral("limits/rwnd-reno.pcap");

/// The comparison of `wire` with `kernel` covers [from, to], with the kernel's counters at its
/// ends and the wire's transfer time as given.
KernelLimitComparison checkedStretch(const std::vector<LimitSegment>& wire, const KernelSeries& kernel, double from,
                                     double to, double busy, double rwnd, double transfer)
{
    const auto c = compareWithKernel(wire, kernel);
    const bool ok = c.available() && qFuzzyCompare(1 + c.from, 1 + from) && qFuzzyCompare(1 + c.to, 1 + to)
                 && qFuzzyCompare(c.busy, busy)
                 && qFuzzyCompare(c.rwndLimited, rwnd) && qFuzzyCompare(c.wire.total, transfer);
    if (!ok)
        qWarning("stretch %g..%g, busy %g, rwnd_limited %g, transfer %g", c.from, c.to, c.busy, c.rwndLimited,
                 c.wire.total);
    return ok ? c : KernelLimitComparison{};
}

} // namespace

class TestKernelLimitSplit : public QObject {
    Q_OBJECT

private slots:
    void countersFromZeroWhenTheHandshakeIsSeen();
    void firstSampleIsTheBaselineWithoutTheHandshake();
    void missingSocketOrColumnsIsSaid();
    void cliShowsBothSplitsFromTheRecordedSidecar();
    void recordedWindowLimitedTransfersAgreeWithTheKernel_data();
    void recordedWindowLimitedTransfersAgreeWithTheKernel();
    void oldSidecarSaysUnavailable();
    void chineseSplit();

private:
    QTemporaryDir dir_;
};

void TestKernelLimitSplit::countersFromZeroWhenTheHandshakeIsSeen()
{
    // 0.01 s handshake, 0.6 s at the receiver's window, 0.2 s congestion, 0.19 s application.
    const std::vector<LimitSegment> wire = {{0, 0.01, LimitFactor::Handshake},
                                            {0.01, 0.61, LimitFactor::ReceiverWindow},
                                            {0.61, 0.81, LimitFactor::Congestion},
                                            {0.81, 1.0, LimitFactor::Application}};
    KernelSeries kernel;
    // Samples every 0.25 s; the socket is sampled after the wire's end (its FIN still out).
    kernel.points = {point(0.2, 0.15, 0.10, 0, 0), point(0.45, 0.40, 0.30, 0, 0), point(0.7, 0.65, 0.50, 0.02, 0),
                     point(0.95, 0.80, 0.55, 0.02, 1), point(1.2, 1.00, 0.55, 0.02, 1)};
    // At 1.0 s, a fifth of the way from 0.95 to 1.2: busy 0.84.
    const auto c = checkedStretch(wire, kernel, 0.0, 1.0, 0.84, 0.55, 0.99);
    QVERIFY(c.available());
    QVERIFY(qFuzzyCompare(c.kernel.of(LimitGroup::ReceiverWindow), 0.55));
    QVERIFY(qFuzzyCompare(c.kernel.of(LimitGroup::SendBuffer), 0.02));
    QVERIFY(qFuzzyCompare(c.kernel.of(LimitGroup::OtherBusy), 0.84 - 0.55 - 0.02));
    QVERIFY(qFuzzyCompare(c.kernel.of(LimitGroup::NotBusy), 0.99 - 0.84));
    QVERIFY(qFuzzyCompare(c.wire.of(LimitGroup::ReceiverWindow), 0.6));
    QVERIFY(qFuzzyCompare(c.wire.of(LimitGroup::NotBusy), 0.19));
    QVERIFY(std::abs(c.differencePoints(LimitGroup::ReceiverWindow) - 100 * (0.6 - 0.55) / 0.99) < 1e-9);
    QCOMPARE(c.wire.dominant(), LimitGroup::ReceiverWindow);
    QCOMPARE(c.kernel.dominant(), LimitGroup::ReceiverWindow);
    QCOMPARE(c.samples, std::size_t{4}); // the one after the wire's end is not counted
    QVERIFY(c.appLimitedKnown);
    QCOMPARE(c.appLimitedSamples, std::size_t{1});
}

void TestKernelLimitSplit::firstSampleIsTheBaselineWithoutTheHandshake()
{
    // A capture started mid-transfer: the counters already hold the time before it.
    const std::vector<LimitSegment> wire = {{0, 1.0, LimitFactor::ReceiverWindow}, {1.0, 2.0, LimitFactor::Congestion}};
    KernelSeries kernel;
    kernel.points = {point(0.5, 5.0, 4.0, 0), point(1.5, 5.9, 4.5, 0), point(2.0, 6.4, 4.5, 0)};
    const auto c = checkedStretch(wire, kernel, 0.5, 2.0, 1.4, 0.5, 1.5);
    QVERIFY(c.available());
    QVERIFY(qFuzzyCompare(c.wire.of(LimitGroup::ReceiverWindow), 0.5));
    QVERIFY(qFuzzyCompare(c.wire.of(LimitGroup::OtherBusy), 1.0));
    QVERIFY(!c.appLimitedKnown);
    // One sample is no stretch without a baseline of zero.
    kernel.points.resize(1);
    QCOMPARE(compareWithKernel(wire, kernel).missing, KernelSplitMissing::NoStretch);
}

void TestKernelLimitSplit::missingSocketOrColumnsIsSaid()
{
    const std::vector<LimitSegment> wire = {{0, 0.01, LimitFactor::Handshake}, {0.01, 1, LimitFactor::Congestion}};
    QCOMPARE(compareWithKernel(wire, KernelSeries{}).missing, KernelSplitMissing::NoSocket);
    KernelSeries old;
    old.points.resize(3); // samples without the chronograph
    const auto c = compareWithKernel(wire, old);
    QCOMPARE(c.missing, KernelSplitMissing::NoChronograph);
    QVERIFY(kernelSplitMissingText(c.missing, NarrationLanguage::English).starts_with("kernel split unavailable"));
    QVERIFY(!kernelSplitMissingText(c.missing, NarrationLanguage::SimplifiedChinese).empty());
}

void TestKernelLimitSplit::cliShowsBothSplitsFromTheRecordedSidecar()
{
    const auto capture = fixturePath(kRwnd);
    QVERIFY(QFile::exists(capture + ".tcpinfo.csv"));
    const auto text = runCli({"limits", capture, "--stream", "0"});
    QVERIFY2(text.exitedWith(0), text.err.constData());
    QVERIFY2(text.out.contains("The kernel's own split") && text.out.contains("Kernel counters: busy")
                 && text.out.contains("Both say the sender was mostly receiver-window-limited"),
             text.out.constData());
    const auto json = runCli({"limits", capture, "--stream", "0", "--json"});
    QVERIFY2(json.exitedWith(0), json.err.constData());
    const auto directions = QJsonDocument::fromJson(json.out).object()["directions"].toArray();
    QCOMPARE(directions.size(), 1); // the receiver sent no data
    const auto kernel = directions[0].toObject()["kernel"].toObject();
    QVERIFY(kernel["available"].toBool());
    const auto rwnd = kernel["groups"].toObject()["receiver_window"].toObject();
    // The kernel counted most of the transfer rwnd-limited, and the wire is within 10 points.
    QVERIFY2(rwnd["kernel_share"].toDouble() > 0.8, json.out.constData());
    QVERIFY2(std::abs(rwnd["difference_points"].toDouble()) <= 10, json.out.constData());
    QVERIFY(std::abs(rwnd["difference_points"].toDouble()
                     - 100 * (rwnd["wire_share"].toDouble() - rwnd["kernel_share"].toDouble()))
            < 0.2);
    QCOMPARE(kernel["wire_dominant"].toString(), QString("receiver_window"));
    QCOMPARE(kernel["kernel_dominant"].toString(), QString("receiver_window"));
    // The report: the answer in text and the object in JSON.
    const auto report = runCli({"report", capture, "--stream", "0"});
    QVERIFY2(report.exitedWith(0), report.err.constData());
    QVERIFY2(report.out.contains("the kernel's own split (tcp_info) beside the wire's")
                 && report.out.contains("The wire and the kernel agree"),
             report.out.constData());
    const auto reportJson = runCli({"report", capture, "--stream", "0", "--format", "json"});
    QVERIFY2(reportJson.exitedWith(0), reportJson.err.constData());
    QVERIFY(reportJson.out.contains("\"kernel_limits\":{\"available\":true"));
    // Without a sidecar: no kernel answer, null in JSON, nothing in limits.
    const auto bare = dir_.filePath("bare.pcap");
    QVERIFY(QFile::copy(capture, bare));
    const auto plain = runCli({"report", bare, "--stream", "0", "--format", "json"});
    QVERIFY2(plain.exitedWith(0) && plain.out.contains("\"kernel_limits\":null"), plain.out.constData());
    const auto plainLimits = runCli({"limits", bare, "--stream", "0"});
    QVERIFY(plainLimits.exitedWith(0));
    QVERIFY(!plainLimits.out.contains("kernel"));
}

void TestKernelLimitSplit::recordedWindowLimitedTransfersAgreeWithTheKernel_data()
{
    QTest::addColumn<QString>("capture");
    QTest::newRow("reno") << kRwnd;
    // bbr paces its segments 2-3 ms apart: Linux counts the window as the limit only once pacing
    // would have released the next segment (tcp_write_xmit tries pacing first); counting every
    // moment the window was full put the wire 37 points above the kernel.
    QTest::newRow("bbr") << QStringLiteral("limits/rwnd-bbr.pcap");
}

void TestKernelLimitSplit::recordedWindowLimitedTransfersAgreeWithTheKernel()
{
    QFETCH(QString, capture);
    const auto json = runCli({"limits", fixturePath(capture), "--stream", "0", "--json"});
    QVERIFY2(json.exitedWith(0), json.err.constData());
    const auto kernel = QJsonDocument::fromJson(json.out).object()["directions"].toArray()[0].toObject()["kernel"].toObject();
    QVERIFY2(kernel["available"].toBool(), json.out.constData());
    const auto rwnd = kernel["groups"].toObject()["receiver_window"].toObject();
    QVERIFY2(std::abs(rwnd["difference_points"].toDouble()) <= 10, json.out.constData());
    QCOMPARE(kernel["wire_dominant"].toString(), kernel["kernel_dominant"].toString());
}

void TestKernelLimitSplit::oldSidecarSaysUnavailable()
{
    QVERIFY(dir_.isValid());
    const auto capture = dir_.filePath("old.pcap");
    QVERIFY(QFile::copy(fixturePath(kRwnd), capture));
    // The recorded sidecar with the chronograph's columns cut out: what tcplens wrote before.
    const auto read = readTcpInfoCsv((fixturePath(kRwnd) + ".tcpinfo.csv").toStdString());
    QVERIFY2(read.error.empty() && !read.samples.empty(), read.error.c_str());
    auto header = QString::fromStdString(tcpInfoCsvHeader()).split(',');
    QList<int> drop;
    for (const char* column : {"busy_time_us", "rwnd_limited_us", "sndbuf_limited_us", "delivery_rate_app_limited"})
        drop << header.indexOf(column);
    std::sort(drop.begin(), drop.end(), std::greater<>());
    const auto cut = [&](QStringList fields) {
        for (const int at : drop)
            fields.removeAt(at);
        return fields.join(',');
    };
    QString text = "# tcplens kernel tcp_info samples, format 1\n" + cut(header) + "\n";
    for (const auto& s : read.samples)
        text += cut(QString::fromStdString(tcpInfoCsvRow(s)).split(',')) + "\n";
    QFile sidecar(capture + ".tcpinfo.csv");
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(text.toUtf8());
    sidecar.close();

    const auto limits = runCli({"limits", capture, "--stream", "0"});
    QVERIFY2(limits.exitedWith(0), limits.err.constData());
    QVERIFY2(limits.out.contains("kernel split unavailable: the tcp_info sidecar has no busy/rwnd_limited/sndbuf_limited"),
             limits.out.constData());
    QVERIFY(limits.out.contains("limited by the receiver's window")); // the wire's answer stands
    const auto json = runCli({"limits", capture, "--stream", "0", "--json"});
    QVERIFY(json.exitedWith(0));
    QVERIFY2(json.out.contains("\"kernel\":{\"available\":false,\"reason\":\"kernel split unavailable"),
             json.out.constData());
    const auto report = runCli({"report", capture, "--stream", "0"});
    QVERIFY(report.exitedWith(0));
    QVERIFY2(report.out.contains("kernel split unavailable"), report.out.constData());
    // --tcpinfo names another sidecar; a missing one is an error, not a silent absence.
    const auto named = runCli({"limits", capture, "--stream", "0", "--tcpinfo", fixturePath(kRwnd) + ".tcpinfo.csv"});
    QVERIFY2(named.exitedWith(0) && named.out.contains("The kernel's own split"), named.out.constData());
    const auto missing = runCli({"limits", capture, "--stream", "0", "--tcpinfo", dir_.filePath("none.csv")});
    QVERIFY(missing.exitedWith(1));
    QVERIFY(missing.err.contains("no tcp_info sidecar"));
}

void TestKernelLimitSplit::chineseSplit()
{
    const auto text = runCli({"limits", fixturePath(kRwnd), "--stream", "0", "--lang", "zh_CN"});
    QVERIFY2(text.exitedWith(0), text.err.constData());
    QVERIFY2(text.out.contains(QString("内核自己的划分").toUtf8()) && text.out.contains(QString("主要因素一致").toUtf8()),
             text.out.constData());
    const auto report = runCli({"report", fixturePath(kRwnd), "--stream", "0", "--lang", "zh_CN"});
    QVERIFY2(report.out.contains(QString("内核自己的划分（tcp_info）与线路估计").toUtf8()), report.out.constData());
}

QTEST_GUILESS_MAIN(TestKernelLimitSplit)
#include "TestKernelLimitSplit.moc"
