#pragma once
// A TCP socket of the lab (POSIX, IPv4 loopback), closed when it goes; every blocking call
// waits at most the socket's timeout, so a scenario cannot hang.

#include "LabProblem.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace tcplens {

class LabSocket {
public:
    LabSocket() = default;
    explicit LabSocket(int fd) noexcept : fd_(fd) {}
    ~LabSocket();
    LabSocket(LabSocket&& other) noexcept;
    LabSocket& operator=(LabSocket&& other) noexcept;
    LabSocket(const LabSocket&) = delete;
    LabSocket& operator=(const LabSocket&) = delete;

    /// A socket bound to 127.0.0.1 on a free port (written to `port`), not listening.
    [[nodiscard]] static LabSocket bindLoopback(std::uint16_t& port, LabProblem& error);
    /// Connects to 127.0.0.1:port; `before` may set options first. `errorCode` gets connect's errno.
    [[nodiscard]] static LabSocket connectLoopback(std::uint16_t port, std::chrono::milliseconds timeout,
                                                   LabProblem& error, const std::function<void(int)>& before = {},
                                                   int* errorCode = nullptr);
    /// Starts connecting without waiting for the handshake (the SYN is on its way).
    [[nodiscard]] static LabSocket connectLoopbackNonBlocking(std::uint16_t port, LabProblem& error,
                                                              const std::function<void(int)>& before = {});

    [[nodiscard]] int fd() const noexcept { return fd_; }
    [[nodiscard]] bool valid() const noexcept { return fd_ >= 0; }
    void close() noexcept;

    bool listen(int backlog, LabProblem& error);
    /// The next connection of this listener, waiting at most `timeout`.
    [[nodiscard]] LabSocket accept(std::chrono::milliseconds timeout, LabProblem& error);
    bool setOption(int level, int name, int value, LabProblem& error);
    void setTimeouts(std::chrono::milliseconds timeout) noexcept;

    bool sendAll(std::string_view data, LabProblem& error);
    /// Reads exactly `size` bytes (fewer only if the peer closes: error says so).
    bool receiveExactly(std::size_t size, std::string& out, LabProblem& error);
    /// Reads until the peer's FIN.
    bool receiveToEnd(std::string& out, LabProblem& error);
    /// SO_LINGER {on, 0}: close() resets the connection instead of sending a FIN.
    bool closeWithReset(LabProblem& error);
    /// The port of the local end (0 if unknown).
    [[nodiscard]] std::uint16_t localPort() const noexcept;

private:
    int fd_ = -1;
};

} // namespace tcplens
