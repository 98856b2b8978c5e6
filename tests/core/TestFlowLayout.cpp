// FlowLayout: the flow graph's geometry without widgets (rows to y, lifelines to x, columns,
// slanted arrows, proportional spacing, state bands, hit-testing).
#include "TestSupport.h"

#include <capture/LoadedCapture.h>
#include <flow/FlowLayout.h>

#include <QtTest>

#include <cmath>
#include <limits>

using namespace tcplens;
using namespace tcplens::test;

namespace {

FlowLayoutOptions plain()
{
    FlowLayoutOptions o;
    o.rowHeight = 20;
    o.headerHeight = 40;
    o.footerHeight = 10;
    o.timeColumnWidth = 100;
    o.commentColumnWidth = 200;
    o.lifelineSpacing = 300;
    o.margin = 5;
    o.bandWidth = 10;
    return o;
}

LoadedCapture load(const QString& path) { return loadCapture(QFile::encodeName(path).toStdString()); }

} // namespace

class TestFlowLayout : public QObject {
    Q_OBJECT

private slots:
    void uniformRowsAndColumns()
    {
        const FlowLayout layout(plain(), 10, 2);
        QCOMPARE(layout.lifelineTop(), 45.0);
        QCOMPARE(layout.rowTop(0), 45.0);
        QCOMPARE(layout.rowTop(3), 105.0);
        QCOMPARE(layout.rowBottom(3), 125.0);
        QCOMPARE(layout.lifelineBottom(), 245.0);
        QCOMPARE(layout.height(), 260.0);
        QCOMPARE(layout.width(), 5 + 100 + 600 + 200 + 5.0);
        QCOMPARE(layout.lifelineX(0), 5 + 100 + 150.0);
        QCOMPARE(layout.lifelineX(1), 5 + 100 + 450.0);
        QCOMPARE(layout.timeColumn().x, 5.0);
        QCOMPARE(layout.timeColumn().width, 100.0);
        QCOMPARE(layout.commentColumn().x, 705.0);
        QCOMPARE(layout.commentColumn().height, 200.0);
        // Flat arrows sit at 70 % of their row.
        QCOMPARE(layout.arrowStartY(3), 119.0);
        QCOMPARE(layout.arrowEndY(3), 119.0);
        QCOMPARE(layout.arrowStart(3, 1).x, layout.lifelineX(1));
        QCOMPARE(layout.arrowEnd(3, 0).x, layout.lifelineX(0));
    }

    void arrowSegmentsStopAtTheBandEdges()
    {
        const FlowLayout layout(plain(), 4, 3, 2);
        const auto [a, b] = layout.arrowSegment(1, 0, 2, 1, 2);
        QCOMPARE(a.x, layout.lifelineX(0) + 5);  // one band of 10 on the sender
        QCOMPARE(b.x, layout.lifelineX(2) - 10); // two on the receiver
        QCOMPARE(a.y, layout.arrowStartY(1));
        const auto [c, d] = layout.arrowSegment(1, 2, 0);
        QCOMPARE(c.x, layout.lifelineX(2) - 5);
        QCOMPARE(d.x, layout.lifelineX(0) + 5);
    }

    void rowAtInvertsRowTopAndClamps()
    {
        const FlowLayout layout(plain(), 10, 2);
        for (std::size_t r = 0; r < 10; ++r) {
            QCOMPARE(layout.rowAt(layout.rowTop(r)), std::optional<std::size_t>(r));
            QCOMPARE(layout.rowAt(layout.rowBottom(r) - 0.01), std::optional<std::size_t>(r));
        }
        QCOMPARE(layout.rowAt(-100), std::optional<std::size_t>(0));
        QCOMPARE(layout.rowAt(1e9), std::optional<std::size_t>(9));
        QCOMPARE(layout.rowAt(std::numeric_limits<double>::quiet_NaN()), std::optional<std::size_t>(0));
        QCOMPARE(layout.rowAt(std::numeric_limits<double>::infinity()), std::optional<std::size_t>(9));
        QVERIFY(!FlowLayout(plain(), 0, 2).rowAt(50).has_value());
        QCOMPARE(layout.rowsIn(105, 125), (std::pair<std::size_t, std::size_t>(3, 4)));
        QCOMPARE(layout.rowsIn(100, 126), (std::pair<std::size_t, std::size_t>(2, 5)));
        QCOMPARE(layout.rowsIn(0, 20), (std::pair<std::size_t, std::size_t>(10, 10)));
        QCOMPARE(layout.rowsIn(0, 1e9), (std::pair<std::size_t, std::size_t>(0, 10)));
    }

