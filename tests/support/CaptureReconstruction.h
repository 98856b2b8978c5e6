#pragma once
// What a capture file holds as the pipeline reconstructs it (packets, their bytes and analysis,
// every conversation's JSON), for the live capture tests that compare a capture with its file.

#include "TestSupport.h"

#include <capture/CaptureBatchBuilder.h>
#include <capture/CaptureFile.h>
#include <export/ConversationText.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QThread>

#include <string>
#include <vector>

namespace tcplens::test {

/// Everything a capture holds, as the pipeline reconstructs it.
struct Reconstruction {
    std::vector<RawPacket> packets;             // bytes empty
    std::vector<QByteArray> bytes;
    std::vector<PacketAnalysisRecord> analyses;
    std::vector<std::string> conversations;     // conversationJson of each
};

inline Reconstruction reconstructFile(const QString& path, QString* error = nullptr)
{
    Reconstruction out;
    auto file = CaptureFile::open(QFile::encodeName(path).toStdString());
    CaptureBatchBuilder builder(file->info().linkType);
    RawPacket packet;
    ReadStatus status;
    while ((status = file->next(packet)) == ReadStatus::Packet) {
        out.bytes.emplace_back(reinterpret_cast<const char*>(packet.bytes.data()), qsizetype(packet.bytes.size()));
        builder.add(packet);
    }
    if (error && status == ReadStatus::Error)
        *error = QString::fromStdString(file->error());
    auto batch = builder.take();
    out.packets = std::move(batch.packets);
    out.analyses = std::move(batch.analyses);
    for (const auto& conversation : builder.tracker().conversations())
        out.conversations.push_back(conversationJson(conversation));
    return out;
}

/// Waits until a capture tool says it listens (tcpdump: "listening on", ours: "capturing on").
inline bool waitForListening(QProcess& process, const char* phrase = "listening on")
{
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    while (!err.contains(phrase) && timer.elapsed() < 15'000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        err += process.readAllStandardError();
    }
    const bool ok = err.contains(phrase);
    if (!ok)
        qWarning("%s", err.constData());
    QThread::msleep(200);
    return ok;
}

} // namespace tcplens::test
