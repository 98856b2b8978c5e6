// The flow graph's geometry fitted to a width and a font, without a widget: every row is found
// again at its arrow, lifelines leave room for state labels, narrow views shorten labels before
// hiding comments, time-proportional rows show a retransmission timeout as a gap.
#include "TestSupport.h"

#include <flowgraph/FlowGraphLayout.h>
#include <flowgraph/FlowGraphMetrics.h>
#include <flowgraph/FlowGraphModel.h>
#include <flowgraph/FlowGraphPainter.h>

#include <capture/LoadedCapture.h>

#include <QFile>
#include <QGuiApplication>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::test;

class TestFlowGraphLayout : public QObject {
    Q_OBJECT

    struct Loaded {
        LoadedCapture capture;
        FlowGraphModel model;
    };

    static std::unique_ptr<Loaded> load(const QString& path, std::vector<std::uint32_t> streams = {0})
    {
        auto loaded = std::make_unique<Loaded>();
        loaded->capture = loadCapture(QFile::encodeName(path).toStdString());
        loaded->model.setCapture(&loaded->capture.packets, &loaded->capture.analyses);
        loaded->model.setStreams(std::move(streams));
        return loaded;
    }

    static FlowMetrics metrics()
    {
        FlowMetrics m;
        m.lineHeight = 18;
        m.timeWidth = 100;
        m.labelWidth = 260;
        m.pillWidth = 110;
        m.commentMin = 220;
        m.headerHeight = 90;
        return m;
    }

private slots:
    void everyRowIsFoundAtItsArrow()
    {
        const auto loaded = load(fixturePath(QStringLiteral("lossy-bulk.pcap")));
        QVERIFY(loaded->model.rowCount() > 100);
        for (const auto spacing : {FlowSpacing::Uniform, FlowSpacing::TimeProportional}) {
            FlowGraphLayout layout;
            layout.setGeometry(loaded->model.core(), 1200, metrics(), spacing, false);
            QCOMPARE(layout.rowCount(), loaded->model.rowCount());
            qreal previous = layout.headerHeight() - 1;
            for (int row = 0; row < layout.rowCount(); ++row) {
                const qreal y = layout.arrowY(row);
                QVERIFY(y > previous);
                QVERIFY(y > layout.rowTop(row) && y < layout.rowBottom(row));
                QCOMPARE(layout.rowAt(y), row);
                previous = y;
            }
            QCOMPARE(layout.rowAt(layout.headerHeight() - 1), -1); // the header is no row
            QCOMPARE(layout.rowAt(layout.height() + 100), layout.rowCount() - 1);
        }
    }

    void lifelinesLeaveRoomForStateLabelsAndFillTheWidth()
    {
        const auto loaded = load(fixturePath(QStringLiteral("rst.pcap")));
        QCOMPARE(loaded->model.lifelineCount(), 2);
        const FlowMetrics m = metrics();
        FlowGraphLayout layout;
        layout.setGeometry(loaded->model.core(), 1400, m, FlowSpacing::Uniform, false);
        const qreal client = layout.lifelineX(0);
        const qreal server = layout.lifelineX(1);
        QVERIFY(client < server);
        // A state label fits between the time column and the client, and between the server and the comments.
        QVERIFY(client - layout.timeColumn().right() >= m.pillWidth);
        QVERIFY(layout.commentColumn().left() - server >= m.pillWidth);
        // The arrow label fits between the two lifelines.
        QVERIFY(server - client >= m.labelWidth);
        QCOMPARE(layout.width(), 1400.0);
        QVERIFY(layout.commentColumn().width() >= m.commentMin);
    }

    void longCommentsTakeTheRoomBeforeTheLifelinesSpread()
    {
        const auto loaded = load(fixturePath(QStringLiteral("rst.pcap")));
        FlowMetrics m = metrics();
        m.commentWanted = 600; // the column its comments want whole
        // Room for it and the labels: the comments get it all; the lifelines keep their labels' room.
        FlowGraphLayout wide;
        wide.setGeometry(loaded->model.core(), 1400, m, FlowSpacing::Uniform, false);
        QVERIFY2(wide.commentColumn().width() >= 600, qPrintable(QString::number(wide.commentColumn().width())));
        QVERIFY(wide.lifelineX(1) - wide.lifelineX(0) >= m.labelWidth);
        // Less room: the comments get all the labels leave them (it wraps), not 1.15 times commentMin.
        FlowGraphLayout narrower;
        narrower.setGeometry(loaded->model.core(), 1100, m, FlowSpacing::Uniform, false);
        const qreal labels = narrower.lifelineX(1) - narrower.lifelineX(0);
        QVERIFY(labels >= m.labelWidth);
        QVERIFY2(narrower.commentColumn().width() >= 1100 - m.timeWidth - 2 * labels - 1,
                 qPrintable(QStringLiteral("comments %1, lifelines %2 apart").arg(narrower.commentColumn().width()).arg(labels)));
        QVERIFY2(narrower.commentColumn().width() > m.commentMin * 1.5, qPrintable(QString::number(narrower.commentColumn().width())));
        QCOMPARE(narrower.width(), 1100.0);
    }

