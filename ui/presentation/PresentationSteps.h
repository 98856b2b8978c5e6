#pragma once
// Where a presentation is, without a widget: how many packets of the conversation are revealed,
// which one is new, and the previous packet its sender sent (whose header it is compared with).

#include <capture/PacketIndex.h>

#include <cstddef>
#include <optional>
#include <vector>

namespace tcplens::ui {

/// One packet of the conversation being presented, in capture order.
struct PresentationPacket {
    PacketNumber number = 0;
    bool fromClient = true;
};

class PresentationSteps {
public:
    PresentationSteps() = default;
    explicit PresentationSteps(std::vector<PresentationPacket> packets);

    /// Replaces the conversation and goes back to step 0 (nothing revealed).
    void setPackets(std::vector<PresentationPacket> packets);
    [[nodiscard]] const std::vector<PresentationPacket>& packets() const noexcept { return packets_; }
    [[nodiscard]] std::size_t packetCount() const noexcept { return packets_.size(); }

    /// Packets revealed, 0..packetCount(): packets [0, step) are shown, the rest hidden.
    [[nodiscard]] std::size_t step() const noexcept { return step_; }
    [[nodiscard]] std::size_t revealLimit() const noexcept { return step_; }
    /// Index of the newest revealed packet (step - 1), nullopt at step 0.
    [[nodiscard]] std::optional<std::size_t> current() const noexcept;
    /// The packet before `index` sent in the same direction, nullopt when it is the first.
    [[nodiscard]] std::optional<std::size_t> previousSameDirection(std::size_t index) const noexcept;
    [[nodiscard]] bool atStart() const noexcept { return step_ == 0; }
    [[nodiscard]] bool atEnd() const noexcept { return step_ == packets_.size(); }

    /// Each returns whether the step changed.
    bool next() noexcept { return goTo(step_ + 1); }
    bool back() noexcept { return step_ > 0 && goTo(step_ - 1); }
    bool home() noexcept { return goTo(0); }
    bool end() noexcept { return goTo(packets_.size()); }
    /// Goes to `step`, clamped to 0..packetCount().
    bool goTo(std::size_t step) noexcept;

private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

    std::vector<PresentationPacket> packets_;
    std::vector<std::size_t> previousSame_; // per packet, kNone for the first of its direction
    std::size_t step_ = 0;
};

} // namespace tcplens::ui
