#include "MappedFile.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace tcplens {

MappedFile::MappedFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        void* map = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (map != MAP_FAILED) {
            data_ = static_cast<const std::uint8_t*>(map);
            size_ = static_cast<std::size_t>(st.st_size);
            filled_ = size_;
        }
    }
    ::close(fd);
}

MappedFile MappedFile::growing(const std::string& path, std::uint64_t capacity)
{
    MappedFile file;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return file;
    // A shared map past the end of the file: pages the writer fills show up through the page
    // cache; untouched ones are never read, and reserve no memory.
    void* map = ::mmap(nullptr, static_cast<std::size_t>(capacity), PROT_READ, MAP_SHARED | MAP_NORESERVE, fd, 0);
    if (map != MAP_FAILED) {
        file.data_ = static_cast<const std::uint8_t*>(map);
        file.size_ = static_cast<std::size_t>(capacity);
    }
    ::close(fd);
    return file;
}

MappedFile::~MappedFile()
{
    if (data_)
        ::munmap(const_cast<std::uint8_t*>(data_), size_);
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)),
      filled_(other.filled_.exchange(0))
{
}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept
{
    if (this != &other) {
        if (data_)
            ::munmap(const_cast<std::uint8_t*>(data_), size_);
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
        filled_ = other.filled_.exchange(0);
    }
    return *this;
}

Bytes MappedFile::slice(std::uint64_t offset, std::uint64_t length) const noexcept
{
    if (!data_ || offset > size_ || length > size_ - offset)
        return {};
    return Bytes(data_ + offset, static_cast<std::size_t>(length));
}

} // namespace tcplens
