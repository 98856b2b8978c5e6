// The fast decode path must not touch the heap: it runs for every one of millions of packets.
#include <capture/CaptureFile.h>
#include <decode/PacketDecoder.h>

#include <QDir>
#include <QtTest>

#include <atomic>
#include <cstdlib>
#include <new>

namespace {
std::atomic<bool> counting{false};
std::atomic<long> allocations{0};
} // namespace

void* operator new(std::size_t size)
{
    if (counting.load(std::memory_order_relaxed))
        allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

class TestDecodeAllocations : public QObject {
    Q_OBJECT

private slots:
    void decodingEveryFixtureAllocatesNothing()
    {
        const QDir data(QStringLiteral(TCPLENS_TEST_DATA_DIR));
        const auto files = data.entryList({"*.pcap", "*.pcapng"}, QDir::Files);
        QVERIFY(!files.isEmpty());
        long decoded = 0;
        for (const auto& name : files) {
            auto file = tcplens::CaptureFile::open(data.filePath(name).toStdString());
            tcplens::RawPacket packet;
            while (file->next(packet) == tcplens::ReadStatus::Packet) {
                counting = true;
                const auto result = tcplens::decodePacket(packet.bytes, packet.wireLength, file->info().linkType);
                counting = false;
                decoded += result.capturedLength > 0;
            }
        }
        QVERIFY(decoded > 1000);
        QCOMPARE(allocations.load(), 0L);
    }

    void askingForFieldSpansDoesAllocate()
    {
        // Proves the counter works, so the test above can fail.
        auto file = tcplens::CaptureFile::open(TCPLENS_SAMPLES_DIR "/hello-exchange.pcap");
        tcplens::RawPacket packet;
        QCOMPARE(file->next(packet), tcplens::ReadStatus::Packet);
        tcplens::FieldSpans spans;
        allocations = 0;
        counting = true;
        (void)tcplens::decodePacket(packet.bytes, packet.wireLength, file->info().linkType, &spans);
        counting = false;
        QVERIFY(allocations.load() > 0);
        QVERIFY(spans.size() > 40);
    }
};

QTEST_GUILESS_MAIN(TestDecodeAllocations)
#include "TestDecodeAllocations.moc"
