#include "HistoryText.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

namespace tcplens {

static_assert(sizeof(HistoryText) == 16);

namespace {

/// Room allocated for `size` letters on the heap.
std::size_t capacityFor(std::size_t size)
{
    return std::max<std::size_t>(32, std::bit_ceil(size));
}

} // namespace

HistoryText::HistoryText(const HistoryText& other)
{
    *this = other;
}

HistoryText::HistoryText(HistoryText&& other) noexcept
{
    std::memcpy(bytes_, other.bytes_, sizeof bytes_);
    other.bytes_[kInline] = 0;
}

HistoryText& HistoryText::operator=(const HistoryText& other)
{
    if (this == &other)
        return *this;
    release();
    if (!other.onHeap()) {
        std::memcpy(bytes_, other.bytes_, sizeof bytes_);
        return *this;
    }
    const auto text = other.view();
    Heap copy{new char[capacityFor(text.size())], static_cast<std::uint32_t>(text.size())};
    std::memcpy(copy.data, text.data(), text.size());
    setHeap(copy);
    return *this;
}

HistoryText& HistoryText::operator=(HistoryText&& other) noexcept
{
    if (this != &other) {
        release();
        std::memcpy(bytes_, other.bytes_, sizeof bytes_);
        other.bytes_[kInline] = 0;
    }
    return *this;
}

HistoryText::~HistoryText()
{
    release();
}

HistoryText::Heap HistoryText::heap() const noexcept
{
    Heap heap;
    std::memcpy(&heap.data, bytes_, sizeof heap.data);
    std::memcpy(&heap.size, bytes_ + 8, sizeof heap.size);
    return heap;
}

void HistoryText::setHeap(const Heap& heap) noexcept
{
    std::memcpy(bytes_, &heap.data, sizeof heap.data);
    std::memcpy(bytes_ + 8, &heap.size, sizeof heap.size);
    bytes_[kInline] = kOnHeap;
}

void HistoryText::release() noexcept
{
    if (onHeap())
        delete[] heap().data;
    bytes_[kInline] = 0;
}

void HistoryText::push_back(char letter)
{
    if (!onHeap()) {
        const std::size_t size = bytes_[kInline];
        if (size < kInline) {
            bytes_[size] = static_cast<unsigned char>(letter);
            bytes_[kInline] = static_cast<unsigned char>(size + 1);
            return;
        }
        Heap grown{new char[capacityFor(kInline)], static_cast<std::uint32_t>(kInline)};
        std::memcpy(grown.data, bytes_, kInline);
        setHeap(grown);
    }
    auto h = heap();
    if (h.size == std::numeric_limits<std::uint32_t>::max())
        return; // 4 GB of letters for one conversation: the history stops there
    if (h.size == capacityFor(h.size)) {
        char* data = new char[capacityFor(std::size_t{h.size} + 1)];
        std::memcpy(data, h.data, h.size);
        delete[] h.data;
        h.data = data;
    }
    h.data[h.size++] = letter;
    setHeap(h);
}

std::string_view HistoryText::view() const noexcept
{
    if (onHeap()) {
        const auto h = heap();
        return {h.data, h.size};
    }
    return {reinterpret_cast<const char*>(bytes_), bytes_[kInline]};
}

} // namespace tcplens
