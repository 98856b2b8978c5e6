#pragma once
// Capture File Properties (Wireshark's dialog, capinfos): what a capture file is, when and how
// much it holds, its interfaces with their drop counts, its comments and checksum. Computed by
// reading the file once; shown by the GUI's File › Capture File Properties and `tcplens-cli info`.

#include "CaptureFile.h"
#include "PcapngMetadata.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tcplens {

struct CaptureProperties {
    struct Interface {
        CaptureInterface described;
        std::uint64_t packets = 0;               ///< Packets of the file on it.
        int precisionDigits = 6;                 ///< Of its timestamps (-1: a power-of-two resolution).
        std::optional<PcapngInterfaceInfo> pcapng; ///< Options and statistics blocks (pcapng only).
    };

    std::string path;
    FileFormat format = FileFormat::PcapLittleMicro;
    Compression compression = Compression::None;
    std::uint64_t fileSize = 0;    ///< As stored (compressed); 0 for a pipe.
    std::string sha256;            ///< Of the file as stored; empty for a pipe.
    std::uint32_t fileSnaplen = 0; ///< pcap header's snapshot length (0 for pcapng).
    std::uint64_t packets = 0;
    std::uint64_t dataBytes = 0;     ///< Sum of the packets' lengths on the wire (capinfos' data size).
    std::uint64_t capturedBytes = 0; ///< Sum of what was captured of them.
    std::int64_t firstNs = 0;        ///< Earliest and latest packet time (0 without packets).
    std::int64_t lastNs = 0;
    bool strictTimeOrder = true;     ///< No packet earlier than the one before it.
    std::vector<std::pair<int, std::uint64_t>> encapsulations; ///< Link type and its packet count, in order of appearance.
    std::vector<Interface> interfaces;
    std::vector<PcapngSectionInfo> sections;                        ///< pcapng only.
    std::vector<std::pair<std::uint64_t, std::string>> packetComments; ///< Frame number and comment.
    std::string error; ///< The file ended early or is damaged: the figures cover what was read.
    ReadProblem problem; ///< error() as a kind, when the packet reader said it (not the metadata walk).

    [[nodiscard]] std::int64_t durationNs() const noexcept { return lastNs - firstNs; }
    /// The duration as capinfos computes its averages from it.
    [[nodiscard]] double elapsedSeconds() const noexcept;
    /// Per second of duration; nullopt when the duration is zero (capinfos prints "n/a").
    [[nodiscard]] std::optional<double> bytesPerSecond() const noexcept;
    [[nodiscard]] std::optional<double> packetsPerSecond() const noexcept;
    [[nodiscard]] std::optional<double> averagePacketSize() const noexcept;
    /// Decimals of the file's timestamps: the finest of its interfaces' (capinfos' file precision).
    [[nodiscard]] int timeDigits() const noexcept;
};

/// Reads `path` once; throws CaptureError when it is not a capture at all.
[[nodiscard]] CaptureProperties readCaptureProperties(const std::string& path);

/// "2015-08-16 19:35:25.701568 UTC" with `digits` decimals (0 to 9, truncated as capinfos does).
[[nodiscard]] std::string utcTimeText(std::int64_t ns, int digits);
/// "microseconds (6)", "nanoseconds (9)", "10^-3 s (3)", "2^-20 s".
[[nodiscard]] std::string precisionText(int digits, std::uint8_t tsresol = 0);
/// The properties as `tcplens-cli info` prints them: "Key: value" lines, capinfos' order.
[[nodiscard]] std::string capturePropertiesText(const CaptureProperties& properties);
/// The same as one JSON object (keys in the README).
[[nodiscard]] std::string capturePropertiesJson(const CaptureProperties& properties);

} // namespace tcplens
