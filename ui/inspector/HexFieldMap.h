#pragma once
// Which field owns each byte and bit of a frame, for the hex view's clicks, tints and bits
// band; built once per packet from the core's FieldSpan list.

#include <decode/FieldSpan.h>

#include <QString>

#include <cstdint>
#include <vector>

namespace tcplens::ui {

/// A run of whole bytes of the frame.
struct HexByteRange {
    int first = 0;
    int count = 0;
};

class HexFieldMap {
public:
    void build(const FieldSpans& spans, int byteCount);

    /// The deepest field covering `byte` (the first in tree order on a tie), or -1.
    [[nodiscard]] int fieldAtByte(int byte) const noexcept;
    /// The deepest field covering bit `bit` of the frame (0 = MSB of byte 0), or -1.
    [[nodiscard]] int fieldAtBit(const FieldSpans& spans, std::uint64_t bit) const noexcept;
    /// The layer of the protocol header that holds `byte`.
    [[nodiscard]] Layer layerAt(int byte) const noexcept;

    /// The span that `index` is a child of in the tree, or -1.
    [[nodiscard]] static int parentOf(const FieldSpans& spans, int index) noexcept;
    /// The protocol header (depth 0, not the whole frame) holding `index`, or -1.
    [[nodiscard]] static int headerOf(const FieldSpans& spans, int index) noexcept;
    /// Bytes to spell out as bits for a field: its widest ancestor that still fits in a 32-bit
    /// word (the SYN flag shows both flag bytes), else the field's first 4 bytes.
    [[nodiscard]] static HexByteRange bitBandFor(const FieldSpans& spans, int index) noexcept;
    /// "tcp[12:2] · frame bytes 46–47", the header-relative offset as tcpdump filters write it.
    [[nodiscard]] static QString bandCaption(const FieldSpans& spans, int index, HexByteRange range);

private:
    std::vector<int> byteField_;
    std::vector<Layer> byteLayer_;
};

} // namespace tcplens::ui
