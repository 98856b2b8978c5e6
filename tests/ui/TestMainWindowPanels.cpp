// One selection drives every panel, the filter bar speaks libpcap, conversations can be followed.
#include "SpanTestSupport.h"
#include "UiTestSupport.h"

#include <packets/FilterBar.h>
#include <shell/MainWindow.h>
#include <conversations/ConversationFilterModel.h>
#include <conversations/ConversationModel.h>
#include <inspector/FieldTreeModel.h>
#include <packets/PacketFilterModel.h>
#include <packets/PacketListModel.h>
#include <inspector/FieldTreeView.h>
#include <inspector/HeaderDiagramLabels.h>
#include <inspector/HeaderDiagramView.h>
#include <inspector/HexView.h>

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestMainWindowPanels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
    }

    void init()
    {
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString&, const QString&) {});
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(samplePath());
        QVERIFY(finished.wait(10'000));
    }

    void cleanup() { window_.reset(); }

    void selectingAPacketFillsTreeBytesAndDiagram()
    {
        window_->selectPacketRow(0);
        QVERIFY(window_->fieldModel()->rowCount() > 0);
        QCOMPARE(window_->hexView()->frame().size(), 74); // the sample's SYN
        QVERIFY(!window_->headerDiagram()->spans().empty());
    }

    void detailsCarryTheSeqAckAnalysis()
    {
        window_->selectPacketRow(1); // the SYN-ACK
        const auto& spans = window_->fieldModel()->spans();
        const int analysis = indexOf(spans, "tcp.analysis");
        QVERIFY(analysis >= 0);
        const int seq = indexOf(spans, "tcp.seq");
        QVERIFY(seq >= 0);
        QCOMPARE(spans[static_cast<std::size_t>(seq)].text,
                 std::string("[Sequence Number: 0    (relative sequence number)]"));
        const int receiver = indexOf(spans, "tcplens.state.dst");
        QCOMPARE(spans[static_cast<std::size_t>(receiver)].text,
                 std::string("[Receiver state: SYN_SENT \xE2\x86\x92 ESTABLISHED]"));
    }

    void absoluteSequenceNumbersReachDetailsAndDiagram()
    {
        window_->selectPacketRow(1); // the SYN-ACK, server ISN 170371489
        auto text = [this](const char* id) {
            const auto& spans = window_->fieldModel()->spans();
            const int at = indexOf(spans, id);
            return at < 0 ? std::string() : spans[static_cast<std::size_t>(at)].text;
        };
        QVERIFY(text("tcp").find("Seq: 0, Ack: 1,") != std::string::npos);
        const int rawSeq = indexOf(window_->headerDiagram()->spans(), "tcp.seq_raw");
        QCOMPARE(headerDiagramLabel(window_->headerDiagram()->spans(), rawSeq).value,
                 QStringLiteral("0 (raw 170371489)"));

        window_->packetModel()->setRelativeSequenceNumbers(false);
        QVERIFY(text("tcp").find("Seq: 170371489, Ack: 2373090563,") != std::string::npos);
        QCOMPARE(text("tcp.seq"), std::string()); // no relative line any more
        QCOMPARE(text("tcp.seq_raw"), std::string("Sequence Number: 170371489"));
        QCOMPARE(headerDiagramLabel(window_->headerDiagram()->spans(), rawSeq).value, QStringLiteral("170371489"));
        const auto seqColumn = window_->packetModel()->index(1, PacketListModel::SeqColumn);
        QCOMPARE(seqColumn.data().toString(), QStringLiteral("170371489"));
        window_->packetModel()->setRelativeSequenceNumbers(true); // the setting is remembered
    }

    void choosingTheSynFlagSelectsItEverywhere()
    {
        window_->selectPacketRow(0);
        const int syn = indexOf(window_->fieldModel()->spans(), "tcp.flags.syn");
        QVERIFY(syn >= 0);
        window_->selectField(syn);
        QCOMPARE(window_->hexView()->selectedField(), syn);
        QCOMPARE(window_->headerDiagram()->selectedField(), syn);
        QCOMPARE(window_->fieldModel()->spanIndexOf(window_->fieldView()->currentIndex()), syn);

        // A click in the diagram comes back to the tree.
        const int window = indexOf(window_->fieldModel()->spans(), "tcp.window_size_value");
        emit window_->headerDiagram()->fieldClicked(window);
        QCOMPARE(window_->fieldModel()->spanIndexOf(window_->fieldView()->currentIndex()), window);
        QCOMPARE(window_->hexView()->selectedField(), window);
    }

    void brokenFilterSaysWhereAndKeepsThePackets()
    {
        QSignalSpy rejected(window_->filterBar(), &FilterBar::filterRejected);
        window_->filterBar()->applyExpression(QStringLiteral("tcp[13] & 2 !="));
        QCOMPARE(rejected.count(), 1);
        // Neither language takes it: the display filter's message, with the column.
        QVERIFY2(rejected.first().first().toString().startsWith(QStringLiteral("Column 15: ")),
                 qPrintable(rejected.first().first().toString()));
        QCOMPARE(window_->packetFilter()->rowCount(), window_->packetModel()->rowCount());
        // Forced to tcpdump syntax: libpcap's message.
        window_->filterBar()->setRequestedSyntax(FilterSyntax::Bpf);
        window_->filterBar()->applyExpression(QStringLiteral("tcp[13] & 2 !="));
        window_->filterBar()->setRequestedSyntax(FilterSyntax::Automatic);
        QCOMPARE(rejected.count(), 2);
        QVERIFY(rejected.last().first().toString().contains(QStringLiteral("syntax error")));
        QCOMPARE(window_->packetFilter()->rowCount(), window_->packetModel()->rowCount());
    }

    void validFilterKeepsOnlyMatchingPackets()
    {
        window_->filterBar()->applyExpression(QStringLiteral("tcp[13] & 2 != 0"));
        QCOMPARE(window_->packetFilter()->rowCount(), 2); // SYN and SYN-ACK
        QCOMPARE(window_->conversationFilter()->rowCount(), 1);
        window_->filterBar()->applyExpression(QStringLiteral("port 9"));
        QCOMPARE(window_->packetFilter()->rowCount(), 0);
        QCOMPARE(window_->conversationFilter()->rowCount(), 0);
        window_->filterBar()->applyExpression(QString());
        QCOMPARE(window_->packetFilter()->rowCount(), window_->packetModel()->rowCount());
    }

    void followingAConversationLimitsThePacketList()
    {
        QCOMPARE(window_->conversationModel()->rowCount(), 1);
        window_->followStream(7); // no such conversation: nothing left
        QCOMPARE(window_->packetFilter()->rowCount(), 0);
        window_->followStream(0);
        QCOMPARE(window_->packetFilter()->rowCount(), window_->packetModel()->rowCount());
        window_->followStream(std::nullopt);
        QCOMPARE(window_->packetFilter()->rowCount(), window_->packetModel()->rowCount());
    }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestMainWindowPanels)
#include "TestMainWindowPanels.moc"
