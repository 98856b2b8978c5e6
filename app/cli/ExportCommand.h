#pragma once
// tcplens-cli export: Export Specified Packets: the frames a filter, conversations and frame
// ranges choose, written as pcap or pcapng with their bytes, times and interfaces.

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace tcplens::cli {

struct ExportOptions {
    std::string path;
    std::string output;
    std::optional<std::string> format;   ///< pcap or pcapng; default from the output's extension.
    std::optional<std::string> filter;   ///< A tcpdump (BPF) expression.
    std::optional<std::string> streams;  ///< "N" or "N,M,...": conversations (tcp.stream).
    std::optional<std::string> frames;   ///< "1-10,15,20-".
};

int runExport(const ExportOptions& options, std::ostream& out, std::ostream& err);

} // namespace tcplens::cli
