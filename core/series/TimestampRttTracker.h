#pragma once
// RTT from the timestamp option: when each TSval was first sent, matched with the first TSecr
// that echoes it. Memory is bounded: only TSvals newer than the last echo are kept, at most kMaxPending.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>

namespace tcplens {

class TimestampRttTracker {
public:
    static constexpr std::size_t kMaxPending = 1024;

    /// The data sender sent `tsval` at `timeNs`; only the first time a value is seen counts.
    void sent(std::uint32_t tsval, std::int64_t timeNs);
    /// The receiver echoed `tsecr` at `timeNs`: the RTT in ns the first time that TSval is echoed.
    [[nodiscard]] std::optional<std::int64_t> echoed(std::uint32_t tsecr, std::int64_t timeNs);
    [[nodiscard]] std::size_t pending() const noexcept { return pending_.size(); }

private:
    struct Sent {
        std::uint32_t tsval = 0;
        std::int64_t timeNs = 0;
    };
    std::deque<Sent> pending_; // increasing TSvals (modulo 2^32), oldest first
    std::uint32_t newest_ = 0;
    bool any_ = false;
};

} // namespace tcplens
