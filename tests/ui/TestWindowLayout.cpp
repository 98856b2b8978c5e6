// The window is built around the flow graph: a file opens with its first conversation drawn,
// a packet picked anywhere brings its conversation, and at 1920x1080 the bundled sample's
// whole conversation, both lifelines and the TCP header diagram fit without scrolling.
#include "MainWindowTestSupport.h"
#include "UiTestSupport.h"

#include <charts/ChartsPanel.h>
#include <conversations/ConversationFilterModel.h>
#include <conversations/ConversationModel.h>
#include <conversations/ConversationsPanel.h>
#include <packets/FilterBar.h>
#include <flowgraph/FlowGraphPanel.h>
#include <flowgraph/FlowGraphView.h>
#include <expert/ExpertController.h>
#include <inspector/HeaderDiagramLayout.h>
#include <inspector/HeaderDiagramPainter.h>
#include <inspector/HeaderDiagramView.h>
#include <inspector/InspectorPanel.h>
#include <shell/Fonts.h>
#include <shell/MainWindow.h>
#include <packets/PacketFilterModel.h>
#include <packets/PacketListModel.h>
#include <packets/PacketTableView.h>
#include <capture/CaptureStatusBar.h>

#include <QCheckBox>
#include <QDockWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {
constexpr int kHelloPackets = 11;
}

class TestWindowLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        applyReadableApplicationFont(); // the font tcplens runs with, so the geometry is the user's
    }

    void cleanup() { window_.reset(); }

    void theFlowGraphIsTheCentreOfTheWindow()
    {
        open(samplePath(), {1280, 800});
        QCOMPARE(window_->centralWidget(), static_cast<QWidget*>(window_->flowGraph()));
        for (const auto* name : {"conversationsDock", "inspectorDock", "packetsDock", "chartsDock"})
            QVERIFY2(window_->findChild<QDockWidget*>(QString::fromLatin1(name)), name);
        QCOMPARE(window_->dockWidgetArea(window_->windowLayout().conversationsDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(window_->dockWidgetArea(window_->windowLayout().inspectorDock()), Qt::RightDockWidgetArea);
        QCOMPARE(window_->dockWidgetArea(window_->windowLayout().packetsDock()), Qt::BottomDockWidgetArea);
        QVERIFY(window_->tabifiedDockWidgets(window_->windowLayout().packetsDock())
                    .contains(window_->windowLayout().chartsDock()));
    }

    void aOneConversationFileOpensWithItsConversationDrawn()
    {
        open(samplePath(), {1280, 800});
        QCOMPARE(window_->flowGraph()->followedStream(), std::optional<std::uint32_t>(0));
        QCOMPARE(window_->flowGraph()->model().rowCount(), kHelloPackets);
        QCOMPARE(window_->packetView()->currentPacketRow(), 0); // the SYN, its arrow highlighted
        QCOMPARE(window_->flowGraph()->view()->currentRow(), 0);
        QVERIFY(!window_->headerDiagram()->spans().empty());
    }

    void clickingAPacketOfAnotherConversationDrawsThatConversation()
    {
        open(QStringLiteral(TCPLENS_TEST_DATA_DIR "/many-short.pcap"), {1600, 900});
        QVERIFY(window_->conversationModel()->rowCount() > 2);
        const auto first = window_->flowGraph()->followedStream();
        QVERIFY(first.has_value());
        // A packet further down the list that belongs to another conversation.
        auto* view = window_->packetView();
        int row = -1;
        for (int r = 0; r < window_->packetModel()->rowCount(); ++r) {
            const auto& record = window_->packetModel()->analysis(r);
            if (record.isTcp() && record.stream != *first && record.stream >= 2) {
                row = r;
                break;
            }
        }
        QVERIFY(row > 0);
        const auto stream = window_->packetModel()->analysis(row).stream;
        view->scrollTo(window_->packetFilter()->index(window_->packetFilter()->rowOfSource(row), 0));
        const QRect cell = view->visualRect(window_->packetFilter()->index(window_->packetFilter()->rowOfSource(row), 1));
        QVERIFY(!cell.isEmpty());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());

        QCOMPARE(view->currentPacketRow(), row);
        QCOMPARE(window_->flowGraph()->followedStream(), std::optional<std::uint32_t>(stream));
        const auto& graph = window_->flowGraph()->model();
        QVERIFY(graph.rowCount() > 0);
        const int arrow = window_->flowGraph()->view()->currentRow();
        QVERIFY(arrow >= 0);
        QCOMPARE(graph.packetAt(arrow), static_cast<tcplens::PacketNumber>(row));
        // Every arrow of the graph is a packet of that conversation.
        for (int r = 0; r < graph.rowCount(); ++r)
            QCOMPARE(window_->packetModel()->analysis(static_cast<int>(graph.packetAt(r))).stream, stream);

        // A click on an arrow comes back to the packet list.
        const int other = arrow == 0 ? 1 : 0;
        QTest::mouseClick(window_->flowGraph()->view()->viewport(), Qt::LeftButton, {},
                          QPointF(window_->flowGraph()->view()->graphLayout().lifelineX(0) + 20,
                                  window_->flowGraph()->view()->viewportArrowY(other)).toPoint());
        QCOMPARE(view->currentPacketRow(), static_cast<int>(graph.packetAt(other)));
    }

    void allListedConversationsStaysAChoice()
    {
        open(QStringLiteral(TCPLENS_TEST_DATA_DIR "/many-short.pcap"), {1600, 900});
        window_->flowGraph()->setScope(FlowGraphPanel::Scope::AllShown);
        QCOMPARE(window_->flowGraph()->model().rowCount(), window_->packetModel()->rowCount());
        window_->selectPacketRow(window_->packetModel()->rowCount() - 1);
        QCOMPARE(window_->flowGraph()->model().rowCount(), window_->packetModel()->rowCount()); // stays "all"
    }

    void statusBarSaysDisplayedOfTotal()
    {
        open(samplePath(), {1280, 800});
        const auto displayed = [this] { return window_->captureStatusBar()->displayedText(); };
        QCOMPARE(displayed(), QStringLiteral("Displayed 11 of 11"));
        window_->filterBar()->applyExpression(QStringLiteral("tcp[13] & 2 != 0"));
        QCOMPARE(displayed(), QStringLiteral("Displayed 2 of 11"));
        window_->filterBar()->applyExpression(QString());
        QCOMPARE(displayed(), QStringLiteral("Displayed 11 of 11"));
        window_->followStream(7); // no such conversation
        QCOMPARE(displayed(), QStringLiteral("Displayed 0 of 11"));
    }

    void timeBasesAreNamed()
    {
        open(samplePath(), {1280, 800});
        const auto header = [this] {
            return window_->packetModel()->headerData(PacketListModel::TimeColumn, Qt::Horizontal, Qt::DisplayRole).toString();
        };
        QCOMPARE(header(), QStringLiteral("Time\n(s since first packet)"));
        window_->packetModel()->setTimeFormat(PacketListModel::TimeFormat::SinceConversationStart);
        QCOMPARE(header(), QStringLiteral("Time\n(s since conversation start)"));
        window_->packetModel()->setTimeFormat(PacketListModel::TimeFormat::SinceFirstPacket);
    }

    void fullHdShowsTheWholeConversationAndTheTcpHeader()
    {
        open(samplePath(), {1920, 1080});
        const auto* view = window_->flowGraph()->view();
        const auto& layout = view->graphLayout();
        QCOMPARE(layout.rowCount(), kHelloPackets);
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        // Every row (with the sizes line under its arrow) is inside the viewport.
        const qreal bottom = layout.rowBottom(kHelloPackets - 1);
        QVERIFY2(bottom <= view->viewport()->height(),
                 qPrintable(QStringLiteral("rows end at %1, the viewport is %2 high").arg(bottom).arg(view->viewport()->height())));
        // Both lifelines, with the state labels beside them, fit the width.
        QVERIFY2(layout.width() <= view->viewport()->width(),
                 qPrintable(QStringLiteral("graph %1 wide, viewport %2").arg(layout.width()).arg(view->viewport()->width())));
        QVERIFY(layout.lifelineX(1) + layout.metrics().pillWidth <= view->viewport()->width());

        // The selected packet's TCP header is in view in the inspector.
        auto* area = window_->inspector()->diagramArea();
        const auto& diagram = window_->headerDiagram()->diagramLayout();
        const int tcp = static_cast<int>(diagram.sections().size()) - 1;
        QVERIFY(tcp >= 1);
        const int top = area->verticalScrollBar()->value();
        QVERIFY(diagram.titleRect(tcp).top() >= top);
        QVERIFY2(diagram.footnoteRect(tcp).bottom() <= top + area->viewport()->height(),
                 qPrintable(QStringLiteral("TCP header ends at %1, view shows %2..%3")
                                .arg(diagram.footnoteRect(tcp).bottom()).arg(top).arg(top + area->viewport()->height())));

        // The sidebar lists at least 15 conversations; the packet list's Info column is on screen.
        auto* conversations = window_->conversationsPanel()->view();
        QVERIFY2(conversations->viewport()->height() >= 15 * conversations->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(conversations->viewport()->height())));
        auto* packets = window_->packetView();
        const int info = packets->columnViewportPosition(PacketListModel::InfoColumn);
        QVERIFY2(info >= 0 && info + 100 <= packets->viewport()->width(),
                 qPrintable(QStringLiteral("Info at %1 of %2").arg(info).arg(packets->viewport()->width())));
    }

    void smallScreensKeepBothLifelinesWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1280x720") << QSize(1280, 720);
    }

    void smallScreensKeepBothLifelinesWhole()
    {
        QFETCH(QSize, size);
        open(samplePath(), size);
        const auto* view = window_->flowGraph()->view();
        QVERIFY2(view->graphLayout().width() <= view->viewport()->width(),
                 qPrintable(QStringLiteral("graph %1 wide, viewport %2")
                                .arg(view->graphLayout().width()).arg(view->viewport()->width())));
    }

    void thePacketListShowsEnoughRows_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("rows");
        // The sample's conversation is shown whole at 1920x1080: the packet list gets what the graph spares.
        QTest::newRow("1920x1080 sample") << QSize(1920, 1080) << samplePath() << 6;
        // Too long to show whole anyway: the packet list gets its eight rows.
        QTest::newRow("1920x1080 lossy-bulk") << QSize(1920, 1080) << QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap") << 8;
        QTest::newRow("1366x768 sample") << QSize(1366, 768) << samplePath() << 8;
        QTest::newRow("1280x720 sample") << QSize(1280, 720) << samplePath() << 8;
    }

    void thePacketListShowsEnoughRows()
    {
        QFETCH(QSize, size);
        QFETCH(QString, path);
        QFETCH(int, rows);
        open(path, size);
        auto* packets = window_->packetView();
        const int pitch = packets->verticalHeader()->defaultSectionSize();
        const int shown = packets->viewport()->height() / pitch;
        auto* conversations = window_->conversationsPanel()->view();
        const int listed = conversations->viewport()->height() / conversations->verticalHeader()->defaultSectionSize();
        const auto* graph = window_->flowGraph()->view();
        qInfo("%s: %d packet rows of %d px, %d sidebar rows, graph viewport %d of %d wanted (%d arrows)",
              QTest::currentDataTag(), shown, pitch, listed, graph->viewport()->height(), graph->wholeHeight(),
              graph->graphLayout().rowCount());
        QVERIFY2(shown >= rows, qPrintable(QStringLiteral("%1 packet rows").arg(shown)));
        QVERIFY2(listed >= 15, qPrintable(QStringLiteral("%1 sidebar rows").arg(listed)));
    }

    void packetColumnsFitTheirTextsAndLeaveInfoTheRest()
    {
        // Real seq/ack numbers and addresses of a capture nobody here made, at a laptop's size.
        open(QStringLiteral(TCPLENS_TEST_DATA_DIR "/public/ppa__http_espn.pcapng"), {1366, 768});
        auto* packets = window_->packetView();
        const auto* model = window_->packetModel();
        QVERIFY(model->rowCount() > 100);
        const QFontMetrics text(packets->font());
        // Info repeats flags/seq/ack/len/win: at this width their own columns make room for it.
        QVERIFY(packets->isColumnHidden(PacketListModel::SeqColumn));
        for (int column = 0; column < PacketListModel::InfoColumn; ++column) {
            if (packets->isColumnHidden(column))
                continue;
            int widest = 0;
            for (int row = 0; row < model->rowCount(); ++row)
                widest = std::max(widest, text.horizontalAdvance(model->index(row, column).data().toString()));
            QVERIFY2(packets->columnWidth(column) >= widest,
                     qPrintable(QStringLiteral("column %1 is %2 px for a %3 px text").arg(column).arg(packets->columnWidth(column)).arg(widest)));
        }
        const int info = packets->columnViewportPosition(PacketListModel::InfoColumn);
        QVERIFY2(info >= 0 && info <= packets->viewport()->width() * 3 / 4,
                 qPrintable(QStringLiteral("Info at %1 of %2").arg(info).arg(packets->viewport()->width())));
        // Wide enough, every column is back.
        window_->resize(1920, 1080);
        QCoreApplication::processEvents();
        QTRY_VERIFY(!packets->isColumnHidden(PacketListModel::SeqColumn));
        QVERIFY(packets->columnViewportPosition(PacketListModel::InfoColumn) <= packets->viewport()->width() * 2 / 3);
    }

    void commentsAreReadableBesideWholeLifelines_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1366x768") << QSize(1366, 768);
    }

    void commentsAreReadableBesideWholeLifelines()
    {
        QFETCH(QSize, size);
        open(QStringLiteral(TCPLENS_TEST_DATA_DIR "/many-short.pcap"), size);
        const auto* view = window_->flowGraph()->view();
        const auto& layout = view->graphLayout();
        QVERIFY(layout.width() <= view->viewport()->width());
        // "Fast Retransmission" (the width commentMin is measured on) is not elided...
        QVERIFY2(layout.commentColumn().width() >= layout.metrics().commentMin,
                 qPrintable(QStringLiteral("comment column %1 wide, wants %2")
                                .arg(layout.commentColumn().width()).arg(layout.metrics().commentMin)));
        QVERIFY(layout.commentColumn().right() <= view->viewport()->width() + 1);
        // ...and the state labels outside the outer lifelines are whole.
        QVERIFY(layout.lifelineX(0) - layout.metrics().pillWidth >= layout.timeColumn().right());
        QVERIFY(layout.lifelineX(1) + layout.metrics().pillWidth <= layout.commentColumn().left() + 1);
    }

    void theBottomTabsKeepTheirHeightBehindAnotherTab()
    {
        // Sized again (here by a resize) while Expert Information is on top, the bottom tabs kept
        // measuring the hidden packet list and grew to three quarters of the window.
        open(QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"), {1920, 1080});
        const int graph = window_->centralWidget()->height();
        emit window_->expert()->showRequested();
        QCoreApplication::processEvents();
        window_->resize(1920, 1079);
        QCoreApplication::processEvents();
        QVERIFY2(std::abs(window_->centralWidget()->height() - graph) <= 2,
                 qPrintable(QStringLiteral("the flow graph was %1 px high, now %2").arg(graph).arg(window_->centralWidget()->height())));
    }

    void longCommentsAreWholeWhereTheGraphHasRoom_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1366x768") << QSize(1366, 768);
    }

    void longCommentsAreWholeWhereTheGraphHasRoom()
    {
        // "Not received by the server: frame 6 still asks for it while it sends…" was cut after
        // three lines with room to spare right of it.
        QFETCH(QSize, size);
        open(QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"), size);
        FlowGraphView* view = window_->flowGraph()->view();
        const FlowGraphModel& model = window_->flowGraph()->model();
        const FlowGraphLayout& layout = view->graphLayout();
        int comments = 0;
        int elided = 0;
        int paintedTo = -1;
        qreal longest = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString comment = model.arrow(row).comment;
            if (comment.isEmpty())
                continue;
            ++comments;
            longest = std::max(longest, QFontMetricsF(view->labelFont()).horizontalAdvance(comment));
            if (row <= paintedTo)
                continue;
            view->verticalScrollBar()->setValue(static_cast<int>(layout.rowTop(row) - layout.headerHeight()));
            view->grab(); // paints, filling lastPaint()
            elided += view->lastPaint().elidedComments;
            paintedTo = layout.rowAt(view->verticalScrollBar()->value() + view->viewport()->height());
        }
        qInfo("%s: %d comments, the longest %.0f px, comment column %.0f px (wants %.0f), %d shortened",
              QTest::currentDataTag(), comments, longest, layout.commentColumn().width(), layout.metrics().commentWanted,
              elided);
        QVERIFY(comments > 100);
        QVERIFY(layout.width() <= view->viewport()->width());
        if (size.width() >= 1920)
            QCOMPARE(elided, 0);
        // Shortened only when there is no room: the graph wants more width than it has, the sidebar
        // and the inspector gave it all they could, and the lifelines are no further apart than at
        // the width the graph wants.
        if (elided > 0) {
            const int w = window_->width();
            QVERIFY(view->sizeHint().width() > view->width());
            QVERIFY(window_->windowLayout().inspectorDock()->width() <= w * 21 / 100 + 1);
            QVERIFY(window_->windowLayout().conversationsDock()->width()
                    <= std::max(w * 15 / 100, window_->conversationsPanel()->compactLeastWidth()) + 1);
            FlowGraphLayout comfortable;
            comfortable.setGeometry(model.core(), FlowGraphLayout::comfortableWidth(layout.metrics(), 2), layout.metrics(),
                                    FlowSpacing::Uniform, false);
            QVERIFY(layout.lifelineX(1) - layout.lifelineX(0) <= comfortable.lifelineX(1) - comfortable.lifelineX(0));
        }
    }

    void theHeaderDiagramFitsTheInspectorsWidth_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1280x720") << QSize(1280, 720);
    }

    void theHeaderDiagramFitsTheInspectorsWidth()
    {
        QFETCH(QSize, size);
        open(samplePath(), size);
        auto* area = window_->inspector()->diagramArea();
        QVERIFY(!area->horizontalScrollBar()->isVisible());
        QCOMPARE(area->horizontalScrollBar()->maximum(), 0);
        const auto& diagram = window_->headerDiagram()->diagramLayout();
        QVERIFY(!diagram.sections().empty());
        const int tcp = static_cast<int>(diagram.sections().size()) - 1;
        QVERIFY2(diagram.rowRect(tcp, 0).right() <= area->viewport()->width(),
                 qPrintable(QStringLiteral("a row ends at %1, the view is %2 wide")
                                .arg(diagram.rowRect(tcp, 0).right()).arg(area->viewport()->width())));
    }

    void theHeaderDiagramIsReadableInTheInspector_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("bitsPerRow");
        QTest::newRow("1920x1080") << QSize(1920, 1080) << 0;
        QTest::newRow("1366x768") << QSize(1366, 768) << 16;
        QTest::newRow("1280x720") << QSize(1280, 720) << 16;
    }

    void theHeaderDiagramIsReadableInTheInspector()
    {
        // The SYN of the sample: IPv4 and a TCP header with five options. Every text the diagram
        // draws (ruler digits, row offsets, flag letters, names, values, footnotes) is at least
        // 9 px and its ink stays inside the box it was given, clear of every other text.
        QFETCH(QSize, size);
        QFETCH(int, bitsPerRow);
        open(samplePath(), size);
        HeaderDiagramView* view = window_->headerDiagram();
        view->grab(); // paints, filling lastPaint()
        const HeaderDiagramLayout& layout = view->diagramLayout();
        const HeaderDiagramPaintReport& paint = view->lastPaint();
        const qreal least = HeaderDiagramLayout::leastReadablePx(QFontMetricsF(view->font()).height());
        qInfo("%s: dock %d px, %d bits per row, smallest text %.0f px (flags %.0f, names and values %.0f), least %.0f",
              QTest::currentDataTag(), window_->inspector()->width(), layout.bitsPerRow(), paint.smallestTextPx,
              paint.smallestFlagPx, paint.smallestLabelPx, least);
        if (bitsPerRow > 0)
            QCOMPARE(layout.bitsPerRow(), bitsPerRow);
        QVERIFY(least >= 9);
        QVERIFY(paint.texts.size() > 60);
        QVERIFY2(paint.smallestTextPx >= least, qPrintable(QString::number(paint.smallestTextPx)));
        QVERIFY2(paint.smallestFlagPx >= least, qPrintable(QString::number(paint.smallestFlagPx)));
        for (const HeaderDiagramText& text : paint.texts)
            QVERIFY2(!text.text.contains(QChar(0x2026)), qPrintable(text.text + QStringLiteral(" is shortened")));
        for (std::size_t i = 0; i < paint.texts.size(); ++i) {
            const HeaderDiagramText& text = paint.texts[i];
            const auto where = [&text] {
                return QStringLiteral("\"%1\" at %2,%3 %4x%5 in %6,%7 %8x%9")
                    .arg(text.text).arg(text.ink.x()).arg(text.ink.y()).arg(text.ink.width()).arg(text.ink.height())
                    .arg(text.room.x()).arg(text.room.y()).arg(text.room.width()).arg(text.room.height());
            };
            QVERIFY2(text.room.adjusted(-1, -1, 1, 1).contains(text.ink), qPrintable(where() + QStringLiteral(" overflows")));
            QVERIFY2(QRectF(view->rect()).contains(text.ink), qPrintable(where() + QStringLiteral(" leaves the view")));
            for (std::size_t j = i + 1; j < paint.texts.size(); ++j)
                QVERIFY2(!text.ink.adjusted(0.5, 0.5, -0.5, -0.5).intersects(paint.texts[j].ink),
                         qPrintable(where() + QStringLiteral(" overlaps \"%1\"").arg(paint.texts[j].text)));
        }
    }

    void theSidebarShowsEveryColumnWhole()
    {
        open(QStringLiteral(TCPLENS_TEST_DATA_DIR "/many-short.pcap"), {1920, 1080});
        auto* table = window_->conversationsPanel()->view();
        const int retrans = ConversationModel::RetransmissionRateColumn;
        QVERIFY(!table->isColumnHidden(retrans));
        QVERIFY2(table->columnViewportPosition(retrans) + table->horizontalHeader()->sectionSizeHint(retrans)
                     <= table->viewport()->width(),
                 qPrintable(QStringLiteral("Retrans %% at %1 of %2")
                                .arg(table->columnViewportPosition(retrans)).arg(table->viewport()->width())));
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        // Narrower sidebars: TestConversationSidebar.
    }

    void theSidebarSelectsTheGraphsConversation()
    {
        open(QStringLiteral(TCPLENS_TEST_DATA_DIR "/many-short.pcap"), {1600, 900});
        auto* table = window_->conversationsPanel()->view();
        const auto selectedStream = [table] {
            const auto rows = table->selectionModel()->selectedRows();
            return rows.size() == 1 ? rows.first().data(ConversationModel::StreamRole).toLongLong() : -1;
        };
        QCOMPARE(selectedStream(), qint64{*window_->flowGraph()->followedStream()});
        QSignalSpy chosen(window_->conversationsPanel(), &ConversationsPanel::conversationChosen);
        // A packet of another conversation: the graph draws it, the sidebar selects it, and that
        // selection is not a choice (the packet list is not narrowed to the conversation).
        int row = -1;
        for (int r = 0; r < window_->packetModel()->rowCount() && row < 0; ++r)
            if (window_->packetModel()->analysis(r).isTcp() && window_->packetModel()->analysis(r).stream == 5)
                row = r;
        QVERIFY(row > 0);
        window_->selectPacketRow(row);
        QCOMPARE(window_->flowGraph()->followedStream(), std::optional<std::uint32_t>(5));
        QCOMPARE(selectedStream(), qint64{5});
        QCOMPARE(chosen.count(), 0);
        QVERIFY(!window_->packetFilter()->streamFilter());
        // Choosing a row in the sidebar draws that conversation; the graph's answer changes nothing back.
        const QModelIndex seventh = window_->conversationFilter()->index(7, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(seventh).center());
        QCOMPARE(chosen.count(), 1);
        const auto stream = seventh.data(ConversationModel::StreamRole).toUInt();
        QCOMPARE(window_->flowGraph()->followedStream(), std::optional<std::uint32_t>(stream));
        QCOMPARE(selectedStream(), qint64{stream});
        // Show All Conversations keeps the graph's conversation selected.
        window_->followStream(std::nullopt);
        QCOMPARE(selectedStream(), qint64{stream});
        QCOMPARE(chosen.count(), 1);
    }

    void theChartsPanelFollowsALanguageSwitch()
    {
        open(samplePath(), {1600, 900});
        auto* charts = window_->chartsPanel();
        auto* tabs = charts->findChild<QTabWidget*>();
        auto* stevens = charts->findChild<QCheckBox*>();
        QVERIFY(tabs && stevens);
        const auto texts = [&] {
            QStringList list{tabs->tabText(0), tabs->tabText(4), stevens->text()};
            for (auto* button : charts->findChildren<QToolButton*>())
                if (!button->text().isEmpty())
                    list << button->text();
            return list;
        };
        const QStringList english = texts();
        QVERIFY(english.contains(QStringLiteral("Time-sequence")));
        QVERIFY(english.contains(QStringLiteral("Reset Zoom")));
        window_->setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        const QStringList chinese = texts();
        QCOMPARE(chinese.size(), english.size());
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(chinese[i] != english[i], qPrintable(english[i] + QStringLiteral(" stayed")));
        QCOMPARE(tabs->tabText(0), QCoreApplication::translate("tcplens::ui::ChartsPanel", "Time-sequence"));
        window_->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(texts(), english);
    }

    void resetLayoutPutsThePanelsBack()
    {
        open(samplePath(), {1600, 900});
        auto* conversations = window_->windowLayout().conversationsDock();
        window_->addDockWidget(Qt::BottomDockWidgetArea, conversations);
        window_->windowLayout().inspectorDock()->hide();
        window_->resetLayout();
        QCOMPARE(window_->dockWidgetArea(conversations), Qt::LeftDockWidgetArea);
        QVERIFY(window_->windowLayout().inspectorDock()->isVisible());
    }

private:
    void open(const QString& path, QSize size) { openInWindow(window_, path, size); }

    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestWindowLayout)
#include "TestWindowLayout.moc"
