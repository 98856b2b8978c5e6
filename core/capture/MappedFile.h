#pragma once
// A read-only memory map of a capture file: packet bytes are read in place, never copied.

#include "../decode/ByteReader.h"

#include <atomic>
#include <cstdint>
#include <string>

namespace tcplens {

class MappedFile {
public:
    MappedFile() = default;
    /// Maps `path`; on failure (a pipe, no memory) the map stays empty and callers do without.
    explicit MappedFile(const std::string& path);
    /// Maps `capacity` bytes of a file that is still being written (a live capture): what the
    /// writer has written is readable at once; callers only slice bytes known to be written.
    /// On failure the map stays empty.
    [[nodiscard]] static MappedFile growing(const std::string& path, std::uint64_t capacity);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;

    [[nodiscard]] bool isMapped() const noexcept { return data_ != nullptr; }
    /// Bytes written so far: the whole size of a plain file; what a growing file's writer
    /// reported (setFilled), which other threads may read at any time.
    [[nodiscard]] std::uint64_t filled() const noexcept { return filled_.load(std::memory_order_acquire); }
    void setFilled(std::uint64_t bytes) noexcept { filled_.store(bytes, std::memory_order_release); }
    [[nodiscard]] Bytes bytes() const noexcept { return Bytes(data_, size_); }
    /// The bytes [offset, offset + length), or an empty span when they are not all in the file.
    [[nodiscard]] Bytes slice(std::uint64_t offset, std::uint64_t length) const noexcept;

private:
    const std::uint8_t* data_ = nullptr;
    std::size_t size_ = 0;
    std::atomic<std::uint64_t> filled_{0};
};

} // namespace tcplens
