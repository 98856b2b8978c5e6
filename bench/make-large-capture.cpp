// tcplens-make-large-capture: tiles small captures into one large classic pcap of exactly N
// packets, each repetition moved forward in time and onto its own addresses, so the result
// looks like a busy capture with many distinct conversations.
//
// Addresses, not ports, are rewritten: the same bijection applies to source and destination,
// so both directions of a conversation stay paired without knowing which side is the client.
// IPv4: bytes 1-2 of every address += repetition (10.0.0.1 -> 10.0.1.1 -> 10.0.2.1 ...);
// IPv6: bytes 8-11 += repetition. Checksums that cover addresses (IPv4 header, TCP, UDP,
// ICMPv6) are fixed up incrementally (RFC 1624), so a packet checks out exactly as its input did.

#include <capture/CaptureFile.h>
#include <decode/PacketDecoder.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace tcplens;

constexpr std::int64_t kGapNs = 1'000'000; // between one input's last packet and the next one's first
constexpr std::size_t kWriteBuffer = 16 << 20;

/// How one checksum field reacts to an address change.
enum class SumKind : std::uint8_t { None, Complemented, Partial, UdpComplemented };

struct ChecksumField {
    std::uint32_t offset = 0;
    SumKind kind = SumKind::None;
};

/// Where a stored packet's addresses and address-covering checksums are, found once at load.
struct PatchPlan {
    std::uint8_t family = 0; // 0: nothing to rewrite
    std::uint32_t src = 0;
    std::uint32_t dst = 0;
    ChecksumField ipHeader;
    ChecksumField transport;
};

struct StoredPacket {
    std::int64_t timestampNs = 0;
    std::uint32_t capturedLength = 0;
    std::uint32_t wireLength = 0;
    std::size_t at = 0; // into Inputs::bytes
    PatchPlan plan;
};

struct InputSegment {
    std::size_t first = 0; // packet range of one input file
    std::size_t end = 0;
};

struct Inputs {
    int linkType = -1;
    std::uint32_t snaplen = 0;
    std::vector<std::uint8_t> bytes;
    std::vector<StoredPacket> packets;
    std::vector<InputSegment> segments;
};

struct Options {
    std::uint64_t packets = 0;
    std::string output;
    bool nano = false;
    std::vector<std::string> inputs;
};

[[noreturn]] void usage(int status)
{
    std::fprintf(status ? stderr : stdout,
                 "usage: tcplens-make-large-capture --packets N -o OUT.pcap [--nano] INPUT...\n"
                 "Tiles the packets of the INPUT captures (pcap or pcapng) into OUT.pcap, a classic pcap\n"
                 "(microsecond timestamps, or nanosecond with --nano) of exactly N packets. Each repetition\n"
                 "is shifted forward in time and gets its own IP addresses; inputs whose link type differs\n"
                 "from the first input's are skipped.\n");
    std::exit(status);
}

Options parseOptions(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--packets" || arg == "-n") && i + 1 < argc) {
            char* end = nullptr;
            options.packets = std::strtoull(argv[++i], &end, 10);
            if (!end || *end || options.packets == 0) {
                std::fprintf(stderr, "--packets wants a positive number, not \"%s\"\n", argv[i]);
                usage(2);
            }
        } else if ((arg == "-o" || arg == "--output") && i + 1 < argc) {
            options.output = argv[++i];
        } else if (arg == "--nano") {
            options.nano = true;
        } else if (arg == "-h" || arg == "--help") {
            usage(0);
        } else if (!arg.empty() && arg[0] == '-') {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            usage(2);
        } else {
            options.inputs.push_back(arg);
        }
    }
    if (options.packets == 0 || options.output.empty() || options.inputs.empty())
        usage(2);
    return options;
}

