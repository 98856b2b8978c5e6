#include "ConversationExport.h"

#include "packets/PacketListModel.h"

#include <capture/PcapngWriter.h>

#include <QFile>

namespace tcplens::ui {

QString ConversationExport::write(const PacketListModel& packets, std::uint32_t stream, const QString& path,
                                  int* written)
{
    const auto& store = packets.store();
    int count = 0;
    int linkType = 0;
    PcapngWriter writer;
    for (int row = 0; row < packets.rowCount(); ++row) {
        const auto& record = packets.analysis(row);
        if (!record.isTcp() || record.stream != stream)
            continue;
        const auto n = static_cast<PacketNumber>(row);
        RawPacket raw;
        raw.bytes = store.bytes(n);
        raw.capturedLength = static_cast<std::uint32_t>(raw.bytes.size());
        raw.wireLength = store.index().wireLength(n);
        raw.timestampNs = store.index().timestampNs(n);
        raw.linkType = store.linkType(n);
        if (!writer.isOpen()) {
            PcapngInterface interface;
            interface.linkType = raw.linkType;
            interface.name = "tcplens";
            interface.description = "conversation " + std::to_string(stream);
            std::string error;
            if (!writer.open(QFile::encodeName(path).toStdString(), interface, error))
                return tr("Cannot write %1: %2").arg(path, QString::fromStdString(error));
            linkType = raw.linkType;
        } else if (raw.linkType != linkType) {
            continue;
        }
        (void)writer.append(raw);
        ++count;
    }
    if (!writer.isOpen())
        return tr("Conversation %1 has no packets.").arg(stream);
    if (!writer.flush())
        return tr("Cannot write %1: %2").arg(path, QString::fromStdString(writer.error()));
    writer.close();
    if (written)
        *written = count;
    return {};
}

} // namespace tcplens::ui
