// Presentation mode fits the projector it is on: for every fixture and the bundled sample, at
// every step (of a bulk transfer: its first and last steps and each step with a longer title,
// narration or header than before), at 1920x1080, 1280x720, 1024x768 and 3840x2160, in English
// and Chinese, the window is exactly the screen, every part of it lies inside, no text is cut by
// its box or shortened with "…", the flow graph needs no sideways scrolling and keeps the newest arrow whole in its
// lower third, and the header diagram is drawn whole with its names and values at least 1/60 of
// the screen's height and its flag letters 1/45 (on the two smaller screens and at 3840x2160 at
// the other steps of a long conversation too, each one whose texts and TCP header are unlike those
// of all steps before it: a bulk transfer's 1,300 steps have about 70 looks). Grabs of some steps
// check that the window's and the diagram's margins hold nothing but background.
// TCPLENS_PRESENTATION_PNG_DIR=DIR writes those grabs to DIR, for a person to look at.
#include "PresentationTestSupport.h"
#include "UiTestSupport.h"

#include <decode/FieldSpanDiff.h>
#include <flow/FlowNarrator.h>
#include <flowgraph/FlowGraphView.h>
#include <inspector/HeaderDiagramView.h>
#include <presentation/FittedLabel.h>
#include <presentation/PresentationWindow.h>
#include <shell/Language.h>
#include <shell/Theme.h>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QPicture>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

const QSize kScreens[] = {QSize(1920, 1080), QSize(1280, 720), QSize(1024, 768), QSize(3840, 2160)};

/// Where `widget` lies in `window`'s coordinates.
QRect inWindow(const QWidget* widget, const QWidget* window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

/// Pixels in columns [x0, x1) x rows [y0, y1) of `image` that are not `background`.
int inkIn(const QImage& image, int x0, int x1, int y0, int y1, QRgb background)
{
    int ink = 0;
    for (int y = std::max(0, y0); y < std::min(y1, image.height()); ++y)
        for (int x = std::max(0, x0); x < std::min(x1, image.width()); ++x)
            ink += (image.pixel(x, y) & 0xffffff) != (background & 0xffffff);
    return ink;
}

} // namespace

class TestPresentationFits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp, ThemeKind::HighContrast); // what the controller shows
        pngDir_ = qEnvironmentVariable("TCPLENS_PRESENTATION_PNG_DIR");
        if (!pngDir_.isEmpty())
            QVERIFY(QDir().mkpath(pngDir_));
    }

    void everyStepFitsEveryScreen_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path : presentationFixtures())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void everyStepFitsEveryScreen()
    {
        QFETCH(QString, path);
        PacketListModel packets;
        const auto stream = loadFirstConversation(packets, path);
        if (!stream)
            QSKIP("no TCP conversation to present"); // an unsupported link type, or no TCP at all
        ++presented_;
        const QString name = QFileInfo(path).completeBaseName();
        Plan plan; // of the language being presented, made on its first screen
        presentEverywhere(packets, *stream, kScreens, [&](PresentationWindow& show, const QString& language, QSize screen) {
            const int steps = static_cast<int>(show.steps().packetCount());
            QVERIFY(steps > 0);
            if (screen == kScreens[0])
                plan = stepsToCheck(show, packets);
            for (const int step : plan.checked) {
                showStep(show, step);
                const QString where = stepName(name, language, screen, step);
                checkGeometry(show, screen, where);
                if (QTest::currentTestFailed())
                    return;
                // At 3840x2160 (four times the pixels) only the step with the longest narration.
                if (plan.grabbed.count(step) && (screen.width() < 2000 || step == plan.longestNarration))
                    checkGrab(show, where, QStringLiteral("%1-%2-%3x%4-step%5")
                                               .arg(name, language)
                                               .arg(screen.width())
                                               .arg(screen.height())
                                               .arg(step));
                if (QTest::currentTestFailed())
                    return;
                checkDiagramFloors(show, where);
                if (QTest::currentTestFailed())
                    return;
            }
            // The texts and the diagram's floors at the other steps of a long conversation too
            // (a SACK's header beside a long narration), on the two smallest screens and the
            // largest: each step unlike all before it.
            if (screen.height() > 768 && screen.width() < 2000)
                return;
            for (const int step : plan.between) {
                show.goToStep(step);
                show.layout()->activate();
                const QString where = stepName(name, language, screen, step);
                checkTexts(show, where);
                if (QTest::currentTestFailed())
                    return;
                checkDiagramFloors(show, where);
                if (QTest::currentTestFailed())
                    return;
            }
        });
    }

    void cleanupTestCase()
    {
        installLanguage(*qApp, QStringLiteral("en"));
        QVERIFY2(presented_ >= 30, qPrintable(QStringLiteral("only %1 fixtures presented").arg(presented_)));
    }

