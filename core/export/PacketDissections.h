#pragma once
// File › Export Packet Dissections: the packet list's columns as CSV records (Wireshark's
// "As CSV", every field quoted) and the chosen packets as JSON lines (the keys of
// `tcplens-cli packets --json`) carrying the final analysis of a loaded capture.

#include "../capture/ExportControl.h"
#include "../capture/PacketAnalysisStore.h"
#include "../capture/PacketStore.h"

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <span>
#include <string>

namespace tcplens {

/// One CSV record as Wireshark's Export Packet Dissections › As CSV writes it: every field in
/// double quotes (a quote inside doubled, RFC 4180), separated by commas, ended by "\n".
[[nodiscard]] std::string csvRecord(std::span<const std::string> fields);

/// Writes the jsonLine() of every packet `n` of `store` for which `chosen(n)` holds, in capture
/// order, each ended by "\n". Decode and analysis come from one PacketAnalyzer pass over the
/// store (as the loader made them); the endpoint states from `final`, the loaded records, which
/// already carry every correction a later packet made (where `tcplens-cli packets --json`, which
/// cannot wait for the end, prints a {"revised":true} line). `absolute`: raw seq/ack in "seq" and
/// "ack", as the CLI's -S. `control` hears of every packet gone through; when it says stop, the
/// writing stops there. Returns the number of lines written.
std::uint64_t writePacketJsonLines(const PacketStore& store, const PacketAnalysisStore& final,
                                   const std::function<bool(PacketNumber)>& chosen, std::ostream& out,
                                   bool absolute = false, const ExportControl& control = {});

} // namespace tcplens
