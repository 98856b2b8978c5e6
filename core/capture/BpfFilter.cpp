#include "BpfFilter.h"

#include "../decode/LinkType.h"

#include <pcap/pcap.h>

#include <sys/stat.h>

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
    filter.programs_->compiled.push_back(Compiled{linkTypeFromDlt(pcap_datalink(handle)), std::move(program)});
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
            auto one = compile(expression, interface.linkType, interface.snaplen, message);
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
