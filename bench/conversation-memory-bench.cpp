// tcplens-conversation-memory-bench [N] [--pcap FILE]: what a conversation costs the tracker. Feeds N SYNs to
// distinct 4-tuples (a port scan: every SYN opens a conversation that never gets further) through
// decodePacket and ConversationTracker, as `tcplens-cli conversations` reads them, and prints the
// resident memory it added per conversation next to the structures' own sizes. Issue 13 asks for
// under 200 B per conversation. `--pcap FILE` writes the same SYNs as a LINKTYPE_RAW capture
// instead, to measure the whole program: `/usr/bin/time -v tcplens-cli conversations FILE`.

#include <decode/PacketDecoder.h>
#include <tcp/ConversationTracker.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace {

/// Resident bytes of this process now (from /proc/self/statm).
std::size_t residentBytes()
{
    std::FILE* statm = std::fopen("/proc/self/statm", "r");
    unsigned long pages = 0, resident = 0;
    if (statm) {
        if (std::fscanf(statm, "%lu %lu", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

void put16(std::uint8_t* p, std::uint32_t v) { p[0] = static_cast<std::uint8_t>(v >> 8), p[1] = static_cast<std::uint8_t>(v); }
void put32(std::uint8_t* p, std::uint32_t v) { put16(p, v >> 16), put16(p + 2, v & 0xffff); }

/// Classic pcap, host byte order as libpcap writes it.
bool writePcap(const char* path, std::size_t n, std::array<std::uint8_t, 40> frame)
{
    std::FILE* out = std::fopen(path, "wb");
    if (!out)
        return false;
    const std::uint32_t header[6] = {0xa1b2c3d4, 2 | (4U << 16), 0, 0, 65535, 101};
    bool ok = std::fwrite(header, sizeof header, 1, out) == 1;
    for (std::size_t i = 0; ok && i < n; ++i) {
        put16(frame.data() + 20, static_cast<std::uint32_t>(1024 + i / 60000));
        put16(frame.data() + 22, static_cast<std::uint32_t>(1 + i % 60000));
        put32(frame.data() + 24, static_cast<std::uint32_t>(1000 + i));
        const std::uint32_t record[4] = {static_cast<std::uint32_t>(1'700'000'000 + i / 1'000'000),
                                         static_cast<std::uint32_t>(i % 1'000'000), 40, 40};
        ok = std::fwrite(record, sizeof record, 1, out) == 1 && std::fwrite(frame.data(), frame.size(), 1, out) == 1;
    }
    return std::fclose(out) == 0 && ok;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace tcplens;
    std::size_t n = 1'000'000;
    const char* pcapPath = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--pcap" && i + 1 < argc)
            pcapPath = argv[++i];
        else if (!arg.empty() && arg.find_first_not_of("0123456789") == std::string::npos)
            n = std::strtoull(arg.c_str(), nullptr, 10);
        else {
            std::fprintf(stderr, "usage: tcplens-conversation-memory-bench [N] [--pcap FILE]\n");
            return 2;
        }
    }
    // A raw IPv4 + TCP SYN (LINKTYPE_RAW), 40 bytes; ports and ISN change per packet.
    std::array<std::uint8_t, 40> frame{0x45, 0, 0, 40, 0, 1, 0x40, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2};
    frame[32] = 0x50;
    frame[33] = 0x02;
    put16(frame.data() + 34, 64240);
    if (pcapPath) {
        if (writePcap(pcapPath, n, frame))
            return 0;
        std::fprintf(stderr, "cannot write %s\n", pcapPath);
        return 1;
    }

    const auto before = residentBytes();
    const auto start = std::chrono::steady_clock::now();
    ConversationTracker tracker;
    for (std::size_t i = 0; i < n; ++i) {
        put16(frame.data() + 20, static_cast<std::uint32_t>(1024 + i / 60000));
        put16(frame.data() + 22, static_cast<std::uint32_t>(1 + i % 60000));
        put32(frame.data() + 24, static_cast<std::uint32_t>(1000 + i));
        const auto decoded = decodePacket(Bytes(frame.data(), frame.size()), 40, 101);
        (void)tracker.add(static_cast<std::uint32_t>(i + 1), 1'700'000'000'000'000'000LL + static_cast<std::int64_t>(i) * 1000,
                          40, decoded);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const auto added = residentBytes() - before;
    const auto conversations = tracker.conversations().size();
    std::printf("SYNs to distinct ports:      %zu\n", n);
    std::printf("conversations:               %zu\n", conversations);
    std::printf("tracking time:               %.2f s (%.0f packets/s)\n", seconds, static_cast<double>(n) / seconds);
    std::printf("resident memory added:       %.1f MB\n", static_cast<double>(added) / 1e6);
    std::printf("per conversation:            %.0f B (goal: under 200 B)\n",
                conversations ? static_cast<double>(added) / static_cast<double>(conversations) : 0.0);
    std::printf("tracker's own count:         %.1f MB (%.0f B per conversation)\n",
                static_cast<double>(tracker.memoryBytes()) / 1e6,
                conversations ? static_cast<double>(tracker.memoryBytes()) / static_cast<double>(conversations) : 0.0);
    std::printf("sizeof(Conversation):        %zu B (ConversationSide %zu B, HistoryText %zu B)\n", sizeof(Conversation),
                sizeof(ConversationSide), sizeof(HistoryText));
    std::printf("sizeof(ConversationState):   %zu B (held only past a conversation's first packet)\n",
                sizeof(ConversationState));
    return 0;
}
