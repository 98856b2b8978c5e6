#pragma once
// Colouring rules compiled once and tested per packet, first match wins (as Wireshark does).
// A rule whose filter does not compile is reported by name with the error and skipped.

#include "ColouringRule.h"
#include "DisplayFilter.h"

#include <memory>
#include <string>
#include <vector>

namespace tcplens {

/// An enabled rule that did not compile.
struct ColouringRuleProblem {
    std::size_t rule = 0;  ///< Index in the rule list
    std::string name;
    DisplayFilterError error;
};

class ColouringRuleSet {
public:
    ColouringRuleSet() = default;
    /// Compiles every enabled rule; disabled and broken ones never match.
    [[nodiscard]] static ColouringRuleSet compile(std::vector<ColouringRule> rules);

    /// The index of the first enabled rule matching the packet, or -1.
    [[nodiscard]] int match(const FilterContext& context) const noexcept;
    /// True when some rule needs context.spans for this packet (see DisplayFilter::needsSpans).
    [[nodiscard]] bool needsSpans(const DecodedPacket& packet) const noexcept;

    [[nodiscard]] const std::vector<ColouringRule>& rules() const noexcept { return rules_; }
    [[nodiscard]] const std::vector<ColouringRuleProblem>& problems() const noexcept { return problems_; }
    /// True when some rule reads the full analysis (ack_rtt, initial_rtt...): see DisplayFilter::usesFullAnalysis.
    [[nodiscard]] bool usesFullAnalysis() const noexcept;
    /// True when some rule needs every packet's spans.
    [[nodiscard]] bool needsSpansAlways() const noexcept;
    /// True when a packet's rule depends on the packets before it (the full analysis, tcp.time_delta,
    /// frame.time_delta_displayed): ColouringScan reads the capture in order; else a row can be coloured alone.
    [[nodiscard]] bool needsCaptureOrder() const noexcept;
    /// True when no rule can match (none enabled or none compiled).
    [[nodiscard]] bool empty() const noexcept { return active_.empty(); }

private:
    struct Active {
        int rule;
        std::shared_ptr<const DisplayFilter> filter;
    };
    std::vector<ColouringRule> rules_;
    std::vector<Active> active_;
    std::vector<ColouringRuleProblem> problems_;
};

} // namespace tcplens
