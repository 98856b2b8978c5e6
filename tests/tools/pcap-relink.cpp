// pcap-relink: re-encapsulate the IP packets of a capture under another link layer and
// write them as a classic pcap file with a chosen byte order and timestamp precision.
// Used by tests/data/record-fixtures.sh to derive fixture variants from real captures.
#include <pcap/pcap.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::uint16_t kEtherIpv4 = 0x0800;
constexpr std::uint16_t kEtherIpv6 = 0x86dd;
constexpr std::uint16_t kTpidVlan = 0x8100;
constexpr std::uint16_t kTpidQinq = 0x88a8;
constexpr std::uint32_t kAfInet = 2;
constexpr std::uint32_t kAfInet6Darwin = 30;  // macOS/BSD value, as Wireshark expects for NULL/LOOP

enum class Target { Ether, Vlan, Qinq, Null, NullBe, Loop, Raw, Ipv4, Ipv6, Keep };

struct Options {
    Target target = Target::Keep;
    std::optional<std::uint32_t> linktype;
    bool bigEndian = false;
    bool nano = false;
    std::string in;
    std::string out;
};

/// The network-layer view of one input frame.
struct Inner {
    std::uint16_t ethertype = 0;
    std::span<const std::uint8_t> macs;     // 12 bytes (dst, src) when the input is Ethernet
    std::span<const std::uint8_t> payload;  // the bytes after the link header
};

[[noreturn]] void fail(const std::string& message)
{
    std::fprintf(stderr, "pcap-relink: %s\n", message.c_str());
    std::exit(1);
}

std::uint16_t be16(std::span<const std::uint8_t> b, std::size_t at)
{
    return static_cast<std::uint16_t>(b[at] << 8 | b[at + 1]);
}

std::optional<Inner> stripLink(int dlt, std::span<const std::uint8_t> f)
{
    Inner inner;
    std::size_t header = 0;
    switch (dlt) {
    case DLT_EN10MB:
        if (f.size() < 14) return std::nullopt;
        inner.macs = f.first(12);
        header = 14;
        inner.ethertype = be16(f, 12);
        while ((inner.ethertype == kTpidVlan || inner.ethertype == kTpidQinq) && f.size() >= header + 4) {
            inner.ethertype = be16(f, header + 2);  // drop existing tags
            header += 4;
        }
        break;
    case DLT_LINUX_SLL:
        if (f.size() < 16) return std::nullopt;
        header = 16;
        inner.ethertype = be16(f, 14);
        break;
    case DLT_LINUX_SLL2:
        if (f.size() < 20) return std::nullopt;
        header = 20;
        inner.ethertype = be16(f, 0);
        break;
    default:
        return std::nullopt;  // main() refuses other link types up front
    }
    inner.payload = f.subspan(header);
    return inner;
}

void put16(std::vector<std::uint8_t>& v, std::uint16_t x, bool big)
{
    if (big) v.insert(v.end(), {std::uint8_t(x >> 8), std::uint8_t(x)});
    else v.insert(v.end(), {std::uint8_t(x), std::uint8_t(x >> 8)});
}

void put32(std::vector<std::uint8_t>& v, std::uint32_t x, bool big)
{
    if (big) v.insert(v.end(), {std::uint8_t(x >> 24), std::uint8_t(x >> 16), std::uint8_t(x >> 8), std::uint8_t(x)});
    else v.insert(v.end(), {std::uint8_t(x), std::uint8_t(x >> 8), std::uint8_t(x >> 16), std::uint8_t(x >> 24)});
}

