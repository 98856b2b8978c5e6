#pragma once
// The frame times a display filter reads, kept as frames pass in capture order:
// frame.time_relative/_delta/_delta_displayed and tcp.time_relative/_delta (per stream).

#include "FilterContext.h"

#include <cstdint>
#include <vector>

namespace tcplens {

class FilterFrameClock {
public:
    /// Sets the time fields of `context` for the next frame, at `timestampNs`, in TCP stream
    /// `stream` (kNoStream when it is not TCP).
    void advance(FilterContext& context, std::int64_t timestampNs, std::uint32_t stream);
    /// The frame last advanced passed the filter: later frames' time_delta_displayed count from it.
    void displayed(std::int64_t timestampNs) noexcept
    {
        lastDisplayed_ = timestampNs;
        anyDisplayed_ = true;
    }

private:
    struct StreamTimes {
        std::int64_t first = 0;
        std::int64_t previous = 0;
        bool seen = false;
    };
    bool started_ = false;
    std::int64_t first_ = 0;
    std::int64_t previous_ = 0;
    std::int64_t lastDisplayed_ = 0;
    bool anyDisplayed_ = false;
    std::vector<StreamTimes> streams_;
};

} // namespace tcplens
