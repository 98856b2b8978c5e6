// Nothing the presentation's flow graph draws touches anything else: at every step of every
// fixture and the bundled sample (of a long conversation: every step with a state label in
// view), at 1024x768 and 1280x720, in English and Chinese, no state label touches an arrow's
// head, shaft, cross or text, and no arrow's text touches another arrow's ink. The boxes are the
// painter's own record of what it drew (painted into a QPicture: no raster).
#include "PresentationTestSupport.h"

#include <flowgraph/FlowGraphPainter.h>
#include <flowgraph/FlowGraphView.h>
#include <presentation/PresentationWindow.h>
#include <shell/Language.h>
#include <shell/Theme.h>

#include <QApplication>
#include <QPicture>
#include <QStandardPaths>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

const QSize kScreens[] = {QSize(1024, 768), QSize(1280, 720)};
/// A long conversation's steps are checked while a state label can be in view: this many rows
/// after one (more than a dense graph shows at these sizes).
constexpr int kRowsInView = 60;

QString kindName(FlowInkKind kind)
{
    switch (kind) {
    case FlowInkKind::StateLabel: return QStringLiteral("state label");
    case FlowInkKind::ArrowHead: return QStringLiteral("arrowhead");
    case FlowInkKind::Shaft: return QStringLiteral("shaft");
    case FlowInkKind::Mark: return QStringLiteral("cross");
    case FlowInkKind::ArrowText: return QStringLiteral("arrow text");
    }
    return {};
}

/// Two boxes that may touch: parts of one arrow (its shaft runs into its head, its texts sit side by side).
bool sameArrow(const FlowInkBox& a, const FlowInkBox& b)
{
    if (a.row != b.row || a.kind == FlowInkKind::StateLabel || b.kind == FlowInkKind::StateLabel)
        return false;
    const bool aText = a.kind == FlowInkKind::ArrowText;
    const bool bText = b.kind == FlowInkKind::ArrowText;
    return aText == bText; // its text against its own shaft and head must keep apart
}

QString describe(const FlowInkBox& box)
{
    return QStringLiteral("%1 of row %2 at %3,%4 %5x%6")
        .arg(kindName(box.kind))
        .arg(box.row)
        .arg(box.rect.x(), 0, 'f', 1)
        .arg(box.rect.y(), 0, 'f', 1)
        .arg(box.rect.width(), 0, 'f', 1)
        .arg(box.rect.height(), 0, 'f', 1);
}

} // namespace

class TestPresentationInkApart : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp, ThemeKind::HighContrast); // what the controller shows
    }

    void stateLabelsKeepClearOfArrows_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path : presentationFixtures())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void stateLabelsKeepClearOfArrows()
    {
        QFETCH(QString, path);
        PacketListModel packets;
        const auto stream = loadFirstConversation(packets, path);
        if (!stream)
            QSKIP("no TCP conversation to present");
        const QString name = QFileInfo(path).completeBaseName();
        presentEverywhere(packets, *stream, kScreens, [&](PresentationWindow& show, const QString& language, QSize screen) {
            for (const int step : stepsWithStates(show)) {
                showStep(show, step);
                checkApart(show, stepName(name, language, screen, step));
                if (QTest::currentTestFailed())
                    return;
            }
        });
    }

    void cleanupTestCase()
    {
        installLanguage(*qApp, QStringLiteral("en"));
        qInfo("least gap around a state label: %.3f of a line", leastGap_);
        QVERIFY2(labels_ >= 1000, qPrintable(QStringLiteral("only %1 state labels checked").arg(labels_)));
    }

private:
    /// Every step of a conversation; of a long one, those up to kRowsInView rows after a row
    /// with a state label (its first row, a change).
    static std::vector<int> stepsWithStates(const PresentationWindow& show)
    {
        const int steps = static_cast<int>(show.steps().packetCount());
        std::set<int> labelled;
        for (const auto& track : show.flowModel().stateTracks()) {
            labelled.insert(static_cast<int>(track.firstRow));
            for (const auto& change : track.changes)
                labelled.insert(static_cast<int>(change.row));
        }
        std::vector<int> chosen;
        for (int step = 0; step <= steps; ++step) {
            const auto after = labelled.lower_bound(step - kRowsInView);
            if (after != labelled.end() && *after < step)
                chosen.push_back(step);
        }
        return chosen;
    }

    void checkApart(PresentationWindow& show, const QString& where)
    {
        QPicture picture;
        show.flowView()->viewport()->render(&picture); // paints: lastPaint() is this step's
        const std::vector<FlowInkBox>& ink = show.flowView()->lastPaint().ink;
        // Closer than a pixel is touching once antialiased.
        for (std::size_t i = 0; i < ink.size(); ++i) {
            labels_ += ink[i].kind == FlowInkKind::StateLabel;
            for (std::size_t j = i + 1; j < ink.size(); ++j) {
                const FlowInkBox& a = ink[i];
                const FlowInkBox& b = ink[j];
                if (sameArrow(a, b))
                    continue;
                if (a.kind != FlowInkKind::StateLabel && b.kind != FlowInkKind::StateLabel
                    && a.kind != FlowInkKind::ArrowText && b.kind != FlowInkKind::ArrowText)
                    continue; // two arrows' shafts and heads: rows apart by construction
                const qreal gap = separation(a.rect, b.rect);
                if (a.kind == FlowInkKind::StateLabel || b.kind == FlowInkKind::StateLabel)
                    leastGap_ = std::min(leastGap_, gap / show.flowView()->graphLayout().metrics().lineHeight);
                if (gap > kClearance - 0.01) // (a label centred in exactly its room)
                    continue;
                QFAIL(qPrintable(QStringLiteral("%1: %2 touches %3 (%4 px apart)")
                                     .arg(where, describe(a), describe(b))
                                     .arg(gap, 0, 'f', 1)));
            }
        }
    }

    /// How far apart two boxes are (negative: how deep they overlap).
    static qreal separation(const QRectF& a, const QRectF& b)
    {
        const qreal dx = std::max(a.left() - b.right(), b.left() - a.right());
        const qreal dy = std::max(a.top() - b.bottom(), b.top() - a.bottom());
        return std::max(dx, dy);
    }

    static constexpr qreal kClearance = 1.0;
    qreal leastGap_ = 1e9; ///< The least gap between a state label and anything, in label lines.
    int labels_ = 0;
};

QTEST_MAIN(TestPresentationInkApart)
#include "TestPresentationInkApart.moc"
