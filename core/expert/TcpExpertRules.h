#pragma once
// The expert items Wireshark 4.0's TCP dissector raises on one segment, from its header, its
// options and the conversation analysis already computed for it (PacketAnalysisRecord).

#include "../capture/PacketAnalysisStore.h"
#include "../decode/ByteReader.h"
#include "../decode/DecodedPacket.h"
#include "ExpertItem.h"

#include <cstdint>
#include <vector>

namespace tcplens {

struct ExpertOptions {
    /// Raise "Bad checksum" on segments whose checksum is wrong and does not look offloaded
    /// (tshark's -o tcp.check_checksum:TRUE; off by default, as in Wireshark).
    bool validateChecksums = false;
};

/// Feed it every packet in capture order: the FIN items need to know which side closed first.
class TcpExpertRules {
public:
    explicit TcpExpertRules(ExpertOptions options = {}) : options_(options) {}

    /// Appends the items of frame `frame` (1-based) to `out`, in the order tshark's dissector adds them.
    void collect(std::uint32_t frame, Bytes bytes, const DecodedPacket& packet, const PacketAnalysisRecord& record,
                 std::vector<ExpertItem>& out);

private:
    void headerItems(const ExpertItem& base, const TcpInfo& tcp, const PacketAnalysisRecord& record,
                     std::vector<ExpertItem>& out);
    void optionItems(const ExpertItem& base, Bytes bytes, const TcpInfo& tcp, std::vector<ExpertItem>& out) const;
    static void analysisItems(const ExpertItem& base, const PacketAnalysisRecord& record, std::vector<ExpertItem>& out);

    ExpertOptions options_;
    /// Per stream: 1 the client sent the first FIN, 2 the server did, 0 no FIN yet.
    std::vector<std::uint8_t> closingInitiator_;
};

} // namespace tcplens
