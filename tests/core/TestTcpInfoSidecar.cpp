// The kernel numbers without a kernel: the sidecar file (writer and reader), the chart series
// aligned to a capture and endpoint text (the sock_diag answers: TestTcpInfoDiagMessage).
#include "TestSupport.h"

#include <capture/CaptureSaver.h>
#include <kernel/KernelSeries.h>
#include <kernel/TcpInfoCsv.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

namespace {

Endpoint endpoint(std::string_view text) { return *parseEndpoint(text); }

/// A sample with every field set to something distinct.
TcpInfoSample fullSample(std::int64_t timestampNs, std::uint32_t cwnd)
{
    TcpInfoSample s;
    s.timestampNs = timestampNs;
    s.local = endpoint("[fd77::1]:40001");
    s.remote = endpoint("[fd77::2]:5201");
    s.state = 1;
    s.caState = 3;
    s.congestionControl = "cubic";
    s.sndMss = 1448;
    s.cwnd = cwnd;
    s.ssthresh = 17;
    s.srttUs = 12'345;
    s.rttvarUs = 2'500;
    s.minRttUs = 9'000;
    s.rtoUs = 204'000;
    s.unacked = 20;
    s.sacked = 3;
    s.lost = 2;
    s.retrans = 1;
    s.totalRetrans = 9;
    s.pacingRate = 4'000'000;
    s.deliveryRate = 2'400'000;
    s.bytesAcked = 1'000'001;
    s.bytesSent = 1'200'000;
    s.bytesRetrans = 13'032;
    s.sndWnd = 65'535;
    s.busyTimeUs = 2'500'123;
    s.rwndLimitedUs = 1'900'456;
    s.sndbufLimitedUs = 12'789;
    s.deliveryRateAppLimited = true;
    s.has = tcpinfo::kPacingRate | tcpinfo::kBytesAcked | tcpinfo::kMinRtt | tcpinfo::kDeliveryRate
          | tcpinfo::kBytesSent | tcpinfo::kSndWnd | tcpinfo::kAppLimited | tcpinfo::kChrono;
    return s;
}

/// What a kernel before 3.15 reports: no optional field, no ssthresh yet, no algorithm.
TcpInfoSample bareSample(std::int64_t timestampNs)
{
    TcpInfoSample s;
    s.timestampNs = timestampNs;
    s.local = endpoint("10.0.0.1:40000");
    s.remote = endpoint("10.0.0.2:80");
    s.state = 2;
    s.sndMss = 536;
    s.cwnd = 10;
    return s;
}

} // namespace

class TestTcpInfoSidecar : public QObject {
    Q_OBJECT

private slots:
    void sidecarSitsNextToTheCapture();
    void csvRoundTripKeepsEveryField();
    void derivedColumnsAreWrittenForPeople();
    void sidecarWithoutTheChronographLoads();
    void tornLastLineIsDropped();
    void badLineIsNamedAndEarlierSamplesKept();
    void columnsAreFoundByName();
    void missingFileIsNoError();
    void foreignCsvIsRejected();
    void endpointTextRoundTrips_data();
    void endpointTextRoundTrips();
    void kernelSeriesPicksTheSenderAndAlignsTime();
    void kernelSeriesForUsesTheConversationsSpan();
    void followerReadsOnlyWholeNewLines();
    void saveAsTakesTheSidecarAlong();

private:
    QTemporaryDir dir_;
};

void TestTcpInfoSidecar::sidecarSitsNextToTheCapture()
{
    QCOMPARE(tcpInfoSidecarPath("/tmp/lab.pcapng"), std::string("/tmp/lab.pcapng.tcpinfo.csv"));
}

