// What a Wireshark user's hands do, driven through the window: right-click Apply as Filter, Go to
// packet (Ctrl+G), marks, next/previous packet of the conversation, the filter bar's history and
// Enter dropping a followed conversation, Help last on the menu bar with the guide and shortcuts.
#include "UiTestSupport.h"

#include <capture/CaptureDialog.h>
#include <conversations/ConversationExport.h>
#include <flowgraph/FlowGraphPanel.h>
#include <inspector/FieldTreeModel.h>
#include <inspector/FieldTreeView.h>
#include <packets/FilterBar.h>
#include <packets/FindBar.h>
#include <packets/GoToPacketBar.h>
#include <packets/PacketFilterModel.h>
#include <packets/PacketListModel.h>
#include <packets/PacketMarks.h>
#include <packets/PacketTableView.h>
#include <shell/ContextMenus.h>
#include <shell/HelpDialog.h>
#include <shell/Language.h>
#include <capture/PcapngWriter.h>
#include <TestSupport.h>
#include <shell/MainWindow.h>
#include <shell/PacketNavigation.h>

#include <QAction>
#include <QClipboard>
#include <QProcess>
#include <QTemporaryDir>
#include <QToolButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

QString httpPath()
{
    return QStringLiteral(TCPLENS_TEST_DATA_DIR "/http.pcap");
}

QAction* menuAction(QMenu* menu, const char* name)
{
    return menu ? menu->findChild<QAction*>(QLatin1String(name)) : nullptr;
}

QString plainTitle(const QAction* action)
{
    return action->text().remove(QLatin1Char('&'));
}

} // namespace

