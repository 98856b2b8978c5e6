#pragma once
// Marked packets (Edit › Mark Packet, Ctrl+M), as Wireshark keeps them: a flag per packet,
// forgotten when another capture opens; the packet list draws marked rows in their own colours.

#include <QObject>

#include <vector>

namespace tcplens::ui {

class PacketMarks : public QObject {
    Q_OBJECT
public:
    explicit PacketMarks(QObject* parent = nullptr) : QObject(parent) {}

    [[nodiscard]] bool isMarked(int row) const noexcept
    {
        return row >= 0 && static_cast<std::size_t>(row) < marked_.size() && marked_[static_cast<std::size_t>(row)];
    }
    [[nodiscard]] int count() const noexcept { return count_; }
    void toggle(int row);
    void clear();
    /// The nearest marked row after (`forward`) or before `row` for which `shown` holds, wrapping
    /// around as Wireshark does; -1 when there is none.
    template <class Shown>
    [[nodiscard]] int next(int row, bool forward, Shown&& shown) const
    {
        const int size = static_cast<int>(marked_.size());
        for (int step = 1; step <= size; ++step) {
            const int at = ((forward ? row + step : row - step) % size + size) % size;
            if (marked_[static_cast<std::size_t>(at)] && shown(at))
                return at;
        }
        return -1;
    }

signals:
    void markChanged(int row);
    void cleared();

private:
    std::vector<bool> marked_;
    int count_ = 0;
};

} // namespace tcplens::ui
