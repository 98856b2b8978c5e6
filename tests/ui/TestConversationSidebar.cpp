// The conversation sidebar at the window's default sizes: at 1920x1080 every column of the wide
// set whole; at 1366x768 and 1280x720 (a 15 % sidebar) the compact set: "#", the state with the
// expert findings beside it, and "client ⇄ server" shortened to the room. Never a sideways
// scroll, never a column narrower than its header or its cells when they would fit.
#include "MainWindowTestSupport.h"
#include "UiTestSupport.h"

#include <TestSupport.h>

#include <conversations/ConversationFilterModel.h>
#include <conversations/ConversationModel.h>
#include <conversations/ConversationsPanel.h>
#include <conversations/EndpointPairDelegate.h>
#include <conversations/StateProblemsDelegate.h>
#include <expert/ExpertController.h>
#include <shell/Fonts.h>
#include <shell/Language.h>
#include <shell/MainWindow.h>
#include <shell/ThemeKind.h>
#include <shell/WindowLayout.h>

#include <QDockWidget>
#include <QHeaderView>
#include <QStyleOptionHeader>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {
/// `count` conversations (SYN, SYN-ACK, ACK, RST): five-digit client ports, four-digit server ports.
QByteArray manyConversations(int count)
{
    QList<QByteArray> frames;
    for (int i = 0; i < count; ++i) {
        tcplens::test::TcpFrameSpec spec;
        spec.srcPort = static_cast<std::uint16_t>(50000 + i);
        spec.dstPort = static_cast<std::uint16_t>(5000 + i % 100);
        spec.seq = 1000;
        spec.flags = 0x002;
        frames << tcplens::test::tcpFrame(spec);
        tcplens::test::TcpFrameSpec reply = spec;
        std::swap(reply.src, reply.dst);
        std::swap(reply.srcPort, reply.dstPort);
        reply.seq = 9000;
        reply.ack = 1001;
        reply.flags = 0x012;
        frames << tcplens::test::tcpFrame(reply);
        spec.seq = 1001;
        spec.ack = 9001;
        spec.flags = 0x010;
        frames << tcplens::test::tcpFrame(spec);
        spec.flags = 0x014;
        frames << tcplens::test::tcpFrame(spec);
    }
    return tcplens::test::pcapOfFrames(frames);
}
} // namespace