void TestTcpInfoSidecar::csvRoundTripKeepsEveryField()
{
    const std::vector<TcpInfoSample> samples = {fullSample(1'700'000'000'123'456'789, 10), bareSample(1'700'000'001'000'000'000),
                                                fullSample(1'700'000'002'000'000'000, 44)};
    const auto path = dir_.filePath("roundtrip.pcapng.tcpinfo.csv").toStdString();
    TcpInfoCsvWriter writer;
    std::string error;
    QVERIFY2(writer.open(path, error), error.c_str());
    QVERIFY(writer.write(std::span(samples).first(1)));
    QVERIFY(writer.write(std::span(samples).subspan(1)));
    QCOMPARE(writer.rowsWritten(), std::uint64_t{3});
    writer.close();
    bool exists = false;
    const auto read = readTcpInfoCsv(path, &exists);
    QVERIFY(exists);
    QVERIFY2(read.error.empty(), read.error.c_str());
    QCOMPARE(read.samples.size(), samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i)
        QVERIFY2(read.samples[i] == samples[i], qPrintable(QString("sample %1 changed").arg(i)));
    QVERIFY(!read.samples[1].ssthreshSet());
    QCOMPARE(read.samples[1].has, 0U);
}

void TestTcpInfoSidecar::derivedColumnsAreWrittenForPeople()
{
    const auto header = QString::fromStdString(tcpInfoCsvHeader()).split(',');
    const auto row = QString::fromStdString(tcpInfoCsvRow(fullSample(5, 10))).split(',');
    QCOMPARE(row.size(), header.size());
    const auto at = [&](const char* column) { return row[header.indexOf(column)]; };
    QCOMPARE(at("cwnd_bytes"), QString("14480"));
    QCOMPARE(at("ssthresh_bytes"), QString::number(17 * 1448));
    QCOMPARE(at("bytes_in_flight"), QString::number((20 - 3 - 2 + 1) * 1448));
    QCOMPARE(at("local"), QString("[fd77::1]:40001"));
    QCOMPARE(at("state"), QString("ESTABLISHED"));
    QCOMPARE(at("ca_state"), QString("recovery"));
    const auto bare = QString::fromStdString(tcpInfoCsvRow(bareSample(5))).split(',');
    QCOMPARE(bare[header.indexOf("ssthresh")], QString());
    QCOMPARE(bare[header.indexOf("delivery_rate")], QString());
    QCOMPARE(bare[header.indexOf("state")], QString("SYN_SENT"));
    // ss -ti's busy:, rwnd_limited:, sndbuf_limited: as the kernel's microseconds.
    QCOMPARE(at("busy_time_us"), QString("2500123"));
    QCOMPARE(at("rwnd_limited_us"), QString("1900456"));
    QCOMPARE(at("sndbuf_limited_us"), QString("12789"));
    QCOMPARE(at("delivery_rate_app_limited"), QString("1"));
    QCOMPARE(bare[header.indexOf("busy_time_us")], QString());
    QCOMPARE(bare[header.indexOf("delivery_rate_app_limited")], QString());
}

void TestTcpInfoSidecar::sidecarWithoutTheChronographLoads()
{
    // A sidecar written before the chronograph columns: everything else loads, the split is unset.
    auto header = QString::fromStdString(tcpInfoCsvHeader()).split(',');
    auto row = QString::fromStdString(tcpInfoCsvRow(fullSample(7, 10))).split(',');
    for (const char* column : {"delivery_rate_app_limited", "sndbuf_limited_us", "rwnd_limited_us", "busy_time_us"}) {
        const auto at = header.indexOf(column);
        QVERIFY(at >= 0);
        header.removeAt(at);
        row.removeAt(at);
    }
    const auto parsed = parseTcpInfoCsv("# tcplens kernel tcp_info samples, format 1\n" + header.join(',').toStdString()
                                            + "\n" + row.join(',').toStdString() + "\n",
                                        "old.csv");
    QVERIFY2(parsed.error.empty(), parsed.error.c_str());
    QCOMPARE(parsed.samples.size(), std::size_t{1});
    const auto& s = parsed.samples[0];
    QVERIFY(!s.hasField(tcpinfo::kChrono));
    QVERIFY(!s.hasField(tcpinfo::kAppLimited));
    QCOMPARE(s.busyTimeUs, std::uint64_t{0});
    QCOMPARE(s.cwnd, 10U);
    QCOMPARE(s.deliveryRate, std::uint64_t{2'400'000});
    // A row with only part of the chronograph, or a flag other than 0 or 1, is damaged.
    const auto full = QString::fromStdString(tcpInfoCsvHeader()).split(',');
    auto partial = QString::fromStdString(tcpInfoCsvRow(fullSample(8, 10))).split(',');
    partial[full.indexOf("rwnd_limited_us")] = QString();
    const auto damaged = parseTcpInfoCsv(tcpInfoCsvHeader() + "\n" + partial.join(',').toStdString() + "\n", "p.csv");
    QVERIFY2(damaged.error.find("p.csv, line 2") == 0, damaged.error.c_str());
    auto flag = QString::fromStdString(tcpInfoCsvRow(fullSample(8, 10))).split(',');
    flag[full.indexOf("delivery_rate_app_limited")] = "2";
    QVERIFY(!parseTcpInfoCsv(tcpInfoCsvHeader() + "\n" + flag.join(',').toStdString() + "\n", "f.csv").error.empty());
}

