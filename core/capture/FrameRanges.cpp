#include "FrameRanges.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace tcplens {
namespace {

constexpr std::uint64_t kOpen = std::numeric_limits<std::uint64_t>::max();
constexpr std::uint64_t kMaxFrame = 0xffffffffULL;

std::optional<std::uint64_t> number(std::string_view text)
{
    std::uint64_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [at, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || at != end || value == 0 || value > kMaxFrame)
        return std::nullopt;
    return value;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

} // namespace

std::optional<FrameRanges> FrameRanges::parse(std::string_view text, std::string& error)
{
    FrameRanges ranges;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find_first_of(", ", start);
        if (end == std::string_view::npos)
            end = text.size();
        const auto part = trimmed(text.substr(start, end - start));
        start = end + 1;
        if (part.empty())
            continue;
        const auto dash = part.find('-');
        if (dash == std::string_view::npos) {
            const auto frame = number(part);
            if (!frame) {
                error = "\"" + std::string(part) + "\" is not a frame number (1 to 4294967295)";
                return std::nullopt;
            }
            ranges.ranges_.emplace_back(*frame, *frame);
            continue;
        }
        const auto first = number(trimmed(part.substr(0, dash)));
        const auto lastText = trimmed(part.substr(dash + 1));
        const auto last = lastText.empty() ? std::optional<std::uint64_t>(kOpen) : number(lastText);
        if (!first || !last || *last < *first) {
            error = "\"" + std::string(part) + "\" is not a range of frames (A-B with 1 <= A <= B, or A-)";
            return std::nullopt;
        }
        ranges.ranges_.emplace_back(*first, *last);
    }
    if (ranges.ranges_.empty()) {
        error = "no frames given (write them as 1-10,15,20-)";
        return std::nullopt;
    }
    // Sorted and merged, so one binary search answers contains().
    auto& list = ranges.ranges_;
    std::sort(list.begin(), list.end());
    std::vector<std::pair<std::uint64_t, std::uint64_t>> merged;
    for (const auto& range : list) {
        if (!merged.empty() && (merged.back().second == kOpen || range.first <= merged.back().second + 1))
            merged.back().second = std::max(merged.back().second, range.second);
        else
            merged.push_back(range);
    }
    list = std::move(merged);
    return ranges;
}

bool FrameRanges::contains(std::uint64_t frame) const noexcept
{
    auto it = std::upper_bound(ranges_.begin(), ranges_.end(), std::make_pair(frame, kOpen));
    if (it == ranges_.begin())
        return false;
    --it;
    return frame >= it->first && frame <= it->second;
}

std::string FrameRanges::text() const
{
    std::string out;
    for (const auto& [first, last] : ranges_) {
        if (!out.empty())
            out += ',';
        out += std::to_string(first);
        if (last == kOpen)
            out += '-';
        else if (last != first)
            out += '-' + std::to_string(last);
    }
    return out;
}

} // namespace tcplens
