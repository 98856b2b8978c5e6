#pragma once
// Export This Conversation: the packets of one TCP conversation written as they were captured
// (bytes, lengths, ns times, interfaces, comments), for tcpdump, Wireshark or a bug report. The
// capture file is read again through core exportPackets, the writer of File › Export Specified
// Packets and tcplens-cli export.

#include <capture/CaptureSaver.h>
#include <capture/ExportControl.h>

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

namespace tcplens::ui {

class PacketListModel;

class ConversationExport {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::ConversationExport)
public:
    /// Writes every packet of `stream` (the rows of `packets`, row = frame - 1) from the capture
    /// file `source` to `path` as `format`; an empty string, or what went wrong.
    [[nodiscard]] static QString write(const PacketListModel& packets, std::uint32_t stream, const QString& source,
                                       const QString& path, SaveFormat format, int* written = nullptr);
    /// What write() checks first, on the window's thread: an empty string and the rows of `stream`
    /// (row = frame - 1), or why it cannot be exported.
    [[nodiscard]] static QString prepare(const PacketListModel& packets, std::uint32_t stream, const QString& source,
                                         std::vector<bool>& rows);
    /// What write() does then, safe on a worker: the packets `rows` picks from `source` written to
    /// `path`. Returns how many, or -1 with `problem`, or kExportCancelled (and no file).
    [[nodiscard]] static std::int64_t writeRows(const std::vector<bool>& rows, const QString& source, const QString& path,
                                                SaveFormat format, QString& problem, const ExportControl& control = {});
};

} // namespace tcplens::ui
