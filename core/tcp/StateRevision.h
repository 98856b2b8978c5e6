#pragma once
// A correction of an earlier packet's endpoint states, made when a later packet proves that the
// earlier one never reached its receiver (docs/state-inference.md).

#include "TcpAnalysis.h"

#include <cstdint>

namespace tcplens {

struct StateRevision {
    std::uint32_t frame = 0; ///< 1-based frame whose states change.
    TcpState srcBefore = TcpState::Unknown;
    TcpState srcAfter = TcpState::Unknown;
    TcpState dstBefore = TcpState::Unknown;
    TcpState dstAfter = TcpState::Unknown;
    /// The frame itself did not reach its receiver (lost after the capture point), as opposed to a
    /// later frame whose states only follow from that withdrawal.
    bool notReceived = false;
    /// Only `notReceived` applies: a packet proven lost beyond the window of kept states
    /// (RecentStates), whose states stand.
    bool markOnly = false;
};

} // namespace tcplens
