#pragma once
// A display filter (or a BPF expression) over the packets of a loaded capture, in capture order,
// as tcplens-cli packets -Y applies it to the file (see PacketContextReader). The scan keeps its
// place: packets appended by a load or a live capture are filtered as they come.

#include "DisplayFilter.h"
#include "PacketContextReader.h"
#include "PacketStoreScan.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tcplens {

class BpfFilter;

/// Which packets a filter keeps, one flag per packet scanned so far.
class FrameMaskScan : public PacketStoreScan {
public:
    explicit FrameMaskScan(std::shared_ptr<const DisplayFilter> filter);
    explicit FrameMaskScan(std::shared_ptr<const BpfFilter> filter);

    /// One flag per scanned packet, indexed by PacketNumber.
    [[nodiscard]] const std::vector<bool>& shown() const noexcept { return shown_; }
    /// Packets shown so far.
    [[nodiscard]] std::size_t count() const noexcept { return count_; }

protected:
    void scan(PacketNumber n, Bytes bytes, const PacketStore& store, const PacketAnalysisStore& analyses) override;

private:
    std::shared_ptr<const DisplayFilter> display_;
    std::shared_ptr<const BpfFilter> bpf_;
    std::optional<PacketContextReader> reader_;
    std::vector<bool> shown_;
    std::size_t count_ = 0;
};

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