private:
    /// Every step of a conversation of up to kEveryStep packets. Of a longer one (a bulk transfer,
    /// its middle alike) the first and last steps and every step whose title, narration or TCP
    /// header is longer than all before it: the texts and the figure are what could outgrow the
    /// screen. And the steps worth a full grab, ending with the longest narration.
    struct Plan {
        std::vector<int> checked;
        std::set<int> grabbed;
        int longestNarration = 1; ///< Also grabbed at 3840x2160.
        /// The other steps whose texts and TCP header are unlike those of every step before
        /// (stepLook()): the window lays out alike steps alike, so one of each is checked.
        std::vector<int> between;
    };

    /// What a step's window is laid out from, its numbers' digits all 0 (the fonts' digits are
    /// one width, so "seq=287029" and "seq=298453" wrap alike) and a checksum's hex digits left
    /// out (a letter's width differs from a digit's by a pixel or two, in a field as wide as half
    /// the figure): the title and narration, the sender, the TCP header's fields and texts, which
    /// of them changed since the sender's previous packet.
    static QString stepLook(const PresentationWindow& show, const PacketListModel& packets, const FlowNarrator& narrator,
                            int step)
    {
        static const QRegularExpression hex(QStringLiteral("0x[0-9a-fA-F]+"));
        static const QRegularExpression digit(QStringLiteral("[0-9]"));
        const auto masked = [](QString text) {
            return text.replace(hex, QStringLiteral("0x")).replace(digit, QStringLiteral("0"));
        };
        const auto index = static_cast<std::size_t>(step - 1);
        const FlowArrow arrow = show.flowModel().arrow(index);
        const auto spansOf = [&](std::size_t at) {
            return packets.fieldSpans(static_cast<int>(show.steps().packets()[at].number));
        };
        const FieldSpans spans = spansOf(index);
        QStringList look{masked(QString::fromStdString(narrator.title(show.flowModel(), arrow))),
                         masked(QString::fromStdString(narrator.narrate(show.flowModel(), arrow))),
                         QString::number(show.steps().packets()[index].fromClient)};
        for (const FieldSpan& span : spans)
            if (span.layer == Layer::Transport && span.id.rfind("tcp", 0) == 0)
                look << QStringLiteral("%1/%2/%3").arg(QString::fromStdString(span.id)).arg(span.bitWidth).arg(
                    masked(QString::fromStdString(span.text)));
        if (const auto previous = show.steps().previousSameDirection(index))
            for (const int changed : changedHeaderFields(spansOf(*previous), spans))
                look << QString::number(changed);
        return look.join(QLatin1Char('\x1f'));
    }
    static Plan stepsToCheck(PresentationWindow& show, const PacketListModel& packets)
    {
        constexpr int kEveryStep = 80;
        const int steps = static_cast<int>(show.steps().packetCount());
        const FlowNarrator narrator(
            parseNarrationLanguage(installedLanguage().toStdString()).value_or(NarrationLanguage::English));
        std::vector<int> checked;
        std::size_t title = 0;
        std::size_t narration = 0;
        std::uint64_t header = 0;
        int longestTitle = 1;
        int longestNarration = 1;
        for (int step = 0; step <= steps; ++step) {
            bool longer = false;
            if (step > 0) {
                const FlowArrow arrow = show.flowModel().arrow(static_cast<std::size_t>(step - 1));
                const std::size_t t = narrator.title(show.flowModel(), arrow).size();
                const std::size_t n = narrator.narrate(show.flowModel(), arrow).size();
                std::uint64_t h = 0;
                for (const FieldSpan& span : packets.fieldSpans(static_cast<int>(show.steps().packets()[step - 1].number)))
                    if (span.id == "tcp" && span.depth == 0)
                        h = span.bitWidth;
                longer = t > title || n > narration || h > header;
                if (t > title)
                    longestTitle = step;
                if (n > narration)
                    longestNarration = step;
                title = std::max(title, t);
                narration = std::max(narration, n);
                header = std::max(header, h);
            }
            if (steps <= kEveryStep || step < 60 || step > steps - 20 || longer)
                checked.push_back(step);
        }
        std::set<QString> looks;
        std::vector<int> between;
        if (static_cast<int>(checked.size()) <= steps) // not every step is checked
            for (int step = 1; step <= steps; ++step)
                if (looks.insert(stepLook(show, packets, narrator, step)).second
                    && !std::binary_search(checked.begin(), checked.end(), step))
                    between.push_back(step);
        return {checked, {std::min(3, steps), longestTitle, longestNarration}, longestNarration, between};
    }

    /// Every text of the window whole in its box (font metrics only: no painting).
    static void checkTexts(PresentationWindow& show, const QString& where)
    {
        for (const QLabel* label : show.findChildren<QLabel*>()) {
            if (!label->isVisibleTo(&show))
                continue;
            const QString overflow = labelOverflow(label);
            QVERIFY2(overflow.isEmpty(), qPrintable(where + QStringLiteral(": ") + overflow));
        }
    }

    static void checkGeometry(PresentationWindow& show, QSize screen, const QString& where)
    {
        FailureText fail(where);
        QVERIFY2(show.size() == screen,
                 fail(QStringLiteral("window %1x%2").arg(show.width()).arg(show.height())));
        const QSize least = show.minimumSizeHint();
        QVERIFY2(least.width() <= screen.width() && least.height() <= screen.height(),
                 fail(QStringLiteral("the window's least size is %1x%2").arg(least.width()).arg(least.height())));
        const QRect window = show.rect();
        for (const QWidget* child : show.findChildren<QWidget*>()) {
            if (!child->isVisibleTo(&show) || child->parentWidget() == nullptr)
                continue;
            const QRect at = inWindow(child, &show);
            QVERIFY2(window.contains(at),
                     fail(QStringLiteral("%1 %2 at %3,%4 %5x%6 lies outside the window")
                              .arg(QString::fromLatin1(child->metaObject()->className()), child->objectName())
                              .arg(at.x())
                              .arg(at.y())
                              .arg(at.width())
                              .arg(at.height())));
            if (const auto* label = qobject_cast<const QLabel*>(child)) {
                const QString overflow = labelOverflow(label);
                QVERIFY2(overflow.isEmpty(), qPrintable(where + QStringLiteral(": ") + overflow));
            }
        }
        // The flow graph: both lifelines and the labels between them without scrolling sideways.
        const FlowGraphView* flow = show.flowView();
        QVERIFY2(flow->horizontalScrollBar()->maximum() == 0, fail(QStringLiteral("the flow graph scrolls sideways")));
        QVERIFY2(flow->graphLayout().width() <= flow->viewport()->width() + 0.5,
                 fail(QStringLiteral("flow graph %1 wide in %2").arg(flow->graphLayout().width()).arg(flow->viewport()->width())));
        // Scrolled so the newest arrow is whole in the lower third, the top row starting under the header.
        const int newest = flow->revealLimit() - 1;
        const FlowGraphLayout& graph = flow->graphLayout();
        const int scroll = flow->verticalScrollBar()->value();
        const int viewHeight = flow->viewport()->height();
        if (newest >= 0) {
            QVERIFY2(graph.rowBottom(newest) - scroll <= viewHeight + 1,
                     fail(QStringLiteral("the newest row ends at %1 in a %2 px view")
                              .arg(graph.rowBottom(newest) - scroll)
                              .arg(viewHeight)));
            if (scroll > 0) {
                QVERIFY2(flow->viewportArrowY(newest) >= viewHeight * 2.0 / 3.0,
                         fail(QStringLiteral("the newest arrow at %1 of %2").arg(flow->viewportArrowY(newest)).arg(viewHeight)));
                const int top = graph.rowAt(scroll + graph.headerHeight() + 1);
                QVERIFY2(std::abs(graph.rowTop(top) - graph.headerHeight() - scroll) <= 1,
                         fail(QStringLiteral("row %1 is half hidden under the lifeline header").arg(top)));
            }
        } else {
            QCOMPARE(scroll, 0);
        }
        // The header diagram: drawn whole in its column.
        const HeaderDiagramView* diagram = show.headerDiagram();
        if (diagram->isVisibleTo(&show)) {
            QVERIFY2(diagram->heightForWidth(diagram->width()) <= diagram->height(),
                     fail(QStringLiteral("the header diagram needs %1 px, has %2")
                              .arg(diagram->heightForWidth(diagram->width()))
                              .arg(diagram->height())));
            QVERIFY2(diagram->parentWidget()->rect().contains(diagram->geometry()),
                     fail(QStringLiteral("the header diagram is cut by its column")));
        }
    }

    void checkGrab(PresentationWindow& show, const QString& where, const QString& file)
    {
        FailureText fail(where);
        const QImage image = show.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), show.size());
        if (!pngDir_.isEmpty())
            QVERIFY(image.save(QDir(pngDir_).filePath(file + QStringLiteral(".png"))));
        // Arrow labels short of room lose whole fields (ack, then seq), never half a number, and
        // keep their seq at least: the state labels beside the lifelines give way first.
        static const QRegularExpression wholeField(QStringLiteral("^(seq|ack)=-?\\d+$"));
        const FlowPaintReport& paint = show.flowView()->lastPaint();
        for (const QString& numbers : paint.numbers) {
            QVERIFY2(numbers.startsWith(QStringLiteral("seq=")),
                     fail(QStringLiteral("an arrow label lost its seq (\"%1\")").arg(numbers)));
            for (const QString& field : numbers.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                QVERIFY2(wholeField.match(field).hasMatch(),
                         fail(QStringLiteral("arrow label \"%1\" cuts a field").arg(numbers)));
        }
        // The lifelines' titles, which are painted: whole ("10.77.0.1:60792", or the address over its port).
        const FlowGraphModel& graph = *show.flowView()->model();
        QCOMPARE(paint.titles.size(), graph.lifelineCount());
        for (int l = 0; l < graph.lifelineCount(); ++l) {
            const QString& title = graph.lifelines()[static_cast<std::size_t>(l)].title;
            QVERIFY2(QString(paint.titles[l]).remove(QLatin1Char('\n')) == title,
                     fail(QStringLiteral("lifeline title \"%1\" is drawn as \"%2\"").arg(title, paint.titles[l])));
        }
        QCOMPARE(paint.elidedTitles, 0);
        const QRgb background = show.palette().color(QPalette::Window).rgb();
        const QMargins margins = show.layout()->contentsMargins();
        // The window's margins: nothing drawn in them.
        QVERIFY2(inkIn(image, image.width() - margins.right() + 1, image.width(), 0, image.height(), background) == 0,
                 fail(QStringLiteral("ink in the right margin")));
        QVERIFY2(inkIn(image, 0, margins.left() - 1, 0, image.height(), background) == 0,
                 fail(QStringLiteral("ink in the left margin")));
        QVERIFY2(inkIn(image, 0, image.width(), image.height() - margins.bottom() + 1, image.height(), background) == 0,
                 fail(QStringLiteral("ink in the bottom margin")));
        // The header diagram's right margin, beyond its rows: no title, label or footnote runs into it.
        const HeaderDiagramView* diagram = show.headerDiagram();
        if (diagram->isVisibleTo(&show) && !diagram->spans().empty()) {
            const QRect at = inWindow(diagram, &show);
            const int right = static_cast<int>(std::ceil(diagram->diagramLayout().bitX(diagram->diagramLayout().bitsPerRow()))) + 3;
            const QRgb base = diagram->palette().color(QPalette::Base).rgb();
            QVERIFY2(inkIn(image, at.left() + right, at.right() + 1, at.top(), at.bottom() + 1, base) == 0,
                     fail(QStringLiteral("ink right of the header diagram's rows")));
            // The figure's small type (title, ruler digits, row offsets, footnote) at least a 90th
            // of the screen, and the full names where they fit at the names' floor.
            const HeaderDiagramPaintReport& drawn = diagram->lastPaint();
            const int smallFloor = std::max(6, static_cast<int>(std::ceil(show.height() / 90.0)));
            QVERIFY2(drawn.smallestFigurePx >= smallFloor,
                     fail(QStringLiteral("header diagram's title, ruler, offsets or footnote of %1 px (floor %2)")
                              .arg(drawn.smallestFigurePx)
                              .arg(smallFloor)));
            for (const HeaderDiagramText& text : drawn.texts) {
                // Every text inside the figure: a row offset wider than its gutter lost its "1" of "10".
                QVERIFY2(text.ink.left() >= -0.5 && text.ink.right() <= diagram->width() + 0.5,
                         fail(QStringLiteral("\"%1\" is drawn from x %2 to %3 of a %4 px figure")
                                  .arg(text.text)
                                  .arg(text.ink.left())
                                  .arg(text.ink.right())
                                  .arg(diagram->width())));
                for (const QString& abbreviation : {QStringLiteral("Src Port "), QStringLiteral("Dst Port "), QStringLiteral("Cksum ")})
                    QVERIFY2(!text.text.startsWith(abbreviation),
                             fail(QStringLiteral("the header diagram abbreviates \"%1\"").arg(text.text)));
            }
        }
    }

    /// The floors for the header diagram: field names and values at least 1/60 of the
    /// screen's height, flag letters 1/45, as painted (the figure alone, into a QPicture: no
    /// raster, which at 3840x2160 would cost more than the rest of the step).
    static void checkDiagramFloors(PresentationWindow& show, const QString& where)
    {
        HeaderDiagramView* diagram = show.headerDiagram();
        if (!diagram->isVisibleTo(&show) || diagram->spans().empty())
            return;
        QPicture picture;
        diagram->render(&picture);
        const HeaderDiagramPaintReport& drawn = diagram->lastPaint();
        const double labelFloor = std::ceil(show.height() / 60.0);
        const double flagFloor = std::ceil(show.height() / 45.0);
        QVERIFY2(drawn.smallestLabelPx >= labelFloor && drawn.smallestFlagPx >= flagFloor,
                 qPrintable(QStringLiteral("%1: header diagram labels %2 px (floor %3), flags %4 px (floor %5)")
                                .arg(where)
                                .arg(drawn.smallestLabelPx)
                                .arg(labelFloor)
                                .arg(drawn.smallestFlagPx)
                                .arg(flagFloor)));
    }

    QString pngDir_;
    int presented_ = 0;
};

QTEST_MAIN(TestPresentationFits)
#include "TestPresentationFits.moc"
