#pragma once
// The incremental pipeline shared by file loads and live captures: runs each packet through
// the PacketAnalyzer pass and collects batches of compact analyses plus the summaries of the
// conversations each batch touched.

#include "CaptureBatch.h"
#include "PacketAnalyzer.h"

#include <functional>

namespace tcplens {

class CaptureBatchBuilder {
public:
    /// Sees every packet with its full analysis while its bytes are still valid (e.g. to print it).
    using PacketHook = std::function<void(std::uint32_t frame, const RawPacket& packet, const DecodedPacket& decoded,
                                          const TcpPacketAnalysis& analysis)>;

    explicit CaptureBatchBuilder(int linkType) : analyzer_(linkType) {}

    /// Decodes and tracks `packet` (its bytes are only read during the call) and queues it.
    void add(const RawPacket& packet);
    void setPacketHook(PacketHook hook) { hook_ = std::move(hook); }

    /// Packets queued since the last take, with the summaries of the conversations they touched.
    [[nodiscard]] CaptureBatch take();
    [[nodiscard]] std::size_t pending() const noexcept { return batch_.size(); }
    /// Packets added so far (the last frame number).
    [[nodiscard]] std::uint32_t frames() const noexcept { return analyzer_.frames(); }
    [[nodiscard]] const ConversationTracker& tracker() const noexcept { return analyzer_.tracker(); }

private:
    void touch(std::uint32_t stream);

    PacketAnalyzer analyzer_;
    CaptureBatch batch_;
    std::vector<bool> touchedMark_;
    std::vector<std::uint32_t> touched_;
    PacketHook hook_;
};

} // namespace tcplens
