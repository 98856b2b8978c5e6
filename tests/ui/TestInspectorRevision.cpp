// The packet inspector follows a live correction (issue 15): synack-lost.pcap arrives one packet
// per batch, as a live capture would; the server's SYN-ACK (frame 2) is shown while it is the
// newest packet, and when the client's retransmitted SYN proves it never arrived, the details,
// their "Not received" line and the selected field are the revised packet's without a new click.
#include "UiTestSupport.h"

#include <inspector/FieldTreeModel.h>
#include <inspector/HeaderDiagramView.h>
#include <inspector/InspectorPanel.h>
#include <loading/CaptureLoader.h>
#include <packets/PacketListModel.h>

#include <QStandardPaths>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

bool saysNotReceived(const FieldSpans& spans)
{
    return std::any_of(spans.begin(), spans.end(), [](const FieldSpan& span) { return span.id == "tcplens.not_received"; });
}

int spanWithId(const FieldSpans& spans, const char* id)
{
    for (std::size_t i = 0; i < spans.size(); ++i)
        if (spans[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace

class TestInspectorRevision : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shownPacketFollowsALaterCorrection()
    {
        PacketListModel packets;
        InspectorPanel inspector;
        inspector.resize(600, 800);
        CaptureLoader loader(QStringLiteral(TCPLENS_TEST_DATA_DIR "/synack-lost.pcap"),
                             LoadPacing{std::chrono::hours(1), 1}); // one packet per batch
        int batches = 0;
        int revisedAt = 0;   // the frame count when the SYN-ACK's record said "not received"
        int followedAt = 0;  // ... and when the inspector said it
        int selectedWindow = -1;
        QObject::connect(&loader, &CaptureLoader::opened, &packets, &PacketListModel::reset);
        QObject::connect(&loader, &CaptureLoader::batchReady, &packets, [&](const PacketBatch& batch) {
            packets.append(batch);
            ++batches;
            if (packets.rowCount() == 2) { // the SYN-ACK just arrived: the user looks at it
                inspector.showPacket(packets, 1);
                QVERIFY(!saysNotReceived(inspector.fieldModel()->spans()));
                selectedWindow = spanWithId(inspector.fieldModel()->spans(), "tcp.window_size_value");
                QVERIFY(selectedWindow >= 0);
                inspector.selectField(selectedWindow);
            }
            if (packets.rowCount() >= 2) {
                if (!revisedAt && packets.analysis(1).notReceived())
                    revisedAt = packets.rowCount();
                if (!followedAt && saysNotReceived(inspector.fieldModel()->spans()))
                    followedAt = packets.rowCount();
            }
        });
        loader.run();
        QVERIFY(batches >= 5);
        QVERIFY2(revisedAt > 2, "a later packet marks the SYN-ACK not received");
        QCOMPARE(followedAt, revisedAt); // in the same batch, no click needed
        // The whole revised packet is shown (the tree, the diagram) and the picked field stays picked.
        QCOMPARE(inspector.fieldModel()->spans().size(), packets.fieldSpans(1).size());
        QCOMPARE(inspector.headerDiagram()->spans().size(), packets.fieldSpans(1).size());
        QCOMPARE(inspector.headerDiagram()->selectedField(), selectedWindow);
    }

    void unrelatedRevisionsLeaveTheShownPacketAlone()
    {
        // Rows revised elsewhere (or a palette change) do not rebuild the packet under the user's eyes.
        PacketListModel packets;
        InspectorPanel inspector;
        QVERIFY(loadSynchronously(packets, QStringLiteral(TCPLENS_TEST_DATA_DIR "/synack-lost.pcap")).status != LoadStatus::Failed);
        QVERIFY(packets.rowCount() > 6);
        const int last = packets.rowCount() - 1;
        inspector.showPacket(packets, last);
        QSignalSpy reset(inspector.fieldModel(), &QAbstractItemModel::modelReset);
        emit packets.dataChanged(packets.index(0, 0), packets.index(last - 1, PacketListModel::ColumnCount - 1), {Qt::DisplayRole});
        emit packets.dataChanged(packets.index(0, 0), packets.index(last, PacketListModel::ColumnCount - 1), {Qt::BackgroundRole});
        QCOMPARE(reset.count(), 0);
        emit packets.dataChanged(packets.index(last, 0), packets.index(last, PacketListModel::ColumnCount - 1), {Qt::DisplayRole});
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_MAIN(TestInspectorRevision)
#include "TestInspectorRevision.moc"
