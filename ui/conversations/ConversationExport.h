#pragma once
// Export This Conversation: the packets of one TCP conversation written as they were captured
// (bytes, lengths, ns times, interfaces, comments), for tcpdump, Wireshark or a bug report. The
// capture file is read again through core exportPackets, the writer of File › Export Specified
// Packets and tcplens-cli export.

#include <capture/CaptureSaver.h>

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace tcplens::ui {

class PacketListModel;

class ConversationExport {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::ConversationExport)
public:
    /// Writes every packet of `stream` (the rows of `packets`, row = frame - 1) from the capture
    /// file `source` to `path` as `format`; an empty string, or what went wrong.
    [[nodiscard]] static QString write(const PacketListModel& packets, std::uint32_t stream, const QString& source,
                                       const QString& path, SaveFormat format, int* written = nullptr);
};

} // namespace tcplens::ui
