#include "NetstatCounters.h"

#include <charconv>
#include <fstream>
#include <sstream>
#include <vector>

namespace tcplens {
namespace {

std::vector<std::string_view> words(std::string_view line)
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < line.size()) {
        const auto begin = line.find_first_not_of(' ', start);
        if (begin == std::string_view::npos)
            break;
        const auto end = std::min(line.find(' ', begin), line.size());
        out.push_back(line.substr(begin, end - begin));
        start = end;
    }
    return out;
}

} // namespace

NetstatCounters parseNetstat(std::string_view text)
{
    NetstatCounters counters;
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start < text.size();) {
        const auto end = std::min(text.find('\n', start), text.size());
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const auto names = words(lines[i]);
        const auto values = words(lines[i + 1]);
        if (names.size() < 2 || names.size() != values.size() || names[0] != values[0] || names[0].back() != ':')
            continue;
        const auto prefix = names[0].substr(0, names[0].size() - 1);
        std::uint64_t first = 0;
        const auto probe = std::from_chars(values[1].data(), values[1].data() + values[1].size(), first);
        if (probe.ec != std::errc{} && values[1].front() != '-')
            continue; // two name lines in a row: not a pair
        for (std::size_t k = 1; k < names.size(); ++k) {
            std::uint64_t value = 0;
            const auto* begin = values[k].data();
            const auto* end = begin + values[k].size();
            if (std::from_chars(begin, end, value).ec == std::errc{})
                counters[std::string(prefix) + std::string(names[k])] = value;
        }
        ++i;
    }
    return counters;
}

NetstatCounters readNetstat()
{
    NetstatCounters all;
    // thread-self: the calling thread's namespace (/proc/net is the process's main thread's).
    for (const char* path : {"/proc/thread-self/net/netstat", "/proc/thread-self/net/snmp"}) {
        std::ifstream file(path);
        if (!file)
            file.open(std::string("/proc/net/") + (std::string(path).ends_with("snmp") ? "snmp" : "netstat"));
        if (!file)
            continue;
        std::ostringstream text;
        text << file.rdbuf();
        all.merge(parseNetstat(text.str()));
    }
    return all;
}

} // namespace tcplens
