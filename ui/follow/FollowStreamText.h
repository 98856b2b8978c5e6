#pragma once
// A followed TCP stream held for display: every chunk's bytes in one buffer and, for the chosen
// format and direction, an index of display lines, so a 100 MB stream shows without laying out
// 100 MB of text. Widget-free; FollowStreamView paints the lines it is asked for.

#include <follow/FollowChunk.h>

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace tcplens::ui {

class FollowStreamText {
public:
    enum class Format { Ascii, Hex, CArray, Raw };
    enum class Sides { Both, Node0, Node1 };

    struct Chunk {
        std::uint8_t node = 0;
        std::uint32_t frame = 0;
        std::uint64_t start = 0;   ///< In bytes().
        std::uint32_t length = 0;
        std::uint32_t missing = 0; ///< A gap of this many bytes: its bytes are Wireshark's stand-in text.
        std::uint64_t sideOffset = 0; ///< Bytes this side showed before it, gap texts too (hex offsets, as tshark).
        std::uint32_t sideIndex = 0;  ///< Its number among the side's chunks (C array names).
    };

    /// Appends one chunk as the follower hands it over.
    void add(const FollowChunk& chunk);
    void setPeers(const FollowPeers& peers) { peers_ = peers; }
    [[nodiscard]] const FollowPeers& peers() const noexcept { return peers_; }

    /// Rebuilds the line index.
    void layout(Format format, Sides sides);
    [[nodiscard]] Format format() const noexcept { return format_; }
    [[nodiscard]] Sides sides() const noexcept { return sides_; }

    [[nodiscard]] int lineCount() const noexcept { return static_cast<int>(lines_.size()); }
    [[nodiscard]] QString lineText(int line) const;
    [[nodiscard]] const Chunk& chunkOfLine(int line) const { return chunks_[lines_[static_cast<std::size_t>(line)].chunk]; }
    [[nodiscard]] int longestLine() const noexcept { return longest_; }

    [[nodiscard]] const std::vector<Chunk>& chunks() const noexcept { return chunks_; }
    [[nodiscard]] const QByteArray& bytes() const noexcept { return bytes_; }
    [[nodiscard]] std::uint64_t sideBytes(int node) const noexcept { return sideBytes_[node]; }
    /// The shown sides' payload bytes in order, gaps left out (Save as Raw).
    [[nodiscard]] QByteArray payload() const;
    /// The shown chunks as tshark's ascii mode prints them, without its length lines: each chunk's
    /// bytes (non-printables as '.', CR and LF kept) and a newline (Save as in ASCII).
    [[nodiscard]] QByteArray asciiText() const;
    /// First line at or after `from` (wrapping) whose text contains `needle`; -1 if none.
    [[nodiscard]] int find(const QString& needle, int from) const;

private:
    struct Line {
        std::uint32_t chunk = 0;
        std::uint32_t offset = 0; ///< Within the chunk; for a C array header, kHeader.
        std::uint32_t length = 0;
    };
    static constexpr std::uint32_t kHeader = 0xffffffffU;

    [[nodiscard]] bool shown(const Chunk& chunk) const noexcept;

    QByteArray bytes_;
    std::vector<Chunk> chunks_;
    std::vector<Line> lines_;
    FollowPeers peers_;
    Format format_ = Format::Ascii;
    Sides sides_ = Sides::Both;
    std::uint64_t sideBytes_[2] = {0, 0}; ///< Payload, gaps left out.
    std::uint64_t sideShown_[2] = {0, 0}; ///< Payload and gap texts.
    std::uint32_t sideChunks_[2] = {0, 0};
    int longest_ = 0;
};

} // namespace tcplens::ui
