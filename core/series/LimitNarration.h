#pragma once
// The narration's sentence when what holds a sender back changes ("From here the client is
// limited by the congestion window, not by the receiver's window: congestion control has taken
// over."), in English or Simplified Chinese, from a LimitTracker timeline.

#include "LimitFactor.h"
#include "../tcp/Conversation.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tcplens {

/// The factor of the span holding `seconds` (start <= seconds < end; the last span also at its
/// end); nullopt outside the timeline.
[[nodiscard]] std::optional<LimitFactor> limitFactorAt(const std::vector<LimitSegment>& timeline, double seconds);

/// "From here the client is limited by the congestion window, not by the receiver's window:
/// congestion control has taken over." `data` names the sender (client for ClientToServer).
[[nodiscard]] std::string limitChangeSentence(LimitFactor from, LimitFactor to, Direction data,
                                              NarrationLanguage language);

/// A change of factor between two packets at `previousSeconds` and `seconds`: {from, to}; nullopt
/// when it did not change, when either time is outside the timeline, or when either factor is the
/// handshake (leaving the handshake is not a change of limit).
[[nodiscard]] std::optional<std::pair<LimitFactor, LimitFactor>>
limitChangeAt(const std::vector<LimitSegment>& timeline, double previousSeconds, double seconds);

/// The sentence for the change of `data`'s factor between two packets at `previousSeconds` and
/// `seconds` (since the stream's first packet); "" when the factor did not change, when either
/// time is outside the timeline, or when either factor is the handshake.
[[nodiscard]] std::string limitChangeBetween(const std::vector<LimitSegment>& timeline, Direction data,
                                             double previousSeconds, double seconds, NarrationLanguage language);

} // namespace tcplens
