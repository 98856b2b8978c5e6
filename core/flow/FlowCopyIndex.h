#pragma once
// Where each segment of a flow graph that occupies sequence space (data, SYN, FIN) went out, by
// stream, direction and relative sequence number: a retransmission finds its previous copy in
// logarithmic time instead of walking back over the rows.

#include <cstdint>
#include <optional>
#include <vector>

namespace tcplens {

class FlowModel;

class FlowCopyIndex {
public:
    /// Decodes each row once (the analysis records do not hold the payload length): 16 bytes per
    /// occupying row.
    explicit FlowCopyIndex(const FlowModel& model);

    /// The last row before `row` of the same stream and direction that sent `relativeSeq` and occupied
    /// sequence space.
    [[nodiscard]] std::optional<std::uint32_t> previousCopy(std::uint32_t stream, bool fromClient,
                                                            std::uint32_t relativeSeq, std::uint32_t row) const noexcept;

private:
    struct Entry {
        std::uint64_t direction; ///< stream * 2 + (from client ? 0 : 1)
        std::uint32_t seq;
        std::uint32_t row;
        auto operator<=>(const Entry&) const = default;
    };
    std::vector<Entry> entries_; ///< Sorted.
};

} // namespace tcplens
