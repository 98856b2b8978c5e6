// tcplens-make-long-conversation: writes one TCP conversation of exactly N packets as a classic
// pcap, for the flow-graph benchmark: a handshake (MSS, window scale), the client sending
// 1448-byte text segments ACKed every second segment, a fast-retransmission episode every 5000
// segments (the lost segment, three duplicate ACKs, the retransmission, the ACK that covers all),
// and a FIN/FIN/ACK close. Frames are captured to 96 bytes (as tcpdump -s 96; --snaplen 65535 keeps
// the payload, for the Follow TCP Stream benchmark) with their real wire length and valid
// checksums; packets are 20 µs apart.

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr std::uint32_t kSegment = 1448;
constexpr std::uint32_t kLossEvery = 5000;

struct Side {
    std::array<std::uint8_t, 4> address;
    std::uint16_t port;
    std::uint32_t seq;
};

void put16(std::uint8_t* p, std::uint16_t v)
{
    p[0] = static_cast<std::uint8_t>(v >> 8);
    p[1] = static_cast<std::uint8_t>(v);
}

void put32(std::uint8_t* p, std::uint32_t v)
{
    put16(p, static_cast<std::uint16_t>(v >> 16));
    put16(p + 2, static_cast<std::uint16_t>(v));
}

std::uint32_t sum16(const std::uint8_t* p, std::size_t n, std::uint32_t sum = 0)
{
    for (std::size_t i = 0; i + 1 < n; i += 2)
        sum += static_cast<std::uint32_t>(p[i] << 8 | p[i + 1]);
    if (n % 2)
        sum += static_cast<std::uint32_t>(p[n - 1] << 8);
    return sum;
}

std::uint16_t fold(std::uint32_t sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum & 0xffff);
}

class Writer {
public:
    Writer(std::FILE* out, std::uint32_t snapLength) : out_(out), snapLength_(snapLength) {}

    bool header()
    {
        std::uint8_t h[24] = {};
        const std::uint32_t magic = 0xa1b2c3d4;
        std::memcpy(h, &magic, 4); // host order, as libpcap writes it
        const std::uint16_t major = 2, minor = 4;
        std::memcpy(h + 4, &major, 2);
        std::memcpy(h + 6, &minor, 2);
        std::memcpy(h + 16, &snapLength_, 4);
        const std::uint32_t ethernet = 1;
        std::memcpy(h + 20, &ethernet, 4);
        return std::fwrite(h, 1, sizeof h, out_) == sizeof h;
    }

    /// One Ethernet/IPv4/TCP frame from `from` to `to`; `options` are TCP option bytes (multiple of 4).
    bool frame(const Side& from, const Side& to, std::uint32_t seq, std::uint32_t ack, std::uint16_t flags,
               std::uint16_t window, std::uint32_t payload, const std::vector<std::uint8_t>& options = {})
    {
        const std::size_t tcpHeader = 20 + options.size();
        const std::size_t ipLength = 20 + tcpHeader + payload;
        buffer_.assign(14 + ipLength, 0);
        auto* eth = buffer_.data();
        const std::uint8_t macs[12] = {2, 0x99, 0, 0, 0, to.address[3], 2, 0x99, 0, 0, 0, from.address[3]};
        std::memcpy(eth, macs, 12);
        put16(eth + 12, 0x0800);
        auto* ip = eth + 14;
        ip[0] = 0x45;
        put16(ip + 2, static_cast<std::uint16_t>(ipLength));
        put16(ip + 4, static_cast<std::uint16_t>(id_++));
        put16(ip + 6, 0x4000);
        ip[8] = 64;
        ip[9] = 6;
        std::memcpy(ip + 12, from.address.data(), 4);
        std::memcpy(ip + 16, to.address.data(), 4);
        put16(ip + 10, fold(sum16(ip, 20)));
        auto* tcp = ip + 20;
        put16(tcp, from.port);
        put16(tcp + 2, to.port);
        put32(tcp + 4, seq);
        put32(tcp + 8, ack);
        put16(tcp + 12, static_cast<std::uint16_t>((tcpHeader / 4) << 12 | flags));
        put16(tcp + 14, window);
        std::memcpy(tcp + 20, options.data(), options.size());
        for (std::uint32_t i = 0; i < payload; ++i) // text, so the flow graph quotes it
            tcp[tcpHeader + i] = static_cast<std::uint8_t>('a' + (seq + i) % 26);
        std::uint8_t pseudo[12];
        std::memcpy(pseudo, ip + 12, 8);
        pseudo[8] = 0;
        pseudo[9] = 6;
        put16(pseudo + 10, static_cast<std::uint16_t>(tcpHeader + payload));
        put16(tcp + 16, fold(sum16(tcp, tcpHeader + payload, sum16(pseudo, 12))));

        const auto wire = static_cast<std::uint32_t>(buffer_.size());
        const auto captured = std::min(wire, snapLength_);
        const std::uint32_t record[4] = {1'700'000'000 + static_cast<std::uint32_t>(micros_ / 1'000'000),
                                         static_cast<std::uint32_t>(micros_ % 1'000'000), captured, wire};
        micros_ += 20;
        ++packets_;
        return std::fwrite(record, 1, sizeof record, out_) == sizeof record
               && std::fwrite(buffer_.data(), 1, captured, out_) == captured;
    }

