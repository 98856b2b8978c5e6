#include "LabSocket.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace tcplens {
namespace {

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

/// `kind` with the errno of the call that just failed.
LabProblem failure(LabProblemKind kind)
{
    return {kind, {}, errno};
}

constexpr std::chrono::milliseconds kDefaultTimeout{5000};

} // namespace

LabSocket::~LabSocket()
{
    close();
}

LabSocket::LabSocket(LabSocket&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

LabSocket& LabSocket::operator=(LabSocket&& other) noexcept
{
    if (this != &other) {
        close();
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

void LabSocket::close() noexcept
{
    if (fd_ >= 0)
        ::close(std::exchange(fd_, -1));
}

LabSocket LabSocket::bindLoopback(std::uint16_t& port, LabProblem& error)
{
    LabSocket socket(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (!socket.valid()) {
        error = failure(LabProblemKind::CannotMakeSocket);
        return {};
    }
    if (!socket.setOption(SOL_SOCKET, SO_REUSEADDR, 1, error))
        return {};
    auto address = loopback(0);
    socklen_t length = sizeof address;
    if (::bind(socket.fd(), reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0
        || ::getsockname(socket.fd(), reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        error = failure(LabProblemKind::CannotBind);
        return {};
    }
    port = ntohs(address.sin_port);
    socket.setTimeouts(kDefaultTimeout);
    return socket;
}

LabSocket LabSocket::connectLoopbackNonBlocking(std::uint16_t port, LabProblem& error,
                                                const std::function<void(int)>& before)
{
    LabSocket socket(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!socket.valid()) {
        error = failure(LabProblemKind::CannotMakeSocket);
        return {};
    }
    if (before)
        before(socket.fd());
    const auto address = loopback(port);
    if (::connect(socket.fd(), reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0
        && errno != EINPROGRESS) {
        error = failure(LabProblemKind::CannotConnect);
        return {};
    }
    return socket;
}

LabSocket LabSocket::connectLoopback(std::uint16_t port, std::chrono::milliseconds timeout, LabProblem& error,
                                     const std::function<void(int)>& before, int* errorCode)
{
    if (errorCode)
        *errorCode = 0;
    LabSocket socket = connectLoopbackNonBlocking(port, error, before);
    if (!socket.valid())
        return {};
    pollfd ready{socket.fd(), POLLOUT, 0};
    int rc = 0;
    do
        rc = ::poll(&ready, 1, static_cast<int>(timeout.count()));
    while (rc < 0 && errno == EINTR);
    if (rc == 0) {
        error = LabProblem(LabProblemKind::ConnectTimedOut, {std::to_string(port)});
        if (errorCode)
            *errorCode = ETIMEDOUT;
        return {};
    }
    int code = 0;
    socklen_t length = sizeof code;
    ::getsockopt(socket.fd(), SOL_SOCKET, SO_ERROR, &code, &length);
    if (code != 0) {
        if (errorCode)
            *errorCode = code;
        error = LabProblem(LabProblemKind::CannotConnectTo, {std::to_string(port)}, code);
        return {};
    }
    ::fcntl(socket.fd(), F_SETFL, ::fcntl(socket.fd(), F_GETFL) & ~O_NONBLOCK);
    socket.setTimeouts(timeout);
    return socket;
}

bool LabSocket::listen(int backlog, LabProblem& error)
{
    if (::listen(fd_, backlog) == 0)
        return true;
    error = failure(LabProblemKind::CannotListen);
    return false;
}

LabSocket LabSocket::accept(std::chrono::milliseconds timeout, LabProblem& error)
{
    pollfd ready{fd_, POLLIN, 0};
    int rc = 0;
    do
        rc = ::poll(&ready, 1, static_cast<int>(timeout.count()));
    while (rc < 0 && errno == EINTR);
    if (rc <= 0) {
        error = rc == 0 ? LabProblem(LabProblemKind::NoConnectionCame) : failure(LabProblemKind::CannotWaitForConnection);
        return {};
    }
    LabSocket socket(::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC));
    if (!socket.valid()) {
        error = failure(LabProblemKind::CannotAccept);
        return {};
    }
    socket.setTimeouts(timeout);
    return socket;
}

bool LabSocket::setOption(int level, int name, int value, LabProblem& error)
{
    if (::setsockopt(fd_, level, name, &value, sizeof value) == 0)
        return true;
    error = failure(LabProblemKind::CannotSetOption);
    return false;
}

void LabSocket::setTimeouts(std::chrono::milliseconds timeout) noexcept
{
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(timeout.count() / 1000);
    tv.tv_usec = static_cast<suseconds_t>((timeout.count() % 1000) * 1000);
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

bool LabSocket::sendAll(std::string_view data, LabProblem& error)
{
    while (!data.empty()) {
        const auto sent = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            error = errno == EAGAIN ? LabProblem(LabProblemKind::SendTimedOut) : failure(LabProblemKind::CannotSend);
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(sent));
    }
    return true;
}

bool LabSocket::receiveExactly(std::size_t size, std::string& out, LabProblem& error)
{
    out.clear();
    char buffer[4096];
    while (out.size() < size) {
        const auto wanted = std::min(sizeof buffer, size - out.size());
        const auto got = ::recv(fd_, buffer, wanted, 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            error = got == 0 ? LabProblem(LabProblemKind::PeerClosedEarly, {std::to_string(out.size()), std::to_string(size)})
                  : errno == EAGAIN ? LabProblem(LabProblemKind::ReceiveTimedOut)
                                    : failure(LabProblemKind::CannotReceive);
            return false;
        }
        out.append(buffer, static_cast<std::size_t>(got));
    }
    return true;
}

bool LabSocket::receiveToEnd(std::string& out, LabProblem& error)
{
    out.clear();
    char buffer[4096];
    for (;;) {
        const auto got = ::recv(fd_, buffer, sizeof buffer, 0);
        if (got == 0)
            return true;
        if (got < 0) {
            if (errno == EINTR)
                continue;
            error = errno == EAGAIN ? LabProblem(LabProblemKind::FinTimedOut) : failure(LabProblemKind::CannotReceive);
            return false;
        }
        out.append(buffer, static_cast<std::size_t>(got));
    }
}

bool LabSocket::closeWithReset(LabProblem& error)
{
    const linger abort{1, 0};
    if (::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &abort, sizeof abort) != 0) {
        error = failure(LabProblemKind::CannotSetLinger);
        return false;
    }
    close();
    return true;
}

std::uint16_t LabSocket::localPort() const noexcept
{
    sockaddr_in address{};
    socklen_t length = sizeof address;
    if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return 0;
    return ntohs(address.sin_port);
}

} // namespace tcplens
