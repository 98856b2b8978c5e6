// The detail tree built from a decoded SYN's FieldSpan list.
#include "UiTestSupport.h"

#include <inspector/FieldTreeModel.h>

#include <decode/PacketDecoder.h>

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

FieldSpans firstPacketSpans()
{
    auto file = CaptureFile::open(samplePath().toStdString());
    RawPacket packet;
    FieldSpans spans;
    if (file->next(packet) == ReadStatus::Packet)
        (void)decodePacket(packet.bytes, packet.wireLength, file->info().linkType, &spans);
    return spans;
}

/// The first child of `parent` whose text starts with `prefix`.
QModelIndex childStartingWith(const QAbstractItemModel& model, const QModelIndex& parent, const QString& prefix)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const auto index = model.index(row, 0, parent);
        if (index.data().toString().startsWith(prefix))
            return index;
    }
    return {};
}

FieldSpan span(const char* id, std::uint8_t depth)
{
    FieldSpan field;
    field.id = id;
    field.name = id;
    field.depth = depth;
    return field;
}

} // namespace

class TestFieldTreeModel : public QObject {
    Q_OBJECT

private slots:
    void synShowsTcpFlagsWithTheSynBitSet()
    {
        FieldTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpans(firstPacketSpans());

        const auto tcp = childStartingWith(model, {}, QStringLiteral("Transmission Control Protocol"));
        QVERIFY(tcp.isValid());
        QVERIFY(childStartingWith(model, {}, QStringLiteral("Internet Protocol Version 4")).isValid());
        const auto flags = childStartingWith(model, tcp, QStringLiteral("Flags: 0x002 (SYN)"));
        QVERIFY(flags.isValid());
        QCOMPARE(flags.parent(), tcp);
        const auto syn = childStartingWith(model, flags, QStringLiteral(".... .... ..1. = Syn: Set"));
        QVERIFY(syn.isValid());
        QCOMPARE(syn.parent(), flags);
        QCOMPARE(syn.data(FieldTreeModel::FieldIdRole).toString(), QStringLiteral("tcp.flags.syn"));
        QCOMPARE(model.rowCount(syn), 0);
    }

    void rolesLocateTheFieldBytes()
    {
        FieldTreeModel model;
        model.setSpans(firstPacketSpans());
        const auto tcp = childStartingWith(model, {}, QStringLiteral("Transmission Control Protocol"));
        const auto flags = childStartingWith(model, tcp, QStringLiteral("Flags: "));
        const auto syn = childStartingWith(model, flags, QStringLiteral(".... .... ..1."));
        // Ethernet 14 + IPv4 20: the TCP header starts at byte 34; its flags are bytes 46-47.
        QCOMPARE(tcp.data(FieldTreeModel::ByteOffsetRole).toUInt(), 34u);
        QCOMPARE(flags.data(FieldTreeModel::ByteOffsetRole).toUInt(), 46u);
        QCOMPARE(flags.data(FieldTreeModel::ByteLengthRole).toUInt(), 2u);
        QCOMPARE(syn.data(FieldTreeModel::ByteOffsetRole).toUInt(), 47u);
        QCOMPARE(syn.data(FieldTreeModel::ByteLengthRole).toUInt(), 1u);
        QCOMPARE(syn.data(FieldTreeModel::BitWidthRole).toUInt(), 1u);
        QCOMPARE(model.field(syn)->id, std::string("tcp.flags.syn"));
    }

    void optionSubFieldsSitThreeLevelsDown()
    {
        FieldTreeModel model;
        model.setSpans(firstPacketSpans());
        const auto tcp = childStartingWith(model, {}, QStringLiteral("Transmission Control Protocol"));
        const auto options = childStartingWith(model, tcp, QStringLiteral("Options: "));
        const auto mss = childStartingWith(model, options, QStringLiteral("TCP Option - Maximum segment size"));
        QVERIFY(mss.isValid());
        QVERIFY(childStartingWith(model, mss, QStringLiteral("MSS Value: 1460")).isValid());
    }

    void everyTunnelledIpHeaderIsItsOwnSubtree()
    {
        // IPv4 in IPv4 five deep: five "Internet Protocol Version 4" rows, each with its own fields.
        FieldTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto file = CaptureFile::open(TCPLENS_TEST_DATA_DIR "/public/ws__ipoipoip.pcap");
        RawPacket packet;
        FieldSpans spans;
        QVERIFY(file->next(packet) == ReadStatus::Packet);
        (void)decodePacket(packet.bytes, packet.wireLength, file->info().linkType, &spans);
        model.setSpans(spans);
        QStringList sources;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto index = model.index(row, 0);
            if (!index.data().toString().startsWith(QStringLiteral("Internet Protocol Version 4")))
                continue;
            const auto source = childStartingWith(model, index, QStringLiteral("Source Address: "));
            QVERIFY(source.isValid());
            sources << source.data().toString();
        }
        // tshark -e ip.src on this frame: 1.1.1.1,3.3.3.3,7.7.7.7,7.7.7.7,9.9.9.9
        QCOMPARE(sources, (QStringList{"Source Address: 1.1.1.1", "Source Address: 3.3.3.3", "Source Address: 7.7.7.7",
                                       "Source Address: 7.7.7.7", "Source Address: 9.9.9.9"}));
        QVERIFY(childStartingWith(model, {}, QStringLiteral("Transmission Control Protocol")).isValid());
    }

    void skippedDepthHangsUnderTheDeepestOpenField()
    {
        FieldTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpans({span("a", 0), span("a.b.c", 2), span("a.d", 1), span("e", 0)});
        QCOMPARE(model.rowCount(), 2);
        const auto a = model.index(0, 0);
        QCOMPARE(model.rowCount(a), 2);
        QCOMPARE(model.index(0, 0, a).data().toString(), QStringLiteral("a.b.c"));
        QCOMPARE(model.index(1, 0, a).data().toString(), QStringLiteral("a.d"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("e"));
    }

    void clearEmptiesTheTree()
    {
        FieldTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpans(firstPacketSpans());
        QVERIFY(model.rowCount() > 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestFieldTreeModel)
#include "TestFieldTreeModel.moc"
