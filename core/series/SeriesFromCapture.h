#pragma once
// Reads a capture file once and builds the chart data of one stream (for the CLI and tests).

#include "StreamSeriesBuilder.h"

#include <cstdint>
#include <string>

namespace tcplens {

/// Feeds every packet of `stream` (a tcp.stream number) through the conversation tracker into a
/// builder; empty() when the stream does not exist. Throws CaptureError when the file cannot be
/// opened; a damaged record later stops the read and sets `error` (the series so far are kept).
[[nodiscard]] StreamSeriesBuilder seriesFromCapture(const std::string& path, std::uint32_t stream,
                                                    std::string* error = nullptr);

} // namespace tcplens
