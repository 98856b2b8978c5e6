#pragma once
// tcplens-cli follow: the payload of one TCP conversation, both directions reassembled in order,
// as tshark -z follow,tcp,... prints it, as C arrays, or as the bytes themselves.

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

namespace tcplens::cli {

struct FollowStreamOptions {
    std::string path;
    std::optional<std::uint32_t> stream;
    std::string format = "ascii"; ///< ascii, hex, raw, yaml, c, binary.
    std::string output;           ///< File to write; stdout when empty.
};

int runFollowStream(const FollowStreamOptions& options, std::ostream& out, std::ostream& err);

} // namespace tcplens::cli
