#include "LoadedCapture.h"

#include "CaptureFile.h"
#include "PacketAnalyzer.h"

namespace tcplens {

LoadedCapture loadCapture(const std::string& path)
{
    const auto file = CaptureFile::open(path);
    LoadedCapture loaded;
    loaded.packets = PacketStore(file->info(), file->mapping());
    PacketAnalyzer analyzer(file->info().linkType);
    std::vector<PacketAnalysisRecord> records;
    constexpr std::size_t kBatch = 4096;
    records.reserve(kBatch);
    RawPacket packet;
    ReadStatus status;
    while ((status = file->next(packet)) == ReadStatus::Packet) {
        const auto analyzed = analyzer.add(packet);
        const auto firstPending = static_cast<std::uint32_t>(loaded.analyses.size()) + 1;
        for (const auto& revision : analyzed.revisions) {
            if (revision.frame >= firstPending)
                records[revision.frame - firstPending].revise(revision);
            else
                loaded.analyses.revise(revision);
        }
        records.push_back(analyzed.record);
        if (analyzed.datagram)
            loaded.packets.addReassembly(analyzer.frames(), analyzed.datagram->fragments);
        packet.bytes = {}; // the store reads them from the mapping
        loaded.packets.append(packet);
        if (records.size() == kBatch) {
            loaded.analyses.append(records);
            records.clear();
        }
    }
    loaded.analyses.append(records);
    loaded.packets.setInterfaces(file->info().interfaces);
    loaded.warning = file->warning();
    if (status == ReadStatus::Error) {
        loaded.error = file->error();
        loaded.problem = file->problem();
    }
    loaded.conversations = analyzer.tracker().conversations();
    return loaded;
}

} // namespace tcplens
