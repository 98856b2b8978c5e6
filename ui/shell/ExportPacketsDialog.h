#pragma once
// File › Export Specified Packets: all or only the displayed packets, of the whole capture, the
// selected packet, the marked ones, the current conversation or a frame range, as pcapng or pcap
// (core/capture/PacketFileWriter keeps bytes, times, interfaces and comments).

#include <capture/FrameRanges.h>

#include <QDialog>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;

namespace tcplens::ui {

class ExportPacketsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Range { All, Selected, Marked, Conversation, Frames };

    /// What the window knows, one entry per packet (row = frame - 1).
    struct Packets {
        QString source;                  ///< The capture file to read again.
        std::vector<bool> displayed;     ///< Passes the display filter.
        std::vector<bool> marked;
        std::vector<bool> conversation;  ///< In the selected packet's conversation.
        int selected = -1;               ///< Row of the selected packet, or -1.
    };

    ExportPacketsDialog(Packets packets, QWidget* parent = nullptr);

    void choose(Range range, bool displayedOnly, const QString& frames = {});
    void setPcap(bool pcap);
    /// Packets the current choice exports, or -1 when the frame range does not parse.
    [[nodiscard]] int count() const;
    /// Writes the chosen packets to `path`; the number written, or -1 with `error`.
    std::int64_t exportTo(const QString& path, QString& error) const;

private:
    [[nodiscard]] bool chosen(std::uint64_t frame) const;
    void refresh();
    void exportChosen();

    Packets packets_;
    QButtonGroup* range_;
    QCheckBox* displayedOnly_;
    QLineEdit* frames_;
    QComboBox* format_;
    QLabel* count_;
    std::optional<FrameRanges> ranges_; ///< The range field, parsed.
    std::string rangesError_;
};

class PacketListModel;
class PacketMarks;

/// Fills Packets from the window's models and shows the dialog (modal).
void exportSpecifiedPackets(QWidget* parent, const QString& source, const PacketListModel& packets,
                            const QSortFilterProxyModel& displayed, const PacketMarks& marks, int selectedRow);

} // namespace tcplens::ui
