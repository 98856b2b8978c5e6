#pragma once
// Which rows of the packet list stand out, and in what colours (after Wireshark's colouring
// rules); a palette maps tones to colours so a theme can replace it.

#include <capture/PacketAnalysisStore.h>
#include <decode/DecodedPacket.h>

#include <QColor>

#include <array>
#include <optional>

namespace tcplens::ui {

/// In rising rank: a row takes the highest tone that applies.
enum class RowTone {
    Plain,
    SynFin,     ///< Opens or closes a connection (SYN or FIN).
    Warning,    ///< The worst decode problem is a warning (truncated by the snaplen, bad checksum).
    ZeroWindow, ///< Zero window, window full, zero-window probe: the receiver is the bottleneck.
    Reset,      ///< A TCP RST: the connection is aborted.
    TcpProblem, ///< Retransmission, dup ACK, out-of-order, lost or unseen segment (Wireshark's "Bad TCP").
    Error,      ///< The worst decode problem is an error (malformed header).
};
inline constexpr int kRowToneCount = static_cast<int>(RowTone::Error) + 1;

struct RowColours {
    QColor background;
    QColor foreground;
};

/// The tone of a row from its decode and its conversation analysis.
[[nodiscard]] RowTone rowToneOf(const DecodedPacket& packet, const PacketAnalysisRecord& analysis) noexcept;

/// Colours per tone; a tone without colours keeps the view's palette.
class RowPalette {
public:
    /// Wireshark-like defaults, both colours set so a row stays readable under a dark theme.
    [[nodiscard]] static RowPalette standard();

    void set(RowTone tone, std::optional<RowColours> colours) { colours_[index(tone)] = colours; }
    [[nodiscard]] const std::optional<RowColours>& colours(RowTone tone) const { return colours_[index(tone)]; }
    /// A marked packet's colours, over any tone (Wireshark: black with white text).
    void setMarked(RowColours colours) { marked_ = colours; }
    [[nodiscard]] const RowColours& marked() const { return marked_; }

private:
    [[nodiscard]] static std::size_t index(RowTone tone) { return static_cast<std::size_t>(tone); }
    std::array<std::optional<RowColours>, kRowToneCount> colours_{};
    RowColours marked_{QColor(0, 0, 0), QColor(255, 255, 255)};
};

} // namespace tcplens::ui
