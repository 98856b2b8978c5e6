// tcplens-cli chart in a GUI build: images drawn offscreen (PNG of the asked size and not blank,
// SVG that is well-formed XML, PDF), and the CSV of each chart.
#include "SpanTestSupport.h"
#include "TestSupport.h"

#include <QImage>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace tcplens::test;

namespace {

const QStringList kKinds = {"tsg", "window", "throughput", "rtt", "model"};

/// Pixels in colour (not grey): axes, grid and text are grey in the light theme, data is not.
int colouredPixels(const QImage& image)
{
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            coloured += std::abs(c.red() - c.green()) + std::abs(c.green() - c.blue()) > 90;
        }
    }
    return coloured;
}

ProcessResult chart(const QStringList& arguments)
{
    // As a user on a machine without a display would run it: no QT_QPA_PLATFORM set.
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    ProcessResult result;
    process.start(QStringLiteral(TCPLENS_CLI_PATH), QStringList{"chart"} + arguments);
    result.started = process.waitForStarted(30'000);
    result.finished = result.started && process.waitForFinished(120'000);
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestChartCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private slots:
    void pngHasTheAskedSizeAndIsNotBlank_data()
    {
        QTest::addColumn<QString>("kind");
        for (const auto& kind : kKinds)
            QTest::newRow(qPrintable(kind)) << kind;
    }
    void pngHasTheAskedSizeAndIsNotBlank()
    {
        QFETCH(QString, kind);
        const QString out = dir_.filePath(kind + ".png");
        const auto run = chart({fixturePath("lossy-bulk.pcap"), "--stream", "0", "--kind", kind, "-o", out, "--size",
                                "1000x600"});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1000, 600));
        QVERIFY2(tcplens::ui::test::inkShare(image) > 0.01, "the chart looks blank");
        QVERIFY2(colouredPixels(image) > 300, "no data drawn");
    }

    void darkThemeHasADarkBackground()
    {
        const QString out = dir_.filePath("dark.png");
        const auto run = chart({fixturePath("bulk-reno.pcap"), "--stream", "0", "--kind", "window", "-o", out,
                                "--theme", "dark"});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1280, 720));
        QVERIFY(qGray(image.pixel(3, image.height() / 2)) < 80);
    }

    void svgIsWellFormedXml()
    {
        const QString out = dir_.filePath("tsg.svg");
        const auto run = chart({fixturePath("lossy-bulk.pcap"), "--stream", "0", "--kind", "tsg", "-o", out});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString root;
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                ++elements;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(elements > 100);
    }

    void pdfStartsWithItsMagic()
    {
        const QString out = dir_.filePath("model.pdf");
        const auto run = chart({fixturePath("lossy-bulk.pcap"), "--stream", "0", "--kind", "model", "-o", out});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 2000);
    }

    void badRequestsSayWhatIsWrong()
    {
        const auto kind = chart({fixturePath("lossy-bulk.pcap"), "--stream", "0", "--kind", "pie", "-o", dir_.filePath("x.png")});
        QVERIFY(kind.exitedWith(2));
        QVERIFY(kind.err.contains("unknown chart kind \"pie\""));
        const auto stream = chart({fixturePath("lossy-bulk.pcap"), "--stream", "7", "--kind", "tsg", "-o", dir_.filePath("x.png")});
        QVERIFY(stream.exitedWith(2));
        QVERIFY(stream.err.contains("has no TCP stream 7"));
        const auto format = chart({fixturePath("lossy-bulk.pcap"), "--stream", "0", "--kind", "tsg", "-o", dir_.filePath("x.gif")});
        QVERIFY(format.exitedWith(2));
        QVERIFY(format.err.contains(".png, .svg, .pdf or .csv"));
        const auto size = chart({fixturePath("lossy-bulk.pcap"), "--stream", "0", "--kind", "tsg", "-o", dir_.filePath("x.png"),
                                 "--size", "big"});
        QVERIFY(size.exitedWith(2));
        const auto missing = chart({dir_.filePath("nothing.pcap"), "--stream", "0", "--kind", "tsg", "-o", dir_.filePath("x.png")});
        QVERIFY(missing.exitedWith(1));
        QVERIFY(!QFile::exists(dir_.filePath("x.png")));
    }
};

QTEST_GUILESS_MAIN(TestChartCli)
#include "TestChartCli.moc"
