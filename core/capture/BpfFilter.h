#pragma once
// A tcpdump-syntax BPF expression compiled by libpcap, applied to packets: one program per link
// type, so a pcapng file with interfaces of several link types filters each packet with the
// program for its own interface.

#include "CaptureInterface.h"
#include "RawPacket.h"

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

struct pcap;

namespace tcplens {

class BpfFilter {
public:
    /// Compiles `expression` for `linkType` (LINKTYPE_*) as for a file written in the given byte
    /// order; on a mistake returns nothing and sets `error` to libpcap's message.
    [[nodiscard]] static std::optional<BpfFilter> compile(const std::string& expression, int linkType,
                                                          std::uint32_t snaplen, std::string& error,
                                                          bool bigEndian = false);
    /// Compiles for an open libpcap handle, as tcpdump does: for a savefile libpcap then knows its
    /// byte order, which the BSD loopback (NULL) header's address family depends on.
    [[nodiscard]] static std::optional<BpfFilter> compile(const std::string& expression, pcap* handle,
                                                          std::string& error);
    /// Compiles for every link type among `interfaces`. A link type the expression means nothing
    /// for (e.g. `ether host` on raw IP) matches no packet; only when it compiles for none is it
    /// an error.
    [[nodiscard]] static std::optional<BpfFilter> compileForInterfaces(const std::string& expression,
                                                                       const std::vector<CaptureInterface>& interfaces,
                                                                       std::string& error);
    /// Compiles for a loaded capture: a regular file with one interface through libpcap's own
    /// handle on it (exactly as tcpdump -r), anything else (pipes, compressed files, several
    /// interfaces) per interface link type.
    [[nodiscard]] static std::optional<BpfFilter> compileForFile(const std::string& expression, const std::string& path,
                                                                 const std::vector<CaptureInterface>& interfaces,
                                                                 std::string& error);
    /// True when the packet passes the program of its link type (RawPacket::linkType; the
    /// first program when the packet has none). A link type first seen here (an interface a
    /// pcapng stream describes later) gets its program compiled now.
    [[nodiscard]] bool matches(const RawPacket& packet) const;
    [[nodiscard]] const std::string& expression() const noexcept { return expression_; }

private:
    struct Program;
    struct Compiled {
        int linkType = kCaptureLinkType;
        std::shared_ptr<const Program> program; ///< Null: the expression does not apply to this link type.
    };
    struct Programs {
        std::mutex mutex; // matches() may add a link type's program
        std::vector<Compiled> compiled;
    };
    [[nodiscard]] const Compiled* programFor(int linkType) const;

    std::shared_ptr<Programs> programs_ = std::make_shared<Programs>();
    bool perLinkType_ = false; // false: one program for every packet (a pcap file's own handle)
    std::string expression_;
};

} // namespace tcplens
