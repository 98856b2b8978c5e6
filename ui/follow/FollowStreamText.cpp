#include "FollowStreamText.h"

#include <follow/FollowWriter.h>

#include <algorithm>

namespace tcplens::ui {
namespace {

constexpr std::uint32_t kAsciiWrap = 160; // a line without newline wraps here
constexpr std::uint32_t kRawBytesPerLine = 32;

} // namespace

void FollowStreamText::add(const FollowChunk& chunk)
{
    // A gap holds Wireshark's stand-in text as its bytes, so every format shows it as tshark
    // does (and the hex dump's offsets count it, as tshark's do); payload() leaves it out.
    std::string gap;
    auto bytes = chunk.bytes;
    if (chunk.isGap()) {
        gap = followGapText(chunk.missing);
        bytes = {reinterpret_cast<const std::uint8_t*>(gap.data()), gap.size()};
    }
    Chunk stored;
    stored.node = chunk.node;
    stored.frame = chunk.frame;
    stored.start = static_cast<std::uint64_t>(bytes_.size());
    stored.length = static_cast<std::uint32_t>(bytes.size());
    stored.missing = chunk.missing;
    stored.sideOffset = sideShown_[chunk.node];
    stored.sideIndex = sideChunks_[chunk.node]++;
    bytes_.append(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
    sideShown_[chunk.node] += bytes.size();
    if (!chunk.isGap())
        sideBytes_[chunk.node] += bytes.size();
    chunks_.push_back(stored);
}

bool FollowStreamText::shown(const Chunk& chunk) const noexcept
{
    return sides_ == Sides::Both || (sides_ == Sides::Node0) == (chunk.node == 0);
}

void FollowStreamText::layout(Format format, Sides sides)
{
    format_ = format;
    sides_ = sides;
    lines_.clear();
    longest_ = 0;
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes_.constData());
    for (std::uint32_t c = 0; c < chunks_.size(); ++c) {
        const auto& chunk = chunks_[c];
        if (!shown(chunk))
            continue;
        const auto* bytes = data + chunk.start;
        switch (format) {
        case Format::Ascii: {
            std::uint32_t at = 0;
            while (at < chunk.length) {
                std::uint32_t end = at;
                while (end < chunk.length && end - at < kAsciiWrap && bytes[end] != '\n')
                    ++end;
                const std::uint32_t next = end < chunk.length && bytes[end] == '\n' ? end + 1 : end;
                lines_.push_back({c, at, end - at});
                longest_ = std::max(longest_, static_cast<int>(end - at));
                at = next;
            }
            break;
        }
        case Format::Hex:
            for (std::uint32_t at = 0; at < chunk.length; at += 16)
                lines_.push_back({c, at, std::min<std::uint32_t>(16, chunk.length - at)});
            longest_ = std::max(longest_, 78);
            break;
        case Format::CArray:
            lines_.push_back({c, kHeader, 0});
            for (std::uint32_t at = 0; at < chunk.length; at += 8)
                lines_.push_back({c, at, std::min<std::uint32_t>(8, chunk.length - at)});
            longest_ = std::max(longest_, 52);
            break;
        case Format::Raw:
            for (std::uint32_t at = 0; at < chunk.length; at += kRawBytesPerLine)
                lines_.push_back({c, at, std::min<std::uint32_t>(kRawBytesPerLine, chunk.length - at)});
            longest_ = std::max(longest_, static_cast<int>(2 * kRawBytesPerLine));
            break;
        }
    }
}

QString FollowStreamText::lineText(int index) const
{
    const auto& line = lines_[static_cast<std::size_t>(index)];
    const auto& chunk = chunks_[line.chunk];
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(bytes_.constData()) + chunk.start + line.offset;
    const std::span<const std::uint8_t> span(bytes, line.length);
    static constexpr char kHex[] = "0123456789abcdef";
    QString text;
    switch (format_) {
    case Format::Ascii:
        text.reserve(static_cast<qsizetype>(line.length));
        for (std::size_t i = 0; i < span.size(); ++i) {
            if (span[i] == '\r' && i + 1 == span.size())
                break; // the CR of a CR LF line end
            text += span[i] == '\r' ? QLatin1Char('.') : QChar::fromLatin1(followAsciiChar(span[i]));
        }
        break;
    case Format::Hex:
        text = QString::fromStdString(followHexLine(chunk.sideOffset + line.offset, span));
        break;
    case Format::CArray:
        if (line.offset == kHeader)
            return QStringLiteral("char peer%1_%2[] = { /* Packet %3 */").arg(chunk.node).arg(chunk.sideIndex).arg(chunk.frame);
        for (std::size_t i = 0; i < span.size(); ++i) {
            text += QStringLiteral("0x") + QChar::fromLatin1(kHex[span[i] >> 4U]) + QChar::fromLatin1(kHex[span[i] & 15U]);
            const bool last = line.offset + i + 1 == chunk.length;
            text += last ? QStringLiteral(" };") : QStringLiteral(", ");
        }
        break;
    case Format::Raw:
        for (const auto byte : span)
            text.append(QChar::fromLatin1(kHex[byte >> 4U])).append(QChar::fromLatin1(kHex[byte & 15U]));
        break;
    }
    return text;
}

QByteArray FollowStreamText::asciiText() const
{
    QByteArray out;
    for (const auto& chunk : chunks_) {
        if (!shown(chunk))
            continue;
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(bytes_.constData()) + chunk.start;
        for (std::uint32_t i = 0; i < chunk.length; ++i)
            out += followAsciiChar(bytes[i]);
        out += '\n';
    }
    return out;
}

QByteArray FollowStreamText::payload() const
{
    QByteArray out;
    for (const auto& chunk : chunks_)
        if (shown(chunk) && chunk.missing == 0)
            out.append(bytes_.constData() + chunk.start, chunk.length);
    return out;
}

int FollowStreamText::find(const QString& needle, int from) const
{
    if (needle.isEmpty() || lines_.empty())
        return -1;
    const int count = lineCount();
    for (int i = 0; i < count; ++i) {
        const int line = (from + i) % count;
        if (lineText(line).contains(needle, Qt::CaseInsensitive))
            return line;
    }
    return -1;
}

} // namespace tcplens::ui
