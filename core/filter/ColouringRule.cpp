#include "ColouringRule.h"

#include <charconv>

namespace tcplens {
namespace {

RuleColour wireshark(std::uint16_t r, std::uint16_t g, std::uint16_t b) { return {r, g, b}; }

// Wireshark 4.0's text on its dark slate and pale rows ([4626,10023,11822] = #12272e).
const RuleColour kSlate = wireshark(4626, 10023, 11822);

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

/// Reads "[r,g,b]" at the front of `s` and drops it; false when it is not one.
bool readColour(std::string_view& s, RuleColour& colour)
{
    if (s.empty() || s.front() != '[')
        return false;
    s.remove_prefix(1);
    std::uint16_t* channels[] = {&colour.red, &colour.green, &colour.blue};
    for (int i = 0; i < 3; ++i) {
        s = trimmed(s);
        unsigned value = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
        if (ec != std::errc() || value > 65535)
            return false;
        *channels[i] = static_cast<std::uint16_t>(value);
        s.remove_prefix(static_cast<std::size_t>(end - s.data()));
        s = trimmed(s);
        const char expected = i < 2 ? ',' : ']';
        if (s.empty() || s.front() != expected)
            return false;
        s.remove_prefix(1);
    }
    return true;
}

} // namespace

std::vector<ColouringRule> defaultColouringRules()
{
    // Wireshark 4.0's colorfilters, in its order, keeping the rules whose fields tcplens decodes.
    // Left out, because tcplens does not dissect their protocols: HSRP State Change, Spanning Tree
    // Topology Change, OSPF State Change, ARP, SCTP ABORT, SMB, DCERPC, Routing, System Event, and
    // TTL low or unexpected (it reads pim, ospf, vrrp and carp). Narrowed: ICMP errors without
    // icmpv6.type, Checksum Errors to the IPv4 and TCP checksums (tshark's "Bad" is status 0) and
    // off: Wireshark does not verify them by default, so its rule stays dark, while tcplens does and
    // would paint every segment a sender's checksum offload left unfinished; one tick turns it on. HTTP
    // to tcp.port == 80 (no http/http2 dissector). Added: TCP window update, which the issue asks
    // for and Wireshark's Bad TCP leaves uncoloured on purpose; it sits above TCP.
    return {
        {"Bad TCP", "tcp.analysis.flags && !tcp.analysis.window_update && !tcp.analysis.keep_alive && "
                    "!tcp.analysis.keep_alive_ack",
         wireshark(63479, 34695, 34695), kSlate, true},
        {"ICMP errors", "icmp.type in { 3..5, 11 }", wireshark(47031, 63479, 29812), kSlate, true},
        {"ICMP", "icmp || icmpv6", kSlate, wireshark(64764, 57568, 65535), true},
        {"TCP RST", "tcp.flags.reset eq 1", wireshark(65535, 64764, 40092), wireshark(42148, 0, 0), true},
        {"Checksum Errors", "ip.checksum.status == 0 || tcp.checksum.status == 0", wireshark(63479, 34695, 34695),
         kSlate, false},
        {"HTTP", "tcp.port == 80", kSlate, wireshark(58596, 65535, 51143), true},
        {"TCP SYN/FIN", "tcp.flags & 0x02 || tcp.flags.fin == 1", kSlate, wireshark(41120, 41120, 41120), true},
        {"TCP window update", "tcp.analysis.window_update", kSlate, wireshark(65535, 62451, 54998), true},
        {"TCP", "tcp", kSlate, wireshark(59367, 59110, 65535), true},
        {"UDP", "udp", kSlate, wireshark(56026, 61166, 65535), true},
        {"Broadcast", "eth[0] & 1", wireshark(47802, 48573, 46774), wireshark(65535, 65535, 65535), true},
    };
}

ColourFiltersParse parseColourFilters(std::string_view text)
{
    ColourFiltersParse result;
    std::size_t lineNumber = 0;
    while (!text.empty()) {
        const auto newline = text.find('\n');
        std::string_view line = trimmed(text.substr(0, newline));
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        ++lineNumber;
        if (line.empty() || line.front() == '#')
            continue;
        const auto fail = [&](std::string message) { result.errors.push_back({lineNumber, std::move(message)}); };
        ColouringRule rule;
        if (line.front() == '!') { // Wireshark writes a disabled rule with a leading "!"
            rule.enabled = false;
            line.remove_prefix(1);
        }
        if (line.empty() || line.front() != '@') {
            fail("expected @name@filter@[background][foreground]");
            continue;
        }
        const auto nameEnd = line.find('@', 1);
        const auto filterEnd = nameEnd == std::string_view::npos ? nameEnd : line.find('@', nameEnd + 1);
        if (filterEnd == std::string_view::npos) {
            fail("expected @name@filter@[background][foreground]");
            continue;
        }
        rule.name = std::string(line.substr(1, nameEnd - 1));
        rule.filter = std::string(trimmed(line.substr(nameEnd + 1, filterEnd - nameEnd - 1)));
        auto colours = trimmed(line.substr(filterEnd + 1));
        if (!readColour(colours, rule.background) || !readColour(colours, rule.foreground)) {
            fail("\"" + rule.name + "\": colours must be [r,g,b][r,g,b] with channels 0..65535");
            continue;
        }
        if (rule.name.empty()) {
            fail("a rule needs a name");
            continue;
        }
        result.rules.push_back(std::move(rule));
    }
    return result;
}

std::string formatColourFilters(const std::vector<ColouringRule>& rules)
{
    std::string text = "# This file was created by tcplens. Wireshark reads it as its colorfilters.\n";
    const auto colour = [&text](const RuleColour& c) {
        text += '[' + std::to_string(c.red) + ',' + std::to_string(c.green) + ',' + std::to_string(c.blue) + ']';
    };
    for (const auto& rule : rules) {
        // "@" and line breaks would split the record: Wireshark's format has no escape for them.
        auto clean = [](std::string s) {
            for (auto& ch : s)
                if (ch == '@' || ch == '\n' || ch == '\r')
                    ch = ' ';
            return s;
        };
        text += (rule.enabled ? "@" : "!@") + clean(rule.name) + '@' + clean(rule.filter) + '@';
        colour(rule.background);
        colour(rule.foreground);
        text += '\n';
    }
    return text;
}

} // namespace tcplens
