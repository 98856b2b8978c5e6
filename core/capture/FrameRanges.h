#pragma once
// A set of frame numbers as Wireshark's Export Specified Packets writes it: "1-10,15,20-"
// (ranges, single frames, an open end, commas or spaces between).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tcplens {

class FrameRanges {
public:
    /// Parses `text`; nullopt with `error` saying what is wrong (a 0, a reversed range, junk).
    [[nodiscard]] static std::optional<FrameRanges> parse(std::string_view text, std::string& error);

    [[nodiscard]] bool contains(std::uint64_t frame) const noexcept;
    [[nodiscard]] bool empty() const noexcept { return ranges_.empty(); }
    /// The ranges back as text, "1-10,15,20-".
    [[nodiscard]] std::string text() const;

private:
    std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges_; ///< Inclusive; UINT64_MAX: open end.
};

} // namespace tcplens