void TestTcpInfoSidecar::tornLastLineIsDropped()
{
    const std::string text = "# tcplens kernel tcp_info samples, format 1\n" + tcpInfoCsvHeader() + "\n"
                           + tcpInfoCsvRow(fullSample(1, 10)) + "\n" + tcpInfoCsvRow(fullSample(2, 11)).substr(0, 40);
    const auto parsed = parseTcpInfoCsv(text, "killed.csv");
    QVERIFY2(parsed.error.empty(), parsed.error.c_str());
    QCOMPARE(parsed.samples.size(), std::size_t{1});
    QCOMPARE(parsed.samples[0].cwnd, 10U);
}

void TestTcpInfoSidecar::badLineIsNamedAndEarlierSamplesKept()
{
    auto bad = tcpInfoCsvRow(fullSample(2, 11));
    bad.replace(bad.find(",cubic,"), 7, ",cubic,x");
    const std::string text = "# tcplens kernel tcp_info samples, format 1\n" + tcpInfoCsvHeader() + "\n"
                           + tcpInfoCsvRow(fullSample(1, 10)) + "\n" + bad + "\n" + tcpInfoCsvRow(fullSample(3, 12))
                           + "\n";
    const auto parsed = parseTcpInfoCsv(text, "bad.csv");
    QCOMPARE(parsed.samples.size(), std::size_t{1});
    QVERIFY2(parsed.error.find("bad.csv, line 4") == 0, parsed.error.c_str());

    const auto state = parseTcpInfoCsv(tcpInfoCsvHeader() + "\n1,10.0.0.1:1,10.0.0.2:2,DANCING,open,,1448,10\n", "s.csv");
    QVERIFY2(state.error.find("unknown TCP state \"DANCING\"") != std::string::npos, state.error.c_str());
    const auto endpointError = parseTcpInfoCsv(tcpInfoCsvHeader() + "\n1,10.0.0.1,10.0.0.2:2,,,,1448,10\n", "e.csv");
    QVERIFY2(endpointError.error.find("e.csv, line 2") == 0, endpointError.error.c_str());
}

void TestTcpInfoSidecar::columnsAreFoundByName()
{
    // Another column order, a column from a future format, the derived ones left out.
    const std::string text = "cwnd,remote,future_thing,local,snd_mss,time_ns,ssthresh,cc\n"
                             "12,10.0.0.2:80,whatever,10.0.0.1:40000,1448,99,7,reno\n";
    const auto parsed = parseTcpInfoCsv(text, "order.csv");
    QVERIFY2(parsed.error.empty(), parsed.error.c_str());
    QCOMPARE(parsed.samples.size(), std::size_t{1});
    const auto& s = parsed.samples[0];
    QCOMPARE(s.cwnd, 12U);
    QCOMPARE(s.ssthresh, 7U);
    QCOMPARE(s.timestampNs, std::int64_t{99});
    QCOMPARE(s.local, endpoint("10.0.0.1:40000"));
    QCOMPARE(s.congestionControl, std::string("reno"));
    QCOMPARE(s.has, 0U);
}

void TestTcpInfoSidecar::missingFileIsNoError()
{
    bool exists = true;
    const auto read = readTcpInfoCsv(dir_.filePath("none.tcpinfo.csv").toStdString(), &exists);
    QVERIFY(!exists);
    QVERIFY(read.error.empty());
    QVERIFY(read.samples.empty());
}

void TestTcpInfoSidecar::foreignCsvIsRejected()
{
    const auto parsed = parseTcpInfoCsv("series,time_s,frame,bytes\nrwnd,0.1,3,65535\n", "series.csv");
    QVERIFY(parsed.samples.empty());
    QVERIFY2(parsed.error.find("not a tcp_info sidecar") != std::string::npos, parsed.error.c_str());
    QVERIFY(parsed.error.find("time_ns") != std::string::npos);
}

