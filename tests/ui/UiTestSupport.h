#pragma once
// Shared by the UI tests: the bundled sample, counts from the core, synchronous loads,
// and damaged copies of a capture.

#include <loading/CaptureLoader.h>
#include <packets/PacketListModel.h>

#include <capture/CaptureFile.h>

#include <QByteArray>
#include <QFile>
#include <QString>

#include <functional>

namespace tcplens::ui::test {

inline QString samplePath()
{
    return QStringLiteral(TCPLENS_SAMPLES_DIR "/hello-exchange.pcap");
}

/// Packets in `path` as the core reads them, the oracle for the model's row count and for
/// saved captures; -1 (with a warning naming why) when the file cannot be opened.
inline int corePacketCount(const QString& path)
{
    try {
        auto file = CaptureFile::open(QFile::encodeName(path).toStdString());
        RawPacket packet;
        int packets = 0;
        while (file->next(packet) == ReadStatus::Packet)
            ++packets;
        return packets;
    } catch (const CaptureError& error) {
        qWarning("%s", error.what());
        return -1;
    }
}

/// Runs the real loader on this thread, feeding `model` as the main window does.
inline LoadResult loadSynchronously(PacketListModel& model, const QString& path, LoadPacing pacing = {})
{
    CaptureLoader loader(path, pacing);
    LoadResult result;
    QObject::connect(&loader, &CaptureLoader::opened, &model, &PacketListModel::reset);
    QObject::connect(&loader, &CaptureLoader::batchReady, &model, &PacketListModel::append);
    QObject::connect(&loader, &CaptureLoader::finished, [&result](const LoadResult& r) { result = r; });
    loader.run();
    return result;
}

/// Writes `source` changed by `edit` to `target`; returns false if it cannot.
inline bool writeEditedCopy(const QString& source, const QString& target, const std::function<void(QByteArray&)>& edit)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = in.readAll();
    edit(bytes);
    QFile out(target);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

/// File offset of byte `frameOffset` of the first packet of a classic pcap file.
inline constexpr int kFirstFrameInPcap = 24 + 16;

} // namespace tcplens::ui::test
