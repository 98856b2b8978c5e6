// Flow graph pictures read back: PNG of the right size and not blank, SVG that parses as XML with
// one label per arrow, PDF pages, the core's text formats through the GUI's export, the CLI's
// png/pdf; and the graph drawn in every theme with its inks on the theme's background.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <flowgraph/FlowGraphPanel.h>
#include <shell/MainWindow.h>
#include <shell/Theme.h>
#include <flowgraph/FlowGraphExport.h>
#include <flowgraph/FlowGraphModel.h>
#include <flowgraph/FlowGraphPainter.h>
#include <flowgraph/FlowGraphStyle.h>
#include <flowgraph/FlowGraphView.h>

#include <capture/LoadedCapture.h>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;

class TestFlowGraphExport : public QObject {
    Q_OBJECT

    LoadedCapture capture_;
    FlowGraphModel model_;
    QTemporaryDir dir_;

    FlowImageOptions options() const
    {
        FlowImageOptions o;
        o.palette = defaultFlowExportPalette();
        o.font = QApplication::font();
        o.width = 1400;
        return o;
    }

    /// Share of pixels that are not the background (the bottom-right corner's colour).
    static double ink(const QImage& image)
    {
        const QRgb background = image.pixel(image.width() - 1, image.height() - 1);
        qint64 marked = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                marked += image.pixel(x, y) != background;
        return double(marked) / (double((image.width() + 1) / 2) * double((image.height() + 1) / 2));
    }

    static bool hasColour(const QImage& image, const QColor& colour)
    {
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < rgb.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
            for (int x = 0; x < rgb.width(); ++x)
                if ((line[x] & 0xffffff) == (colour.rgb() & 0xffffff))
                    return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        QVERIFY(dir_.isValid());
        capture_ = loadCapture(QFile::encodeName(ui::test::samplePath()).toStdString());
        model_.setCapture(&capture_.packets, &capture_.analyses);
        model_.setStreams({0});
        QCOMPARE(model_.rowCount(), 11);
    }

