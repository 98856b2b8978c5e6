// Chart series of recorded captures, with tshark as the second opinion where it has one:
// bytes in flight, zero windows and ACK RTTs frame by frame; shapes (cwnd falls after a fast
// retransmission, sequence points inside the stream) where it has none.
#include "TestSupport.h"

#include <export/SeriesCsv.h>
#include <series/SeriesFromCapture.h>
#include <series/TextbookModel.h>

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace tcplens;
using namespace tcplens::test;

namespace {

constexpr std::array kDirections{Direction::ClientToServer, Direction::ServerToClient};

/// Fixtures with a single TCP stream (stream 0) and data in them.
const QStringList kSingleStream = {"lossy-bulk.pcap", "bulk-reno.pcap", "bulk-bbr.pcap",  "zero-window.pcap",
                                   "ipv6-bulk.pcap",  "zero-window-probe.pcap", "keep-alive.pcap",
                                   "half-close.pcap", "echo-dialogue.pcap"};

QString samplePath(const QString& name)
{
    return QDir(QString::fromUtf8(TCPLENS_SAMPLES_DIR)).absoluteFilePath(name);
}

StreamSeriesBuilder load(const QString& path)
{
    std::string error;
    auto builder = seriesFromCapture(path.toStdString(), 0, &error);
    if (!error.empty())
        qWarning("%s: %s", qPrintable(path), error.c_str());
    return builder;
}

/// tshark's `-e frame.number -e FIELD` for the frames where FIELD is present: frame -> value.
std::map<std::uint32_t, QString> tsharkField(const QString& tshark, const QString& file, const QString& field)
{
    const auto run = runProcess(tshark, {"-r", file, "-Y", field, "-T", "fields", "-e", "frame.number", "-e", field});
    std::map<std::uint32_t, QString> values;
    if (!run.exitedWith(0))
        return values;
    for (const auto& line : lines(run.out)) {
        const auto parts = QString::fromUtf8(line).split('\t');
        values[parts.value(0).toUInt()] = parts.value(1);
    }
    return values;
}

} // namespace

class TestSeries : public QObject {
    Q_OBJECT

private:
    QString tshark_;

    void requireTshark()
    {
        if (tshark_.isEmpty())
            QSKIP("tshark is not installed");
    }

private slots:
    void initTestCase() { tshark_ = findProgram("tshark"); }

