// tcplens-conversation-memory-bench [N]: what a conversation costs the tracker. Feeds N SYNs to
// distinct 4-tuples (a port scan: every SYN opens a conversation that never gets further) through
// decodePacket and ConversationTracker, as `tcplens-cli conversations` reads them, and prints the
// resident memory it added per conversation next to the structures' own sizes. Issue 13 asks for
// under 200 B per conversation.

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

} // namespace

int main(int argc, char** argv)
{
    using namespace tcplens;
    const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    // A raw IPv4 + TCP SYN (LINKTYPE_RAW), 40 bytes; ports and ISN change per packet.
    std::array<std::uint8_t, 40> frame{0x45, 0, 0, 40, 0, 1, 0x40, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2};
    frame[32] = 0x50;
    frame[33] = 0x02;
    put16(frame.data() + 34, 64240);

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
    std::printf("sizeof(Conversation):        %zu B (ConversationSide %zu B, FlowState %zu B)\n", sizeof(Conversation),
                sizeof(ConversationSide), sizeof(FlowState));
    std::printf("conversation vector:         %.1f MB (capacity %zu)\n",
                static_cast<double>(tracker.conversations().capacity() * sizeof(Conversation)) / 1e6,
                tracker.conversations().capacity());
    return 0;
}
