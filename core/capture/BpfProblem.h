#pragma once
// Why libpcap would not compile a capture filter, sorted into a kind and its arguments: the GUI
// words each through tr() in the user's language, tcplens-cli prints libpcap's own words (detail).

#include <cstdint>
#include <string>
#include <vector>

namespace tcplens {

/// a0.. = args; every kind keeps libpcap's words in detail.
enum class BpfProblemKind : std::uint8_t {
    None,
    SyntaxError,
    UnknownHost,     ///< a0: the name
    UnknownPort,     ///< a0: the name
    PortOutOfRange,  ///< a0: the number
    UnknownProtocol, ///< a0: the protocol it follows (ip, ip6, ether…), a1: the name
    InvalidIpv4,     ///< a0: the address as typed
    BogusEthernet,   ///< a0: the address as libpcap read it
    MaskTooLong,     ///< a0: the largest length (32 or 128)
    NoCompiler,      ///< a0: the link type
    Other,           ///< Anything else libpcap says (English)
};

struct BpfProblem {
    BpfProblemKind kind = BpfProblemKind::None;
    std::vector<std::string> args;
    std::string detail; ///< libpcap's own words, as tcplens-cli prints them.
    [[nodiscard]] const std::string& arg(std::size_t i) const noexcept;
};

/// libpcap's (or BpfFilter's) message about a filter sorted into the kinds above; Other when unknown.
[[nodiscard]] BpfProblem bpfProblem(const std::string& said);

} // namespace tcplens
