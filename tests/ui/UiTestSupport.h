#pragma once
// Shared by the UI tests: the bundled sample, counts from the core, synchronous loads,
// and damaged copies of a capture.

#include <loading/CaptureLoader.h>
#include <packets/PacketFilterModel.h>
#include <packets/PacketListModel.h>

#include <capture/CaptureFile.h>
#include <capture/CaptureSession.h>

#include <QDir>

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QList>
#include <QRegularExpression>
#include <QProcess>

#include <algorithm>
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

/// The unsaved capture a tcplens with process id `pid` writes (CaptureSession names it after the
/// pid); empty until it exists.
inline QString unsavedCaptureOf(qint64 pid)
{
    const QDir recovery(CaptureSession::recoveryDirectory());
    const auto files = recovery.entryList({QStringLiteral("capture-%1-*.pcapng").arg(pid)}, QDir::Files);
    return files.isEmpty() ? QString() : recovery.absoluteFilePath(files.first());
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

/// The header of a little-endian classic pcap plus its first `packets` records.
inline qsizetype pcapPrefix(const QByteArray& file, int packets)
{
    qsizetype at = 24;
    for (int i = 0; i < packets && at + 16 <= file.size(); ++i) {
        const auto* p = reinterpret_cast<const unsigned char*>(file.constData() + at + 8);
        at += 16 + (p[0] | (p[1] << 8) | (p[2] << 16) | (p[3] << 24));
    }
    return at;
}

/// The frame numbers `tcplens-cli packets FILE -Y EXPR --json` prints, leaving out the lines that
/// revise an earlier frame (tshark's one pass: a frame's fields depend only on the frames before
/// it); {-1} when the CLI fails.
inline QList<int> cliFrames(const QString& path, const QString& expression)
{
    QProcess cli;
    cli.start(QStringLiteral(TCPLENS_CLI_PATH), {QStringLiteral("packets"), path, QStringLiteral("--json"),
                                                 QStringLiteral("-Y"), expression});
    if (!cli.waitForFinished(60'000) || cli.exitCode() != 0)
        return {-1};
    QList<int> frames;
    static const QRegularExpression number(QStringLiteral("^\\{\"no\":(\\d+),"));
    for (const auto& line : QString::fromUtf8(cli.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const auto match = number.match(line);
        if (match.hasMatch() && !line.contains(QStringLiteral("\"revised\"")))
            frames << match.captured(1).toInt();
    }
    return frames;
}

/// The frame numbers `filter` shows, in frame order.
inline QList<int> shownFrames(const PacketFilterModel& filter)
{
    QList<int> frames;
    for (int row = 0; row < filter.rowCount(); ++row)
        frames << filter.sourceRow(row) + 1;
    std::sort(frames.begin(), frames.end());
    return frames;
}

} // namespace tcplens::ui::test
