#include "ConversationText.h"

#include "../decode/Nanoseconds.h"
#include "PacketText.h"
#include "TimeText.h"

#include <algorithm>
#include <cstdio>
#include <ostream>
#include <sstream>

namespace tcplens {
namespace {

std::string optionsJson(const OfferedOptions& o)
{
    if (!o.sawSyn)
        return "null";
    return "{\"mss\":" + (o.hasMss ? std::to_string(o.mss) : std::string("null")) + ",\"wscale\":"
         + (o.windowScale < 0 ? std::string("null") : std::to_string(o.windowScale)) + ",\"sack\":"
         + (o.sackPermitted ? "true" : "false") + ",\"timestamps\":" + (o.timestamps ? "true" : "false")
         + ",\"ecn\":" + (o.ecn ? "true" : "false") + "}";
}

} // namespace

std::string conversationJson(const Conversation& c)
{
    const auto& client = c.client();
    const auto& server = c.server();
    char rate[32];
    std::snprintf(rate, sizeof rate, "%.3f", c.retransmissionRate());
    return "{\"stream\":" + std::to_string(c.stream) + ",\"client\":\"" + endpointText(client.endpoint)
         + "\",\"server\":\"" + endpointText(server.endpoint) + "\",\"client_known\":"
         + (c.clientKnown ? "true" : "false") + ",\"packets_c2s\":" + std::to_string(client.packets)
         + ",\"packets_s2c\":" + std::to_string(server.packets) + ",\"bytes_c2s\":"
         + std::to_string(client.frameBytes) + ",\"bytes_s2c\":" + std::to_string(server.frameBytes)
         + ",\"payload_c2s\":" + std::to_string(client.payloadBytes) + ",\"payload_s2c\":"
         + std::to_string(server.payloadBytes) + ",\"start\":\"" + epochSeconds(c.firstNs) + "\",\"duration\":"
         + secondsText(nsBetween(c.firstNs, c.lastNs)) + ",\"first_frame\":" + std::to_string(c.firstFrame)
         + ",\"last_frame\":" + std::to_string(c.lastFrame) + ",\"conn_state\":\"" + c.connState()
         + "\",\"history\":\"" + c.history.str() + "\",\"completeness\":" + std::to_string(c.completeness)
         + ",\"irtt\":" + (c.initialRttNs < 0 ? std::string("null") : secondsText(c.initialRttNs))
         + ",\"retransmissions\":" + std::to_string(c.retransmissions) + ",\"retransmission_rate\":" + rate
         + ",\"zero_window_events\":" + std::to_string(c.zeroWindowEvents) + ",\"max_bytes_in_flight\":"
         + std::to_string(c.maxBytesInFlight) + ",\"icmp_quotes\":" + std::to_string(c.quotes)
         + ",\"options_client\":" + optionsJson(client.offered)
         + ",\"options_server\":" + optionsJson(server.offered) + ",\"state_client\":\"" + stateName(client.state)
         + "\",\"state_server\":\"" + stateName(server.state) + "\"}";
}

std::string conversationTable(const std::vector<Conversation>& conversations)
{
    std::ostringstream table;
    writeConversationTable(table, conversations);
    return table.str();
}

void writeConversationTable(std::ostream& out, const std::vector<Conversation>& conversations)
{
    char line[512];
    std::snprintf(line, sizeof line, "%-6s %-28s %-28s %8s %10s %8s %10s %12s %10s %-6s %-14s %9s %7s\n", "Stream",
                  "Client", "Server", "Pkts c>s", "Bytes c>s", "Pkts s>c", "Bytes s>c", "Start (s)", "Duration",
                  "State", "History", "iRTT (ms)", "Retrans");
    out << line;
    const auto shown = std::find_if(conversations.begin(), conversations.end(),
                                    [](const Conversation& c) { return !c.quoteOnly(); });
    const std::int64_t origin = shown == conversations.end() ? 0 : shown->firstNs;
    for (const auto& c : conversations) {
        if (c.quoteOnly()) // a stream number tshark counts, but no conversation it lists
            continue;
        const std::string client = endpointText(c.client().endpoint) + (c.clientKnown ? "" : " ?");
        const std::string irtt = c.initialRttNs < 0 ? "-" : millisecondsText(c.initialRttNs, 3);
        std::snprintf(line, sizeof line, "%-6u %-28s %-28s %8llu %10llu %8llu %10llu %12s %10s %-6s %-14s %9s %7llu\n",
                      c.stream, client.c_str(), endpointText(c.server().endpoint).c_str(),
                      static_cast<unsigned long long>(c.client().packets),
                      static_cast<unsigned long long>(c.client().frameBytes),
                      static_cast<unsigned long long>(c.server().packets),
                      static_cast<unsigned long long>(c.server().frameBytes), secondsText(nsBetween(origin, c.firstNs), 6).c_str(),
                      secondsText(nsBetween(c.firstNs, c.lastNs), 6).c_str(), c.connState().c_str(), c.history.str().c_str(),
                      irtt.c_str(), static_cast<unsigned long long>(c.retransmissions));
        out << line;
    }
}

} // namespace tcplens
