#pragma once
// Records a lab scenario: starts tcplens-capture on the loopback interface with a filter on the
// scenario's port, waits until it captures (its pcapng header arrives only after the device is
// open and filtered, so no SYN is missed), runs the scenario's sockets, waits until the stream
// goes quiet, stops the helper, names the scenario in the file's section header (LabFileMark)
// and checks the file with our own analysis.

#include "LabScenario.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <string>

namespace tcplens {

/// Where a recording is, for a progress line.
enum class LabStage {
    StartingHelper,   ///< tcplens-capture is starting (and the namespace, for a root scenario).
    RunningSockets,   ///< The scenario's client and server are at work.
    WaitingForLast,   ///< The sockets are done; the last packets are reaching the file.
    Checking,         ///< The file is read back and checked.
};

/// Why a recording failed, for a message in the user's language (`LabRecording::error` has the details).
enum class LabFailure {
    None,
    HelperMissing,  ///< No tcplens-capture found.
    HelperRefused,  ///< The helper could not capture: no capability, not in its group.
    HelperSilent,   ///< The helper did not start capturing in time, or ended with an error later.
    Unwritable,     ///< The output file cannot be written.
    Network,        ///< The scenario's own network namespace could not be made (not root).
    Sockets,        ///< The scenario's sockets failed.
    Damaged,        ///< The recorded file cannot be read back.
    Cancelled,      ///< LabRecorderOptions::cancel turned true.
};

struct LabRecorderOptions {
    std::string helperPath;   ///< Empty: CaptureHelperProcess::locate().
    std::string interface = "lo";
    std::chrono::milliseconds timeout{5000}; ///< For each socket call and for the helper to start.
    /// Told each stage as the recording reaches it, on the recording's thread.
    std::function<void(LabStage)> progress;
    /// When it turns true the recording stops at its next step (a scenario's sockets finish their
    /// run first), removes the file and fails with LabFailure::Cancelled.
    const std::atomic<bool>* cancel = nullptr;
};

struct LabRecording {
    bool recorded = false;   ///< The file was written and read back.
    std::string error;       ///< Why not (helper missing or refused, a socket failed...), in English.
    LabProblem problem;      ///< The same as a kind and its arguments.
    LabFailure failure = LabFailure::None;
    std::string path;
    std::uint16_t port = 0;
    std::size_t packets = 0; ///< TCP packets in the file.
    std::vector<LabObservation> observations;
    LabCheck check;
};

[[nodiscard]] LabRecording recordLabScenario(const LabScenario& scenario, const std::string& outputPath,
                                             const LabRecorderOptions& options = {});

} // namespace tcplens
