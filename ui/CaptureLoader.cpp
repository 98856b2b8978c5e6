#include "CaptureLoader.h"

#include <capture/CaptureFile.h>
#include <capture/PacketAnalyzer.h>

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

namespace tcplens::ui {
namespace {

/// The streams packets touched since the last report, each once.
class TouchedStreams {
public:
    void touch(std::uint32_t stream)
    {
        if (stream >= marked_.size())
            marked_.resize(stream + 1, false);
        if (!marked_[stream]) {
            marked_[stream] = true;
            streams_.push_back(stream);
        }
    }

    /// Summaries of the touched conversations, by ascending stream; forgets them.
    std::vector<ConversationSummary> take(const std::vector<Conversation>& conversations)
    {
        std::sort(streams_.begin(), streams_.end());
        std::vector<ConversationSummary> summaries;
        summaries.reserve(streams_.size());
        for (const auto stream : streams_) {
            summaries.push_back(summarize(conversations[stream]));
            marked_[stream] = false;
        }
        streams_.clear();
        return summaries;
    }

private:
    std::vector<bool> marked_;
    std::vector<std::uint32_t> streams_;
};

} // namespace

CaptureLoader::CaptureLoader(QString path, LoadPacing pacing, QObject* parent)
    : QObject(parent), path_(std::move(path)), pacing_(pacing)
{
}

void CaptureLoader::run()
{
    LoadResult result{LoadStatus::Complete, path_, {}, 0};
    std::unique_ptr<CaptureFile> file;
    try {
        file = CaptureFile::open(QFile::encodeName(path_).toStdString());
    } catch (const CaptureError& error) {
        result.status = LoadStatus::Failed;
        result.message = QString::fromStdString(error.what());
        emit finished(result);
        return;
    }
    const auto& info = file->info();
    emit opened(PacketStore(info, file->mapping()));

    PacketAnalyzer analyzer(info.linkType);
    TouchedStreams touched;
    PacketBatch batch;
    QElapsedTimer sinceReport;
    sinceReport.start();
    const auto report = [&] {
        result.packets += batch.size();
        batch.conversations = touched.take(analyzer.tracker().conversations());
        if (!batch.empty())
            emit batchReady(batch);
        emit progress(file->bytesConsumed(), info.fileSize);
        batch = PacketBatch{};
        sinceReport.restart();
    };

    RawPacket packet;
    ReadStatus status = ReadStatus::End;
    bool cancelled = false;
    while (!(cancelled = cancelled_.load(std::memory_order_relaxed))
           && (status = file->next(packet)) == ReadStatus::Packet) {
        const auto analyzed = analyzer.add(packet);
        if (analyzed.record.isTcp())
            touched.touch(analyzed.record.stream);
        batch.analyses.push_back(analyzed.record);
        packet.bytes = {}; // only valid until the next read; the store reads them from the mapping
        batch.packets.push_back(packet);
        // Looking at the clock every 256 packets keeps it off the per-packet cost.
        if (batch.size() >= pacing_.maxPackets
            || (batch.size() % 256 == 0 && sinceReport.elapsed() >= pacing_.interval.count()))
            report();
    }
    report();

    if (cancelled) {
        result.status = LoadStatus::Cancelled;
    } else if (status == ReadStatus::Error) {
        result.status = LoadStatus::Incomplete;
        result.message = QString::fromStdString(file->error());
    }
    emit finished(result);
}

} // namespace tcplens::ui
