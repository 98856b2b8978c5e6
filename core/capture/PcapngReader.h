#pragma once
// Reads pcapng blocks as tshark does: any number of sections in either byte order, interfaces
// with their own link type, snapshot length, timestamp resolution and offset, Enhanced, Simple
// and obsolete Packet Blocks, packet comments; every other block is skipped. Bounds-checked
// against the bytes the source has, so a damaged file ends with a message, never a bad read.

#include "ByteSource.h"
#include "CaptureInterface.h"
#include "RawPacket.h"
#include "Timestamp.h"

#include <optional>
#include <string>
#include <vector>

namespace tcplens {

class PcapngReader {
public:
    explicit PcapngReader(ByteSource& source) : source_(source) {}

    /// Reads the section header and the blocks up to the first interface or packet, so that the
    /// first link type is known; false (error() says why) if the start is not a valid pcapng file.
    [[nodiscard]] bool start();
    /// The next packet; its bytes, and its comments, stay valid until the next call.
    [[nodiscard]] ReadStatus next(RawPacket& packet, std::uint64_t frame);
    /// Without waiting: reads the section, interface, statistics and other blocks that have
    /// wholly arrived before the next packet. True when next() will not wait (a whole packet
    /// block is next, the stream ended, or a damaged block next() reports); false when what
    /// comes next has not wholly arrived.
    [[nodiscard]] bool readArrived(std::uint64_t frame);
    [[nodiscard]] std::string error() const { return englishText(problem_); }
    [[nodiscard]] const ReadProblem& problem() const noexcept { return problem_; }
    /// Interfaces seen so far, numbered across sections.
    [[nodiscard]] const std::vector<CaptureInterface>& interfaces() const noexcept { return interfaces_; }
    /// The last statistics block of each interface (by its number in interfaces()), when one came.
    [[nodiscard]] const std::vector<std::optional<InterfaceStatistics>>& statistics() const noexcept { return statistics_; }
    /// Where the next block starts.
    [[nodiscard]] std::uint64_t position() const noexcept { return position_; }
    /// Packets whose time lies beyond what an int64 of nanoseconds holds (clamped).
    [[nodiscard]] std::uint64_t clampedTimestamps() const noexcept { return clamped_; }

    /// The largest block read (tshark's limit too); a longer length means a damaged file.
    static constexpr std::uint32_t kMaxBlockBytes = 16U << 20;

private:
    struct Block {
        std::uint32_t type = 0;
        std::uint64_t offset = 0;
        Bytes body; ///< Between the length fields.
    };
    enum class BlockResult { Ok, End, Error };
    BlockResult readBlock(Block& block, std::uint64_t frame);
    [[nodiscard]] bool handleSection(const Block& block);
    [[nodiscard]] bool handleInterface(const Block& block);
    void handleStatistics(const Block& block);
    /// A block that is not a packet; false (error() says why) when it is damaged.
    [[nodiscard]] bool handleOther(const Block& block);
    [[nodiscard]] ReadStatus handlePacket(const Block& block, RawPacket& packet, std::uint64_t frame);
    [[nodiscard]] std::uint32_t load32(const std::uint8_t* p) const noexcept;
    [[nodiscard]] std::uint16_t load16(const std::uint8_t* p) const noexcept;
    void readPacketOptions(Bytes options);
    ReadStatus damaged(std::uint64_t frame, ReadProblem what);

    struct InterfaceClock {
        TickResolution resolution;
    };

    ByteSource& source_;
    std::uint64_t position_ = 0;
    bool bigEndian_ = false;
    bool inSection_ = false;
    bool failed_ = false; // readArrived() met a damaged block: next() reports it
    std::uint32_t sections_ = 0;
    std::size_t sectionFirstInterface_ = 0;
    std::vector<CaptureInterface> interfaces_;
    std::vector<InterfaceClock> clocks_;
    std::vector<std::optional<InterfaceStatistics>> statistics_;
    std::vector<std::string> comments_;
    std::uint64_t clamped_ = 0;
    ReadProblem problem_;
};

} // namespace tcplens
