#pragma once
// A delay line between two interfaces of a relay namespace, for kernel tests that need a path with
// a round-trip time (the test kernel has no netem).

#include "InNamespace.h"

#include <QString>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <thread>
#include <utility>
#include <vector>

#include <arpa/inet.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tcplens::test {

/// The path between a relay namespace's two interfaces: every frame that arrives on one leaves by
/// the other `oneWay` seconds later (AF_PACKET, one thread per direction), through the qdisc of its
/// egress. A delay line for kernels without netem.
class PacketDelayLine {
public:
    bool start(const QString& ns, const std::array<QString, 2>& interfaces, double oneWay)
    {
        delay_ = std::chrono::nanoseconds(static_cast<std::int64_t>(oneWay * 1e9));
        InNamespace inside(ns);
        if (!inside.ok())
            return false;
        for (int i = 0; i < 2; ++i) {
            fds_[i] = ::socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, htons(ETH_P_ALL));
            sockaddr_ll address{};
            address.sll_family = AF_PACKET;
            address.sll_protocol = htons(ETH_P_ALL);
            address.sll_ifindex = static_cast<int>(::if_nametoindex(interfaces[i].toLocal8Bit().constData()));
            if (fds_[i] < 0 || address.sll_ifindex == 0
                || ::bind(fds_[i], reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
                return false;
        }
        threads_[0] = std::thread([this] { pump(fds_[0], fds_[1]); });
        threads_[1] = std::thread([this] { pump(fds_[1], fds_[0]); });
        return true;
    }
    void stop()
    {
        stop_ = true;
        for (auto& t : threads_)
            if (t.joinable())
                t.join();
        for (int& fd : fds_)
            if (fd >= 0)
                ::close(fd);
        fds_ = {-1, -1};
    }
    ~PacketDelayLine() { stop(); }

private:
    void pump(int from, int to)
    {
        using Clock = std::chrono::steady_clock;
        std::deque<std::pair<Clock::time_point, std::vector<char>>> line;
        std::vector<char> buffer(1 << 16);
        while (!stop_) {
            int timeoutMs = 20;
            if (!line.empty()) {
                const auto wait = std::chrono::duration_cast<std::chrono::microseconds>(line.front().first - Clock::now());
                timeoutMs = static_cast<int>(std::clamp<std::int64_t>((wait.count() + 999) / 1000, 0, 20));
            }
            pollfd p{from, POLLIN, 0};
            if (::poll(&p, 1, timeoutMs) > 0 && (p.revents & POLLIN)) {
                for (;;) {
                    sockaddr_ll source{};
                    socklen_t length = sizeof source;
                    const auto n = ::recvfrom(from, buffer.data(), buffer.size(), MSG_DONTWAIT,
                                              reinterpret_cast<sockaddr*>(&source), &length);
                    if (n <= 0)
                        break;
                    if (source.sll_pkttype == PACKET_OUTGOING)
                        continue; // our own transmissions
                    line.emplace_back(Clock::now() + delay_, std::vector<char>(buffer.begin(), buffer.begin() + n));
                }
            }
            const auto now = Clock::now();
            while (!line.empty() && line.front().first <= now) {
                (void)::send(to, line.front().second.data(), line.front().second.size(), 0);
                line.pop_front();
            }
        }
    }

    std::chrono::nanoseconds delay_{0};
    std::array<int, 2> fds_{-1, -1};
    std::array<std::thread, 2> threads_;
    std::atomic<bool> stop_{false};
};

} // namespace tcplens::test
