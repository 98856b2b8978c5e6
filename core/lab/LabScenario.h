#pragma once
// One lab scenario: real sockets on loopback that show one piece of TCP, the paragraph that
// explains it, and the check that the recorded capture shows what the paragraph promises.

#include "LabProblem.h"
#include "LabText.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tcplens {

struct LoadedCapture;
class LabSocket;

/// What a scenario saw beside the capture (kernel counters, a socket's state): a line for the
/// reader and, for the check, a named figure.
struct LabObservation {
    LabText text;
    std::string key;        ///< "time-wait-port", "TcpExtListenOverflows"...; empty: text only.
    std::int64_t value = 0;
};

/// What a scenario's sockets get from the recorder.
struct LabSession {
    LabSocket* server = nullptr; ///< Bound to 127.0.0.1:port, not yet listening (the recorder closes it).
    std::uint16_t port = 0;      ///< The capture filter is "tcp port <port>".
    std::chrono::milliseconds timeout{5000}; ///< For every blocking socket call.
    std::vector<LabObservation> observations;

    /// The value of the observation named `key`, if there is one.
    [[nodiscard]] std::optional<std::int64_t> figure(std::string_view key) const
    {
        for (const auto& observation : observations)
            if (observation.key == key)
                return observation.value;
        return std::nullopt;
    }
};

/// One promise of the explanation and whether the capture keeps it.
struct LabCheckItem {
    LabText what;
    bool passed = false;
    LabText evidence; ///< The frames and figures behind it ("frames 1, 2, 3").
};

struct LabCheck {
    std::vector<LabCheckItem> items;
    [[nodiscard]] bool passed() const noexcept
    {
        for (const auto& item : items)
            if (!item.passed)
                return false;
        return !items.empty();
    }
};

struct LabScenario {
    std::string id;          ///< "handshake", "zero-window", ... as the command line names it.
    LabText title;
    LabText explanation;     ///< One paragraph: what it shows and what to look at.
    /// Set when the scenario is recorded in a network namespace of its own (root): shapes that
    /// namespace's loopback (tc, MTU...) before the capture starts; false with `error`.
    std::function<bool(LabProblem& error)> ownNetwork;
    /// Runs the sockets; false with `error` when they could not do what the scenario needs.
    std::function<bool(LabSession& session, LabProblem& error)> run;
    /// Checks the recorded capture (and the session's observations) against the explanation.
    std::function<LabCheck(const LoadedCapture& capture, const LabSession& session)> check;

    /// Recorded in a network namespace of its own, which only root may make.
    [[nodiscard]] bool needsRoot() const noexcept { return static_cast<bool>(ownNetwork); }
};

} // namespace tcplens
