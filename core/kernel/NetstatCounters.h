#pragma once
// The kernel's SNMP counters as `nstat` reads them: /proc/net/netstat and /proc/net/snmp hold
// pairs of lines, "TcpExt: Name1 Name2 ..." then "TcpExt: value1 value2 ...".

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace tcplens {

/// Counters by nstat's name ("TcpExtListenOverflows", "TcpRetransSegs").
using NetstatCounters = std::map<std::string, std::uint64_t>;

/// Parses the text of /proc/net/netstat or /proc/net/snmp; lines it cannot pair are skipped.
[[nodiscard]] NetstatCounters parseNetstat(std::string_view text);
/// /proc/net/netstat and /proc/net/snmp of the calling thread's network namespace; empty when unreadable.
[[nodiscard]] NetstatCounters readNetstat();

} // namespace tcplens
