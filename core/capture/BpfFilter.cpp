#include "BpfFilter.h"

#include "../decode/LinkType.h"

#include <pcap/pcap.h>

#include <array>
#include <cstdio>

#include <sys/stat.h>

namespace tcplens {

namespace {

/// A libpcap handle on an empty pcap file of `linkType` written in the given byte order. Compiling
/// against a savefile rather than a dead handle is what makes libpcap read a NULL header's address
/// family in the file's byte order and accept every BSD value of AF_INET6 (24, 28, 30), as
/// `tcpdump -r` does; nullptr when libpcap has no savefile mapping for the link type.
pcap_t* openEmptySavefile(int linkType, std::uint32_t snaplen, bool bigEndian, std::array<std::uint8_t, 24>& header)
{
    const auto put = [&](std::size_t at, std::uint32_t value, std::size_t width) {
        for (std::size_t b = 0; b < width; ++b)
            header[at + b] = static_cast<std::uint8_t>(value >> (8 * (bigEndian ? width - 1 - b : b)));
    };
    put(0, 0xa1b2c3d4, 4); // magic, microseconds
    put(4, 2, 2);          // version 2.4
    put(6, 4, 2);
    put(8, 0, 4);          // thiszone, sigfigs
    put(12, 0, 4);
    put(16, snaplen ? snaplen : 262144U, 4);
    put(20, static_cast<std::uint32_t>(linkType), 4);
    std::FILE* stream = ::fmemopen(header.data(), header.size(), "rb");
    if (!stream)
        return nullptr;
    char error[PCAP_ERRBUF_SIZE] = {};
    pcap_t* handle = pcap_fopen_offline_with_tstamp_precision(stream, PCAP_TSTAMP_PRECISION_NANO, error);
    if (!handle)
        std::fclose(stream);
    return handle;
}

} // namespace

struct BpfFilter::Program {
    bpf_program bpf{};
    ~Program() { pcap_freecode(&bpf); }
};

std::optional<BpfFilter> BpfFilter::compile(const std::string& expression, pcap* handle, std::string& error)
{
    auto program = std::make_shared<Program>();
    if (pcap_compile(handle, &program->bpf, expression.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        error = pcap_geterr(handle);
        return std::nullopt;
    }
    BpfFilter filter;
    filter.programs_->compiled.push_back(Compiled{linkTypeFromDlt(pcap_datalink(handle)), std::move(program)});
    filter.expression_ = expression;
    return filter;
}

std::optional<BpfFilter> BpfFilter::compile(const std::string& expression, int linkType, std::uint32_t snaplen,
                                            std::string& error, bool bigEndian)
{
    std::array<std::uint8_t, 24> header{};
    pcap_t* dead = openEmptySavefile(linkType, snaplen, bigEndian, header);
    if (!dead)
        dead = pcap_open_dead_with_tstamp_precision(dltFromLinkType(linkType), snaplen ? static_cast<int>(snaplen) : 262144,
                                                    PCAP_TSTAMP_PRECISION_NANO);
    if (!dead) {
        error = "cannot prepare a BPF compiler for link type " + std::to_string(linkType);
        return std::nullopt;
    }
    auto filter = compile(expression, dead, error);
    pcap_close(dead);
    if (filter)
        filter->programs_->compiled.front().linkType = linkType;
    return filter;
}

std::optional<BpfFilter> BpfFilter::compileForInterfaces(const std::string& expression,
                                                         const std::vector<CaptureInterface>& interfaces,
                                                         std::string& error)
{
    if (interfaces.empty())
        return compile(expression, 1, 262144, error);
    BpfFilter filter;
    filter.expression_ = expression;
    filter.perLinkType_ = true;
    std::string firstError;
    bool anyCompiled = false;
    for (const auto& interface : interfaces) {
        if (filter.programFor(interface.linkType) == nullptr) {
            std::string message;
            auto one = compile(expression, interface.linkType, interface.snaplen, message, interface.bigEndian);
            filter.programs_->compiled.push_back(one ? one->programs_->compiled.front() : Compiled{interface.linkType, nullptr});
            if (one)
                anyCompiled = true;
            else if (firstError.empty())
                firstError = message;
        }
    }
    if (!anyCompiled) {
        error = firstError;
        return std::nullopt;
    }
    return filter;
}

std::optional<BpfFilter> BpfFilter::compileForFile(const std::string& expression, const std::string& path,
                                                   const std::vector<CaptureInterface>& interfaces, std::string& error)
{
    struct stat st {};
    const bool regular = path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
    char openError[PCAP_ERRBUF_SIZE] = {};
    pcap_t* file = regular && interfaces.size() <= 1
                       ? pcap_open_offline_with_tstamp_precision(path.c_str(), PCAP_TSTAMP_PRECISION_NANO, openError)
                       : nullptr;
    if (!file)
        return compileForInterfaces(expression, interfaces, error);
    auto filter = compile(expression, file, error);
    pcap_close(file);
    return filter;
}

const BpfFilter::Compiled* BpfFilter::programFor(int linkType) const
{
    for (const auto& compiled : programs_->compiled)
        if (compiled.linkType == linkType)
            return &compiled;
    return nullptr;
}

bool BpfFilter::matches(const RawPacket& packet) const
{
    const std::lock_guard lock(programs_->mutex);
    auto& all = programs_->compiled;
    if (all.empty())
        return false;
    const Compiled* chosen = &all.front();
    if (perLinkType_ && packet.linkType != kCaptureLinkType) {
        chosen = programFor(packet.linkType);
        if (!chosen) {
            std::string ignored;
            auto one = compile(expression_, packet.linkType, 0, ignored);
            all.push_back(one ? one->programs_->compiled.front() : Compiled{packet.linkType, nullptr});
            chosen = &all.back();
        }
    }
    if (!chosen->program)
        return false;
    pcap_pkthdr header{};
    header.caplen = packet.capturedLength;
    header.len = packet.wireLength;
    return pcap_offline_filter(&chosen->program->bpf, &header, packet.bytes.data()) != 0;
}

} // namespace tcplens
