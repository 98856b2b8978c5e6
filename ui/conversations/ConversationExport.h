#pragma once
// Export This Conversation: the packets of one TCP conversation written to a pcapng file, as they
// were captured (bytes, times, lengths), for tcpdump, Wireshark or a bug report.

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace tcplens::ui {

class PacketListModel;

class ConversationExport {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::ConversationExport)
public:
    /// Writes every packet of `stream` to `path`; an empty string, or what went wrong. Packets of
    /// another link type than the conversation's first are left out (one interface per file).
    [[nodiscard]] static QString write(const PacketListModel& packets, std::uint32_t stream, const QString& path,
                                       int* written = nullptr);
};

} // namespace tcplens::ui
