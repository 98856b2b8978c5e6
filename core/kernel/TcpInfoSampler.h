#pragma once
// Reads the kernel's tcp_info of local TCP sockets through sock_diag netlink (what `ss -ti`
// does): NETLINK_SOCK_DIAG, SOCK_DIAG_BY_FAMILY, inet_diag_req_v2 asking for INET_DIAG_INFO and
// INET_DIAG_CONG. Linux only.
//
// The kernel answers for the network namespace the netlink socket was opened in: the calling
// thread's namespace when the sampler is constructed. A conversation between two other hosts, or
// one whose socket lives in another namespace (a container, `ip netns`), has no socket here.

#include "TcpInfoSample.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tcplens {

/// What to list in a dump: unset parts match anything.
struct TcpInfoFilter {
    std::optional<IpAddress> localAddress;
    std::uint16_t localPort = 0; ///< 0: any.
    std::optional<IpAddress> remoteAddress;
    std::uint16_t remotePort = 0;
    bool includeListening = false;
    [[nodiscard]] bool matches(const Endpoint& local, const Endpoint& remote) const noexcept;
};

class TcpInfoSampler {
public:
    /// Opens the netlink socket in the calling thread's network namespace; on failure valid() is
    /// false and error() says why.
    TcpInfoSampler();
    ~TcpInfoSampler();
    TcpInfoSampler(const TcpInfoSampler&) = delete;
    TcpInfoSampler& operator=(const TcpInfoSampler&) = delete;

    [[nodiscard]] bool valid() const noexcept { return fd_ >= 0; }
    /// The last failure ("" when the last call worked or found nothing).
    [[nodiscard]] const std::string& error() const noexcept { return error_; }

    /// The socket whose local end is `local` and remote end `remote` (an exact lookup, one
    /// round trip), or nullopt when there is none in this namespace or it is listening. `exists`
    /// is also true for a socket without tcp_info (TIME_WAIT, a half-open request in SYN_RECV);
    /// `state` gets its TCP_* state then (tcpStateName names it).
    [[nodiscard]] std::optional<TcpInfoSample> query(const Endpoint& local, const Endpoint& remote,
                                                     bool* exists = nullptr, std::uint8_t* state = nullptr);
    /// Every TCP socket of `family` (4 or 6; 0 for both) that the filter matches.
    [[nodiscard]] std::vector<TcpInfoSample> dump(int family, const TcpInfoFilter& filter = {});

private:
    bool send(const void* request, std::size_t size);
    /// Reads answers until NLMSG_DONE (dump) or one answer (exact); false on a netlink error.
    bool receive(bool dump, const std::function<void(std::span<const std::uint8_t>)>& onMessage);

    int fd_ = -1;
    std::uint32_t sequence_ = 0;
    std::string error_;
    std::vector<std::uint8_t> buffer_;
};

/// Decodes one inet_diag_msg netlink payload (after the nlmsghdr) with its attributes into a
/// sample stamped `timestampNs`; nullopt when it is too short or has no INET_DIAG_INFO. A shorter
/// tcp_info (older kernel) leaves the fields it lacks unset.
[[nodiscard]] std::optional<TcpInfoSample> parseInetDiagMessage(std::span<const std::uint8_t> payload,
                                                                std::int64_t timestampNs);

/// CLOCK_REALTIME in nanoseconds.
[[nodiscard]] std::int64_t realtimeNs() noexcept;

} // namespace tcplens
