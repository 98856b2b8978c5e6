#include "ColouringScan.h"

namespace tcplens {

ColouringScan::ColouringScan(std::shared_ptr<const ColouringRuleSet> rules)
    : set_(std::move(rules)), reader_(set_->usesFullAnalysis(), set_->needsSpansAlways())
{
}

void ColouringScan::scan(PacketNumber n, Bytes bytes, const PacketStore& store, const PacketAnalysisStore& analyses)
{
    int rule = -1;
    if (!bytes.empty()) {
        const auto& context = reader_.read(n, bytes, store, analyses,
                                           [this](const DecodedPacket& packet) { return set_->needsSpans(packet); });
        rule = set_->match(context);
        reader_.displayed(); // colours do not depend on the display filter: every frame counts as shown
    }
    rules_.push_back(static_cast<std::int16_t>(rule));
}

} // namespace tcplens