/// Builds the new link header for a frame, or nothing when the target cannot carry it.
std::optional<std::vector<std::uint8_t>> newHeader(Target t, const Inner& in)
{
    static constexpr std::uint8_t kPlaceholderMacs[12] = {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1};
    const bool v4 = in.ethertype == kEtherIpv4;
    const bool v6 = in.ethertype == kEtherIpv6;
    std::vector<std::uint8_t> h;
    auto macs = [&] {
        if (in.macs.size() == 12) h.assign(in.macs.begin(), in.macs.end());
        else h.assign(std::begin(kPlaceholderMacs), std::end(kPlaceholderMacs));
    };
    switch (t) {
    case Target::Ether:
        macs();
        put16(h, in.ethertype, true);
        return h;
    case Target::Vlan:
        macs();
        put16(h, kTpidVlan, true);
        put16(h, 100, true);
        put16(h, in.ethertype, true);
        return h;
    case Target::Qinq:
        macs();
        put16(h, kTpidQinq, true), put16(h, 200, true);
        put16(h, kTpidVlan, true);
        put16(h, 100, true);
        put16(h, in.ethertype, true);
        return h;
    case Target::Null:
    case Target::NullBe:
    case Target::Loop:
        if (!v4 && !v6) return std::nullopt;
        put32(h, v4 ? kAfInet : kAfInet6Darwin, t != Target::Null);
        return h;
    case Target::Raw:
        if (!v4 && !v6) return std::nullopt;
        return h;
    case Target::Ipv4:
        if (!v4) return std::nullopt;
        return h;
    case Target::Ipv6:
        if (!v6) return std::nullopt;
        return h;
    case Target::Keep:
        break;
    }
    return std::nullopt;
}

std::optional<Target> parseTarget(std::string_view s)
{
    static constexpr std::pair<std::string_view, Target> kNames[] = {
        {"ether", Target::Ether}, {"vlan", Target::Vlan}, {"qinq", Target::Qinq},
        {"null", Target::Null},   {"null-be", Target::NullBe}, {"loop", Target::Loop},
        {"raw", Target::Raw},     {"ipv4", Target::Ipv4}, {"ipv6", Target::Ipv6}, {"keep", Target::Keep}};
    for (const auto& [name, target] : kNames)
        if (s == name) return target;
    return std::nullopt;
}

/// LINKTYPE_ value written in the file header; the input's own for --to keep.
std::uint32_t defaultLinktype(Target t, int inputDlt)
{
    switch (t) {
    case Target::Ether: case Target::Vlan: case Target::Qinq: return 1;
    case Target::Null: case Target::NullBe: return 0;
    case Target::Loop: return 108;
    case Target::Raw: return 101;
    case Target::Ipv4: return 228;
    case Target::Ipv6: return 229;
    case Target::Keep: break;
    }
    return static_cast<std::uint32_t>(inputDlt);  // Ethernet, SLL and SLL2 use the same number as DLT and LINKTYPE
}

Options parseArgs(int argc, char** argv)
{
    const char* usage = "usage: pcap-relink --to ether|vlan|qinq|null|null-be|loop|raw|ipv4|ipv6|keep "
                        "[--linktype-number N] [--byte-order le|be] [--precision micro|nano] IN OUT";
    Options o;
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        auto value = [&]() -> std::string_view {
            if (i + 1 >= argc) fail(std::string(a) + " needs a value\n" + usage);
            return argv[++i];
        };
        if (a == "--to") {
            const auto t = parseTarget(value());
            if (!t) fail(std::string("unknown --to value\n") + usage);
            o.target = *t;
        } else if (a == "--linktype-number") {
            o.linktype = static_cast<std::uint32_t>(std::strtoul(std::string(value()).c_str(), nullptr, 0));
        } else if (a == "--byte-order") {
            const auto v = value();
            if (v != "le" && v != "be") fail(std::string("--byte-order is le or be\n") + usage);
            o.bigEndian = v == "be";
        } else if (a == "--precision") {
            const auto v = value();
            if (v != "micro" && v != "nano") fail(std::string("--precision is micro or nano\n") + usage);
            o.nano = v == "nano";
        } else if (a.starts_with("--")) {
            fail("unknown option " + std::string(a) + "\n" + usage);
        } else {
            positional.emplace_back(a);
        }
    }
    if (positional.size() != 2) fail(usage);
    o.in = positional[0];
    o.out = positional[1];
    return o;
}

}  // namespace

