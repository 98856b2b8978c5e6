#pragma once
// Chart data of one stream from a capture already loaded (PacketStore + PacketAnalysisStore):
// the loader's single pass assigned every packet its stream, so only that stream's packets are
// decoded again and run through a fresh tracker, with their original frame numbers. The work is
// split so that the part touching the growing stores is short (take a snapshot on the owning
// thread) and the long part (build) can run on a worker thread.

#include "../capture/MappedFile.h"
#include "../capture/PacketAnalysisStore.h"
#include "../capture/PacketStore.h"
#include "StreamSeriesBuilder.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace tcplens {

/// Where one packet of the stream lives in the mapped file.
struct StreamPacketRef {
    std::uint32_t frame = 0; ///< 1-based.
    std::uint32_t capturedLength = 0;
    std::uint32_t wireLength = 0;
    std::int64_t timestampNs = 0;
    std::uint64_t dataOffset = kNoOffset;
    /// An IP fragment of a datagram a later packet of the stream completes: decoded to rebuild
    /// that datagram, not a segment of its own.
    bool fragmentOnly = false;
    int linkType = 0;        ///< Of the packet's interface.
};

/// Everything needed to build one stream's series without the stores.
struct StreamSnapshot {
    std::uint32_t stream = 0;
    int linkType = 0;
    std::shared_ptr<const MappedFile> mapping;
    std::vector<StreamPacketRef> packets;
    std::size_t storePackets = 0; ///< How many packets the store held when the snapshot was taken.
};

/// Collects the packets of `stream` (one scan of the analysis records); cheap, call it where the stores live.
[[nodiscard]] StreamSnapshot snapshotStream(const PacketStore& store, const PacketAnalysisStore& analyses,
                                            std::uint32_t stream);

/// Decodes the snapshot's packets and builds their series; empty() when the snapshot has no
/// packets or no mapping. Safe on any thread (reads only the snapshot and the mapping).
[[nodiscard]] StreamSeriesBuilder buildSeries(const StreamSnapshot& snapshot);

/// The direction that carried more payload (client to server on a tie): what a chart shows first.
[[nodiscard]] Direction dataDirection(const StreamSeriesBuilder& builder) noexcept;

} // namespace tcplens
