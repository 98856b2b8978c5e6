#pragma once
// Records a lab scenario: starts tcplens-capture on the loopback interface with a filter on the
// scenario's port, waits until it captures (its pcapng header arrives only after the device is
// open and filtered, so no SYN is missed), runs the scenario's sockets, waits until the stream
// goes quiet, stops the helper and checks the file it wrote with our own analysis.

#include "LabScenario.h"

#include <chrono>
#include <string>

namespace tcplens {

struct LabRecorderOptions {
    std::string helperPath;   ///< Empty: CaptureHelperProcess::locate().
    std::string interface = "lo";
    std::chrono::milliseconds timeout{5000}; ///< For each socket call and for the helper to start.
};

struct LabRecording {
    bool recorded = false;   ///< The file was written and read back.
    std::string error;       ///< Why not (helper missing or refused, a socket failed...).
    std::string path;
    std::uint16_t port = 0;
    std::size_t packets = 0; ///< TCP packets in the file.
    std::vector<LabObservation> observations;
    LabCheck check;
};

[[nodiscard]] LabRecording recordLabScenario(const LabScenario& scenario, const std::string& outputPath,
                                             const LabRecorderOptions& options = {});

} // namespace tcplens
