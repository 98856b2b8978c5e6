#include "ConversationExport.h"

#include "packets/PacketListModel.h"

#include <capture/PacketFileWriter.h>

#include <QFile>

#include <vector>

namespace tcplens::ui {

QString ConversationExport::write(const PacketListModel& packets, std::uint32_t stream, const QString& source,
                                  const QString& path, SaveFormat format, int* written)
{
    std::vector<bool> rows;
    if (auto problem = prepare(packets, stream, source, rows); !problem.isEmpty())
        return problem;
    QString problem;
    const auto count = writeRows(rows, source, path, format, problem);
    if (count < 0)
        return problem;
    if (written)
        *written = static_cast<int>(count);
    return {};
}

QString ConversationExport::prepare(const PacketListModel& packets, std::uint32_t stream, const QString& source,
                                    std::vector<bool>& rows)
{
    if (source.isEmpty())
        return tr("The packets on screen cannot be read again while the capture runs or when they came from a pipe: "
                  "stop the capture or save them (File › Save As) first.");
    rows.assign(static_cast<std::size_t>(packets.rowCount()), false);
    bool any = false;
    for (int row = 0; row < packets.rowCount(); ++row) {
        const auto& record = packets.analysis(row);
        if (record.isTcp() && record.stream == stream)
            rows[static_cast<std::size_t>(row)] = any = true;
    }
    return any ? QString() : tr("Conversation %1 has no packets.").arg(stream);
}

std::int64_t ConversationExport::writeRows(const std::vector<bool>& rows, const QString& source, const QString& path,
                                           SaveFormat format, QString& problem, const ExportControl& control)
{
    std::string error;
    const auto count = exportPackets(
        QFile::encodeName(source).toStdString(), QFile::encodeName(path).toStdString(), format,
        [&rows](std::uint64_t frame) { return frame >= 1 && frame <= rows.size() && rows[frame - 1]; }, error, control);
    if (count < 0 && count != kExportCancelled) {
        problem = tr("Cannot write %1: %2").arg(path, QString::fromStdString(error));
        return -1;
    }
    return count;
}

} // namespace tcplens::ui
