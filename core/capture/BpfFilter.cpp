#include "BpfFilter.h"

#include "../decode/LinkType.h"

#include <pcap/pcap.h>

namespace tcplens {

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
    filter.program_ = std::move(program);
    filter.expression_ = expression;
    return filter;
}

std::optional<BpfFilter> BpfFilter::compile(const std::string& expression, int linkType, std::uint32_t snaplen,
                                            std::string& error)
{
    pcap_t* dead = pcap_open_dead_with_tstamp_precision(dltFromLinkType(linkType),
                                                        snaplen ? static_cast<int>(snaplen) : 262144,
                                                        PCAP_TSTAMP_PRECISION_NANO);
    if (!dead) {
        error = "cannot prepare a BPF compiler for link type " + std::to_string(linkType);
        return std::nullopt;
    }
    auto filter = compile(expression, dead, error);
    pcap_close(dead);
    return filter;
}

std::optional<BpfFilter> BpfFilter::compileForFile(const std::string& expression, const std::string& path,
                                                   int linkType, std::uint32_t snaplen, std::string& error)
{
    char openError[PCAP_ERRBUF_SIZE] = {};
    pcap_t* file = path.empty() ? nullptr
                                : pcap_open_offline_with_tstamp_precision(path.c_str(), PCAP_TSTAMP_PRECISION_NANO,
                                                                          openError);
    if (!file)
        return compile(expression, linkType, snaplen, error);
    auto filter = compile(expression, file, error);
    pcap_close(file);
    return filter;
}

bool BpfFilter::matches(const RawPacket& packet) const noexcept
{
    pcap_pkthdr header{};
    header.caplen = packet.capturedLength;
    header.len = packet.wireLength;
    return pcap_offline_filter(&program_->bpf, &header, packet.bytes.data()) != 0;
}

} // namespace tcplens
