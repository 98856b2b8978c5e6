#pragma once
// Pieces the scenarios' checks share: one promise, the handshake, the first packet matching.

#include "LabPackets.h"
#include "LabScenario.h"

#include <functional>
#include <future>
#include <optional>

namespace tcplens {

[[nodiscard]] LabCheckItem checkItem(LabText what, bool passed, LabText evidence);
/// The three-way handshake as the stream's first three packets: SYN, SYN-ACK, ACK.
[[nodiscard]] LabCheckItem handshakeItem(const std::vector<LabPacket>& stream);
/// The first packet at or after `from` that `match` accepts.
[[nodiscard]] std::optional<std::size_t> findPacket(const std::vector<LabPacket>& packets,
                                                    const std::function<bool(const LabPacket&)>& match,
                                                    std::size_t from = 0);
/// The frames of every packet `match` accepts.
[[nodiscard]] std::vector<std::uint32_t> framesWhere(const std::vector<LabPacket>& packets,
                                                     const std::function<bool(const LabPacket&)>& match);

/// Runs a scenario's server side on its own thread; its result is "" or what failed.
template <typename Server>
[[nodiscard]] std::future<LabProblem> serveInBackground(Server&& server)
{
    return std::async(std::launch::async, std::forward<Server>(server));
}

/// Waits for the server; false with `error` (the client's failure first) unless both sides worked.
[[nodiscard]] bool bothSidesWorked(bool clientOk, const LabProblem& clientError, std::future<LabProblem>& server,
                                   LabProblem& error);

} // namespace tcplens