/// Locates addresses and checksums with the core decoder, so every link type it knows works here.
PatchPlan planFor(Bytes frame, std::uint32_t wireLength, int linkType)
{
    const DecodedPacket d = decodePacket(frame, wireLength, linkType);
    const NetworkInfo& ip = d.network;
    PatchPlan plan;
    const std::size_t addressSize = ip.kind == NetworkKind::Ipv4 ? 4 : ip.kind == NetworkKind::Ipv6 ? 16 : 0;
    if (addressSize == 0 || ip.src.family == 0 || !fits(frame, ip.offset, addressSize == 4 ? 20 : 40))
        return plan;
    plan.family = ip.src.family;
    plan.src = ip.offset + (addressSize == 4 ? 12 : 8);
    plan.dst = plan.src + static_cast<std::uint32_t>(addressSize);
    if (addressSize == 4)
        plan.ipHeader = {ip.offset + 10, SumKind::Complemented};
    if (ip.fragmentOffset != 0 || ip.headerLength == 0)
        return plan; // no transport header in this fragment
    const std::uint32_t transport = ip.offset + ip.headerLength;
    if (ip.protocol == 6 && d.tcp.present && fits(frame, d.tcp.offset + 16, 2)) {
        // An offloaded checksum holds the bare pseudo-header sum, not its complement.
        plan.transport = {d.tcp.offset + 16, d.tcp.checksumOffload ? SumKind::Partial : SumKind::Complemented};
    } else if (ip.protocol == 17 && fits(frame, transport + 6, 2)) {
        if (be16(frame.data() + transport + 6) != 0) // IPv4 UDP may carry no checksum at all
            plan.transport = {transport + 6, SumKind::UdpComplemented};
    } else if (ip.protocol == 58 && fits(frame, transport + 2, 2)) {
        plan.transport = {transport + 2, SumKind::Complemented};
    }
    return plan;
}

void loadInput(const std::string& path, Inputs& inputs)
{
    std::unique_ptr<CaptureFile> file;
    try {
        file = CaptureFile::open(path);
    } catch (const CaptureError& e) {
        std::fprintf(stderr, "skipping %s\n", e.what());
        return;
    }
    const int linkType = file->info().linkType;
    if (inputs.linkType < 0) {
        inputs.linkType = linkType;
    } else if (linkType != inputs.linkType) {
        std::fprintf(stderr, "skipping %s: link type %d, not %d like the first input\n", path.c_str(), linkType,
                     inputs.linkType);
        return;
    }
    inputs.snaplen = std::max(inputs.snaplen, file->info().snaplen);
    InputSegment segment{inputs.packets.size(), inputs.packets.size()};
    RawPacket raw;
    ReadStatus status;
    while ((status = file->next(raw)) == ReadStatus::Packet) {
        StoredPacket stored{raw.timestampNs, raw.capturedLength, raw.wireLength, inputs.bytes.size(),
                            planFor(raw.bytes, raw.wireLength, linkType)};
        inputs.bytes.insert(inputs.bytes.end(), raw.bytes.begin(), raw.bytes.end());
        inputs.packets.push_back(stored);
    }
    if (status == ReadStatus::Error)
        std::fprintf(stderr, "%s: %s (keeping the packets before it)\n", path.c_str(), file->error().c_str());
    segment.end = inputs.packets.size();
    if (segment.end > segment.first)
        inputs.segments.push_back(segment);
}

/// Adds `delta` to the big-endian number of `width` bytes at `p`, wrapping around.
void addBigEndian(std::uint8_t* p, unsigned width, std::uint32_t delta)
{
    for (int i = static_cast<int>(width) - 1; i >= 0 && delta; --i) {
        const std::uint32_t sum = p[i] + (delta & 0xff);
        p[i] = static_cast<std::uint8_t>(sum);
        delta = (delta >> 8) + (sum >> 8);
    }
}

/// One's-complement sum of the 16-bit words of an address (addresses start on even offsets).
std::uint32_t wordSum(const std::uint8_t* p, std::size_t size)
{
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < size; i += 2)
        sum += be16(p + i);
    return sum;
}

std::uint32_t fold(std::uint32_t sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return sum;
}

/// RFC 1624 eqn. 3: HC' = ~(~HC + ~m + m'), with m and m' the old and new address word sums.
void updateChecksum(std::uint8_t* frame, const ChecksumField& field, std::uint32_t oldSum, std::uint32_t newSum)
{
    if (field.kind == SumKind::None)
        return;
    std::uint8_t* p = frame + field.offset;
    const std::uint32_t stored = be16(p);
    const std::uint32_t notOld = 0xffff & ~fold(oldSum);
    std::uint32_t value;
    if (field.kind == SumKind::Partial) {
        value = fold(stored + notOld + fold(newSum));
    } else {
        value = 0xffff & ~fold((0xffff & ~stored) + notOld + fold(newSum));
        if (field.kind == SumKind::UdpComplemented && value == 0)
            value = 0xffff; // 0 would mean "no checksum"
    }
    p[0] = static_cast<std::uint8_t>(value >> 8);
    p[1] = static_cast<std::uint8_t>(value);
}

void rewrite(std::uint8_t* frame, const PatchPlan& plan, std::uint32_t repetition)
{
    if (plan.family == 0 || repetition == 0)
        return;
    const std::size_t size = plan.family == 4 ? 4 : 16;
    const std::uint32_t oldSum = wordSum(frame + plan.src, size) + wordSum(frame + plan.dst, size);
    for (const std::uint32_t at : {plan.src, plan.dst}) {
        if (plan.family == 4)
            addBigEndian(frame + at + 1, 2, repetition);
        else
            addBigEndian(frame + at + 8, 4, repetition);
    }
    const std::uint32_t newSum = wordSum(frame + plan.src, size) + wordSum(frame + plan.dst, size);
    updateChecksum(frame, plan.ipHeader, oldSum, newSum);
    updateChecksum(frame, plan.transport, oldSum, newSum);
}

