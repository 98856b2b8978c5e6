// The filter bar's two languages, typed as a user types them: a Wireshark display filter (the
// analysis fields included) shows the frames tcplens-cli packets -Y shows, a tcpdump expression
// still works and says BPF, a typo names the field meant, Copy as BPF fills the clipboard, a large
// capture is filtered off the window's thread, and the conversation list keeps the conversations
// with a shown packet.
#include "UiTestSupport.h"

#include <capture/CaptureStatusBar.h>
#include <conversations/ConversationFilterModel.h>
#include <packets/FilterBar.h>
#include <packets/PacketFilterModel.h>
#include <packets/PacketListModel.h>
#include <shell/MainWindow.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

QString dataPath(const char* name)
{
    return QStringLiteral(TCPLENS_TEST_DATA_DIR "/") + QLatin1String(name);
}

/// The packets the tcpdump oracle keeps for a BPF expression.
int tcpdumpCount(const QString& path, const QString& expression)
{
    QProcess tcpdump;
    tcpdump.start(QStringLiteral("tcpdump"), {QStringLiteral("-nr"), path, expression});
    if (!tcpdump.waitForFinished(60'000) || tcpdump.exitCode() != 0)
        return -1;
    return int(QString::fromUtf8(tcpdump.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
}

} // namespace

class TestFilterBar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        QSettings().remove(QStringLiteral("filter/history"));
        QSettings().remove(QStringLiteral("filter/syntax"));
    }

    void cleanup()
    {
        window_.reset();
        QSettings().remove(QStringLiteral("filter/syntax"));
    }

    void analysisFieldsShowTheFramesTheCliShows_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("retransmission") << QStringLiteral("tcp.analysis.retransmission");
        QTest::newRow("flags") << QStringLiteral("tcp.analysis.flags && !tcp.analysis.window_update");
        QTest::newRow("duplicate ack") << QStringLiteral("tcp.analysis.duplicate_ack_num >= 2");
        QTest::newRow("bytes in flight") << QStringLiteral("tcp.analysis.bytes_in_flight > 20000");
        // Not in the compact per-packet record: the filter runs the tracker again.
        QTest::newRow("ack rtt") << QStringLiteral("tcp.analysis.ack_rtt > 0.02");
        QTest::newRow("initial rtt") << QStringLiteral("tcp.analysis.initial_rtt");
        QTest::newRow("acks frame") << QStringLiteral("tcp.analysis.acks_frame && tcp.len == 0");
        QTest::newRow("stream") << QStringLiteral("tcp.stream == 0 && tcp.seq > 100000");
    }

    void analysisFieldsShowTheFramesTheCliShows()
    {
        QFETCH(QString, expression);
        open(dataPath("lossy-bulk.pcap"));
        const auto expected = cliFrames(dataPath("lossy-bulk.pcap"), expression);
        QVERIFY(!expected.contains(-1));
        QVERIFY2(!expected.isEmpty(), "the fixture should have such frames");
        auto* edit = filterEdit();
        edit->clear();
        QTest::keyClicks(edit, expression);
        QVERIFY(edit->styleSheet().contains(QStringLiteral("#afffaf"))); // green while typing
        QCOMPARE(syntaxButton()->text(), QStringLiteral("Display filter"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(shownFrames(*window_->packetFilter()), expected);
        QCOMPARE(window_->filterBar()->appliedSyntax(), FilterSyntax::Display);
        QCOMPARE(window_->captureStatusBar()->displayedText(),
                 QStringLiteral("Displayed %1 of %2")
                     .arg(QLocale().toString(expected.size()), QLocale().toString(window_->packetModel()->rowCount())));
    }

    void largeCapturesAreFilteredOnAWorkerThread()
    {
        open(dataPath("lossy-bulk.pcap"));
        auto* bar = window_->filterBar();
        bar->setSynchronousPackets(100); // lossy-bulk.pcap has 1667
        QSignalSpy applied(bar, &FilterBar::filterApplied);
        bar->applyExpression(QStringLiteral("tcp.analysis.retransmission || tcp.analysis.ack_rtt > 0.02"));
        QVERIFY(applied.isEmpty() || !bar->isFiltering()); // returned before the mask was made
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30'000);
        QCOMPARE(shownFrames(*window_->packetFilter()), cliFrames(dataPath("lossy-bulk.pcap"),
                                          QStringLiteral("tcp.analysis.retransmission || tcp.analysis.ack_rtt > 0.02")));
        // A new filter typed while one runs replaces it; the last one wins.
        applied.clear();
        bar->applyExpression(QStringLiteral("tcp.analysis.retransmission"));
        bar->applyExpression(QStringLiteral("tcp.analysis.duplicate_ack"));
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isFiltering() && !applied.isEmpty(), 30'000);
        QCOMPARE(applied.last().at(1).toString(), QStringLiteral("tcp.analysis.duplicate_ack"));
        QCOMPARE(shownFrames(*window_->packetFilter()), cliFrames(dataPath("lossy-bulk.pcap"), QStringLiteral("tcp.analysis.duplicate_ack")));
    }

    void aTcpdumpExpressionStillWorksAndSaysBpf()
    {
        open(dataPath("lossy-bulk.pcap"));
        auto* edit = filterEdit();
        QTest::keyClicks(edit, QStringLiteral("greater 1000 and tcp[13] & 8 != 0"));
        QCOMPARE(syntaxButton()->text(), QStringLiteral("BPF (tcpdump)"));
        QVERIFY(edit->styleSheet().contains(QStringLiteral("#ffffaf"))); // yellow: valid, but not a display filter
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(window_->filterBar()->appliedSyntax(), FilterSyntax::Bpf);
        const int expected = tcpdumpCount(dataPath("lossy-bulk.pcap"), QStringLiteral("greater 1000 and tcp[13] & 8 != 0"));
        QVERIFY(expected > 0);
        QCOMPARE(window_->packetFilter()->rowCount(), expected);

        // Forced to BPF, text that is also a display filter is read as tcpdump's.
        window_->filterBar()->setRequestedSyntax(FilterSyntax::Bpf);
        window_->filterBar()->applyExpression(QStringLiteral("tcp"));
        QCOMPARE(syntaxButton()->text(), QStringLiteral("BPF (tcpdump)"));
        QCOMPARE(window_->filterBar()->appliedSyntax(), FilterSyntax::Bpf);
        QVERIFY(edit->styleSheet().contains(QStringLiteral("#afffaf")));
        // Forced to display filters, tcpdump syntax is a mistake.
        window_->filterBar()->setRequestedSyntax(FilterSyntax::Display);
        QSignalSpy rejected(window_->filterBar(), &FilterBar::filterRejected);
        window_->filterBar()->applyExpression(QStringLiteral("greater 1000"));
        QCOMPARE(rejected.size(), 1);
        QVERIFY(edit->styleSheet().contains(QStringLiteral("#ffafaf")));
    }

    void aTypoNamesTheFieldMeant()
    {
        open(dataPath("lossy-bulk.pcap"));
        auto* edit = filterEdit();
        QTest::keyClicks(edit, QStringLiteral("tcp.len > 0 && tcp.analysis.retransmision"));
        QVERIFY(edit->styleSheet().contains(QStringLiteral("#ffafaf"))); // red
        auto* message = window_->filterBar()->findChild<QLabel*>(QStringLiteral("filterMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("did you mean tcp.analysis.retransmission")), qPrintable(message->text()));
        QVERIFY2(message->text().startsWith(QStringLiteral("Column 16")), qPrintable(message->text()));
        QSignalSpy rejected(window_->filterBar(), &FilterBar::filterRejected);
        const int shownBefore = window_->packetFilter()->rowCount();
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(window_->packetFilter()->rowCount(), shownBefore);
        QCOMPARE(edit->selectionStart(), 15); // the unknown name selected, to be typed over
        QCOMPARE(edit->selectedText(), QStringLiteral("tcp.analysis.retransmision"));
    }

    void copyAsBpfPutsTheExpressionOnTheClipboard()
    {
        open(dataPath("lossy-bulk.pcap"));
        auto* bar = window_->filterBar();
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        filterEdit()->setText(QStringLiteral("tcp.port == 80"));
        const QString said = bar->copyAsBpf();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("tcp port 80"));
        QCOMPARE(said, QStringLiteral("tcp.port == 80 → tcp port 80 (copied as BPF)"));
        QVERIFY(bar->findChild<QLabel*>(QStringLiteral("filterMessage"))->text().contains(QStringLiteral("tcp port 80")));
        // The button does the same.
        filterEdit()->setText(QStringLiteral("ip.src == 10.77.0.1 && tcp.flags.syn == 1"));
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        bar->findChild<QToolButton*>(QStringLiteral("copyAsBpfButton"))->click();
        QVERIFY(QGuiApplication::clipboard()->text() != QStringLiteral("before"));
        const auto synFromClient = cliFrames(dataPath("lossy-bulk.pcap"), filterEdit()->text());
        QCOMPARE(synFromClient.size(), 1);
        QCOMPARE(tcpdumpCount(dataPath("lossy-bulk.pcap"), QGuiApplication::clipboard()->text()), 1);
        // What BPF cannot see: nothing copied, the reason said.
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        filterEdit()->setText(QStringLiteral("tcp.analysis.retransmission"));
        const QString why = bar->copyAsBpf();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
        QVERIFY2(why.startsWith(QStringLiteral("No BPF expression for tcp.analysis.retransmission: ")), qPrintable(why));
        QVERIFY(why.size() > QStringLiteral("No BPF expression for tcp.analysis.retransmission: ").size());
    }

    void theConversationListKeepsConversationsWithAShownPacket()
    {
        open(dataPath("many-short.pcap"));
        auto* conversations = window_->conversationFilter();
        const int all = conversations->rowCount();
        QVERIFY(all > 3);
        window_->filterBar()->applyExpression(QStringLiteral("tcp.stream in {1 3}"));
        QCOMPARE(conversations->rowCount(), 2);
        window_->filterBar()->applyExpression(QStringLiteral("tcp.stream == 2 || tcp.stream == 0"));
        QCOMPARE(conversations->rowCount(), 2);
        window_->filterBar()->applyExpression(QStringLiteral("udp"));
        QCOMPARE(conversations->rowCount(), 0);
        window_->filterBar()->applyExpression(QString());
        QCOMPARE(conversations->rowCount(), all);
    }

private:
    void open(const QString& path)
    {
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString&, const QString&) {});
        window_->resize(1280, 800);
        window_->show();
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(path);
        QVERIFY(finished.wait(20'000));
    }

    QLineEdit* filterEdit() const { return window_->filterBar()->findChild<QLineEdit*>(QStringLiteral("filterEdit")); }
    QToolButton* syntaxButton() const
    {
        return window_->filterBar()->findChild<QToolButton*>(QStringLiteral("filterSyntaxButton"));
    }

    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestFilterBar)
#include "TestFilterBar.moc"