    void slantedArrowsDescendWithinTheirRow()
    {
        auto o = plain();
        o.slanted = true;
        o.slant = 1.0;
        const FlowLayout layout(o, 5, 2);
        QCOMPARE(layout.arrowStartY(2), 85.0 + 10);
        QCOMPARE(layout.arrowEndY(2), 85.0 + 10 + 9);
        QVERIFY(layout.arrowEndY(2) < layout.rowBottom(2));
        o.slant = 7; // clamped to 1
        QCOMPARE(FlowLayout(o, 5, 2).arrowEndY(2), 104.0);
    }

    // Gaps of 1 ms, 3 s and 1 s: with rowsPerSecond 2 and a cap of 4 rows, the 3 s gap adds the
    // cap, the 1 s gap 2 rows, the 1 ms gap nearly nothing.
    void proportionalSpacingShowsLongGapsClamped()
    {
        auto o = plain();
        o.spacing = RowSpacing::Proportional;
        o.rowsPerSecond = 2;
        o.maxGapRows = 4;
        const std::vector<std::int64_t> t{0, 1'000'000, 3'001'000'000, 4'001'000'000};
        const FlowLayout layout(o, t.size(), 2, 1, [&](std::size_t r) { return t[r]; });
        QCOMPARE(layout.rowTop(0), 45.0);
        QVERIFY(std::abs(layout.rowTop(1) - (45 + 20 * 1.002)) < 1e-9);
        QVERIFY(std::abs(layout.rowTop(2) - layout.rowTop(1) - 20 * 5) < 1e-9);
        QVERIFY(std::abs(layout.rowTop(3) - layout.rowTop(2) - 20 * 3) < 1e-9);
        QCOMPARE(layout.rowBottom(3) - layout.rowTop(3), 20.0);
        QCOMPARE(layout.rowAt(layout.rowTop(2) - 1), std::optional<std::size_t>(1)); // inside the gap: the row before it
        QCOMPARE(layout.rowAt(layout.rowTop(2) + 1), std::optional<std::size_t>(2));
        // Automatic scale: the longest gap gets exactly maxGapRows.
        o.rowsPerSecond = 0;
        const FlowLayout automatic(o, t.size(), 2, 1, [&](std::size_t r) { return t[r]; });
        QVERIFY(std::abs(automatic.rowTop(2) - automatic.rowTop(1) - 20 * 5) < 1e-9);
        QVERIFY(std::abs(automatic.rowTop(3) - automatic.rowTop(2) - 20 * (1 + 4.0 / 3)) < 1e-9);
        // Steady traffic (every gap alike) stays uniform rather than spreading every row.
        const std::vector<std::int64_t> steady{0, 20'000, 40'000, 60'000, 80'000};
        const FlowLayout even(o, steady.size(), 2, 1, [&](std::size_t r) { return steady[r]; });
        QCOMPARE(even.rowTop(4) - even.rowTop(0), 4 * 20.0);
    }