    [[nodiscard]] std::uint64_t packets() const noexcept { return packets_; }

private:
    std::FILE* out_;
    std::uint32_t snapLength_;
    std::vector<std::uint8_t> buffer_;
    std::uint64_t micros_ = 0;
    std::uint64_t packets_ = 0;
    std::uint32_t id_ = 1;
};

int usage(const char* message)
{
    std::fprintf(stderr, "tcplens-make-long-conversation: %s\nusage: tcplens-make-long-conversation --packets N [--snaplen N] -o OUT.pcap\n",
                 message);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    std::uint64_t packets = 0;
    std::uint32_t snapLength = 96;
    std::string output;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--packets" || arg == "--snaplen" || arg == "-o") && i + 1 < argc) {
            const std::string value = argv[++i];
            if (arg == "-o") {
                output = value;
            } else if (arg == "--snaplen") {
                char* end = nullptr;
                const auto number = std::strtoul(value.c_str(), &end, 10);
                if (value.empty() || *end != '\0' || number < 54 || number > 262144)
                    return usage("--snaplen needs a number from 54 to 262144");
                snapLength = static_cast<std::uint32_t>(number);
            } else {
                char* end = nullptr;
                packets = std::strtoull(value.c_str(), &end, 10);
                if (value.empty() || *end != '\0')
                    return usage("--packets needs a number");
            }
        } else {
            return usage(("unknown argument " + arg).c_str());
        }
    }
    if (packets < 16)
        return usage("--packets needs at least 16 (handshake, some data, close)");
    if (output.empty())
        return usage("-o OUT.pcap is required");
    std::FILE* out = std::fopen(output.c_str(), "wb");
    if (!out) {
        std::fprintf(stderr, "tcplens-make-long-conversation: cannot write %s: %s\n", output.c_str(), std::strerror(errno));
        return 1;
    }
    std::setvbuf(out, nullptr, _IOFBF, 1 << 20);
    Writer w(out, snapLength);
    Side client{{10, 99, 0, 1}, 40000, 0x9f000000U};
    Side server{{10, 99, 0, 2}, 5001, 0x12345678U};
    const std::vector<std::uint8_t> synOptions{2, 4, 0x05, 0xb4, 1, 3, 3, 7}; // MSS 1460, NOP, WS 7
    bool ok = w.header();
    ok = ok && w.frame(client, server, client.seq, 0, 0x002, 64240, 0, synOptions);
    ok = ok && w.frame(server, client, server.seq, client.seq + 1, 0x012, 65160, 0, synOptions);
    ++client.seq;
    ++server.seq;
    ok = ok && w.frame(client, server, client.seq, server.seq, 0x010, 502, 0);
    std::uint64_t segments = 0;
    // Data until three packets are left for the close; an episode needs at most 7.
    while (ok && w.packets() + 3 + 7 < packets) {
        ++segments;
        if (segments % kLossEvery == 0) {
            // The lost segment (captured before the drop), three more, three duplicate ACKs, the
            // fast retransmission and the ACK covering everything.
            const auto lost = client.seq;
            ok = ok && w.frame(client, server, lost, server.seq, 0x018, 502, kSegment);
            client.seq += kSegment;
            for (int d = 0; d < 3 && ok; ++d) {
                ok = ok && w.frame(client, server, client.seq, server.seq, 0x010, 502, kSegment);
                client.seq += kSegment;
                ok = ok && w.frame(server, client, server.seq, lost, 0x010, 4000, 0);
            }
            ok = ok && w.frame(client, server, lost, server.seq, 0x018, 502, kSegment);
            ok = ok && w.frame(server, client, server.seq, client.seq, 0x010, 4000, 0);
            continue;
        }
        ok = ok && w.frame(client, server, client.seq, server.seq, 0x010, 502, kSegment);
        client.seq += kSegment;
        if (segments % 2 == 0 && w.packets() + 3 < packets) {
            ok = ok && w.frame(server, client, server.seq, client.seq, 0x010, 4000, 0);
        }
    }
    // Pad with data segments to exactly N - 3, then the close.
    while (ok && w.packets() + 3 < packets) {
        ok = ok && w.frame(client, server, client.seq, server.seq, 0x010, 502, kSegment);
        client.seq += kSegment;
    }
    ok = ok && w.frame(client, server, client.seq, server.seq, 0x011, 502, 0);
    ++client.seq;
    ok = ok && w.frame(server, client, server.seq, client.seq, 0x011, 4000, 0);
    ++server.seq;
    ok = ok && w.frame(client, server, client.seq, server.seq, 0x010, 502, 0);
    ok = std::fclose(out) == 0 && ok;
    if (!ok) {
        std::fprintf(stderr, "tcplens-make-long-conversation: writing %s failed: %s\n", output.c_str(), std::strerror(errno));
        return 1;
    }
    std::printf("wrote %llu packets of one conversation to %s\n", static_cast<unsigned long long>(w.packets()),
                output.c_str());
    return 0;
}