class TestWiresharkHands : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        QSettings().remove(QStringLiteral("filter/history"));
    }

    void init()
    {
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString&, const QString&) {});
        window_->resize(1280, 800);
        window_->show();
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(httpPath());
        QVERIFY(finished.wait(10'000));
    }

    void cleanup()
    {
        window_.reset();
        installLanguage(*qApp, QStringLiteral("en"));
    }

    void rightClickApplyAsFilterFiltersThePacketList()
    {
        auto* view = window_->packetView();
        const QRect cell = view->visualRect(view->model()->index(0, PacketListModel::SourceColumn));
        emit view->customContextMenuRequested(cell.center());
        QMenu* menu = window_->navigation()->contextMenus()->shownMenu();
        QVERIFY(menu);
        auto* apply = menuAction(menu, "applyAsFilter");
        QVERIFY(apply && apply->isEnabled());
        apply->trigger();
        menu->close();
        QCOMPARE(window_->filterBar()->expression(), QStringLiteral("ip.src == 10.77.0.1"));
        QCOMPARE(window_->packetFilter()->rowCount(), 12); // tshark -r http.pcap -Y 'ip.src == 10.77.0.1'
        for (int row = 0; row < window_->packetFilter()->rowCount(); ++row)
            QCOMPARE(window_->packetFilter()->index(row, PacketListModel::SourceColumn).data().toString(),
                     QStringLiteral("10.77.0.1"));
    }

    void theInfoColumnIsNoFieldAndSaysSo()
    {
        auto* view = window_->packetView();
        const QRect cell = view->visualRect(view->model()->index(0, PacketListModel::InfoColumn));
        emit view->customContextMenuRequested(cell.center());
        QMenu* menu = window_->navigation()->contextMenus()->shownMenu();
        QVERIFY(menu);
        auto* apply = menuAction(menu, "applyAsFilter");
        QVERIFY(!apply->isEnabled());
        QVERIFY(!apply->toolTip().isEmpty());
        menu->close();
    }

    void detailTreeFieldAppliesAsFilter()
    {
        window_->selectPacketRow(0); // the SYN
        const auto& spans = window_->fieldModel()->spans();
        int syn = -1;
        for (std::size_t i = 0; i < spans.size(); ++i)
            if (spans[i].id == "tcp.flags.syn")
                syn = static_cast<int>(i);
        QVERIFY(syn >= 0);
        QMenu* menu = treeMenu(syn);
        QVERIFY(menu);
        menuAction(menu, "prepareAsFilter")->trigger();
        menu->close();
        QCOMPARE(window_->filterBar()->expression(), QStringLiteral("tcp.flags.syn == 1"));
        QCOMPARE(window_->packetFilter()->rowCount(), 24); // prepared, not applied
        window_->filterBar()->applyExpression(window_->filterBar()->expression());
        QCOMPARE(window_->packetFilter()->rowCount(), 4); // the two conversations' SYN and SYN-ACK
    }

    void detailTreeCopiesCoresValueInEveryLanguage()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        window_->selectPacketRow(0); // the SYN
        const auto& spans = window_->fieldModel()->spans();
        const auto checksum = std::find_if(spans.begin(), spans.end(), [](const tcplens::FieldSpan& s) { return s.id == "tcp.checksum"; });
        QVERIFY(checksum != spans.end());
        const QModelIndex index = window_->fieldModel()->indexOfSpan(static_cast<int>(checksum - spans.begin()));
        QString english = QString::fromStdString(checksum->text); // "Checksum: 0x2df4 [correct]"
        QVERIFY2(english.endsWith(QStringLiteral(" [correct]")), qPrintable(english));
        QCOMPARE(index.data().toString(), english.replace(QStringLiteral("Checksum"), QStringLiteral("校验和"))
                                              .replace(QStringLiteral("[correct]"), QStringLiteral("[正确]")));
        QMenu* menu = treeMenu(static_cast<int>(checksum - spans.begin()));
        QVERIFY(menu);
        menuAction(menu, "copyValue")->trigger();
        menu->close();
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        // Core's value, as Wireshark and the CLI write it.
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromStdString(checksum->text).section(QStringLiteral(": "), 1));
    }

    void enterInTheFilterBarStopsFollowingAConversation()
    {
        window_->followStream(1);
        QVERIFY(window_->packetFilter()->streamFilter());
        auto* edit = window_->filterBar()->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        edit->setText(QStringLiteral("tcp port 8080"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!window_->packetFilter()->streamFilter());
        QCOMPARE(window_->packetFilter()->rowCount(), 24);
        QCOMPARE(window_->filterBar()->history().value(0), QStringLiteral("tcp port 8080"));
    }

    void goToPacketSelectsItAndRefusesWhatItCannot()
    {
        window_->findChild<QAction*>(QStringLiteral("goToPacketAction"))->trigger();
        auto* bar = window_->navigation()->goToBar();
        QVERIFY(bar->isVisible());
        QTest::keyClicks(bar->edit(), QStringLiteral("99"));
        QVERIFY(bar->message().contains(QStringLiteral("24")));
        bar->edit()->clear();
        QTest::keyClicks(bar->edit(), QStringLiteral("7"));
        QVERIFY(bar->message().isEmpty());
        QTest::keyClick(bar->edit(), Qt::Key_Return);
        QCOMPARE(window_->packetView()->currentPacketRow(), 6);
        QVERIFY(!bar->isVisible());

        window_->filterBar()->applyExpression(QStringLiteral("src host 10.77.0.2"));
        window_->navigation()->goToBar()->open();
        bar->edit()->setText(QStringLiteral("1")); // from 10.77.0.1: hidden
        QVERIFY(!bar->message().isEmpty());
        QVERIFY(!window_->navigation()->goToPacket(1));
    }

    void marksToggleAndJump()
    {
        auto* navigation = window_->navigation();
        window_->selectPacketRow(3);
        navigation->toggleMark();
        window_->selectPacketRow(10);
        navigation->toggleMark();
        QCOMPARE(navigation->marks()->count(), 2);
        const QVariant marked = window_->packetModel()->index(3, 0).data(Qt::BackgroundRole);
        QCOMPARE(marked.value<QBrush>().color(), QColor(0, 0, 0));
        window_->selectPacketRow(5);
        QVERIFY(navigation->stepToMark(true));
        QCOMPARE(window_->packetView()->currentPacketRow(), 10);
        QVERIFY(navigation->stepToMark(true)); // wraps around
        QCOMPARE(window_->packetView()->currentPacketRow(), 3);
        QVERIFY(navigation->stepToMark(false));
        QCOMPARE(window_->packetView()->currentPacketRow(), 10);
        navigation->toggleMark();
        QCOMPARE(navigation->marks()->count(), 1);
        const QVariant unmarked = window_->packetModel()->index(10, 0).data(Qt::BackgroundRole);
        QVERIFY(!unmarked.isValid() || unmarked.value<QBrush>().color() != QColor(0, 0, 0));
    }

    void nextAndPreviousPacketOfTheConversation()
    {
        auto& packets = *window_->packetModel();
        window_->selectPacketRow(0);
        const auto stream = packets.analysis(0).stream;
        QVERIFY(window_->navigation()->stepInConversation(true));
        const int next = window_->packetView()->currentPacketRow();
        QVERIFY(next > 0);
        QCOMPARE(packets.analysis(next).stream, stream);
        for (int row = 1; row < next; ++row)
            QVERIFY(packets.analysis(row).stream != stream);
        QVERIFY(window_->navigation()->stepInConversation(false));
        QCOMPARE(window_->packetView()->currentPacketRow(), 0);
        QVERIFY(!window_->navigation()->stepInConversation(false));
    }

    void helpIsLastWithTheGuideAndTheShortcuts()
    {
        const auto menus = window_->menuBar()->actions();
        QCOMPARE(plainTitle(menus.last()), QStringLiteral("Help"));
        QStringList titles;
        for (const auto* action : menus)
            titles << plainTitle(action);
        QCOMPARE(titles.mid(0, 4), (QStringList{"File", "Edit", "View", "Go"}));
        auto* help = window_->findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        help->actions().at(1)->trigger(); // Keyboard Shortcuts
        auto* dialog = window_->findChild<HelpDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->guide()->toPlainText().contains(QStringLiteral("Apply as Filter")));
        bool goTo = false;
        for (int row = 0; row < dialog->shortcuts()->rowCount(); ++row)
            goTo = goTo || (dialog->shortcuts()->item(row, 0)->text().contains(QStringLiteral("Go to Packet"))
                            && dialog->shortcuts()->item(row, 1)->text() == QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText));
        QVERIFY(goTo);
        QVERIFY(HelpDialog::guideMarkdown(QStringLiteral("zh_CN")).contains(QStringLiteral("作为过滤器应用")));
    }

    void captureDialogStartsOnEnterInTheFilter()
    {
        CaptureDialog dialog;
        auto* cancel = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
        QVERIFY(!cancel->autoDefault() && !cancel->isDefault());
        dialog.show();
        auto* filter = dialog.findChildren<QLineEdit*>().value(0);
        QVERIFY(filter);
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(dialog.result() != QDialog::Rejected || dialog.isVisible());
    }

    void findLooksInInfoBytesAndFields()
    {
        auto* navigation = window_->navigation();
        window_->findChild<QAction*>(QStringLiteral("findPacketAction"))->trigger();
        auto* bar = navigation->findBar();
        QVERIFY(bar->isVisible());
        window_->selectPacketRow(0);
        bar->modeBox()->setCurrentIndex(1); // bytes as hex
        bar->edit()->setText(QStringLiteral("47 45 54 20")); // "GET "
        QVERIFY(navigation->find(true));
        const int get = window_->packetView()->currentPacketRow();
        QVERIFY(get > 0);
        auto hasGet = [this](int row) {
            const auto bytes = window_->packetModel()->store().bytes(static_cast<tcplens::PacketNumber>(row));
            return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())).contains("GET ");
        };
        QVERIFY(hasGet(get));
        for (int row = 0; row < get; ++row)
            QVERIFY(!hasGet(row));
        bar->edit()->setText(QStringLiteral("4G"));
        QVERIFY(!navigation->find(true));
        QVERIFY(!bar->message().isEmpty());

        bar->modeBox()->setCurrentIndex(0); // Info
        bar->edit()->setText(QStringLiteral("syn, ack"));
        window_->selectPacketRow(0);
        QVERIFY(navigation->find(true));
        QCOMPARE(window_->packetView()->currentPacketRow(), 1);
        QVERIFY(navigation->find(false)); // wraps around to the other conversation's SYN-ACK
        QVERIFY(window_->packetView()->currentPacketRow() > 1);

        bar->modeBox()->setCurrentIndex(2); // field text
        bar->edit()->setText(QStringLiteral("Maximum segment size: 1460"));
        window_->selectPacketRow(2);
        QVERIFY(navigation->find(true)); // the second conversation's SYN
        QVERIFY(window_->packetView()->currentPacketRow() > 2);
    }

    void exportThisConversationWritesItsPacketsForTcpdump()
    {
        const QString tcpdump = QStandardPaths::findExecutable(QStringLiteral("tcpdump"));
        if (tcpdump.isEmpty())
            QSKIP("tcpdump is not installed");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("conversation-1.pcapng"));
        int written = 0;
        QCOMPARE(ConversationExport::write(*window_->packetModel(), 1, window_->rereadablePath(), out,
                                           tcplens::SaveFormat::Pcapng, &written),
                 QString());
        QProcess process;
        process.start(tcpdump, {QStringLiteral("-nr"), out});
        QVERIFY(process.waitForFinished(30'000));
        const auto lines = process.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(written, 12); // the second of http.pcap's two conversations
        QCOMPARE(lines.size(), 12);
        for (const auto& line : lines)
            QVERIFY(line.contains("49226"));
        QVERIFY(!ConversationExport::write(*window_->packetModel(), 7, window_->rereadablePath(), out,
                                           tcplens::SaveFormat::Pcapng)
                     .isEmpty()); // no conversation 7
        QVERIFY(!ConversationExport::write(*window_->packetModel(), 1, QString(), out, tcplens::SaveFormat::Pcapng)
                     .isEmpty()); // nothing to read again (a capture running, a pipe)
    }

    void exportThisConversationKeepsEveryInterface()
    {
        // One conversation seen on an Ethernet and a raw-IP interface: pcapng keeps all four
        // packets with their own link types (it used to drop the raw ones silently); pcap, which
        // holds one link type, refuses with a message and leaves no file. tshark reads back both
        // files (libpcap, so tcpdump, reads one link type per file).
        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        QTemporaryDir dir;
        const QString mixed = dir.filePath(QStringLiteral("two-links.pcapng"));
        {
            tcplens::PcapngWriter writer;
            std::string error;
            QVERIFY2(writer.openSection(mixed.toStdString(), "tcplens test", error), error.c_str());
            writer.addInterface({1, 262144, "eth0", {}, {}});
            writer.addInterface({101, 262144, "tun0", {}, {}});
            tcplens::test::TcpFrameSpec specs[4];
            specs[1].src = {10, 0, 0, 2};
            specs[1].dst = {10, 0, 0, 1};
            specs[1].srcPort = 80;
            specs[1].dstPort = 40000;
            specs[1].seq = 5000;
            specs[1].ack = 1001;
            specs[1].flags = 0x012;
            specs[2].seq = specs[3].seq = 1001;
            specs[2].ack = specs[3].ack = 5001;
            specs[2].flags = 0x010;
            specs[3].flags = 0x018;
            specs[3].payload = "hello";
            std::int64_t time = 1'700'000'000'000'000'000;
            for (int i = 0; i < 4; ++i) {
                QByteArray frame = tcplens::test::tcpFrame(specs[i]);
                if (i % 2 == 1)
                    frame.remove(0, 14); // raw IP: no Ethernet header
                tcplens::RawPacket packet;
                packet.bytes = {reinterpret_cast<const std::uint8_t*>(frame.constData()),
                                static_cast<std::size_t>(frame.size())};
                packet.capturedLength = packet.wireLength = static_cast<std::uint32_t>(frame.size());
                packet.timestampNs = time += 1'000'000;
                writer.append(packet, static_cast<std::uint32_t>(i % 2));
            }
            QVERIFY(writer.flush());
            writer.close();
        }
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(mixed);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(window_->packetModel()->rowCount(), 4);
        const QString out = dir.filePath(QStringLiteral("conversation-0.pcapng"));
        int written = 0;
        QCOMPARE(ConversationExport::write(*window_->packetModel(), 0, window_->rereadablePath(), out,
                                           tcplens::SaveFormat::Pcapng, &written),
                 QString());
        QCOMPARE(written, 4);
        const auto tsharkOutput = [&tshark](const QStringList& arguments) {
            QProcess process;
            process.start(tshark, arguments);
            process.waitForFinished(30'000);
            return process.readAllStandardOutput();
        };
        const QStringList bytes{QStringLiteral("-n"), QStringLiteral("-x"), QStringLiteral("-r")};
        QCOMPARE(tsharkOutput(bytes + QStringList{out}), tsharkOutput(bytes + QStringList{mixed}));
        const QStringList fields{QStringLiteral("-n"), QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
                                 QStringLiteral("frame.encap_type"), QStringLiteral("-e"), QStringLiteral("tcp.stream"),
                                 QStringLiteral("-e"), QStringLiteral("tcp.flags"), QStringLiteral("-r")};
        const auto exported = tsharkOutput(fields + QStringList{out});
        QCOMPARE(exported, tsharkOutput(fields + QStringList{mixed}));
        // Ethernet (wiretap 1) and raw IP (7) packets of one stream, each with its own link type.
        QCOMPARE(exported, QByteArray("1\t0\t0x0002\n7\t0\t0x0012\n1\t0\t0x0010\n7\t0\t0x0018\n"));
        const QString pcap = dir.filePath(QStringLiteral("conversation-0.pcap"));
        const QString problem = ConversationExport::write(*window_->packetModel(), 0, window_->rereadablePath(), pcap,
                                                          tcplens::SaveFormat::Pcap);
        QVERIFY2(problem.contains(QStringLiteral("pcapng")), qPrintable(problem));
        QVERIFY(!QFile::exists(pcap));
    }

    void languageSwitchesWithoutRestart()
    {
        auto header = [this] {
            return window_->packetView()->model()->headerData(PacketListModel::SeqColumn, Qt::Horizontal).toString();
        };
        QLabel* filterLabel = nullptr;
        for (auto* label : window_->filterBar()->findChildren<QLabel*>())
            if (label->buddy() == window_->filterBar()->findChild<QLineEdit*>(QStringLiteral("filterEdit")))
                filterLabel = label;
        QVERIFY(filterLabel);
        QCOMPARE(filterLabel->text(), QStringLiteral("Filter:"));
        QCOMPARE(header(), QStringLiteral("Seq"));
        QCOMPARE(window_->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QSignalSpy headerChanged(window_->packetView()->model(), &QAbstractItemModel::headerDataChanged);
        window_->findChild<QAction*>(QStringLiteral("language_zh_CN"))->trigger();
        QCOMPARE(installedLanguage(), QStringLiteral("zh_CN"));
        QTRY_VERIFY(headerChanged.count() > 0); // LanguageChange is posted to the windows; the header view repaints
        QCOMPARE(header(), QStringLiteral("序号"));
        QCOMPARE(window_->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(plainTitle(window_->menuBar()->actions().last()), QStringLiteral("帮助(H)"));
        QVERIFY(window_->findChild<QAction*>(QStringLiteral("language_zh_CN"))->isChecked());
        QCOMPARE(filterLabel->text(), QStringLiteral("过滤器："));
        auto* flowExport = window_->flowGraph()->findChild<QToolButton*>(QStringLiteral("flowExportButton"));
        QVERIFY(flowExport);
        QCOMPARE(flowExport->text(), QStringLiteral("导出"));
        window_->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
        QCOMPARE(header(), QStringLiteral("Seq"));
        QTRY_COMPARE(window_->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(filterLabel->text(), QStringLiteral("Filter:"));
        QVERIFY(window_->findChild<QAction*>(QStringLiteral("language_en"))->isChecked());
        QCOMPARE(plainTitle(window_->menuBar()->actions().last()), QStringLiteral("Help"));
    }

private:
    /// The detail tree's right-click menu on the line of span `span`.
    QMenu* treeMenu(int span)
    {
        auto* tree = window_->fieldView();
        const QModelIndex index = window_->fieldModel()->indexOfSpan(span);
        tree->scrollTo(index);
        emit tree->customContextMenuRequested(tree->visualRect(index).center());
        return window_->navigation()->contextMenus()->shownMenu();
    }

    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestWiresharkHands)
#include "TestWiresharkHands.moc"