template <class T>
void put(std::uint8_t*& p, T value)
{
    std::memcpy(p, &value, sizeof value); // host byte order, as the magic number announces
    p += sizeof value;
}

bool writeAll(std::FILE* out, const void* data, std::size_t size)
{
    return std::fwrite(data, 1, size, out) == size;
}

} // namespace

int main(int argc, char** argv)
{
    const Options options = parseOptions(argc, argv);
    Inputs inputs;
    for (const auto& path : options.inputs)
        loadInput(path, inputs);
    if (inputs.packets.empty()) {
        std::fprintf(stderr, "no packets to tile: every input was empty, unreadable or skipped\n");
        return 1;
    }

    std::FILE* out = std::fopen(options.output.c_str(), "wb");
    if (!out) {
        std::fprintf(stderr, "cannot create %s: %s\n", options.output.c_str(), std::strerror(errno));
        return 1;
    }
    std::vector<char> buffer(kWriteBuffer);
    std::setvbuf(out, buffer.data(), _IOFBF, buffer.size());

    std::uint8_t header[24];
    std::uint8_t* h = header;
    put<std::uint32_t>(h, options.nano ? 0xa1b23c4d : 0xa1b2c3d4);
    put<std::uint16_t>(h, 2);
    put<std::uint16_t>(h, 4);
    put<std::int32_t>(h, 0);  // thiszone
    put<std::uint32_t>(h, 0); // sigfigs
    put<std::uint32_t>(h, inputs.snaplen ? inputs.snaplen : 262144);
    put<std::uint32_t>(h, static_cast<std::uint32_t>(inputs.linkType));
    bool ok = writeAll(out, header, sizeof header);

    const std::size_t perRepetition = inputs.packets.size();
    const std::uint64_t repetitions = (options.packets + perRepetition - 1) / perRepetition;
    if (repetitions > 65536)
        std::fprintf(stderr, "note: %llu repetitions; IPv4 addresses repeat after 65536 of them\n",
                     static_cast<unsigned long long>(repetitions));

    std::vector<std::uint8_t> scratch;
    std::uint64_t written = 0;
    std::int64_t lastNs = inputs.packets[inputs.segments.front().first].timestampNs - kGapNs;
    const std::int64_t fraction = options.nano ? 1'000'000'000 : 1'000'000;
    const std::int64_t divisor = options.nano ? 1 : 1'000;
    for (std::uint32_t rep = 0; ok && written < options.packets; ++rep) {
        for (const auto& segment : inputs.segments) {
            if (written == options.packets)
                break;
            // Start each input right after the previous one ended; never let time run backwards.
            const std::int64_t shift = lastNs + kGapNs - inputs.packets[segment.first].timestampNs;
            for (std::size_t i = segment.first; i < segment.end && written < options.packets; ++i) {
                const StoredPacket& packet = inputs.packets[i];
                lastNs = std::max(lastNs, packet.timestampNs + shift);
                scratch.assign(inputs.bytes.begin() + static_cast<std::ptrdiff_t>(packet.at),
                               inputs.bytes.begin() + static_cast<std::ptrdiff_t>(packet.at + packet.capturedLength));
                rewrite(scratch.data(), packet.plan, rep);
                std::uint8_t record[16];
                std::uint8_t* r = record;
                const std::int64_t units = lastNs / divisor;
                put<std::uint32_t>(r, static_cast<std::uint32_t>(units / fraction));
                put<std::uint32_t>(r, static_cast<std::uint32_t>(units % fraction));
                put<std::uint32_t>(r, packet.capturedLength);
                put<std::uint32_t>(r, packet.wireLength);
                ok = writeAll(out, record, sizeof record) && writeAll(out, scratch.data(), scratch.size());
                if (!ok)
                    break;
                ++written;
            }
            if (!ok)
                break;
        }
    }
    if (std::fclose(out) != 0)
        ok = false;
    if (!ok) {
        std::fprintf(stderr, "cannot write %s: %s\n", options.output.c_str(), std::strerror(errno));
        return 1;
    }
    std::printf("wrote %llu packets (%zu per repetition, %zu inputs, link type %d) to %s\n",
                static_cast<unsigned long long>(written), perRepetition, inputs.segments.size(), inputs.linkType,
                options.output.c_str());
    return 0;
}
