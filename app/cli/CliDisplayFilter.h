#pragma once
// tcplens-cli's -Y: a Wireshark display filter applied to frames in capture order, with the
// frame clock and the detail spans it may need, reported the way tshark reports a bad filter.

#include <capture/CaptureFile.h>
#include <decode/ReassemblingDecoder.h>
#include <filter/DisplayFilter.h>
#include <filter/FilterFrameClock.h>
#include <tcp/TcpAnalysis.h>

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace tcplens::cli {

class CliDisplayFilter {
public:
    /// The filter for `expression`, or nullopt after writing the error, the expression and a caret
    /// under the mistake to `err` (exit kExitUsage).
    [[nodiscard]] static std::optional<CliDisplayFilter> compileOrReport(const std::string& expression, std::ostream& err);

    /// Decodes fields of rare protocols into spans while decoding (see DisplayFilter::needsSpans).
    [[nodiscard]] FieldSpans* decodeSpans() noexcept { return filter_->needsSpansAlways() ? &spans_ : nullptr; }
    /// True when frame `frameNumber` (already decoded as `frame`, analysed as `analysis`) is shown.
    [[nodiscard]] bool shows(std::uint64_t frameNumber, const RawPacket& packet, const DecodedFrame& frame,
                             const TcpPacketAnalysis& analysis);

private:
    explicit CliDisplayFilter(std::shared_ptr<const DisplayFilter> filter) : filter_(std::move(filter)) {}

    std::shared_ptr<const DisplayFilter> filter_;
    FilterFrameClock clock_;
    FieldSpans spans_;
    FieldSpans frameSpans_;
};

} // namespace tcplens::cli
