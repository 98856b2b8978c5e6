#include "PacketListCsv.h"

#include "PacketListModel.h"

#include <export/PacketDissections.h>

#include <QIODevice>

#include <string>

namespace tcplens::ui {
namespace {

bool writeRecord(QIODevice& out, const std::vector<std::string>& fields)
{
    const auto record = csvRecord(fields);
    return out.write(record.data(), static_cast<qint64>(record.size())) == static_cast<qint64>(record.size());
}

} // namespace

qint64 writePacketListCsv(const PacketListModel& packets, const std::vector<int>& columns,
                          const std::function<bool(int row)>& chosen, QIODevice& out, const ExportControl& control)
{
    std::vector<std::string> fields;
    fields.reserve(columns.size());
    for (const int column : columns)
        // One line per title, as Wireshark writes them (the list may break one over two lines).
        fields.push_back(packets.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().simplified().toStdString());
    if (!writeRecord(out, fields))
        return -1;
    qint64 written = 0;
    int previous = -1; // "since previous displayed" counts from the row written before
    for (int row = 0; row < packets.rowCount(); ++row) {
        if (!control.goOn(static_cast<std::uint64_t>(row)))
            return kExportCancelled;
        if (!chosen(row))
            continue;
        fields.clear();
        for (const auto& text : packets.rowTexts(row, columns, previous))
            fields.push_back(text.toStdString());
        if (!writeRecord(out, fields))
            return -1;
        previous = row;
        ++written;
    }
    return written;
}

} // namespace tcplens::ui
