#pragma once
// The packet list as CSV (Export Packet Dissections › As CSV): the columns the list shows, in its
// order, titled as on screen; one record per chosen packet with the texts the list shows for it.

#include <capture/ExportControl.h>

#include <QString>

#include <functional>
#include <vector>

class QIODevice;

namespace tcplens::ui {

class PacketListModel;

/// Writes a header record of the titles of `columns` (each on one line) and one record per packet row for which
/// `chosen(row)` holds (core csvRecord quoting). "Seconds since previous displayed packet"
/// counts from the packet written before. `control` hears of every row gone through. Returns the
/// records written after the header, -1 when `out` failed, kExportCancelled when `control` said
/// stop. Reads the model through rowTexts(), so it may run on a worker while the model stays as it is.
qint64 writePacketListCsv(const PacketListModel& packets, const std::vector<int>& columns,
                          const std::function<bool(int row)>& chosen, QIODevice& out, const ExportControl& control = {});

} // namespace tcplens::ui
