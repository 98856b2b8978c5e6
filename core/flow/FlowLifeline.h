#pragma once
// A vertical line of the flow graph: one endpoint (address and port) when the graph shows one
// conversation, one host (address) with its ports listed when it shows several.

#include "../decode/IpAddress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tcplens {

struct FlowLifeline {
    enum class Role : std::uint8_t { Client, Server, Mixed }; ///< Mixed: a host that is client in one conversation and server in another.

    IpAddress address;
    std::uint16_t port = 0;             ///< Endpoint lifelines only; 0 for a host lifeline.
    bool host = false;                  ///< True: every port of `address` shares this lifeline.
    Role role = Role::Client;
    bool roleKnown = true;              ///< False when no SYN showed who opened the conversation.
    std::vector<std::uint16_t> ports;   ///< Host lifelines: the ports seen, in order of first use.

    /// "10.77.0.1:33728", "[fd77::1]:8080", or the bare address for a host lifeline.
    [[nodiscard]] std::string label() const;
    /// "client", "server", "client?" (guessed by port) or "" for Mixed.
    [[nodiscard]] std::string roleText() const;
    /// Host lifelines: "ports 33728, 33730, 8888" (at most `maxPorts`, then "…"); else "".
    [[nodiscard]] std::string portsText(std::size_t maxPorts = 6) const;
};

} // namespace tcplens
