#include "TcpOption.h"

namespace tcplens {

std::string_view tcpOptionName(std::uint8_t kind) noexcept
{
    switch (kind) {
    case tcpopt::Eol: return "End of Option List (EOL)";
    case tcpopt::Nop: return "No-Operation (NOP)";
    case tcpopt::Mss: return "Maximum segment size";
    case tcpopt::WindowScale: return "Window scale";
    case tcpopt::SackPermitted: return "SACK permitted";
    case tcpopt::Sack: return "SACK";
    case tcpopt::Timestamps: return "Timestamps";
    case tcpopt::Mptcp: return "Multipath TCP";
    case tcpopt::FastOpen: return "TCP Fast Open";
    default: return "Unknown";
    }
}

std::string_view tcpOptionShortName(std::uint8_t kind) noexcept
{
    switch (kind) {
    case tcpopt::Eol: return "eol";
    case tcpopt::Nop: return "nop";
    case tcpopt::Mss: return "mss";
    case tcpopt::WindowScale: return "wscale";
    case tcpopt::SackPermitted: return "sackOK";
    case tcpopt::Sack: return "sack";
    case tcpopt::Timestamps: return "timestamps";
    case tcpopt::Mptcp: return "mptcp";
    case tcpopt::FastOpen: return "tfo";
    default: return "unknown";
    }
}

} // namespace tcplens
