#pragma once
// Fuzz input bytes as a capture file with a path, the way the CLI and the GUI open one: an
// in-memory file (memfd) named /proc/self/fd/N, so the harnesses touch no disk.

#include <cstddef>
#include <cstdint>
#include <string>

namespace tcplens::fuzz {

class FuzzCaptureFile {
public:
    FuzzCaptureFile(const std::uint8_t* data, std::size_t size);
    ~FuzzCaptureFile();
    FuzzCaptureFile(const FuzzCaptureFile&) = delete;
    FuzzCaptureFile& operator=(const FuzzCaptureFile&) = delete;

    /// Empty when the file could not be made (the harness then has nothing to do).
    [[nodiscard]] const std::string& path() const noexcept { return path_; }

private:
    int fd_ = -1;
    std::string path_;
};

} // namespace tcplens::fuzz
