#include "ConversationExport.h"

#include "packets/PacketListModel.h"

#include <capture/PacketFileWriter.h>

#include <QFile>

#include <vector>

namespace tcplens::ui {

QString ConversationExport::write(const PacketListModel& packets, std::uint32_t stream, const QString& source,
                                  const QString& path, SaveFormat format, int* written)
{
    if (source.isEmpty())
        return tr("The packets on screen cannot be read again while the capture runs or when they came from a pipe: "
                  "stop the capture or save them (File › Save As) first.");
    std::vector<bool> chosen(static_cast<std::size_t>(packets.rowCount()), false);
    bool any = false;
    for (int row = 0; row < packets.rowCount(); ++row) {
        const auto& record = packets.analysis(row);
        if (record.isTcp() && record.stream == stream)
            chosen[static_cast<std::size_t>(row)] = any = true;
    }
    if (!any)
        return tr("Conversation %1 has no packets.").arg(stream);
    std::string error;
    const auto count = exportPackets(
        QFile::encodeName(source).toStdString(), QFile::encodeName(path).toStdString(), format,
        [&chosen](std::uint64_t frame) { return frame >= 1 && frame <= chosen.size() && chosen[frame - 1]; }, error);
    if (count < 0)
        return tr("Cannot write %1: %2").arg(path, QString::fromStdString(error));
    if (written)
        *written = static_cast<int>(count);
    return {};
}

} // namespace tcplens::ui
