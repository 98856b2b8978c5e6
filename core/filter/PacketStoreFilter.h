#pragma once
// A display filter (or a BPF expression) over every packet of a loaded capture, in capture order, as tcplens-cli
// packets -Y applies it to the file: the reassembled (tshark) view of each frame, the frame clock,
// the stored analysis records, and the conversation tracker run again when the filter reads what
// the records leave out (ack_rtt, initial_rtt, acks_frame, completeness).

#include "DisplayFilter.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <vector>

namespace tcplens {

class BpfFilter;
class PacketAnalysisStore;
class PacketStore;

struct PacketStoreFilterResult {
    std::vector<bool> shown; ///< One flag per packet, indexed by PacketNumber.
    std::size_t count = 0;   ///< Packets shown.
    bool cancelled = false;  ///< Stopped by the cancel flag; `shown` is incomplete.
};

/// Tests every packet of `store` with `filter` (a packet past `analyses` reads as not TCP). `cancel` (may be null) is
/// polled every few thousand packets, and `progress` (may be empty) told how many are done.
[[nodiscard]] PacketStoreFilterResult filterPacketStore(const DisplayFilter& filter, const PacketStore& store,
                                                        const PacketAnalysisStore& analyses,
                                                        const std::atomic<bool>* cancel = nullptr,
                                                        const std::function<void(std::size_t done)>& progress = {});

/// The same pass with a tcpdump (BPF) expression, which reads only the frame's bytes.
[[nodiscard]] PacketStoreFilterResult filterPacketStore(const BpfFilter& filter, const PacketStore& store,
                                                        const std::atomic<bool>* cancel = nullptr,
                                                        const std::function<void(std::size_t done)>& progress = {});

} // namespace tcplens
