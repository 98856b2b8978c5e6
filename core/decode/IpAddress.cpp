#include "IpAddress.h"

#include <arpa/inet.h>

namespace tcplens {

std::string IpAddress::toString() const
{
    char text[INET6_ADDRSTRLEN] = {};
    if (family == 4)
        inet_ntop(AF_INET, bytes.data(), text, sizeof text);
    else if (family == 6)
        inet_ntop(AF_INET6, bytes.data(), text, sizeof text);
    return text;
}

std::size_t hashOf(const IpAddress& address) noexcept
{
    // FNV-1a over the used bytes: cheap and good enough for a conversation table.
    std::size_t hash = 1469598103934665603ULL ^ address.family;
    for (std::size_t i = 0; i < address.size(); ++i)
        hash = (hash ^ address.bytes[i]) * 1099511628211ULL;
    return hash;
}

std::optional<IpAddress> parseIpAddress(std::string_view text)
{
    if (text.empty() || text.size() >= INET6_ADDRSTRLEN)
        return std::nullopt;
    const std::string zeroTerminated(text);
    IpAddress address;
    if (inet_pton(AF_INET, zeroTerminated.c_str(), address.bytes.data()) == 1)
        address.family = 4;
    else if (inet_pton(AF_INET6, zeroTerminated.c_str(), address.bytes.data()) == 1)
        address.family = 6;
    else
        return std::nullopt;
    return address;
}

} // namespace tcplens
