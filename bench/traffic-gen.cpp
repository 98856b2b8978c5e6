// tcplens-traffic-gen: sends TCP segments of many conversations as raw Ethernet frames on an
// interface, at a set rate, for the live-capture benchmark (bench/run-live-bench.sh). The frames
// go to a MAC address nobody has, so the receiving host's stack drops them after the capture tap.
//
// usage: tcplens-traffic-gen --interface IF --duration SECONDS [--rate PPS] [--payload BYTES]
//                            [--conversations N]
// Prints `sent: N` and `rate: PPS` on stdout. Needs CAP_NET_RAW.
#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

std::uint16_t checksum(const std::uint8_t* data, std::size_t length, std::uint32_t sum = 0)
{
    for (std::size_t i = 0; i + 1 < length; i += 2)
        sum += (std::uint32_t(data[i]) << 8) | data[i + 1];
    if (length % 2)
        sum += std::uint32_t(data[length - 1]) << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum);
}

void put16(std::uint8_t* p, std::uint16_t v) { p[0] = v >> 8; p[1] = v & 0xff; }
void put32(std::uint8_t* p, std::uint32_t v) { put16(p, v >> 16); put16(p + 2, v & 0xffff); }

/// One frame of conversation `c`: client 10.79.c/16 port 40000+c to 10.79.0.1:80, ACK + payload.
std::vector<std::uint8_t> frame(int c, std::uint32_t seq, std::uint32_t ack, int payload)
{
    std::vector<std::uint8_t> f(14 + 20 + 20 + payload, 0);
    const std::uint8_t dst[6] = {0x02, 0x99, 0, 0, 0, 1};
    const std::uint8_t src[6] = {0x02, 0x99, 0, 0, 0, 2};
    std::memcpy(f.data(), dst, 6);
    std::memcpy(f.data() + 6, src, 6);
    put16(f.data() + 12, 0x0800);
    std::uint8_t* ip = f.data() + 14;
    ip[0] = 0x45;
    put16(ip + 2, static_cast<std::uint16_t>(40 + payload));
    put16(ip + 6, 0x4000);
    ip[8] = 64;
    ip[9] = 6;
    const std::uint8_t saddr[4] = {10, 79, static_cast<std::uint8_t>(1 + (c >> 8)), static_cast<std::uint8_t>(c & 0xff)};
    const std::uint8_t daddr[4] = {10, 79, 0, 1};
    std::memcpy(ip + 12, saddr, 4);
    std::memcpy(ip + 16, daddr, 4);
    put16(ip + 10, checksum(ip, 20));
    std::uint8_t* tcp = ip + 20;
    put16(tcp, static_cast<std::uint16_t>(40000 + c));
    put16(tcp + 2, 80);
    put32(tcp + 4, seq);
    put32(tcp + 8, ack);
    tcp[12] = 0x50;
    tcp[13] = payload > 0 ? 0x18 : 0x10;
    put16(tcp + 14, 65535);
    for (int i = 0; i < payload; ++i)
        tcp[20 + i] = static_cast<std::uint8_t>('a' + i % 26);
    std::uint32_t pseudo = 0;
    for (int i = 0; i < 4; i += 2)
        pseudo += ((saddr[i] << 8) | saddr[i + 1]) + ((daddr[i] << 8) | daddr[i + 1]);
    pseudo += 6 + 20 + payload;
    put16(tcp + 16, checksum(tcp, 20 + payload, pseudo));
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    std::string interface;
    double duration = 5;
    double rate = 250'000;
    int payload = 16;
    int conversations = 64;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--interface") interface = argv[i + 1];
        else if (arg == "--duration") duration = std::atof(argv[i + 1]);
        else if (arg == "--rate") rate = std::atof(argv[i + 1]);
        else if (arg == "--payload") payload = std::atoi(argv[i + 1]);
        else if (arg == "--conversations") conversations = std::atoi(argv[i + 1]);
        else {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            return 2;
        }
    }
    if (interface.empty() || duration <= 0 || rate <= 0 || payload < 0 || payload > 1400 || conversations < 1
        || conversations > 60000) {
        std::fprintf(stderr, "usage: tcplens-traffic-gen --interface IF --duration S [--rate PPS] [--payload B] "
                             "[--conversations N]\n");
        return 2;
    }
    const int fd = ::socket(AF_PACKET, SOCK_RAW, 0);
    if (fd < 0) {
        std::perror("tcplens-traffic-gen: socket (needs CAP_NET_RAW)");
        return 1;
    }
    const int one = 1;
    (void)::setsockopt(fd, SOL_PACKET, PACKET_QDISC_BYPASS, &one, sizeof one);
    sockaddr_ll to{};
    to.sll_family = AF_PACKET;
    to.sll_ifindex = static_cast<int>(if_nametoindex(interface.c_str()));
    to.sll_halen = 6;
    if (to.sll_ifindex == 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&to), sizeof to) != 0) {
        std::fprintf(stderr, "tcplens-traffic-gen: no interface %s\n", interface.c_str());
        return 1;
    }

    // Frames round-robin over the conversations, each conversation's seq moving on: a template
    // per conversation, copied into a batch slot with its seq and checksum patched.
    constexpr int kBatch = 64;
    std::vector<std::vector<std::uint8_t>> templates;
    for (int c = 0; c < conversations; ++c)
        templates.push_back(frame(c, 0, 1, payload));
    std::vector<std::uint32_t> seq(static_cast<std::size_t>(conversations), 1000);
    const std::size_t frameSize = templates[0].size();
    std::vector<std::uint8_t> slots(frameSize * kBatch);
    std::vector<iovec> iov(kBatch);
    std::vector<mmsghdr> messages(kBatch);
    std::uint64_t sent = 0;
    int next = 0;
    const auto start = std::chrono::steady_clock::now();
    const auto end = start + std::chrono::duration<double>(duration);
    for (auto now = start; now < end; now = std::chrono::steady_clock::now()) {
        const double elapsed = std::chrono::duration<double>(now - start).count();
        const double due = elapsed * rate - double(sent);
        if (due < kBatch) {
            std::this_thread::sleep_for(std::chrono::microseconds(static_cast<long>((kBatch - due) / rate * 1e6)));
            continue;
        }
        for (int i = 0; i < kBatch; ++i) {
            const int c = next++ % conversations;
            std::uint8_t* f = slots.data() + frameSize * static_cast<std::size_t>(i);
            std::memcpy(f, templates[c].data(), frameSize);
            std::uint8_t* tcp = f + 14 + 20;
            put32(tcp + 4, seq[c]);
            seq[c] += static_cast<std::uint32_t>(payload);
            // The template's checksum covers seq 0: add the seq words (RFC 1624 style).
            std::uint32_t sum = static_cast<std::uint16_t>(~((tcp[16] << 8) | tcp[17]));
            sum += (tcp[4] << 8 | tcp[5]) + (tcp[6] << 8 | tcp[7]);
            while (sum >> 16)
                sum = (sum & 0xffff) + (sum >> 16);
            put16(tcp + 16, static_cast<std::uint16_t>(~sum));
            iov[i] = {f, frameSize};
            messages[i] = {};
            messages[i].msg_hdr.msg_iov = &iov[i];
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        int done = 0;
        while (done < kBatch) {
            const int n = ::sendmmsg(fd, messages.data() + done, static_cast<unsigned>(kBatch - done), 0);
            if (n <= 0) {
                if (errno == ENOBUFS || errno == EAGAIN || errno == EINTR)
                    continue;
                std::perror("tcplens-traffic-gen: sendmmsg");
                return 1;
            }
            done += n;
        }
        sent += kBatch;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("sent: %llu\nrate: %.0f\n", static_cast<unsigned long long>(sent), double(sent) / seconds);
    ::close(fd);
    return 0;
}
