#pragma once
// Which rows of the packet list stand out, and in what colours (after Wireshark's rules).

#include <decode/DecodedPacket.h>

#include <QColor>

#include <optional>

namespace tcplens::ui {

enum class RowTone {
    Plain,
    Reset,   ///< A TCP RST: the connection is aborted.
    Warning, ///< The worst problem of the frame is a warning (e.g. truncated by the snaplen).
    Error,   ///< The worst problem is an error (bad checksum, malformed header).
};

struct RowColours {
    QColor background;
    QColor foreground;
};

/// A problem outranks a RST, an error outranks a warning; notes leave a row plain.
[[nodiscard]] RowTone rowToneOf(const DecodedPacket& packet) noexcept;
/// The colours of a tone; nullopt for Plain, which keeps the view's palette.
[[nodiscard]] std::optional<RowColours> coloursOf(RowTone tone);

} // namespace tcplens::ui