int main(int argc, char** argv)
{
    const Options o = parseArgs(argc, argv);
    char err[PCAP_ERRBUF_SIZE] = {};
    pcap_t* in = pcap_open_offline_with_tstamp_precision(o.in.c_str(), PCAP_TSTAMP_PRECISION_NANO, err);
    if (!in) fail(err);  // libpcap's message names the file
    const int dlt = pcap_datalink(in);
    if (o.target != Target::Keep && dlt != DLT_EN10MB && dlt != DLT_LINUX_SLL && dlt != DLT_LINUX_SLL2)
        fail("input link type " + std::to_string(dlt) + " is not Ethernet, SLL or SLL2");

    std::FILE* out = std::fopen(o.out.c_str(), "wb");
    if (!out) fail(o.out + ": " + std::strerror(errno));

    std::vector<std::uint8_t> buf;
    put32(buf, o.nano ? 0xa1b23c4d : 0xa1b2c3d4, o.bigEndian);
    const std::uint32_t tagRoom = o.target == Target::Qinq ? 8 : o.target == Target::Vlan ? 4 : 0;
    put16(buf, 2, o.bigEndian);  // version 2.4
    put16(buf, 4, o.bigEndian);
    put32(buf, 0, o.bigEndian);  // thiszone
    put32(buf, 0, o.bigEndian);  // sigfigs
    put32(buf, static_cast<std::uint32_t>(pcap_snapshot(in)) + tagRoom, o.bigEndian);
    put32(buf, o.linktype.value_or(defaultLinktype(o.target, dlt)), o.bigEndian);

    std::size_t written = 0, skipped = 0;
    pcap_pkthdr* h = nullptr;
    const std::uint8_t* data = nullptr;
    int rc = 0;
    while ((rc = pcap_next_ex(in, &h, &data)) == 1) {
        const std::span<const std::uint8_t> frame(data, h->caplen);
        std::span<const std::uint8_t> body = frame;
        std::vector<std::uint8_t> header;
        long delta = 0;  // change of the link-header length, applied to caplen and wire len alike
        if (o.target != Target::Keep) {
            const auto inner = stripLink(dlt, frame);
            const auto built = inner ? newHeader(o.target, *inner) : std::nullopt;
            if (!built) {
                ++skipped;
                continue;
            }
            header = *built;
            body = inner->payload;
            delta = static_cast<long>(header.size()) - static_cast<long>(frame.size() - body.size());
        }
        const auto caplen = static_cast<std::uint32_t>(header.size() + body.size());
        const auto wirelen = static_cast<std::uint32_t>(static_cast<long>(h->len) + delta);
        const auto subsec = static_cast<std::uint32_t>(o.nano ? h->ts.tv_usec : h->ts.tv_usec / 1000);
        put32(buf, static_cast<std::uint32_t>(h->ts.tv_sec), o.bigEndian);
        put32(buf, subsec, o.bigEndian);
        put32(buf, caplen, o.bigEndian);
        put32(buf, wirelen, o.bigEndian);
        buf.insert(buf.end(), header.begin(), header.end());
        buf.insert(buf.end(), body.begin(), body.end());
        ++written;
    }
    if (rc == PCAP_ERROR) fail(o.in + ": " + pcap_geterr(in));
    pcap_close(in);

    if (std::fwrite(buf.data(), 1, buf.size(), out) != buf.size() || std::fclose(out) != 0)
        fail(o.out + ": write failed");
    std::fprintf(stderr, "pcap-relink: %s -> %s: %zu frames written, %zu skipped (not carried by the target)\n",
                 o.in.c_str(), o.out.c_str(), written, skipped);
    return 0;
}
