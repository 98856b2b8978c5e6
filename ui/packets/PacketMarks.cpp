#include "PacketMarks.h"

namespace tcplens::ui {

void PacketMarks::toggle(int row)
{
    if (row < 0)
        return;
    const auto at = static_cast<std::size_t>(row);
    if (at >= marked_.size())
        marked_.resize(at + 1, false);
    marked_[at] = !marked_[at];
    count_ += marked_[at] ? 1 : -1;
    emit markChanged(row);
}

void PacketMarks::clear()
{
    marked_.clear();
    count_ = 0;
    emit cleared();
}

} // namespace tcplens::ui
