#pragma once
// One arrow of a flow graph, stored compactly (12 bytes): the rest is computed on demand.

#include "../capture/PacketIndex.h"

#include <cstdint>

namespace tcplens {

struct FlowRow {
    PacketNumber packet = 0;        ///< 0-based index in the PacketStore; the frame number is packet + 1.
    std::uint32_t fromLifeline = 0; ///< Index into FlowModel::lifelines().
    std::uint32_t toLifeline = 0;

    [[nodiscard]] std::uint32_t frame() const noexcept { return packet + 1; }
};
static_assert(sizeof(FlowRow) == 12, "keep flow rows compact");

} // namespace tcplens
