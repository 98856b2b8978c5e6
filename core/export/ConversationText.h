#pragma once
// Conversations as text: a table like `tshark -z conv,tcp` and one JSON object per conversation.

#include "../tcp/Conversation.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace tcplens {

/// The JSON object of one conversation (keys documented in the README), without a newline.
[[nodiscard]] std::string conversationJson(const Conversation& conversation);
/// A fixed-width table, one row per conversation, times relative to the first conversation.
[[nodiscard]] std::string conversationTable(const std::vector<Conversation>& conversations);
/// The same table written row by row (a million conversations never sit in memory as text).
void writeConversationTable(std::ostream& out, const std::vector<Conversation>& conversations);

} // namespace tcplens
