// tcplens-cli chart: the data of every chart as CSV in every build (the same text as the core's
// chartCsv), and in builds without the GUI a clear refusal of image formats.
#include "TestSupport.h"

#include <export/ChartCsv.h>
#include <series/SeriesFromCapture.h>
#include <series/SeriesFromStore.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

class TestCliChart : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private slots:
    void csvOfEveryChartParsesAndIsTheCores_data()
    {
        QTest::addColumn<QString>("kind");
        for (const auto kind : kAllChartKinds)
            QTest::newRow(chartKindName(kind).data()) << QString::fromLatin1(chartKindName(kind).data());
    }
    void csvOfEveryChartParsesAndIsTheCores()
    {
        QFETCH(QString, kind);
        const QString file = fixturePath("lossy-bulk.pcap");
        const QString out = dir_.filePath(kind + ".csv");
        const auto run = runCli({"chart", file, "--stream", "0", "--kind", kind, "-o", out});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        const auto rows = lines(text);
        QVERIFY(rows.size() > 10);
        const auto columns = rows.front().count(',');
        for (const auto& row : rows) // every row has the header's columns, nothing quoted
            QCOMPARE(row.count(','), columns);
        const auto builder = seriesFromCapture(file.toStdString(), 0);
        const auto expected = chartCsv(builder, dataDirection(builder), *parseChartKind(kind.toStdString()));
        QVERIFY(text == QByteArray::fromStdString(expected));
    }

    void directionAndWindowAreHonoured()
    {
        const QString file = fixturePath("echo-dialogue.pcap");
        const QString out = dir_.filePath("s2c.csv");
        const auto run = runCli({"chart", file, "--stream", "0", "--kind", "throughput", "--direction", "s2c",
                                 "--window", "0.01", "-o", out});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const auto builder = seriesFromCapture(file.toStdString(), 0);
        QVERIFY(csv.readAll()
                == QByteArray::fromStdString(chartCsv(builder, Direction::ServerToClient, ChartKind::Throughput, 0.01)));
    }

    void imagesNeedTheGuiBuild()
    {
        const QString out = dir_.filePath("tsg.png");
        const auto run = runCli({"chart", fixturePath("lossy-bulk.pcap"), "--stream", "0", "--kind", "tsg", "-o", out});
        if (TCPLENS_GUI_BUILD) {
            QVERIFY2(run.exitedWith(0), run.err.constData());
            QFile png(out);
            QVERIFY(png.open(QIODevice::ReadOnly));
            QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        } else {
            QVERIFY(run.exitedWith(2));
            QVERIFY2(run.err.contains("built without the GUI") && run.err.contains(".csv"), run.err.constData());
            QVERIFY(!QFile::exists(out));
        }
    }

    void usageErrors()
    {
        QVERIFY(runCli({"chart", fixturePath("lossy-bulk.pcap"), "--kind", "tsg", "-o", dir_.filePath("a.csv")})
                    .exitedWith(2)); // no --stream
        QVERIFY(runCli({"chart", fixturePath("lossy-bulk.pcap"), "--stream", "0", "--kind", "tsg"}).exitedWith(2));
        QVERIFY(runCli({"chart", fixturePath("lossy-bulk.pcap"), "--stream", "0", "--kind", "cwnd", "-o",
                        dir_.filePath("a.csv")})
                    .exitedWith(2)); // cwnd is a series, not one of the five charts
        const auto direction = runCli({"chart", fixturePath("lossy-bulk.pcap"), "--stream", "0", "--kind", "tsg",
                                       "--direction", "up", "-o", dir_.filePath("a.csv")});
        QVERIFY(direction.exitedWith(2));
        QVERIFY(direction.err.contains("c2s or s2c"));
    }
};

QTEST_GUILESS_MAIN(TestCliChart)
#include "TestCliChart.moc"
