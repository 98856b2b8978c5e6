// Presentation mode's header diagram is readable from the back of a room (issue 15): field names
// and values at least 1/60 of the screen's height, flag letters at least 1/45, measured on what the
// diagram painted at every step of the bundled sample (the 40-byte SYN and SYN-ACK, the 32-byte
// data packets), at 1920x1080, 1280x720, 1024x768 and 3840x2160, in English and Chinese, with no
// label shortened, every field named in its box and none drawn outside the figure.
#include "UiTestSupport.h"

#include <inspector/HeaderDiagramLabels.h>
#include <inspector/HeaderDiagramLayout.h>
#include <inspector/HeaderDiagramPainter.h>
#include <inspector/HeaderDiagramView.h>
#include <presentation/PresentationWindow.h>
#include <shell/Fonts.h>
#include <shell/Language.h>
#include <shell/Theme.h>

#include <QApplication>
#include <QLayout>
#include <QStandardPaths>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestPresentationHeaderText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp, ThemeKind::HighContrast);
        applyReadableApplicationFont(); // the font tcplens runs with: the figure the class sees
    }

    void namesValuesAndFlagsAreReadableFromTheBackRow_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("language");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
            for (const QSize screen : {QSize(1920, 1080), QSize(1280, 720), QSize(1024, 768), QSize(3840, 2160)})
                QTest::addRow("%dx%d %s", screen.width(), screen.height(), qPrintable(language)) << screen << language;
    }

    void cleanupTestCase() { installLanguage(*qApp, QStringLiteral("en")); }

    void namesValuesAndFlagsAreReadableFromTheBackRow()
    {
        QFETCH(QSize, screen);
        QFETCH(QString, language);
        QVERIFY(installLanguage(*qApp, language));
        PacketListModel packets;
        QVERIFY(loadSynchronously(packets, samplePath()).status != LoadStatus::Failed);
        PresentationWindow show(packets, packets.analysis(packets.firstTcpRow()).stream);
        show.resize(screen);
        show.show();
        QVERIFY(QTest::qWaitForWindowExposed(&show));
        const int h = show.height();
        int measured = 0;
        for (int step = 1; step <= static_cast<int>(show.steps().packetCount()); ++step) {
            show.goToStep(step);
            show.layout()->activate();
            HeaderDiagramView* diagram = show.headerDiagram();
            diagram->grab(); // paints: lastPaint() is this step's
            const HeaderDiagramPaintReport& paint = diagram->lastPaint();
            const FieldSpan& tcp = diagram->spans()[static_cast<std::size_t>(diagram->diagramLayout().sections()[0].headerSpan)];
            const QString where = QStringLiteral("step %1 (%2-byte header, %3 bits to a row): names and values %4 px (1/%5), flags %6 px (1/%7)")
                                      .arg(step).arg(tcp.bitWidth / 8).arg(diagram->diagramLayout().bitsPerRow())
                                      .arg(paint.smallestLabelPx).arg(h / paint.smallestLabelPx, 0, 'f', 1)
                                      .arg(paint.smallestFlagPx).arg(h / paint.smallestFlagPx, 0, 'f', 1);
            qInfo("%s", qPrintable(where));
            QVERIFY2(paint.smallestLabelPx > 0 && paint.smallestFlagPx > 0, qPrintable(where));
            measured += tcp.bitWidth > 32 * 8; // the SYN and SYN-ACK's 40 bytes: twenty 16-bit rows
            QVERIFY2(paint.smallestLabelPx * 60 >= h, qPrintable(where));
            QVERIFY2(paint.smallestFlagPx * 45 >= h, qPrintable(where));
            QVERIFY2(paint.shortened == 0, qPrintable(where));
            for (const HeaderDiagramText& text : paint.texts)
                QVERIFY2(QRectF(diagram->rect()).contains(text.ink), qPrintable(where + QStringLiteral(": ") + text.text));
            // Every field says what it is: "Source Port 43448", never a bare "43448".
            for (const HeaderDiagramBox& box : diagram->diagramLayout().sections()[0].boxes) {
                const HeaderDiagramLabel label = headerDiagramLabel(diagram->spans(), box.span);
                const bool named = std::any_of(paint.texts.begin(), paint.texts.end(), [&](const HeaderDiagramText& text) {
                    return text.text.contains(label.name) || text.text.contains(label.shortName)
                        || (label.isFlag && text.text.size() == 1); // a flag's letters stacked one by one
                });
                QVERIFY2(named, qPrintable(where + QStringLiteral(": the box of %1 does not name it").arg(label.name)));
            }
        }
        QVERIFY(measured >= 2);
    }
};

QTEST_MAIN(TestPresentationHeaderText)
#include "TestPresentationHeaderText.moc"
