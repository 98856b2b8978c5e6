#include "Conversation.h"

#include <regex>

namespace tcplens {

std::string endpointText(const Endpoint& endpoint)
{
    const auto address = endpoint.address.toString();
    return (endpoint.address.family == 6 ? "[" + address + "]" : address) + ":" + std::to_string(endpoint.port);
}

std::optional<Endpoint> parseEndpoint(std::string_view text)
{
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon + 1 >= text.size() || text.size() - colon - 1 > 5)
        return std::nullopt;
    auto address = text.substr(0, colon);
    const bool bracketed = address.size() >= 2 && address.front() == '[' && address.back() == ']';
    if (bracketed)
        address = address.substr(1, address.size() - 2);
    unsigned port = 0;
    for (const char c : text.substr(colon + 1)) {
        if (c < '0' || c > '9')
            return std::nullopt;
        port = port * 10 + static_cast<unsigned>(c - '0');
    }
    const auto ip = parseIpAddress(address);
    if (!ip || port > 65535 || (ip->family == 6) != bracketed)
        return std::nullopt;
    return Endpoint{*ip, static_cast<std::uint16_t>(port)};
}

std::string completenessText(std::uint8_t completeness)
{
    if ((completeness & 0x1f) == 0x1f)
        return "Complete, WITH_DATA (" + std::to_string(completeness) + ")";
    if ((completeness & 0x17) == 0x17)
        return "Complete, NO_DATA (" + std::to_string(completeness) + ")";
    return "Incomplete" + std::string(completeness ? ", " : "")
         + (completeness & 1 ? "SYN_SENT" : completeness & 2 ? "CLIENT_ESTABLISHED" : completeness ? "DATA" : "")
         + " (" + std::to_string(completeness) + ")";
}

std::string Conversation::connState() const
{
    using Z = ZeekEndpointState;
    const Z os = sides[0].zeekState;
    const Z rs = sides[1].zeekState;
    const bool originatorInactive = os == Z::Inactive || os == Z::Partial;
    const bool responderInactive = rs == Z::Inactive || rs == Z::Partial;
    if (rs == Z::Reset) {
        if (os == Z::SynSent || os == Z::SynAckSent
            || (os == Z::Reset && sides[0].payloadBytes == 0 && sides[1].payloadBytes == 0))
            return "REJ";
        return originatorInactive ? "RSTRH" : "RSTR";
    }
    if (os == Z::Reset) {
        if (responderInactive) {
            static const std::regex synThenReset(R"(^\^?S[^HAFGIQ]*R.*)");
            return std::regex_match(history.str(), synThenReset) ? "RSTOS0" : "OTH";
        }
        return "RSTO";
    }
    if (rs == Z::Closed && os == Z::Closed)
        return "SF";
    if (os == Z::Closed)
        return responderInactive ? "SH" : "S2";
    if (rs == Z::Closed)
        return originatorInactive ? "SHR" : "S3";
    if (os == Z::SynSent && rs == Z::Inactive)
        return "S0";
    if (os == Z::Established && rs == Z::Established)
        return "S1";
    return "OTH";
}

double Conversation::retransmissionRate() const noexcept
{
    return sequencedSegments == 0 ? 0.0 : 100.0 * static_cast<double>(retransmissions)
                                              / static_cast<double>(sequencedSegments);
}

} // namespace tcplens
