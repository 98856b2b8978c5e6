#include "LabChecks.h"

#include "../decode/DecodedPacket.h"

namespace tcplens {

LabCheckItem checkItem(LabText what, bool passed, LabText evidence)
{
    return LabCheckItem{std::move(what), passed, std::move(evidence)};
}

LabCheckItem handshakeItem(const std::vector<LabPacket>& stream)
{
    using namespace tcpflag;
    const bool ok = stream.size() >= 3 && stream[0].has(Syn) && !stream[0].has(Ack) && stream[0].fromClient
                 && stream[1].has(Syn) && stream[1].has(Ack) && !stream[1].fromClient && stream[2].has(Ack)
                 && !stream[2].has(Syn) && !stream[2].has(Rst) && stream[2].fromClient;
    std::vector<std::uint32_t> frames;
    for (std::size_t i = 0; i < std::min<std::size_t>(3, stream.size()); ++i)
        frames.push_back(stream[i].frame);
    return checkItem({"three-way handshake: SYN, SYN-ACK, ACK", "三次握手：SYN、SYN-ACK、ACK"}, ok, framesText(frames));
}

std::optional<std::size_t> findPacket(const std::vector<LabPacket>& packets,
                                      const std::function<bool(const LabPacket&)>& match, std::size_t from)
{
    for (std::size_t i = from; i < packets.size(); ++i)
        if (match(packets[i]))
            return i;
    return std::nullopt;
}

std::vector<std::uint32_t> framesWhere(const std::vector<LabPacket>& packets,
                                       const std::function<bool(const LabPacket&)>& match)
{
    std::vector<std::uint32_t> frames;
    for (const auto& packet : packets)
        if (match(packet))
            frames.push_back(packet.frame);
    return frames;
}

bool bothSidesWorked(bool clientOk, const LabProblem& clientError, std::future<LabProblem>& server,
                     LabProblem& error)
{
    const LabProblem serverError = server.get();
    if (!clientOk) {
        error = LabProblem(LabProblemKind::Client).because(clientError);
        return false;
    }
    if (!serverError.empty()) {
        error = LabProblem(LabProblemKind::Server).because(serverError);
        return false;
    }
    return true;
}

} // namespace tcplens
