#pragma once
// Zeek's history letters of one conversation in 16 bytes: up to 15 letters in place (nearly every
// conversation), longer ones on the heap. A std::string would cost 32 bytes in every conversation.

#include <cstdint>
#include <string>
#include <string_view>

namespace tcplens {

class HistoryText {
public:
    HistoryText() noexcept = default;
    HistoryText(const HistoryText& other);
    HistoryText(HistoryText&& other) noexcept;
    HistoryText& operator=(const HistoryText& other);
    HistoryText& operator=(HistoryText&& other) noexcept;
    ~HistoryText();

    void push_back(char letter);
    [[nodiscard]] std::string_view view() const noexcept;
    [[nodiscard]] std::string str() const { return std::string(view()); }
    [[nodiscard]] bool empty() const noexcept { return bytes_[kInline] == 0; }
    [[nodiscard]] std::size_t size() const noexcept { return view().size(); }

private:
    static constexpr std::size_t kInline = 15;
    static constexpr unsigned char kOnHeap = 0xff;
    /// Where the letters are once there are more than kInline: bytes 0-7 the pointer, 8-11 the
    /// count. The capacity is the count rounded up to a power of two, at least 32.
    struct Heap {
        char* data = nullptr;
        std::uint32_t size = 0;
    };
    [[nodiscard]] bool onHeap() const noexcept { return bytes_[kInline] == kOnHeap; }
    [[nodiscard]] Heap heap() const noexcept;
    void setHeap(const Heap& heap) noexcept;
    void release() noexcept;

    /// Letters in place with their count in the last byte, or a Heap with kOnHeap in the last byte.
    alignas(8) unsigned char bytes_[kInline + 1] = {};
};

} // namespace tcplens
