// Expert Information in the main window: the tab's tree (severity → summary → frames) after a
// load, clicking a frame selects it in the packet list (and its conversation in the charts), Go ›
// Next/Previous Problem step through the notes, warnings and errors, the status bar badge shows
// the worst severity and opens the tab, and the conversation list has the per-conversation totals.
#include "UiTestSupport.h"

#include <conversations/ConversationModel.h>
#include <charts/ChartsPanel.h>
#include <expert/ExpertController.h>
#include <expert/ExpertModel.h>
#include <expert/ExpertPanel.h>
#include <packets/PacketTableView.h>
#include <shell/Language.h>
#include <shell/MainWindow.h>
#include <shell/ThemeKind.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

QString fixture(const char* name) { return QStringLiteral(TCPLENS_TEST_DATA_DIR "/") + QString::fromUtf8(name); }

/// The first frame row under the summary row `summary`, searched in every severity.
QModelIndex frameRowOf(const ExpertModel& model, const QString& summary, int frameIndex = 0)
{
    for (int s = 0; s < model.rowCount(); ++s) {
        const auto severity = model.index(s, 0);
        for (int e = 0; e < model.rowCount(severity); ++e) {
            const auto entry = model.index(e, 0, severity);
            if (entry.data().toString() == summary)
                return model.index(frameIndex, 0, entry);
        }
    }
    return {};
}

} // namespace

class TestExpertPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;

    bool open(const QString& path)
    {
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString&, const QString& message) { QFAIL(qPrintable(message)); });
        window_->resize(1280, 800);
        window_->show();
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(path);
        if (!finished.wait(20'000))
            return false;
        QSignalSpy changed(window_->expert(), &ExpertController::infoChanged);
        return window_->expert()->info() || changed.wait(20'000);
    }

private slots:
    void init() { installLanguage(*qApp, QStringLiteral("en")); }
    void cleanup() { window_.reset(); }

    void treeGroupsBySeverityThenSummary()
    {
        QVERIFY(open(fixture("rst.pcap")));
        auto* model = window_->expertPanel()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2); // warnings, chats
        const auto warnings = model->index(0, 0);
        QCOMPARE(warnings.data(ExpertModel::SeverityRole).toInt(), int(ExpertSeverity::Warning));
        QCOMPARE(model->index(0, ExpertModel::CountColumn).data().toULongLong(), 2ULL);
        const auto reset = model->index(0, 0, warnings);
        QCOMPARE(reset.data().toString(), QString("Connection reset (RST)"));
        QCOMPARE(model->index(0, ExpertModel::GroupColumn, warnings).data().toString(), QString("Sequence"));
        QCOMPARE(model->rowCount(reset), 2);
        QCOMPARE(model->index(1, 0, reset).data(ExpertModel::FrameRole).toUInt(), 8U);
        QVERIFY(window_->expertPanel()->view()->isExpanded(warnings));
        QVERIFY(window_->expertPanel()->summaryText().contains("Warning: 2"));
    }

    void clickingAFrameSelectsItAndItsConversation()
    {
        QVERIFY(open(fixture("rst.pcap")));
        window_->windowLayout().expertDock()->raise();
        auto* view = window_->expertPanel()->view();
        const auto row = frameRowOf(*window_->expertPanel()->model(), "Connection reset (RST)", 1);
        QVERIFY(row.isValid());
        view->scrollTo(row);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QCOMPARE(window_->packetView()->currentPacketRow(), 7); // frame 8
        QTRY_COMPARE(window_->chartsPanel()->stream(), std::optional<std::uint32_t>(1U));
    }

    void nextAndPreviousProblemStepThroughTheNotes()
    {
        QVERIFY(open(fixture("lossy-bulk.pcap")));
        auto* next = window_->findChild<QAction*>(QStringLiteral("nextProblemAction"));
        auto* previous = window_->findChild<QAction*>(QStringLiteral("previousProblemAction"));
        QVERIFY(next && previous);
        QCOMPARE(next->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
        QCOMPARE(previous->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
        const auto info = window_->expert()->info();
        window_->selectPacketRow(0);
        next->trigger();
        const auto first = info->nextFrame(1, true);
        QVERIFY(first > 1);
        QCOMPARE(window_->packetView()->currentPacketRow(), int(first) - 1);
        QVERIFY(info->frameSeverity(first).has_value());
        next->trigger();
        const auto second = info->nextFrame(first, true);
        QCOMPARE(window_->packetView()->currentPacketRow(), int(second) - 1);
        previous->trigger();
        QCOMPARE(window_->packetView()->currentPacketRow(), int(first) - 1);
        // From the last packet there is nothing further on; the selection stays.
        const int last = window_->packetModel()->rowCount() - 1;
        window_->selectPacketRow(last);
        const bool moved = window_->expert()->stepToProblem(true);
        QCOMPARE(moved, info->nextFrame(std::uint32_t(last) + 1, true) != 0);
    }

    void statusBadgeShowsTheWorstSeverityAndOpensTheTab()
    {
        QVERIFY(open(fixture("rst.pcap")));
        auto* badge = window_->expert()->indicator();
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->text(), QString("Warning"));
        QVERIFY(badge->toolTip().contains("Chat: 3"));
        window_->windowLayout().packetsDock()->raise();
        QTest::mouseClick(badge, Qt::LeftButton);
        QTRY_VERIFY(!window_->windowLayout().expertDock()->visibleRegion().isEmpty());
    }

    void conversationListHasExpertTotals()
    {
        QVERIFY(open(fixture("rst.pcap")));
        auto* model = window_->conversationModel();
        QCOMPARE(model->index(1, ConversationModel::ExpertColumn).data().toString(), QString("3"));
        QVERIFY(model->index(1, ConversationModel::ExpertColumn).data(Qt::ToolTipRole).toString().contains("warning"));
        QVERIFY(!model->index(1, ConversationModel::ExpertColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model->headerData(ConversationModel::ExpertColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QString("Expert"));
    }

    // The window with the Expert tab on top at two screen sizes, light and dark: the tree, the
    // badge and the conversation column must be whole. Written for a person to look at when
    // TCPLENS_SCREENSHOT_DIR is set.
    void screenshotsAtTwoSizesAndThemes()
    {
        QVERIFY(open(fixture("rst.pcap")));
        for (const auto theme : {ThemeKind::Light, ThemeKind::Dark}) {
            window_->setTheme(theme, false);
            for (const auto size : {QSize(1920, 1080), QSize(1366, 768)}) {
                window_->resize(size);
                window_->resetLayout();
                window_->expert()->indicator()->click(); // opens the Expert tab
                window_->selectPacketRow(7);
                QApplication::processEvents();
                const QImage shot = window_->grab().toImage();
                QCOMPARE(shot.size(), size * shot.devicePixelRatio());
                QVERIFY(window_->expert()->indicator()->isVisible());
                QVERIFY(!window_->windowLayout().expertDock()->visibleRegion().isEmpty());
                const auto dir = qEnvironmentVariable("TCPLENS_SCREENSHOT_DIR");
                if (!dir.isEmpty())
                    QVERIFY(shot.save(QString("%1/expert-%2-%3x%4.png").arg(dir, themeName(theme)).arg(size.width()).arg(size.height())));
            }
        }
        window_->setTheme(ThemeKind::Light, false);
    }

    void chineseNamesTheSeverities()
    {
        QVERIFY(open(fixture("rst.pcap")));
        installLanguage(*qApp, QStringLiteral("zh_CN"));
        QApplication::processEvents();
        QCOMPARE(window_->expert()->indicator()->text(), QString::fromUtf8("警告"));
        QCOMPARE(window_->windowLayout().expertDock()->windowTitle(), QString::fromUtf8("专家信息"));
        installLanguage(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestExpertPanel)
#include "TestExpertPanel.moc"
