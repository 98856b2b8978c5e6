#pragma once
// Save As: writes a capture file again as pcapng (a copy) or classic pcap (nanosecond
// timestamps, libpcap's writer).

#include <string>

namespace tcplens {

enum class SaveFormat { Pcapng, Pcap };

/// Writes `source` to `target` in `format`; false with `error` naming the problem. The target
/// is written next to itself first and renamed, so a failure never leaves half a file.
[[nodiscard]] bool saveCaptureAs(const std::string& source, const std::string& target, SaveFormat format,
                                 std::string& error);

} // namespace tcplens