    void pngHasTheLayoutSizeAndInk()
    {
        const QString path = dir_.filePath(QStringLiteral("hello.png"));
        auto o = options();
        o.pixelRatio = 2.0;
        QCOMPARE(exportFlowImage(model_, path, FlowImageFormat::Png, o), QString());
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 2800);
        QVERIFY(image.height() > 11 * 3 * 2 * QFontMetrics(o.font).height());
        const double share = ink(image);
        QVERIFY2(share > 0.02 && share < 0.5, qPrintable(QString::number(share)));
        QVERIFY(hasColour(image, FlowGraphStyle(o.palette).pen(FlowArrowKind::OpenClose).colour));
    }

    void pngOfARangeIsShorter()
    {
        const QString whole = dir_.filePath(QStringLiteral("whole.png"));
        const QString part = dir_.filePath(QStringLiteral("part.png"));
        auto o = options();
        QCOMPARE(exportFlowImage(model_, whole, FlowImageFormat::Png, o), QString());
        o.firstRow = 0;
        o.lastRow = 2; // the handshake
        QCOMPARE(exportFlowImage(model_, part, FlowImageFormat::Png, o), QString());
        QVERIFY(QImage(part).height() < QImage(whole).height() / 2);
        o.firstRow = 5;
        o.lastRow = 4;
        QVERIFY(!exportFlowImage(model_, part, FlowImageFormat::Png, o).isEmpty());
    }

    void svgIsXmlWithOneLabelPerArrow()
    {
        const QString path = dir_.filePath(QStringLiteral("hello.svg"));
        QCOMPARE(exportFlowImage(model_, path, FlowImageFormat::Svg, options()), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int texts = 0;
        int labels = 0;
        QStringList flags;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text")) {
                ++texts;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                labels += text.startsWith(QLatin1String("seq="));
                if (text == QLatin1String("SYN") || text == QLatin1String("SYN-ACK") || text == QLatin1String("FIN-ACK"))
                    flags << text;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts > 40);
        QCOMPARE(labels, model_.rowCount());
        QCOMPARE(flags, (QStringList{"SYN", "SYN-ACK", "FIN-ACK", "FIN-ACK"}));
    }

    void severalConversationsKeepTheirLabelsWhole()
    {
        // "All listed conversations": host lifelines, the ports before the flags ("59830→5037 SYN").
        const LoadedCapture many = loadCapture(TCPLENS_TEST_DATA_DIR "/many-short.pcap");
        FlowGraphModel model;
        model.setCapture(&many.packets, &many.analyses);
        model.setStreams({0, 1, 2});
        QVERIFY(model.core().hostLifelines());
        const QFont font = QApplication::font();
        const FlowMetrics metrics = measureFlowGraph(font, model, 1000);
        QFont bold = font;
        bold.setBold(true);
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto& arrow = model.arrow(row);
            const qreal wanted = QFontMetricsF(bold).horizontalAdvance(arrow.flags + QLatin1Char(' '))
                                 + QFontMetricsF(font).horizontalAdvance(arrow.numbers);
            QVERIFY2(wanted <= metrics.labelWidth,
                     qPrintable(QStringLiteral("%1 %2 wants %3 of %4").arg(arrow.flags, arrow.numbers).arg(wanted).arg(metrics.labelWidth)));
        }
        // The SVG export (as wide as a window's flow graph) draws every seq/ack whole.
        const QString path = dir_.filePath(QStringLiteral("many.svg"));
        auto o = options();
        o.width = 1000;
        QCOMPARE(exportFlowImage(model, path, FlowImageFormat::Svg, o), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int labels = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text")) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (text.startsWith(QLatin1String("seq="))) {
                    ++labels;
                    QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(text));
                }
            }
        }
        QCOMPARE(labels, model.rowCount());
    }

    void pdfHasPages()
    {
        const QString path = dir_.filePath(QStringLiteral("hello.pdf"));
        QCOMPARE(exportFlowImage(model_, path, FlowImageFormat::Pdf, options()), QString());
        const QByteArray pdf = tcplens::test::readFile(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ") >= 1);
    }

    void textFormatsComeFromTheCore()
    {
        const QString mermaid = dir_.filePath(QStringLiteral("hello.mmd"));
        QCOMPARE(exportFlowText(model_, mermaid, QStringLiteral("mmd")), QString());
        QVERIFY(tcplens::test::readFile(mermaid).startsWith("sequenceDiagram"));
        const QString plantuml = dir_.filePath(QStringLiteral("hello.puml"));
        QCOMPARE(exportFlowText(model_, plantuml, QStringLiteral("puml")), QString());
        QVERIFY(tcplens::test::readFile(plantuml).startsWith("@startuml"));
        const QString ascii = dir_.filePath(QStringLiteral("hello.txt"));
        QCOMPARE(exportFlowText(model_, ascii, QStringLiteral("txt"), 0, 2), QString());
        const QByteArray text = tcplens::test::readFile(ascii);
        QVERIFY(text.contains("SYN-ACK"));
        QVERIFY(!text.contains("FIN-ACK")); // only the handshake
        QVERIFY(!exportFlowText(model_, dir_.filePath(QStringLiteral("x.doc")), QStringLiteral("doc")).isEmpty());
    }

    void cliDrawsPngAndPdf()
    {
        const QString png = dir_.filePath(QStringLiteral("cli.png"));
        auto run = tcplens::test::runCli({QStringLiteral("flow"), ui::test::samplePath(), QStringLiteral("--stream"), QStringLiteral("0"),
                                 QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), png});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        const QImage image(png);
        QCOMPARE(image.width(), 3200);
        QVERIFY(ink(image) > 0.02);
        const QString pdf = dir_.filePath(QStringLiteral("cli.pdf"));
        run = tcplens::test::runCli({QStringLiteral("flow"), ui::test::samplePath(), QStringLiteral("--stream"), QStringLiteral("0"),
                            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--to"),
                            QStringLiteral("3"), QStringLiteral("-o"), pdf});
        QVERIFY2(run.exitedWith(0), run.err.constData());
        QVERIFY(tcplens::test::readFile(pdf).startsWith("%PDF-"));
        run = tcplens::test::runCli({QStringLiteral("flow"), ui::test::samplePath(), QStringLiteral("--stream"), QStringLiteral("0"),
                            QStringLiteral("--format"), QStringLiteral("png")});
        QVERIFY(run.exitedWith(2));
        QVERIFY(run.err.contains("-o"));
    }

    void drawnInEveryTheme_data()
    {
        QTest::addColumn<int>("theme");
        for (const auto theme : kAllThemes)
            QTest::newRow(qPrintable(themeName(theme))) << static_cast<int>(theme);
    }

    void drawnInEveryTheme()
    {
        QFETCH(int, theme);
        MainWindow window;
        window.setErrorReporter([](const QString&, const QString&) {});
        window.setTheme(static_cast<ThemeKind>(theme), false);
        window.resize(1920, 1080);
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(QStringLiteral(TCPLENS_SAMPLES_DIR "/lossy-bulk.pcap"));
        QVERIFY(finished.wait(10'000));
        window.followStream(0);
        auto* view = window.flowGraph()->view();
        view->setCurrentRow(0);
        QCoreApplication::processEvents();
        const QImage image = view->viewport()->grab().toImage();
        const FlowGraphStyle style(view->palette());
        QCOMPARE(QColor(image.pixel(image.width() - 2, image.height() - 2)), style.palette().color(QPalette::Base));
        QVERIFY(hasColour(image, style.pen(FlowArrowKind::OpenClose).colour));   // the SYN's arrowhead
        QVERIFY(hasColour(image, style.stateColour(TcpState::Established)));     // a state band
        QVERIFY(ink(image) > 0.03);
        image.save(QDir::temp().filePath(QStringLiteral("tcplens-flow-%1.png").arg(themeName(static_cast<ThemeKind>(theme)))));
    }
};

QTEST_MAIN(TestFlowGraphExport)
#include "TestFlowGraphExport.moc"
