#pragma once
// A read-only memory map of a capture file: packet bytes are read in place, never copied.

#include "../decode/ByteReader.h"

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
    [[nodiscard]] Bytes bytes() const noexcept { return Bytes(data_, size_); }
    /// The bytes [offset, offset + length), or an empty span when they are not all in the file.
    [[nodiscard]] Bytes slice(std::uint64_t offset, std::uint64_t length) const noexcept;

private:
    const std::uint8_t* data_ = nullptr;
    std::size_t size_ = 0;
};

} // namespace tcplens
