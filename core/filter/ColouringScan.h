#pragma once
// The colouring rule of every packet of a loaded capture, read in capture order as tshark --color
// reads the file: the rules see what a display filter sees in tcplens-cli packets -Y, the full
// analysis (ack_rtt, initial_rtt, completeness, acks_frame) and tcp.time_delta included.
// Scanning goes on as a load or a live capture appends packets.

#include "ColouringRuleSet.h"
#include "PacketContextReader.h"
#include "PacketStoreScan.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace tcplens {

class ColouringScan : public PacketStoreScan {
public:
    explicit ColouringScan(std::shared_ptr<const ColouringRuleSet> rules);

    /// The rule index of every scanned packet (-1: none), indexed by PacketNumber.
    [[nodiscard]] const std::vector<std::int16_t>& rules() const noexcept { return rules_; }
    [[nodiscard]] const std::shared_ptr<const ColouringRuleSet>& ruleSet() const noexcept { return set_; }

protected:
    void scan(PacketNumber n, Bytes bytes, const PacketStore& store, const PacketAnalysisStore& analyses) override;

private:
    std::shared_ptr<const ColouringRuleSet> set_;
    PacketContextReader reader_;
    std::vector<std::int16_t> rules_;
};

} // namespace tcplens
