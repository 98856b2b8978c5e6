#include "PacketStoreScan.h"

namespace tcplens {

bool PacketStoreScan::advance(const PacketStore& store, const PacketAnalysisStore& analyses,
                              const std::atomic<bool>* cancel, const std::function<void(std::size_t)>& progress)
{
    constexpr std::size_t kPollEvery = 4096;
    const std::size_t count = store.size();
    for (std::size_t done = 0; position_ < count; ++position_, ++done) {
        if (done % kPollEvery == 0 && done > 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return false;
            if (progress)
                progress(position_);
        }
        const auto n = static_cast<PacketNumber>(position_);
        scan(n, store.bytes(n), store, analyses);
    }
    if (progress)
        progress(count);
    return true;
}

} // namespace tcplens