    void narrowViewsShortenLabelsButKeepStateLabels()
    {
        const auto loaded = load(fixturePath(QStringLiteral("rst.pcap")));
        const FlowMetrics m = metrics();
        FlowGraphLayout wide;
        wide.setGeometry(loaded->model.core(), 1400, m, FlowSpacing::Uniform, false);
        FlowGraphLayout narrow;
        narrow.setGeometry(loaded->model.core(), 600, m, FlowSpacing::Uniform, false);
        QVERIFY(narrow.lifelineX(1) - narrow.lifelineX(0) < wide.lifelineX(1) - wide.lifelineX(0));
        QVERIFY(narrow.lifelineX(0) - narrow.timeColumn().right() >= m.pillWidth);
        // Too narrow for everything: the graph gets wider than the view (it scrolls) instead of overlapping.
        QVERIFY(narrow.width() >= 600);
        QVERIFY(narrow.commentColumn().left() >= narrow.lifelineX(1) + m.pillWidth);
    }

    void timeProportionalRowsShowTheRetransmissionTimeout()
    {
        // The client's SYN goes unanswered and is sent again a second later.
        const auto loaded = load(fixturePath(QStringLiteral("syn-retransmit.pcap")));
        QVERIFY(loaded->model.rowCount() >= 3);
        FlowGraphLayout uniform;
        uniform.setGeometry(loaded->model.core(), 1200, metrics(), FlowSpacing::Uniform, false);
        FlowGraphLayout timed;
        timed.setGeometry(loaded->model.core(), 1200, metrics(), FlowSpacing::TimeProportional, false);
        int longest = 1;
        for (int row = 1; row < loaded->model.rowCount(); ++row)
            if (loaded->model.timestampNs(row) - loaded->model.timestampNs(row - 1)
                > loaded->model.timestampNs(longest) - loaded->model.timestampNs(longest - 1))
                longest = row;
        const qreal uniformGap = uniform.arrowY(longest) - uniform.arrowY(longest - 1);
        const qreal timedGap = timed.arrowY(longest) - timed.arrowY(longest - 1);
        QCOMPARE(uniformGap, uniform.rowHeight());
        QVERIFY2(timedGap > uniformGap * 3, qPrintable(QStringLiteral("%1 vs %2").arg(timedGap).arg(uniformGap)));
    }

    void slantedArrowsDropTowardsTheReceiver()
    {
        const auto loaded = load(fixturePath(QStringLiteral("rst.pcap")));
        FlowGraphLayout layout;
        layout.setGeometry(loaded->model.core(), 1200, metrics(), FlowSpacing::Uniform, true);
        for (int row = 0; row < layout.rowCount(); ++row) {
            QVERIFY(layout.arrowEndY(row) > layout.arrowY(row));
            QVERIFY(layout.arrowEndY(row) < layout.rowBottom(row));
        }
    }

    void aRangeIsLaidOutBelowTheHeader()
    {
        const auto loaded = load(fixturePath(QStringLiteral("lossy-bulk.pcap")));
        FlowGraphLayout layout;
        layout.setGeometry(loaded->model.core(), 1200, metrics(), FlowSpacing::Uniform, false, 40, 59);
        QCOMPARE(layout.firstRow(), 40);
        QCOMPARE(layout.endRow(), 60);
        QCOMPARE(layout.rowTop(40), layout.headerHeight());
        QCOMPARE(layout.rowAt(layout.arrowY(50)), 50);
        QVERIFY(layout.height() < layout.headerHeight() + 21 * layout.rowHeight() + 40);
    }

    void metricsGrowWithTheFontAndTheLegendWrapsWhenNarrow()
    {
        const auto loaded = load(fixturePath(QStringLiteral("rst.pcap")));
        QFont font = QGuiApplication::font();
        font.setPointSizeF(10);
        const FlowMetrics small = measureFlowGraph(font, loaded->model, 2000);
        font.setPointSizeF(20);
        const FlowMetrics large = measureFlowGraph(font, loaded->model, 2000);
        QVERIFY(large.lineHeight > small.lineHeight * 1.6);
        QVERIFY(large.labelWidth > small.labelWidth * 1.6);
        QVERIFY(large.headerHeight > small.headerHeight * 1.6);
        const FlowMetrics narrow = measureFlowGraph(font, loaded->model, 500);
        QVERIFY(narrow.headerHeight > large.headerHeight);
    }

    void shortLabelsLoseWholeFieldsLastFirst()
    {
        QFont font = QGuiApplication::font();
        font.setPixelSize(20);
        const QFontMetricsF fm(font);
        const QString numbers = QStringLiteral("seq=4 ack=5");
        const qreal whole = fm.horizontalAdvance(numbers);
        QCOMPARE(wholeFieldsThatFit(numbers, whole, fm), numbers);
        // One pixel short, or room for "seq=4 a": the ack goes whole, the seq stays whole.
        QCOMPARE(wholeFieldsThatFit(numbers, whole - 1, fm), QStringLiteral("seq=4"));
        QCOMPARE(wholeFieldsThatFit(numbers, fm.horizontalAdvance(QStringLiteral("seq=4 a")), fm), QStringLiteral("seq=4"));
        QCOMPARE(wholeFieldsThatFit(QStringLiteral("len=0 win=64240"), fm.horizontalAdvance(QStringLiteral("len=0 win=64")), fm),
                 QStringLiteral("len=0"));
        // Not even the first field: nothing, rather than "se…".
        QCOMPARE(wholeFieldsThatFit(numbers, fm.horizontalAdvance(QStringLiteral("seq=")), fm), QString());
    }
};

QTEST_MAIN(TestFlowGraphLayout)
#include "TestFlowGraphLayout.moc"
