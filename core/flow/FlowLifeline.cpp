#include "FlowLifeline.h"

namespace tcplens {

std::string FlowLifeline::label() const
{
    if (host)
        return address.toString();
    return address.family == 6 ? "[" + address.toString() + "]:" + std::to_string(port)
                               : address.toString() + ":" + std::to_string(port);
}

std::string FlowLifeline::roleText() const
{
    switch (role) {
    case Role::Client: return roleKnown ? "client" : "client?";
    case Role::Server: return roleKnown ? "server" : "server?";
    case Role::Mixed: return "";
    }
    return "";
}

std::string FlowLifeline::portsText(std::size_t maxPorts) const
{
    if (!host || ports.empty())
        return {};
    std::string text = ports.size() == 1 ? "port " : "ports ";
    for (std::size_t i = 0; i < ports.size() && i < maxPorts; ++i) {
        if (i > 0)
            text += ", ";
        text += std::to_string(ports[i]);
    }
    if (ports.size() > maxPorts)
        text += ", \xE2\x80\xA6"; // …
    return text;
}

} // namespace tcplens
