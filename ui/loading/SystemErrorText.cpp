#include "SystemErrorText.h"

#include <cerrno>
#include <cstring>

namespace tcplens::ui {

QString SystemErrorText::of(int code, bool reading)
{
    // The sources are glibc's strerror() texts word for word (TestReadProblemText checks).
    switch (code) {
    case ENOENT: return tr("No such file or directory");
    case EACCES: return reading ? tr("Permission denied", "opening or reading a file") : tr("Permission denied");
    case EPERM: return tr("Operation not permitted");
    case EISDIR: return tr("Is a directory");
    case ENOTDIR: return tr("Not a directory");
    case ENOSPC: return tr("No space left on device");
    case EDQUOT: return tr("Disk quota exceeded");
    case EIO: return tr("Input/output error");
    case ENOMEM: return tr("Cannot allocate memory");
    case EMFILE: return tr("Too many open files");
    case ENFILE: return tr("Too many open files in system");
    case ENAMETOOLONG: return tr("File name too long");
    case ELOOP: return tr("Too many levels of symbolic links");
    case EROFS: return tr("Read-only file system");
    case ENXIO: return tr("No such device or address");
    case ENODEV: return tr("No such device");
    case EFBIG: return tr("File too large");
    case EOVERFLOW: return tr("Value too large for defined data type");
    case EINVAL: return tr("Invalid argument");
    case EBUSY: return tr("Device or resource busy");
    case ETXTBSY: return tr("Text file busy");
    case EAGAIN: return tr("Resource temporarily unavailable");
    case EPIPE: return tr("Broken pipe");
    case EINTR: return tr("Interrupted system call");
    case ECONNREFUSED: return tr("Connection refused");
    case ECONNRESET: return tr("Connection reset by peer");
    case ETIMEDOUT: return tr("Connection timed out");
    case EADDRINUSE: return tr("Address already in use");
    case EADDRNOTAVAIL: return tr("Cannot assign requested address");
    case ENETUNREACH: return tr("Network is unreachable");
    case EHOSTUNREACH: return tr("No route to host");
    case ENOTCONN: return tr("Transport endpoint is not connected");
    case ENOBUFS: return tr("No buffer space available");
    default: break;
    }
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace tcplens::ui
