#pragma once
// SHA-256 (FIPS 180-4) for the file checksum of Capture File Properties and `tcplens-cli info`,
// as capinfos prints it; no crypto library needed for one digest.

#include <array>
#include <cstdint>
#include <span>
#include <string>

namespace tcplens {

class Sha256 {
public:
    Sha256();
    void update(std::span<const std::uint8_t> bytes);
    /// The digest as 64 lowercase hex digits; the object is spent afterwards.
    [[nodiscard]] std::string finishHex();

private:
    void block(const std::uint8_t* data);

    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;
};

/// The SHA-256 of the file at `path` as stored, or empty with `error` when it cannot be read.
[[nodiscard]] std::string sha256OfFile(const std::string& path, std::string& error);

} // namespace tcplens
