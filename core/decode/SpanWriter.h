#pragma once
// Appends FieldSpans when a caller asked for them and costs nothing otherwise:
// the hot decode path passes no list, and text is only formatted on demand.

#include "FieldSpan.h"

#include <string>
#include <utility>

namespace tcplens {

/// A run of bits read as one number, e.g. the 12 TCP flag bits starting 4 bits into byte 12.
struct BitContainer {
    std::uint32_t offset = 0; ///< Byte where the container starts.
    unsigned startBit = 0;    ///< Bit inside that byte where it starts, 0 = MSB.
    unsigned bits = 8;        ///< Width of the container.
    std::uint64_t value = 0;
};

class SpanWriter {
public:
    /// `frameSize` bounds every span: a header claiming more than was captured is cut at the end.
    SpanWriter(FieldSpans* out, std::size_t frameSize) noexcept : out_(out), frameSize_(frameSize) {}

    [[nodiscard]] bool enabled() const noexcept { return out_ != nullptr; }

    /// Adds a whole-byte field (or header) covering `byteLength` bytes.
    template <class MakeText>
    void bytes(const char* id, const char* name, std::uint32_t offset, std::uint32_t byteLength, std::uint64_t value,
               std::uint8_t depth, MakeText&& makeText)
    {
        if (out_)
            addBytes(id, name, offset, byteLength, value, depth, std::forward<MakeText>(makeText));
    }

    /// Like bytes(), but inserts the span at `position`: for values learnt after later fields were added.
    template <class MakeText>
    void insertBytes(std::size_t position, const char* id, const char* name, std::uint32_t offset,
                     std::uint32_t byteLength, std::uint64_t value, std::uint8_t depth, MakeText&& makeText)
    {
        if (out_ && position <= out_->size())
            out_->insert(out_->begin() + static_cast<std::ptrdiff_t>(position),
                         FieldSpan{id, name, offset, 0, clamp(offset, byteLength) * 8, value,
                                   std::forward<MakeText>(makeText)(), deeper(depth), layer_});
    }

    /// Adds a bit field: `width` bits starting `shift` bits after the first bit of the container;
    /// its text starts with Wireshark's bit picture, e.g. ".... ..1. = Syn: Set".
    template <class MakeValueText>
    void bits(const char* id, const char* name, const BitContainer& container, unsigned shift, unsigned width,
              std::uint8_t depth, MakeValueText&& makeValueText)
    {
        if (out_)
            addBits(id, name, container, shift, width, depth, std::forward<MakeValueText>(makeValueText));
    }
    template <class MakeValueText>
    [[gnu::noinline]] void addBits(const char* id, const char* name, const BitContainer& container, unsigned shift,
                                   unsigned width, std::uint8_t depth, MakeValueText&& makeValueText)
    {
        const std::uint64_t mask = width >= 64 ? ~0ULL : ((1ULL << width) - 1);
        const std::uint64_t value = (container.value >> (container.bits - shift - width)) & mask;
        const std::uint32_t firstBit = container.startBit + shift;
        out_->push_back(FieldSpan{id, name, container.offset + firstBit / 8, firstBit % 8, width, value,
                                  bitMaskPicture(container.value, container.bits, shift, width) + " = " + name + ": "
                                      + std::forward<MakeValueText>(makeValueText)(),
                                  deeper(depth), layer_});
    }

    /// A one-bit flag rendered "Set" / "Not set".
    void flag(const char* id, const char* name, const BitContainer& container, unsigned shift, std::uint8_t depth)
    {
        if (!out_)
            return;
        const bool set = (container.value >> (container.bits - shift - 1)) & 1U;
        bits(id, name, container, shift, 1, depth, [set] { return std::string(set ? "Set" : "Not set"); });
    }

    void setLayer(Layer layer) noexcept
    {
        if (!layerLocked_)
            layer_ = layer;
    }
    [[nodiscard]] Layer layer() const noexcept { return layer_; }
    /// Nests every later span `base` levels deeper: headers quoted inside another header.
    void setDepthBase(std::uint8_t base) noexcept { depthBase_ = base; }
    /// Keeps later spans on this layer whatever setLayer() says: a quoted TCP header is not the transport.
    void lockLayer(bool locked) noexcept { layerLocked_ = locked; }

    /// Index of the next span, to amend a header span once its true extent is known.
    [[nodiscard]] std::size_t size() const noexcept { return out_ ? out_->size() : 0; }
    void resize(std::size_t index, std::uint32_t byteLength)
    {
        if (out_ && index < out_->size())
            (*out_)[index].bitWidth = clamp((*out_)[index].byteOffset, byteLength) * 8;
    }
    void setText(std::size_t index, std::string text)
    {
        if (out_ && index < out_->size())
            (*out_)[index].text = std::move(text);
    }

private:
    // Out of line so the disabled path above stays a single inlined test.
    template <class MakeText>
    [[gnu::noinline]] void addBytes(const char* id, const char* name, std::uint32_t offset, std::uint32_t byteLength,
                                    std::uint64_t value, std::uint8_t depth, MakeText&& makeText)
    {
        out_->push_back(FieldSpan{id, name, offset, 0, clamp(offset, byteLength) * 8, value,
                                  std::forward<MakeText>(makeText)(), deeper(depth), layer_});
    }

    [[nodiscard]] std::uint8_t deeper(std::uint8_t depth) const noexcept
    {
        return static_cast<std::uint8_t>(depth + depthBase_);
    }

    [[nodiscard]] std::uint32_t clamp(std::uint32_t offset, std::uint32_t byteLength) const noexcept
    {
        if (offset >= frameSize_)
            return 0;
        const auto available = static_cast<std::uint32_t>(frameSize_ - offset);
        return byteLength < available ? byteLength : available;
    }

    FieldSpans* out_;
    std::size_t frameSize_;
    Layer layer_ = Layer::Frame;
    std::uint8_t depthBase_ = 0;
    bool layerLocked_ = false;
};

} // namespace tcplens