    void bytesInFlightEqualsTsharks_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto& name : kSingleStream)
            QTest::newRow(qPrintable(name)) << fixturePath(name);
        QTest::newRow("hello-exchange.pcap") << samplePath("hello-exchange.pcap");
    }
    void bytesInFlightEqualsTsharks()
    {
        requireTshark();
        QFETCH(QString, file);
        const auto builder = load(file);
        std::map<std::uint32_t, QString> ours;
        for (const auto d : kDirections) {
            for (const auto& p : builder.windows(d).bytesInFlight)
                ours[p.frame] = QString::number(p.value);
        }
        const auto theirs = tsharkField(tshark_, file, "tcp.analysis.bytes_in_flight");
        QVERIFY(!theirs.empty());
        QCOMPARE(ours, theirs);
    }

    void advertisedWindowIsZeroExactlyWhereTsharkSaysZeroWindow_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zero-window") << fixturePath("zero-window.pcap");
        QTest::newRow("zero-window-probe") << fixturePath("zero-window-probe.pcap");
        QTest::newRow("lossy-bulk") << fixturePath("lossy-bulk.pcap");
    }
    void advertisedWindowIsZeroExactlyWhereTsharkSaysZeroWindow()
    {
        requireTshark();
        QFETCH(QString, file);
        const auto builder = load(file);
        std::set<std::uint32_t> zeros;
        std::set<std::uint32_t> markers;
        for (const auto d : kDirections) {
            for (const auto& p : builder.windows(d).receiveWindow) {
                if (p.value == 0)
                    zeros.insert(p.frame);
            }
            for (const auto& e : builder.timeSequence(d).events) {
                if (e.kind == EventKind::ZeroWindow)
                    markers.insert(e.frame);
            }
        }
        std::set<std::uint32_t> theirs;
        for (const auto& [frame, value] : tsharkField(tshark_, file, "tcp.analysis.zero_window"))
            theirs.insert(frame);
        QCOMPARE(zeros, theirs);
        QCOMPARE(markers, theirs);
        if (file.endsWith("/zero-window.pcap"))
            QVERIFY(!theirs.empty());
    }

    void ackRttSamplesAreTsharksAckRtt_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto& name : kSingleStream)
            QTest::newRow(qPrintable(name)) << fixturePath(name);
    }
    void ackRttSamplesAreTsharksAckRtt()
    {
        requireTshark();
        QFETCH(QString, file);
        const auto builder = load(file);
        std::map<std::uint32_t, double> ours;
        for (const auto d : kDirections) {
            for (const auto& s : builder.rtt(d).ack)
                ours[s.frame] = s.rtt;
        }
        const auto theirs = tsharkField(tshark_, file, "tcp.analysis.ack_rtt");
        QCOMPARE(ours.size(), theirs.size());
        for (const auto& [frame, value] : theirs) {
            QVERIFY2(ours.count(frame), qPrintable(QString("frame %1 has no sample").arg(frame)));
            QVERIFY2(std::abs(ours[frame] - value.toDouble()) < 1e-9, qPrintable(QString("frame %1").arg(frame)));
        }
    }

    void lossyBulkHasPositiveRttSamples()
    {
        const auto builder = load(fixturePath("lossy-bulk.pcap"));
        const auto& rtt = builder.rtt(Direction::ClientToServer);
        QVERIFY(rtt.ack.size() > 10);
        QVERIFY(rtt.timestamp.size() > 10);
        for (const auto* samples : {&rtt.ack, &rtt.timestamp}) {
            for (const auto& s : *samples)
                QVERIFY2(s.rtt > 0, qPrintable(QString("frame %1").arg(s.frame)));
            const auto stats = rttStats(*samples);
            QVERIFY(stats.min > 0 && stats.min <= stats.avg && stats.avg <= stats.max);
        }
    }

    void cwndEstimateFallsAfterFastRetransmissionAndGrowsAgain()
    {
        const auto builder = load(fixturePath("lossy-bulk.pcap"));
        const auto& cwnd = builder.congestion(Direction::ClientToServer);
        int fast = 0;
        for (std::size_t i = 0; i < cwnd.losses.size(); ++i) {
            const auto& loss = cwnd.losses[i];
            QVERIFY(loss.ssthreshAfter * 2 >= loss.flightAtLoss);
            if (loss.kind != LossKind::FastRetransmission)
                continue;
            ++fast;
            const double until = i + 1 < cwnd.losses.size() ? cwnd.losses[i + 1].time : 1e9;
            std::int64_t lowest = -1;
            std::int64_t highestAfterLowest = -1;
            for (const auto& p : cwnd.points) {
                if (p.time <= loss.time || p.time >= until)
                    continue;
                if (lowest < 0 || p.flight < lowest) {
                    lowest = p.flight;
                    highestAfterLowest = -1;
                } else {
                    highestAfterLowest = std::max(highestAfterLowest, p.flight);
                }
            }
            const QString where = QString("loss at frame %1").arg(loss.frame);
            QVERIFY2(lowest >= 0 && lowest < loss.flightAtLoss, qPrintable(where + " does not fall"));
            QVERIFY2(highestAfterLowest > lowest, qPrintable(where + " does not grow again"));
        }
        QVERIFY(fast >= 3);
    }

    void lossEpisodesEndWhenTheRecoveryPointIsAcked()
    {
        const auto builder = load(fixturePath("lossy-bulk.pcap"));
        const auto& cwnd = builder.congestion(Direction::ClientToServer);
        QVERIFY(cwnd.losses.size() >= 3);
        for (std::size_t i = 0; i < cwnd.losses.size(); ++i) {
            const auto& loss = cwnd.losses[i];
            const QString where = QString("loss at frame %1").arg(loss.frame);
            const bool cutByTimeout = i + 1 < cwnd.losses.size() && cwnd.losses[i + 1].kind == LossKind::Timeout;
            if (cutByTimeout && loss.recoveredAt < 0)
                continue; // a timeout started a new episode before this one recovered
            // The capture ends with everything ACKed, so every episode has recovered...
            QVERIFY2(loss.recoveredAt > loss.time, qPrintable(where));
            // ...before the next one starts (episodes do not overlap, except a timeout inside one).
            if (i + 1 < cwnd.losses.size() && cwnd.losses[i + 1].kind != LossKind::Timeout)
                QVERIFY2(loss.recoveredAt <= cwnd.losses[i + 1].time, qPrintable(where));
            // The recovery ends at an ACK the receiver sent.
            const auto& acks = builder.timeSequence(Direction::ClientToServer).acks;
            QVERIFY(std::any_of(acks.begin(), acks.end(), [&](const AckPoint& a) { return a.time == loss.recoveredAt; }));
        }
        const auto csv = seriesCsv(builder, Direction::ClientToServer, SeriesKind::Cwnd);
        QVERIFY(csv.find("\nloss,") != std::string::npos);
        for (const auto& row : lines(QByteArray::fromStdString(csv))) {
            if (row.startsWith("loss,"))
                QVERIFY2(!row.split(',').at(2).isEmpty(), row.constData()); // end_s = recovery end
        }
    }

    void windowChartCsvHoldsWindowsAndCwndInOneLayout()
    {
        const auto builder = load(fixturePath("lossy-bulk.pcap"));
        const auto d = Direction::ClientToServer;
        const auto rows = lines(QByteArray::fromStdString(windowChartCsv(builder, d)));
        QCOMPARE(rows.front(), QByteArray("series,time_s,end_s,frame,bytes,label"));
        const auto& w = builder.windows(d);
        const auto cwndRows = lines(QByteArray::fromStdString(seriesCsv(builder, d, SeriesKind::Cwnd)));
        QCOMPARE(std::size_t(rows.size()), w.receiveWindow.size() + w.bytesInFlight.size() + cwndRows.size());
        int rwnd = 0;
        for (const auto& row : rows) {
            QCOMPARE(row.count(','), 5);
            rwnd += row.startsWith("rwnd,");
        }
        QCOMPARE(std::size_t(rwnd), w.receiveWindow.size());
    }

    void phasesCoverTheTransmissions()
    {
        const auto builder = load(fixturePath("bulk-reno.pcap"));
        const auto& cwnd = builder.congestion(Direction::ClientToServer);
        const auto spans = phaseSpans(cwnd);
        QVERIFY(!spans.empty());
        QCOMPARE(spans.front().phase, CongestionPhase::SlowStart); // every connection starts in slow start
        QCOMPARE(spans.front().start, cwnd.points.front().time);
        QCOMPARE(spans.back().end, cwnd.points.back().time);
        for (std::size_t i = 1; i < spans.size(); ++i) {
            QCOMPARE(spans[i].start, spans[i - 1].end);
            QVERIFY(spans[i].phase != spans[i - 1].phase);
        }
        for (const auto& round : cwnd.rounds) {
            for (std::uint32_t k = 0; k < round.pointCount; ++k)
                QCOMPARE(cwnd.points[round.firstPoint + k].phase, round.phase);
        }
        const auto input = captureModelInput(cwnd, builder.mss(Direction::ClientToServer));
        QCOMPARE(input.rounds.size(), cwnd.rounds.size());
        QCOMPARE(input.losses.size(), cwnd.losses.size());
        QCOMPARE(textbookModel(input.params).size(), cwnd.rounds.size());
    }

    void helloExchangeThroughputIsFiniteAndPositive()
    {
        const auto builder = load(samplePath("hello-exchange.pcap"));
        QVERIFY(!builder.empty());
        QVERIFY(builder.duration() > 0 && builder.duration() < 1.0);
        for (const auto d : kDirections) {
            const auto series = builder.throughput(d);
            QVERIFY(series.windowSeconds > 0 && series.windowSeconds <= builder.duration() / 10 + 1e-12);
            QVERIFY(!series.points.empty());
            for (const auto& p : series.points) {
                QVERIFY(std::isfinite(p.throughput) && p.throughput > 0);
                QVERIFY(std::isfinite(p.goodput) && p.goodput > 0 && p.goodput <= p.throughput);
            }
        }
    }

    void goodputLeavesOutRetransmissions()
    {
        const auto builder = load(fixturePath("lossy-bulk.pcap"));
        const auto series = builder.throughput(Direction::ClientToServer, 10.0);
        QCOMPARE(series.windowSeconds, builder.duration() / 10);
        bool lower = false;
        for (const auto& p : series.points) {
            QVERIFY(p.goodput <= p.throughput);
            lower = lower || p.goodput < p.throughput;
        }
        QVERIFY(lower);
    }

    void timeSequencePointsStayInsideTheStream_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto& name : kSingleStream)
            QTest::newRow(qPrintable(name)) << fixturePath(name);
        QTest::newRow("hello-exchange.pcap") << samplePath("hello-exchange.pcap");
    }
    void timeSequencePointsStayInsideTheStream()
    {
        QFETCH(QString, file);
        const auto builder = load(file);
        QVERIFY(!builder.empty());
        for (const auto d : kDirections) {
            const auto& tsg = builder.timeSequence(d);
            const std::uint32_t highest = builder.highestSeq(d);
            double last = 0;
            for (const auto& s : tsg.segments) {
                QVERIFY2(s.seq + s.len <= highest, qPrintable(QString("frame %1").arg(s.frame)));
                QVERIFY(s.time >= last);
                last = s.time;
            }
            for (const auto& sack : tsg.sacks) {
                QVERIFY2(sack.left < sack.right && sack.right <= highest, qPrintable(QString("frame %1").arg(sack.frame)));
            }
            for (const auto& a : tsg.acks)
                QVERIFY2(a.ack <= highest, qPrintable(QString("frame %1").arg(a.frame)));
            for (const auto& w : tsg.windowEdge)
                QVERIFY(w.edge >= 1);
        }
    }

    void csvHasOneRowPerPoint()
    {
        const auto builder = load(fixturePath("lossy-bulk.pcap"));
        const auto d = Direction::ClientToServer;
        const auto rows = [&](SeriesKind kind) {
            const auto csv = seriesCsv(builder, d, kind);
            return lines(QByteArray::fromStdString(csv));
        };
        const auto& tsg = builder.timeSequence(d);
        auto tsgRows = rows(SeriesKind::Tsg);
        QCOMPARE(tsgRows.front(), QByteArray("series,time_s,frame,seq,end,label"));
        QCOMPARE(std::size_t(tsgRows.size() - 1), tsg.segments.size() + tsg.acks.size() + tsg.windowEdge.size()
                                                      + tsg.sacks.size() + tsg.events.size());
        for (const auto& row : tsgRows)
            QCOMPARE(row.count(','), 5);
        const auto& w = builder.windows(d);
        QCOMPARE(std::size_t(rows(SeriesKind::Window).size() - 1), w.receiveWindow.size() + w.bytesInFlight.size());
        QCOMPARE(std::size_t(rows(SeriesKind::Throughput).size() - 1), builder.throughput(d).points.size());
        const auto& r = builder.rtt(d);
        QCOMPARE(std::size_t(rows(SeriesKind::Rtt).size() - 1), r.ack.size() + r.timestamp.size());
        const auto& c = builder.congestion(d);
        auto cwndRows = rows(SeriesKind::Cwnd);
        QCOMPARE(std::size_t(cwndRows.size() - 1),
                 c.points.size() + c.losses.size() + c.ssthresh.size() + c.rounds.size() + phaseSpans(c).size());
        for (const auto& row : cwndRows)
            QCOMPARE(row.count(','), 5);
        QCOMPARE(std::size_t(rows(SeriesKind::Model).size() - 1), c.rounds.size());
        for (const auto& row : rows(SeriesKind::Model))
            QCOMPARE(row.count(','), 8);
    }
};

QTEST_GUILESS_MAIN(TestSeries)
#include "TestSeries.moc"
