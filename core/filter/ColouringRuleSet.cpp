#include "ColouringRuleSet.h"

namespace tcplens {

ColouringRuleSet ColouringRuleSet::compile(std::vector<ColouringRule> rules)
{
    ColouringRuleSet set;
    set.rules_ = std::move(rules);
    for (std::size_t i = 0; i < set.rules_.size(); ++i) {
        const auto& rule = set.rules_[i];
        if (!rule.enabled)
            continue;
        auto compiled = DisplayFilter::compile(rule.filter);
        if (compiled.ok() && compiled.filter->empty()) // an empty filter would paint every row
            compiled = {nullptr, DisplayFilterError::of({FilterMessageKind::EmptyFilter, {}, {}}, 0, 0)};
        if (compiled.ok())
            set.active_.push_back({static_cast<int>(i), std::move(compiled.filter)});
        else
            set.problems_.push_back({i, rule.name, std::move(compiled.error)});
    }
    return set;
}

int ColouringRuleSet::match(const FilterContext& context) const noexcept
{
    for (const auto& active : active_)
        if (active.filter->matches(context))
            return active.rule;
    return -1;
}

bool ColouringRuleSet::needsSpans(const DecodedPacket& packet) const noexcept
{
    for (const auto& active : active_)
        if (active.filter->needsSpansAlways() || active.filter->needsSpans(packet))
            return true;
    return false;
}

bool ColouringRuleSet::usesFullAnalysis() const noexcept
{
    for (const auto& active : active_)
        if (active.filter->usesFullAnalysis())
            return true;
    return false;
}

bool ColouringRuleSet::needsSpansAlways() const noexcept
{
    for (const auto& active : active_)
        if (active.filter->needsSpansAlways())
            return true;
    return false;
}

bool ColouringRuleSet::needsCaptureOrder() const noexcept
{
    for (const auto& active : active_)
        if (active.filter->usesFullAnalysis() || active.filter->usesPreviousPackets())
            return true;
    return false;
}

} // namespace tcplens