void TestTcpInfoSidecar::endpointTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ipv4") << "10.77.0.1:8080" << true;
    QTest::newRow("ipv6") << "[fd77::1]:443" << true;
    QTest::newRow("port 0") << "0.0.0.0:0" << true;
    QTest::newRow("ipv6 without brackets") << "fd77::1:443" << false;
    QTest::newRow("ipv4 in brackets") << "[10.0.0.1]:80" << false;
    QTest::newRow("port too big") << "10.0.0.1:65536" << false;
    QTest::newRow("no port") << "10.0.0.1" << false;
    QTest::newRow("empty port") << "10.0.0.1:" << false;
    QTest::newRow("name") << "localhost:80" << false;
    QTest::newRow("sign") << "10.0.0.1:+80" << false;
}

void TestTcpInfoSidecar::endpointTextRoundTrips()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto parsed = parseEndpoint(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(QString::fromStdString(endpointText(*parsed)), text);
}

void TestTcpInfoSidecar::kernelSeriesPicksTheSenderAndAlignsTime()
{
    constexpr std::int64_t zero = 1'700'000'000'000'000'000;
    std::vector<TcpInfoSample> samples;
    auto a = fullSample(zero + 250'000'000, 20);
    auto reverse = a; // the receiver's socket of the same conversation (loopback)
    std::swap(reverse.local, reverse.remote);
    reverse.cwnd = 3;
    auto b = fullSample(zero + 200'000'000, 30); // arrives out of order
    b.ssthresh = kInfiniteSsthresh;
    b.has &= ~tcpinfo::kDeliveryRate;
    b.pacingRate = ~std::uint64_t{0};
    auto late = fullSample(zero + 9'000'000'000, 40); // outside the window asked for
    samples = {a, reverse, b, late};
    const auto series = kernelSeries(samples, a.local, a.remote, zero, zero, zero + 1'000'000'000);
    QCOMPARE(series.points.size(), std::size_t{2});
    QCOMPARE(series.congestionControl, std::string("cubic"));
    const auto& first = series.points[0];
    QCOMPARE(first.time, 0.2);
    QCOMPARE(first.cwndSegments, 30U);
    QCOMPARE(first.cwndBytes, std::int64_t{30 * 1448});
    QCOMPARE(first.ssthreshBytes, std::int64_t{-1});
    QCOMPARE(first.deliveryRate, -1.0);
    QCOMPARE(first.pacingRate, -1.0); // unlimited pacing is no rate
    const auto& second = series.points[1];
    QCOMPARE(second.time, 0.25);
    QCOMPARE(second.ssthreshBytes, std::int64_t{17 * 1448});
    QCOMPARE(second.srtt, 0.012345);
    QCOMPARE(second.rttvar, 0.0025);
    QCOMPARE(second.deliveryRate, 2'400'000.0 * 8);
    QCOMPARE(second.pacingRate, 4'000'000.0 * 8);
    QCOMPARE(second.bytesInFlight, std::int64_t{16 * 1448});
    QCOMPARE(second.totalRetrans, 9U);
}

void TestTcpInfoSidecar::kernelSeriesForUsesTheConversationsSpan()
{
    constexpr std::int64_t zero = 1'700'000'000'000'000'000;
    Conversation conversation;
    conversation.sides[0].endpoint = endpoint("[fd77::1]:40001");
    conversation.sides[1].endpoint = endpoint("[fd77::2]:5201");
    conversation.firstNs = zero;
    conversation.lastNs = zero + 2'000'000'000;
    std::vector<TcpInfoSample> samples;
    for (const std::int64_t offsetMs : {-500, -50, 0, 1000, 2050, 2500})
        samples.push_back(fullSample(zero + offsetMs * 1'000'000, 10));
    const auto series = kernelSeriesFor(samples, conversation, Direction::ClientToServer, zero);
    QCOMPARE(series.points.size(), std::size_t{4}); // 100 ms either side of the packets
    QCOMPARE(series.points.front().time, -0.05);
    QCOMPARE(series.points.back().time, 2.05);
    QVERIFY(kernelSeriesFor(samples, conversation, Direction::ServerToClient, zero).empty());
    // A conversation table row gives the same series.
    const auto fromSummary = kernelSeriesFor(samples, summarize(conversation), Direction::ClientToServer, zero);
    QCOMPARE(fromSummary.points.size(), series.points.size());
    QCOMPARE(fromSummary.points.back().time, 2.05);
}

void TestTcpInfoSidecar::followerReadsOnlyWholeNewLines()
{
    const auto path = dir_.filePath("live.pcapng.tcpinfo.csv");
    TcpInfoCsvFollower follower(path.toStdString());
    std::vector<TcpInfoSample> samples;
    std::string error;
    QVERIFY(follower.poll(samples, error)); // not written yet
    QVERIFY(samples.empty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const auto write = [&file](const std::string& text) { file.write(text.data(), static_cast<qint64>(text.size())); };
    write("# tcplens kernel tcp_info samples, format 1\n" + tcpInfoCsvHeader().substr(0, 20));
    QVERIFY(follower.poll(samples, error));
    QVERIFY(samples.empty());
    const auto row2 = tcpInfoCsvRow(fullSample(2, 11));
    write(tcpInfoCsvHeader().substr(20) + "\n" + tcpInfoCsvRow(fullSample(1, 10)) + "\n" + row2.substr(0, 30));
    QVERIFY2(follower.poll(samples, error), error.c_str());
    QCOMPARE(samples.size(), std::size_t{1});
    write(row2.substr(30) + "\n" + tcpInfoCsvRow(bareSample(3)) + "\n");
    QVERIFY2(follower.poll(samples, error), error.c_str());
    QCOMPARE(samples.size(), std::size_t{3});
    QVERIFY(samples[1] == fullSample(2, 11));
    QVERIFY(samples[2] == bareSample(3));
    QVERIFY(follower.poll(samples, error)); // nothing new
    QCOMPARE(samples.size(), std::size_t{3});
    write("1,2,3\n");
    QVERIFY(!follower.poll(samples, error));
    QVERIFY2(error.find("live.pcapng.tcpinfo.csv, line 6:") != std::string::npos, error.c_str());
}

void TestTcpInfoSidecar::saveAsTakesTheSidecarAlong()
{
    const auto source = dir_.filePath("live.pcapng").toStdString();
    QVERIFY(QFile::copy(QString::fromUtf8(TCPLENS_TEST_DATA_DIR) + "/dumpcap.pcapng", QString::fromStdString(source)));
    TcpInfoCsvWriter writer;
    std::string error;
    QVERIFY(writer.open(tcpInfoSidecarPath(source), error));
    const std::vector samples = {fullSample(1, 10), bareSample(2)};
    QVERIFY(writer.write(samples));
    writer.close();
    for (const auto& [name, format] : {std::pair{"saved.pcapng", SaveFormat::Pcapng}, std::pair{"saved.pcap", SaveFormat::Pcap}}) {
        const auto target = dir_.filePath(name).toStdString();
        QVERIFY2(saveCaptureAs(source, target, format, error), error.c_str());
        const auto read = readTcpInfoCsv(tcpInfoSidecarPath(target));
        QVERIFY2(read.error.empty(), read.error.c_str());
        QCOMPARE(read.samples.size(), samples.size());
        QVERIFY(read.samples[0] == samples[0]);
        QVERIFY(!QFile::exists(QString::fromStdString(tcpInfoSidecarPath(target) + ".part")));
    }
    // A capture without samples saved over one that had them: the old sidecar goes.
    const auto plain = dir_.filePath("plain.pcapng").toStdString();
    QVERIFY(QFile::copy(QString::fromUtf8(TCPLENS_TEST_DATA_DIR) + "/dumpcap.pcapng", QString::fromStdString(plain)));
    const auto target = dir_.filePath("saved.pcapng").toStdString();
    QVERIFY2(saveCaptureAs(plain, target, SaveFormat::Pcapng, error), error.c_str());
    QVERIFY(!QFile::exists(QString::fromStdString(tcpInfoSidecarPath(target))));
}

QTEST_GUILESS_MAIN(TestTcpInfoSidecar)
#include "TestTcpInfoSidecar.moc"
