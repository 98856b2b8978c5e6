#pragma once
// Which rows of the packet list stand out (a tone from the analysis), and in what colours: the
// colouring rules (display filters, first match wins) with their colours fitted to the theme.

#include <capture/PacketAnalysisStore.h>
#include <decode/DecodedPacket.h>
#include <filter/ColouringRuleSet.h>

#include "shell/ThemeKind.h"

#include <QColor>

#include <memory>
#include <vector>

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

/// WCAG 2 contrast ratio of two colours (1..21).
[[nodiscard]] double contrastRatio(const QColor& a, const QColor& b);
/// A colouring rule's colours as the theme shows them. Light: the rule's own (black or white text
/// when its own text is below 4.5:1, as Wireshark's grey-on-white Broadcast is). Dark: a pale
/// background turns dark with its hue kept, dark text turns light, at least 4.5:1. High contrast:
/// the rule's colours when they reach 7:1, else black or white text (the background pushed lighter
/// or darker if even that falls short): Wireshark's slate on grey SYN/FIN is only 6:1.
[[nodiscard]] RowColours rowColoursFor(ThemeKind theme, const ColouringRule& rule);
/// A marked packet's colours (Wireshark: black with white text; inverted on a dark list).
[[nodiscard]] RowColours markedRowColours(ThemeKind theme);

/// How the packet list paints its rows.
struct RowColouring {
    std::shared_ptr<const ColouringRuleSet> rules; ///< Compiled once; null paints nothing
    std::vector<RowColours> colours;               ///< Per rule of rules->rules()
    RowColours marked = markedRowColours(ThemeKind::Light);
    bool enabled = true;                           ///< View › Colorize Packet List
    /// The rules with their colours for `theme`.
    [[nodiscard]] static RowColouring of(std::shared_ptr<const ColouringRuleSet> rules, ThemeKind theme, bool enabled);
};

} // namespace tcplens::ui
