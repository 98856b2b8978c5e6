#pragma once
// Fuzz input bytes as a capture file with a path, the way the CLI and the GUI open one: an
// in-memory file (memfd) named /proc/self/fd/N, so the harnesses touch no disk.

#include <capture/LoadedCapture.h>

#include <cstddef>
#include <cstdint>
#include <optional>
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
    /// The file through the GUI's loader, or nothing when it was not made or is not a capture.
    [[nodiscard]] std::optional<LoadedCapture> load() const;

private:
    int fd_ = -1;
    std::string path_;
};

} // namespace tcplens::fuzz
