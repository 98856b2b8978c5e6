#include "FuzzCaptureFile.h"

#include <capture/CaptureFile.h>

#include <sys/mman.h>
#include <unistd.h>

namespace tcplens::fuzz {

FuzzCaptureFile::FuzzCaptureFile(const std::uint8_t* data, std::size_t size)
{
    fd_ = memfd_create("tcplens-fuzz", MFD_CLOEXEC);
    if (fd_ < 0)
        return;
    std::size_t written = 0;
    while (written < size) {
        const auto n = ::write(fd_, data + written, size - written);
        if (n <= 0)
            return;
        written += static_cast<std::size_t>(n);
    }
    path_ = "/proc/self/fd/" + std::to_string(fd_);
}

FuzzCaptureFile::~FuzzCaptureFile()
{
    if (fd_ >= 0)
        ::close(fd_);
}

std::optional<LoadedCapture> FuzzCaptureFile::load() const
{
    if (path_.empty())
        return std::nullopt;
    try {
        return loadCapture(path_);
    } catch (const CaptureError&) {
        return std::nullopt;
    }
}

} // namespace tcplens::fuzz
