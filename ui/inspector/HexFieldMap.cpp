#include "HexFieldMap.h"

#include <algorithm>

namespace tcplens::ui {

namespace {

constexpr int kWordBytes = 4;

bool covers(const FieldSpan& span, std::uint64_t bit) noexcept
{
    const std::uint64_t first = std::uint64_t{span.byteOffset} * 8 + span.bitOffset;
    return span.bitWidth > 0 && bit >= first && bit < first + span.bitWidth;
}

} // namespace

void HexFieldMap::build(const FieldSpans& spans, int byteCount)
{
    byteField_.assign(static_cast<std::size_t>(std::max(0, byteCount)), -1);
    byteLayer_.assign(byteField_.size(), Layer::Frame);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const FieldSpan& span = spans[i];
        if (span.bitWidth == 0)
            continue;
        const auto first = static_cast<std::size_t>(span.firstByte());
        const auto end = std::min(byteField_.size(), first + span.byteLength());
        for (std::size_t byte = first; byte < end; ++byte) {
            int& owner = byteField_[byte];
            if (owner < 0 || spans[static_cast<std::size_t>(owner)].depth < span.depth)
                owner = static_cast<int>(i);
            if (span.depth == 0 && span.id != "frame")
                byteLayer_[byte] = span.layer;
        }
    }
}

int HexFieldMap::fieldAtByte(int byte) const noexcept
{
    return byte >= 0 && static_cast<std::size_t>(byte) < byteField_.size() ? byteField_[static_cast<std::size_t>(byte)]
                                                                           : -1;
}

int HexFieldMap::fieldAtBit(const FieldSpans& spans, std::uint64_t bit) const noexcept
{
    int best = -1;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (covers(spans[i], bit) && (best < 0 || spans[static_cast<std::size_t>(best)].depth < spans[i].depth))
            best = static_cast<int>(i);
    }
    return best;
}

Layer HexFieldMap::layerAt(int byte) const noexcept
{
    return byte >= 0 && static_cast<std::size_t>(byte) < byteLayer_.size() ? byteLayer_[static_cast<std::size_t>(byte)]
                                                                           : Layer::Frame;
}

int HexFieldMap::parentOf(const FieldSpans& spans, int index) noexcept
{
    if (index <= 0 || static_cast<std::size_t>(index) >= spans.size())
        return -1;
    const auto depth = spans[static_cast<std::size_t>(index)].depth;
    for (int i = index - 1; i >= 0; --i) {
        if (spans[static_cast<std::size_t>(i)].depth < depth)
            return i;
    }
    return -1;
}

int HexFieldMap::headerOf(const FieldSpans& spans, int index) noexcept
{
    for (int i = index; i >= 0 && static_cast<std::size_t>(i) < spans.size(); i = parentOf(spans, i)) {
        if (spans[static_cast<std::size_t>(i)].depth == 0)
            return spans[static_cast<std::size_t>(i)].id == "frame" ? -1 : i;
    }
    return -1;
}

HexByteRange HexFieldMap::bitBandFor(const FieldSpans& spans, int index) noexcept
{
    if (index < 0 || static_cast<std::size_t>(index) >= spans.size())
        return {};
    const FieldSpan& field = spans[static_cast<std::size_t>(index)];
    HexByteRange range{static_cast<int>(field.firstByte()), std::min<int>(kWordBytes, field.byteLength())};
    for (int i = parentOf(spans, index); i >= 0; i = parentOf(spans, i)) {
        const FieldSpan& up = spans[static_cast<std::size_t>(i)];
        if (up.byteLength() > kWordBytes || up.bitWidth == 0)
            break;
        range = {static_cast<int>(up.firstByte()), static_cast<int>(up.byteLength())};
    }
    return range;
}

QString HexFieldMap::bandCaption(const FieldSpans& spans, int index, HexByteRange range)
{
    const QString frameBytes = range.count > 1
        ? QStringLiteral("frame bytes %1–%2").arg(range.first).arg(range.first + range.count - 1)
        : QStringLiteral("frame byte %1").arg(range.first);
    const int header = headerOf(spans, index);
    if (header < 0)
        return frameBytes;
    const FieldSpan& h = spans[static_cast<std::size_t>(header)];
    const int relative = range.first - static_cast<int>(h.byteOffset);
    const QString size = range.count > 1 ? QStringLiteral(":%1").arg(range.count) : QString();
    return QStringLiteral("%1[%2%3]  ·  %4").arg(QString::fromStdString(h.id)).arg(relative).arg(size, frameBytes);
}

} // namespace tcplens::ui