    void synRetransmissionGapsShowInProportionalSpacing()
    {
        const auto capture = load(fixturePath("syn-retransmit.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        auto o = plain();
        o.spacing = RowSpacing::Proportional;
        const auto layout = FlowLayout::of(model, o);
        // SYN at 0 s, again at 1 s and 2 s: the first two rows are followed by big gaps, the rest dense.
        QVERIFY(layout.rowBottom(0) - layout.rowTop(0) > 5 * o.rowHeight);
        QVERIFY(layout.rowBottom(1) - layout.rowTop(1) > 5 * o.rowHeight);
        QVERIFY(layout.rowBottom(3) - layout.rowTop(3) < 1.5 * o.rowHeight);
    }

    void arrowAtFindsTheNearestArrow()
    {
        const auto capture = load(QDir(QString(TCPLENS_SAMPLES_DIR)).absoluteFilePath("hello-exchange.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        const auto layout = FlowLayout::of(model, plain());
        const double mid = (layout.lifelineX(0) + layout.lifelineX(1)) / 2;
        QCOMPARE(layout.arrowAt({mid, layout.arrowStartY(4)}, model), std::optional<std::size_t>(4));
        QCOMPARE(layout.arrowAt({mid, layout.arrowStartY(4) + 4}, model), std::optional<std::size_t>(4));
        QVERIFY(!layout.arrowAt({mid, layout.arrowStartY(4) + 9}, model).has_value()); // between two arrows
        QVERIFY(!layout.arrowAt({layout.lifelineX(1) + 50, layout.arrowStartY(4)}, model).has_value());
        auto o = plain();
        o.slanted = true;
        const auto slanted = FlowLayout::of(model, o);
        const auto [a, b] = slanted.arrowSegment(1, model.row(1).fromLifeline, model.row(1).toLifeline);
        QCOMPARE(slanted.arrowAt({(a.x + b.x) / 2, (a.y + b.y) / 2}, model), std::optional<std::size_t>(1));
    }

    void stateBandsChangeAtTheCausingArrow()
    {
        const auto capture = load(QDir(QString(TCPLENS_SAMPLES_DIR)).absoluteFilePath("hello-exchange.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(0));
        auto o = plain();
        o.slanted = true;
        const auto layout = FlowLayout::of(model, o);
        const auto client = layout.bands(model, 0);
        // CLOSED, SYN_SENT, ESTABLISHED, FIN_WAIT_1, TIME_WAIT
        QCOMPARE(client.size(), std::size_t{5});
        QCOMPARE(client[0].state, TcpState::Closed);
        QCOMPARE(client[0].rect.y, layout.lifelineTop());
        QVERIFY(!client[0].startsAtChange);
        QCOMPARE(client[1].state, TcpState::SynSent);
        QCOMPARE(client[1].rect.y, layout.arrowStartY(0)); // the SYN leaves the client
        QCOMPARE(client[2].state, TcpState::Established);
        QCOMPARE(client[2].rect.y, layout.arrowEndY(1));   // the SYN-ACK arrives at the client
        QCOMPARE(client[4].state, TcpState::TimeWait);
        QCOMPARE(client[4].rect.bottom(), layout.lifelineBottom());
        for (std::size_t i = 1; i < client.size(); ++i)
            QCOMPARE(client[i].rect.y, client[i - 1].rect.bottom());
        QCOMPARE(client[0].rect.x, layout.lifelineX(0) - 5);
        QCOMPARE(client[0].rect.width, 10.0);
        const auto server = layout.bands(model, 1);
        QCOMPARE(server[1].state, TcpState::SynReceived);
        QCOMPARE(server[1].rect.y, layout.arrowEndY(0));
        QCOMPARE(server.back().state, TcpState::Closed);
        QVERIFY(layout.bands(model, 7).empty());
    }

    void bandsOfSeveralConversationsSitSideBySide()
    {
        const FlowLayout layout(plain(), 4, 2, 3);
        QCOMPARE(layout.bandX(0, 0, 3), layout.lifelineX(0) - 15);
        QCOMPARE(layout.bandX(0, 2, 3), layout.lifelineX(0) + 5);
        QCOMPARE(layout.bandX(1, 0, 1), layout.lifelineX(1) - 5);
        const auto capture = load(fixturePath("http.pcap"));
        const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::allStreams());
        const auto l = FlowLayout::of(model, plain());
        const auto second = l.bands(model, 2); // the second conversation's client side, in the first's slot
        QCOMPARE(second.front().rect.x, l.lifelineX(0) - 5);
        QCOMPARE(second.front().rect.y, l.rowTop(model.conversations()[1].firstRow));
        QCOMPARE(l.bands(model, 0).back().rect.bottom(), l.rowBottom(model.conversations()[0].lastRow));
    }
};

QTEST_GUILESS_MAIN(TestFlowLayout)
#include "TestFlowLayout.moc"
