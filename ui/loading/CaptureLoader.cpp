#include "CaptureLoader.h"

#include "ReadProblemText.h"

#include <capture/CaptureBatchBuilder.h>
#include <capture/CaptureFile.h>
#include <series/StreamLimits.h>

#include <QElapsedTimer>
#include <QFile>

namespace tcplens::ui {

CaptureLoader::CaptureLoader(QString path, LoadPacing pacing, QObject* parent)
    : QObject(parent), path_(std::move(path)), pacing_(pacing)
{
}

void CaptureLoader::run()
{
    LoadResult result{LoadStatus::Complete, path_, {}, 0, nullptr};
    std::unique_ptr<CaptureFile> file;
    try {
        // A FIFO nobody writes to yet waits in open(): Cancel must reach it there too.
        file = CaptureFile::open(QFile::encodeName(path_).toStdString(), &cancelled_);
    } catch (const CaptureError& error) {
        result.status = cancelled_.load(std::memory_order_relaxed) ? LoadStatus::Cancelled : LoadStatus::Failed;
        result.message = ReadProblemText::orEnglish(error.problem(), error.what());
        emit finished(result);
        return;
    }
    file->setCancelFlag(&cancelled_); // a pipe that stays quiet does not hold a cancel up
    const auto& info = file->info();
    emit opened(PacketStore(info, file->mapping()));
    std::size_t interfacesReported = info.interfaces.size();

    CaptureBatchBuilder builder(info.linkType);
    // The limiting factors ride along the one pass (bench/README.md says what they cost; the GUI
    // benchmark's --limits-cost loads without them through this variable, to compare).
    StreamLimits limits;
    const bool trackLimits = qEnvironmentVariableIsEmpty("TCPLENS_BENCH_WITHOUT_LIMITS");
    if (trackLimits)
        builder.setPacketHook([&limits](std::uint32_t, const RawPacket& raw, const DecodedPacket& decoded,
                                        const TcpPacketAnalysis& analysis) { limits.add(raw.timestampNs, decoded, analysis); });
    QElapsedTimer sinceReport;
    sinceReport.start();
    const auto report = [&] {
        PacketBatch batch = builder.take();
        result.packets += batch.size();
        if (!batch.empty()) {
            if (info.interfaces.size() != interfacesReported) { // a pcapng stream described more
                batch.interfaces = info.interfaces;
                interfacesReported = info.interfaces.size();
            }
            emit batchReady(batch);
        }
        emit progress(file->bytesConsumed(), info.fileSize);
        sinceReport.restart();
    };

    RawPacket packet;
    ReadStatus status = ReadStatus::End;
    bool cancelled = false;
    // A pipe is shown as it arrives: what is pending is reported before next() would wait for a
    // packet that has not wholly arrived (bytes behind the last packet, such as a statistics
    // block, are no promise of another).
    const auto nextPacket = [&] {
        if (builder.pending() > 0 && !file->packetReady())
            report();
        return file->next(packet);
    };
    while (!(cancelled = cancelled_.load(std::memory_order_relaxed)) && (status = nextPacket()) == ReadStatus::Packet) {
        builder.add(packet);
        // Looking at the clock every 256 packets keeps it off the per-packet cost.
        const auto pending = builder.pending();
        if (pending >= pacing_.maxPackets || (pending % 256 == 0 && sinceReport.elapsed() >= pacing_.interval.count()))
            report();
    }
    report();

    result.limits = std::make_shared<const std::vector<StreamLimitSummary>>(limits.summaries());
    cancelled = cancelled || cancelled_.load(std::memory_order_relaxed);
    if (cancelled) {
        result.status = LoadStatus::Cancelled;
    } else if (status == ReadStatus::Error) {
        result.status = LoadStatus::Incomplete;
        result.message = ReadProblemText::of(file->problem());
    }
    emit finished(result);
}

} // namespace tcplens::ui
