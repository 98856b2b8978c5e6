#include "PresentationSteps.h"

#include <algorithm>

namespace tcplens::ui {

PresentationSteps::PresentationSteps(std::vector<PresentationPacket> packets)
{
    setPackets(std::move(packets));
}

void PresentationSteps::setPackets(std::vector<PresentationPacket> packets)
{
    packets_ = std::move(packets);
    previousSame_.assign(packets_.size(), kNone);
    std::size_t lastOf[2] = {kNone, kNone}; // [from server, from client]
    for (std::size_t i = 0; i < packets_.size(); ++i) {
        std::size_t& last = lastOf[packets_[i].fromClient ? 1 : 0];
        previousSame_[i] = last;
        last = i;
    }
    step_ = 0;
}

std::optional<std::size_t> PresentationSteps::current() const noexcept
{
    if (step_ == 0)
        return std::nullopt;
    return step_ - 1;
}

std::optional<std::size_t> PresentationSteps::previousSameDirection(std::size_t index) const noexcept
{
    if (index >= previousSame_.size() || previousSame_[index] == kNone)
        return std::nullopt;
    return previousSame_[index];
}

bool PresentationSteps::goTo(std::size_t step) noexcept
{
    step = std::min(step, packets_.size());
    if (step == step_)
        return false;
    step_ = step;
    return true;
}

} // namespace tcplens::ui
