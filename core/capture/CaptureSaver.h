#pragma once
// Save As: writes a capture file again as pcapng (a copy) or classic pcap (nanosecond
// timestamps, libpcap's writer).

#include "MappedFile.h"

#include <string>

namespace tcplens {

enum class SaveFormat { Pcapng, Pcap };

/// The format a file's name says, by Wireshark's extensions: pcap for .pcap, .cap and .dmp,
/// pcapng for anything else (.pcapng, .ntar, no extension).
[[nodiscard]] SaveFormat saveFormatForName(const std::string& name);
/// `name` as Wireshark's Save As dialog fixes it for the chosen `format`: an extension of that
/// format is kept, the other format's is replaced, otherwise ".pcapng" or ".pcap" is appended.
[[nodiscard]] std::string withSaveExtension(const std::string& name, SaveFormat format);

/// Writes `source` to `target` in `format`; false with `error` naming the problem. The target
/// is written next to itself first and renamed, so a failure never leaves half a file.
[[nodiscard]] bool saveCaptureAs(const std::string& source, const std::string& target, SaveFormat format,
                                 std::string& error);

/// Writes a capture that was read as a stream (a pipe, standard input, a compressed file) from
/// its spool (the bytes as they came, decompressed) to `target` in `format`.
[[nodiscard]] bool saveSpooledCaptureAs(const MappedFile& spool, const std::string& target, SaveFormat format,
                                        std::string& error);

} // namespace tcplens
