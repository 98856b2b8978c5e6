#pragma once
// The "Packet Range" of Wireshark's export dialogs: all, the selected, the marked, the current
// conversation's packets or a frame range, each optionally only those the display filter shows.
// Export Specified Packets and Export Packet Dissections choose their packets with it.

#include <capture/FrameRanges.h>

#include <QGroupBox>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;

namespace tcplens::ui {

class PacketListModel;
class PacketMarks;

class PacketRangeGroup : public QGroupBox {
    Q_OBJECT
public:
    enum class Range { All, Selected, Marked, Conversation, Frames };

    /// What the window knows, one entry per packet (row = frame - 1).
    struct Packets {
        std::vector<bool> displayed;     ///< Passes the display filter.
        std::vector<bool> marked;
        std::vector<bool> conversation;  ///< In the selected packet's conversation.
        int selected = -1;               ///< Row of the selected packet, or -1.
    };

    explicit PacketRangeGroup(Packets packets, QWidget* parent = nullptr);

    void choose(Range range, bool displayedOnly, const QString& frames = {});
    /// Whether frame `frame` (1-based) is in the current choice.
    [[nodiscard]] bool chosen(std::uint64_t frame) const;
    /// chosen() of every packet, by row (frame - 1): what a worker exporting them reads.
    [[nodiscard]] std::vector<bool> chosenRows() const;
    /// Packets the current choice holds, or -1 when the frame range does not parse.
    [[nodiscard]] int count() const;
    [[nodiscard]] std::size_t total() const noexcept { return packets_.displayed.size(); }

signals:
    void changed();

private:
    void refresh();

    Packets packets_;
    QButtonGroup* range_;
    QCheckBox* displayedOnly_;
    QLineEdit* frames_;
    QLabel* count_;
    std::optional<FrameRanges> ranges_; ///< The range field, parsed.
    std::string rangesError_;
};

/// The Packets of the window's models: `displayed` is the packet list as filtered, the
/// conversation that of the packet at `selectedRow`.
[[nodiscard]] PacketRangeGroup::Packets packetsOf(const PacketListModel& packets, const QSortFilterProxyModel& displayed,
                                                  const PacketMarks& marks, int selectedRow);

} // namespace tcplens::ui
