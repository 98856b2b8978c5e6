#pragma once
// Adds a comment (opt_comment) to the first Section Header Block of a pcapng file that is already
// written, as dumpcap's --capture-comment or `editcap --capture-comment` do: capinfos, tshark and
// Capture File Properties show it, and every reader still reads the file.

#include <string>

namespace tcplens {

/// Rewrites the uncompressed pcapng file at `path` with `comment` after its first section's
/// existing comments (a temporary file beside it, renamed over it); false with `error` when the
/// file is not pcapng or cannot be rewritten, leaving it as it was.
[[nodiscard]] bool addPcapngSectionComment(const std::string& path, const std::string& comment, std::string& error);

} // namespace tcplens
