#pragma once
// A tcpdump-syntax BPF expression compiled by libpcap for one link type, applied to packets.

#include "RawPacket.h"

#include <memory>
#include <optional>
#include <string>

struct pcap;

namespace tcplens {

class BpfFilter {
public:
    /// Compiles `expression` for `linkType` (LINKTYPE_*); on a mistake returns nothing and
    /// sets `error` to libpcap's message.
    [[nodiscard]] static std::optional<BpfFilter> compile(const std::string& expression, int linkType,
                                                          std::uint32_t snaplen, std::string& error);
    /// Compiles for an open libpcap handle, as tcpdump does: for a savefile libpcap then knows its
    /// byte order, which the BSD loopback (NULL) header's address family depends on.
    [[nodiscard]] static std::optional<BpfFilter> compile(const std::string& expression, pcap* handle,
                                                          std::string& error);
    /// Compiles against the capture file at `path` (opened only for its header), so a loaded file is
    /// filtered exactly as tcpdump -r filters it; falls back to `linkType` if the file cannot be opened.
    [[nodiscard]] static std::optional<BpfFilter> compileForFile(const std::string& expression, const std::string& path,
                                                                 int linkType, std::uint32_t snaplen, std::string& error);
    [[nodiscard]] bool matches(const RawPacket& packet) const noexcept;
    [[nodiscard]] const std::string& expression() const noexcept { return expression_; }

private:
    struct Program;
    std::shared_ptr<const Program> program_;
    std::string expression_;
};

} // namespace tcplens