class TestConversationSidebar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        applyReadableApplicationFont(); // the font tcplens runs with, so the geometry is the user's
    }

    void cleanup()
    {
        window_.reset();
        installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void fullHdShowsTheWideSetWhole()
    {
        open(QStringLiteral(TCPLENS_TEST_DATA_DIR "/many-short.pcap"), {1920, 1080});
        auto* panel = window_->conversationsPanel();
        auto* table = panel->view();
        QVERIFY(!panel->isCompact());
        const QList<int> wide = {ConversationModel::StreamColumn, ConversationModel::ClientColumn,
                                 ConversationModel::ServerColumn, ConversationModel::StateColumn,
                                 ConversationModel::RetransmissionRateColumn, ConversationModel::ExpertColumn};
        for (int column = 0; column < ConversationModel::ColumnCount; ++column)
            QCOMPARE(table->isColumnHidden(column), !wide.contains(column));
        for (const int column : wide)
            verifyWhole(column);
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        // Every conversation has findings here (the FIN notes): the Expert column counts them.
        const QModelIndex first = window_->conversationFilter()->index(0, ConversationModel::ExpertColumn);
        QVERIFY(!first.data().toString().isEmpty());
        QVERIFY(table->viewport()->height() >= 15 * table->verticalHeader()->defaultSectionSize());
    }

    void smallScreensShowTheCompactSet_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("file");
        QTest::newRow("1366x768 lossy") << QSize(1366, 768) << QStringLiteral("lossy-bulk.pcap");
        QTest::newRow("1280x720 lossy") << QSize(1280, 720) << QStringLiteral("lossy-bulk.pcap");
        QTest::newRow("1366x768 many") << QSize(1366, 768) << QStringLiteral("many-short.pcap");
        QTest::newRow("1280x720 many") << QSize(1280, 720) << QStringLiteral("many-short.pcap");
    }

    void smallScreensShowTheCompactSet()
    {
        QFETCH(QSize, size);
        QFETCH(QString, file);
        open(QStringLiteral(TCPLENS_TEST_DATA_DIR "/") + file, size);
        auto* panel = window_->conversationsPanel();
        auto* table = panel->view();
        QVERIFY(panel->isCompact());
        const QList<int> compact = {ConversationModel::StreamColumn, ConversationModel::PairColumn,
                                    ConversationModel::StateColumn};
        for (int column = 0; column < ConversationModel::ColumnCount; ++column)
            QCOMPARE(table->isColumnHidden(column), !compact.contains(column));
        QCOMPARE(table->model()->headerData(ConversationModel::StreamColumn, Qt::Horizontal).toString(), QStringLiteral("#"));
        qInfo("sidebar viewport %d x %d px (%d rows): # %d, pair %d, state %d (needs %d)", table->viewport()->width(),
              table->viewport()->height(), table->viewport()->height() / table->verticalHeader()->defaultSectionSize(),
              table->columnWidth(ConversationModel::StreamColumn), table->columnWidth(ConversationModel::PairColumn),
              table->columnWidth(ConversationModel::StateColumn), panel->neededWidth(ConversationModel::StateColumn));
        // Stream, state and findings whole, side by side, inside the viewport; nothing scrolls sideways.
        verifyWhole(ConversationModel::StreamColumn);
        verifyWhole(ConversationModel::StateColumn);
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        const int state = ConversationModel::StateColumn;
        QVERIFY2(table->columnViewportPosition(state) + table->columnWidth(state) <= table->viewport()->width(),
                 qPrintable(QStringLiteral("state ends at %1 of %2")
                                .arg(table->columnViewportPosition(state) + table->columnWidth(state))
                                .arg(table->viewport()->width())));
        QVERIFY(table->horizontalHeader()->visualIndex(ConversationModel::PairColumn) > table->horizontalHeader()->visualIndex(state));
        verifyHeaderWhole(ConversationModel::PairColumn); // its title, shortened to the room
        QVERIFY(table->viewport()->height() >= 15 * table->verticalHeader()->defaultSectionSize());

        // The findings are drawn in the state's cell (the expert count and its badge) and told in its tooltip.
        QVERIFY(window_->expert()->info());
        const QModelIndex first = window_->conversationFilter()->index(0, 0);
        const QString count = first.siblingAtColumn(ConversationModel::ExpertColumn).data().toString();
        QVERIFY(!count.isEmpty());
        QVERIFY(qobject_cast<StateProblemsDelegate*>(table->itemDelegateForColumn(state)));
        QVERIFY(first.siblingAtColumn(state).data(Qt::ToolTipRole).toString().contains(
            first.siblingAtColumn(ConversationModel::ExpertColumn).data(Qt::ToolTipRole).toString()));

        // Both endpoints, shortened from the left (the ports last to go), each with what it has room for.
        const QString pair = first.siblingAtColumn(ConversationModel::PairColumn).data().toString();
        const QFontMetrics metrics(table->font());
        const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
        const int room = table->columnWidth(ConversationModel::PairColumn) - 2 * margin;
        const QString drawn = EndpointPairDelegate::fitted(pair, metrics, room);
        qInfo("\"%s\" in %d px", qPrintable(drawn), room);
        QVERIFY(metrics.horizontalAdvance(drawn) <= room);
        QVERIFY2(drawn.contains(QStringLiteral("\u21c4")), qPrintable(drawn));
        // When the room holds both ports ("…:54762 ⇄ …:5020"), both are whole.
        const auto* c = window_->conversationModel()->conversation(first.data(ConversationModel::StreamRole).toInt());
        QVERIFY(c);
        const QString clientPort = QStringLiteral(":%1").arg(c->client.endpoint.port);
        const QString serverPort = QStringLiteral(":%1").arg(c->server.endpoint.port);
        if (room >= metrics.horizontalAdvance(QStringLiteral("\u2026%1 \u21c4 \u2026%2").arg(clientPort, serverPort)) + 2) {
            QVERIFY2(drawn.section(QStringLiteral(" \u21c4 "), 0, 0).endsWith(clientPort), qPrintable(drawn));
            QVERIFY2(drawn.endsWith(serverPort), qPrintable(drawn));
        } else if (room >= metrics.horizontalAdvance(QStringLiteral("%1\u21c4%2").arg(clientPort.mid(1), serverPort.mid(1))) + 2) {
            QVERIFY2(drawn.contains(clientPort.mid(1)) && drawn.endsWith(serverPort.mid(1)), qPrintable(drawn)); // both ports
        }

        // Wider, the wide set comes back, every column whole.
        window_->resizeDocks({window_->windowLayout().conversationsDock()}, {panel->preferredWidth() + 4}, Qt::Horizontal);
        QCoreApplication::processEvents();
        QVERIFY(!panel->isCompact());
        QVERIFY(table->isColumnHidden(ConversationModel::PairColumn));
        QCOMPARE(table->model()->headerData(ConversationModel::StreamColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Stream"));
        for (const int column : {int(ConversationModel::ClientColumn), int(ConversationModel::ServerColumn),
                                 int(ConversationModel::RetransmissionRateColumn), int(ConversationModel::ExpertColumn)})
            verifyWhole(column);
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    }

    void aThousandConversationsKeepAPairOfPorts_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("language");
        QTest::newRow("1280x720 contrast zh_CN") << QSize(1280, 720) << QStringLiteral("contrast") << QStringLiteral("zh_CN");
        QTest::newRow("1366x768 contrast zh_CN") << QSize(1366, 768) << QStringLiteral("contrast") << QStringLiteral("zh_CN");
        QTest::newRow("1280x720 light en") << QSize(1280, 720) << QStringLiteral("light") << QStringLiteral("en");
    }

    void aThousandConversationsKeepAPairOfPorts()
    {
        // Four-digit stream numbers widen "#": the sidebar still shows both ports of each pair
        // ("51199⇄5099"), not "…30 ⇄ …".
        QFETCH(QSize, size);
        QFETCH(QString, theme);
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many-conversations.pcap"));
        QVERIFY(tcplens::test::writeFile(path, manyConversations(1200)));
        QVERIFY(installLanguage(*QCoreApplication::instance(), language));
        open(path, size, *parseTheme(theme));
        auto* panel = window_->conversationsPanel();
        auto* table = panel->view();
        QVERIFY(panel->isCompact());
        verifyWhole(ConversationModel::StreamColumn);
        verifyWhole(ConversationModel::StateColumn);
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        const QFontMetrics metrics(table->font());
        const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
        const int room = table->columnWidth(ConversationModel::PairColumn) - 2 * margin;
        for (const int row : {0, 1199}) {
            const QModelIndex index = window_->conversationFilter()->index(row, ConversationModel::PairColumn);
            const auto* c = window_->conversationModel()->conversation(index.data(ConversationModel::StreamRole).toInt());
            QVERIFY(c);
            const QString drawn = EndpointPairDelegate::fitted(index.data().toString(), metrics, room);
            qInfo("sidebar %d px: # %d, state %d, pair %d: \"%s\"", window_->windowLayout().conversationsDock()->width(),
                  table->columnWidth(ConversationModel::StreamColumn), table->columnWidth(ConversationModel::StateColumn),
                  room, qPrintable(drawn));
            QVERIFY2(drawn.contains(QString::number(c->client.endpoint.port))
                         && drawn.contains(QString::number(c->server.endpoint.port)),
                     qPrintable(drawn));
        }
    }

    void pairsKeepBothPortsWhenTheyFit()
    {
        const QFontMetrics metrics(QApplication::font());
        const QString pair = QStringLiteral("192.168.100.200:59830 \u21c4 10.0.0.2:5037");
        QCOMPARE(EndpointPairDelegate::fitted(pair, metrics, metrics.horizontalAdvance(pair)), pair);
        const int ports = metrics.horizontalAdvance(QStringLiteral("\u2026:59830 \u21c4 \u2026:5037"));
        const QString tight = EndpointPairDelegate::fitted(pair, metrics, ports + 2); // the parts' advances round apart
        QCOMPARE(tight, QStringLiteral("\u2026:59830 \u21c4 \u2026:5037"));
        // Less room: the ports alone, then without their colons and spaces.
        const QString portsAlone = QStringLiteral(":59830 \u21c4 :5037");
        QCOMPARE(EndpointPairDelegate::fitted(pair, metrics, metrics.horizontalAdvance(portsAlone)), portsAlone);
        const QString barePorts = QStringLiteral("59830\u21c45037");
        QCOMPARE(EndpointPairDelegate::fitted(pair, metrics, metrics.horizontalAdvance(barePorts)), barePorts);
        // Less still: the client's port (what tells a server's conversations apart) whole, before the server's.
        QCOMPARE(EndpointPairDelegate::fitted(pair, metrics, metrics.horizontalAdvance(barePorts) - 1),
                 QStringLiteral("59830\u21c4\u2026"));
        QCOMPARE(EndpointPairDelegate::fitted(pair, metrics, metrics.horizontalAdvance(QStringLiteral("59830"))),
                 QStringLiteral("59830"));
        // More room goes to both addresses, from their ends.
        const QString roomier = EndpointPairDelegate::fitted(pair, metrics, ports + metrics.horizontalAdvance(QStringLiteral("00.00")));
        QVERIFY2(roomier.startsWith(QStringLiteral("\u2026")) && roomier.contains(QStringLiteral("0:59830 \u21c4 ")), qPrintable(roomier));
        QVERIFY2(roomier.endsWith(QStringLiteral(".2:5037")), qPrintable(roomier));
        QVERIFY(metrics.horizontalAdvance(roomier) <= ports + metrics.horizontalAdvance(QStringLiteral("00.00")));
    }

    void clickingAHeaderSortsAndKeepsItsArrowInView()
    {
        open(QStringLiteral(TCPLENS_TEST_DATA_DIR "/many-short.pcap"), {1280, 720});
        auto* table = window_->conversationsPanel()->view();
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1); // stream order, no arrow
        const QModelIndex first = window_->conversationFilter()->index(0, 0);
        QCOMPARE(first.data(ConversationModel::StreamRole).toUInt(), 0u);
        table->sortByColumn(ConversationModel::StreamColumn, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        QVERIFY(window_->conversationFilter()->index(0, 0).data(ConversationModel::StreamRole).toUInt() > 0);
        verifyWhole(ConversationModel::StreamColumn); // now with the arrow's room
        verifyWhole(ConversationModel::StateColumn);
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    }

private:
    /// The header's label of `column` (beside the sort arrow where one is drawn) holds its text.
    void verifyHeaderWhole(int column)
    {
        auto* table = window_->conversationsPanel()->view();
        auto* header = table->horizontalHeader();
        QStyleOptionHeader headerOption;
        headerOption.initFrom(header);
        headerOption.rect = QRect(0, 0, table->columnWidth(column), header->height());
        headerOption.section = column;
        headerOption.orientation = Qt::Horizontal;
        headerOption.text = table->model()->headerData(column, Qt::Horizontal).toString();
        if (header->sortIndicatorSection() == column)
            headerOption.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                                          : QStyleOptionHeader::SortUp;
        const QRect label = header->style()->subElementRect(QStyle::SE_HeaderLabel, &headerOption, header);
        // Bold: with a row selected every section intersects the selection and is drawn highlighted.
        QFont bold = header->font();
        bold.setBold(true);
        QVERIFY2(QFontMetrics(bold).horizontalAdvance(headerOption.text) <= label.width(),
                 qPrintable(QStringLiteral("header \"%1\" in %2 px").arg(headerOption.text).arg(label.width())));
    }

    /// `column` is at least as wide as its header (with the sort arrow where drawn) and its cells.
    void verifyWhole(int column)
    {
        auto* panel = window_->conversationsPanel();
        auto* table = panel->view();
        verifyHeaderWhole(column);
        QVERIFY2(table->columnWidth(column) >= panel->neededWidth(column),
                 qPrintable(QStringLiteral("column %1 is %2 px, it needs %3")
                                .arg(column).arg(table->columnWidth(column)).arg(panel->neededWidth(column))));
        QVERIFY2(table->columnViewportPosition(column) + table->columnWidth(column) <= table->viewport()->width(),
                 qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                .arg(column).arg(table->columnViewportPosition(column) + table->columnWidth(column))
                                .arg(table->viewport()->width())));
        // The widest cell drawn by the column's delegate fits.
        const auto* delegate = table->itemDelegateForColumn(column) ? table->itemDelegateForColumn(column)
                                                                    : table->itemDelegate();
        QStyleOptionViewItem option;
        option.initFrom(table);
        option.widget = table;
        option.font = table->font();
        option.decorationSize = QSize(16, 16);
        for (int row = 0; row < std::min(table->model()->rowCount(), 200); ++row) {
            const QModelIndex index = table->model()->index(row, column);
            QVERIFY2(delegate->sizeHint(option, index).width() <= table->columnWidth(column),
                     qPrintable(QStringLiteral("\"%1\" in column %2 wants %3 px of %4")
                                    .arg(index.data().toString()).arg(column)
                                    .arg(delegate->sizeHint(option, index).width()).arg(table->columnWidth(column))));
        }
    }

    void open(const QString& path, QSize size, ThemeKind theme = ThemeKind::Light)
    {
        openInWindow(window_, path, size, theme);
        QTRY_VERIFY_WITH_TIMEOUT(window_->expert()->info(), 10'000); // the findings, from their worker thread
        QCoreApplication::processEvents(); // the docks settle at the window's size
    }

    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestConversationSidebar)
#include "TestConversationSidebar.moc"
