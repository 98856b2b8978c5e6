#include "PcapngReader.h"

#include "../decode/ByteReader.h"

#include <algorithm>

namespace tcplens {
namespace {

constexpr std::uint32_t kSectionHeader = 0x0A0D0D0A;
constexpr std::uint32_t kInterfaceDescription = 1;
constexpr std::uint32_t kObsoletePacket = 2;
constexpr std::uint32_t kSimplePacket = 3;
constexpr std::uint32_t kInterfaceStatistics = 5;
constexpr std::uint32_t kEnhancedPacket = 6;
constexpr std::uint32_t kByteOrderMagic = 0x1A2B3C4D;
constexpr std::size_t kMaxInterfaces = 65536; // packet indexes keep the interface in 16 bits

constexpr std::uint16_t kOptEnd = 0;
constexpr std::uint16_t kOptComment = 1;
constexpr std::uint16_t kIfName = 2;
constexpr std::uint16_t kIfDescription = 3;
constexpr std::uint16_t kIfTsresol = 9;
constexpr std::uint16_t kIfTsoffset = 14;

std::uint32_t padded(std::uint32_t length) noexcept
{
    return (length + 3U) & ~3U;
}

std::string text(Bytes value)
{
    std::string out(value.begin(), value.end());
    // Writers may count a terminating NUL in the length.
    while (!out.empty() && out.back() == '\0')
        out.pop_back();
    return out;
}

} // namespace

std::uint32_t PcapngReader::load32(const std::uint8_t* p) const noexcept
{
    return u32InOrder(p, bigEndian_);
}

std::uint16_t PcapngReader::load16(const std::uint8_t* p) const noexcept
{
    return u16InOrder(p, bigEndian_);
}

PcapngReader::BlockResult PcapngReader::readBlock(Block& block, std::uint64_t frame)
{
    using K = ReadProblemKind;
    const std::string where = std::to_string(position_);
    const std::string frameNumber = std::to_string(frame);
    if (!source_.ensure(position_ + 8)) {
        if (auto problem = source_.problem(); !problem.empty()) {
            problem_ = readProblem(K::ReadingStoppedAtByte, {where}).because(std::move(problem));
            return BlockResult::Error;
        }
        if (source_.available() == position_)
            return BlockResult::End;
        problem_ = readProblem(K::CutShort, {frameNumber}).because(readProblem(K::BlockHeaderCut, {where}));
        return BlockResult::Error;
    }
    Bytes head = source_.slice(position_, 8);
    std::uint32_t type = load32(head.data());
    if (type == kSectionHeader) {
        // The section's byte order decides how its own length is read.
        if (!source_.ensure(position_ + 12)) {
            problem_ = readProblem(K::CutShort, {frameNumber}).because(readProblem(K::SectionHeaderCut, {where}));
            return BlockResult::Error;
        }
        const auto bom = be32(source_.slice(position_ + 8, 4).data());
        if (bom == kByteOrderMagic)
            bigEndian_ = true;
        else if (bom == 0x4D3C2B1A)
            bigEndian_ = false;
        else {
            problem_ = readProblem(K::Damaged, {frameNumber}).because(readProblem(K::NoByteOrderMagic, {where}));
            return BlockResult::Error;
        }
    }
    const std::uint32_t length = load32(head.data() + 4);
    if (length < 12 || length % 4 != 0 || length > kMaxBlockBytes) {
        problem_ = readProblem(K::Damaged, {frameNumber})
                       .because(readProblem(K::ImpossibleBlockLength, {where, std::to_string(length)}));
        return BlockResult::Error;
    }
    if (!source_.ensure(position_ + length)) {
        if (auto problem = source_.problem(); !problem.empty())
            problem_ = readProblem(K::ReadingStoppedAtByte, {where}).because(std::move(problem));
        else
            problem_ = readProblem(K::CutShort, {frameNumber})
                           .because(readProblem(K::BlockCut, {where, std::to_string(length),
                                                              std::to_string(source_.available() - position_)}));
        return BlockResult::Error;
    }
    const Bytes whole = source_.slice(position_, length);
    if (load32(whole.data() + length - 4) != length) {
        problem_ = readProblem(K::Damaged, {frameNumber}).because(readProblem(K::BlockLengthMismatch, {where}));
        return BlockResult::Error;
    }
    block.type = type;
    block.offset = position_;
    block.body = whole.subspan(8, length - 12);
    position_ += length;
    return BlockResult::Ok;
}

bool PcapngReader::start()
{
    if (!source_.ensure(12) || source_.slice(0, 4).empty() || be32(source_.slice(0, 4).data()) != kSectionHeader) {
        problem_ = readProblem(ReadProblemKind::NotPcapng);
        return false;
    }
    // Read ahead to the first packet so the interfaces described up front are known before it.
    for (;;) {
        const auto mark = position_;
        const bool wasBigEndian = bigEndian_;
        Block block;
        const auto result = readBlock(block, 1);
        if (result == BlockResult::End)
            return true;
        if (result == BlockResult::Error)
            return position_ != 0; // a damaged later block is reported by next()
        if (block.type == kSectionHeader) {
            if (!handleSection(block))
                return false;
        } else if (block.type == kInterfaceDescription) {
            if (!handleInterface(block))
                return false;
            // More interfaces usually follow at once; a pipe is not waited on for them.
            if (source_.streaming() && source_.available() <= position_)
                return true;
        } else if (block.type == kInterfaceStatistics) {
            handleStatistics(block);
        } else if (block.type == kEnhancedPacket || block.type == kSimplePacket || block.type == kObsoletePacket) {
            position_ = mark; // next() reads it
            bigEndian_ = wasBigEndian;
            return true;
        }
    }
}

bool PcapngReader::handleSection(const Block& block)
{
    // byte-order magic (4), major (2), minor (2), section length (8), options
    if (block.body.size() < 16) {
        problem_ = readProblem(ReadProblemKind::DamagedFile)
                       .because(readProblem(ReadProblemKind::SectionHeaderShort, {std::to_string(block.offset)}));
        return false;
    }
    const auto major = load16(block.body.data() + 4);
    if (major != 1) {
        problem_ = readProblem(ReadProblemKind::UnsupportedPcapngVersion,
                               {std::to_string(major), std::to_string(load16(block.body.data() + 6)),
                                std::to_string(block.offset)});
        return false;
    }
    inSection_ = true;
    ++sections_;
    sectionFirstInterface_ = interfaces_.size();
    return true;
}

bool PcapngReader::handleInterface(const Block& block)
{
    if (!inSection_ || block.body.size() < 8) {
        problem_ = readProblem(ReadProblemKind::DamagedFile)
                       .because(readProblem(inSection_ ? ReadProblemKind::InterfaceBlockShort
                                                       : ReadProblemKind::InterfaceBeforeSection,
                                            {std::to_string(block.offset)}));
        return false;
    }
    if (interfaces_.size() >= kMaxInterfaces) {
        problem_ = readProblem(ReadProblemKind::TooManyInterfaces, {std::to_string(kMaxInterfaces)});
        return false;
    }
    CaptureInterface interface;
    interface.section = sections_;
    interface.idInSection = static_cast<std::uint32_t>(interfaces_.size() - sectionFirstInterface_);
    interface.linkType = load16(block.body.data());
    interface.snaplen = load32(block.body.data() + 4);
    interface.bigEndian = bigEndian_;
    InterfaceClock clock;
    Bytes options = block.body.subspan(8);
    while (options.size() >= 4) {
        const auto code = load16(options.data());
        const auto length = load16(options.data() + 2);
        if (code == kOptEnd || padded(length) > options.size() - 4)
            break;
        const Bytes value = options.subspan(4, length);
        if (code == kIfName)
            interface.name = text(value);
        else if (code == kIfDescription)
            interface.description = text(value);
        else if (code == kIfTsresol && length >= 1) {
            clock.resolution.powerOfTwo = (value[0] & 0x80) != 0;
            clock.resolution.exponent = value[0] & 0x7f;
        } else if (code == kIfTsoffset && length >= 8) {
            const std::uint64_t high = load32(value.data() + (bigEndian_ ? 0 : 4));
            const std::uint64_t low = load32(value.data() + (bigEndian_ ? 4 : 0));
            clock.resolution.offsetSeconds = static_cast<std::int64_t>((high << 32) | low);
        }
        options = options.subspan(4 + padded(length));
    }
    interfaces_.push_back(std::move(interface));
    clocks_.push_back(clock);
    statistics_.emplace_back();
    return true;
}

void PcapngReader::handleStatistics(const Block& block)
{
    if (!inSection_ || block.body.size() < 12)
        return;
    const std::size_t local = load32(block.body.data());
    if (local >= interfaces_.size() - sectionFirstInterface_)
        return; // names no interface: skipped, as tshark does
    InterfaceStatistics counters;
    Bytes options = block.body.subspan(12);
    while (options.size() >= 4) {
        const auto code = load16(options.data());
        const auto length = load16(options.data() + 2);
        if (code == kOptEnd || padded(length) > options.size() - 4)
            break;
        if (length == 8) {
            const std::uint64_t first = load32(options.data() + 4);
            const std::uint64_t second = load32(options.data() + 8);
            const std::uint64_t value = bigEndian_ ? (first << 32) | second : (second << 32) | first;
            if (code == 4)
                counters.received = value;
            else if (code == 5)
                counters.droppedByKernel = value;
            else if (code == 7)
                counters.droppedByInterface = value;
            else if (code == 8)
                counters.delivered = value;
        }
        options = options.subspan(4 + padded(length));
    }
    statistics_[sectionFirstInterface_ + local] = counters;
}

void PcapngReader::readPacketOptions(Bytes options)
{
    while (options.size() >= 4) {
        const auto code = load16(options.data());
        const auto length = load16(options.data() + 2);
        if (code == kOptEnd || padded(length) > options.size() - 4)
            break;
        if (code == kOptComment)
            comments_.push_back(text(options.subspan(4, length)));
        options = options.subspan(4 + padded(length));
    }
}

ReadStatus PcapngReader::damaged(std::uint64_t frame, ReadProblem what)
{
    problem_ = readProblem(ReadProblemKind::Damaged, {std::to_string(frame)}).because(std::move(what));
    return ReadStatus::Error;
}

ReadStatus PcapngReader::handlePacket(const Block& block, RawPacket& packet, std::uint64_t frame)
{
    const Bytes body = block.body;
    std::uint32_t localInterface = 0;
    std::uint64_t ticks = 0;
    std::uint32_t capturedLength = 0;
    std::uint32_t wireLength = 0;
    std::size_t dataStart = 0;
    bool hasTimestamp = true;
    if (block.type == kSimplePacket) {
        if (body.size() < 4)
            return damaged(frame, readProblem(ReadProblemKind::PacketBlockShort, {std::to_string(block.offset)}));
        wireLength = load32(body.data());
        capturedLength = static_cast<std::uint32_t>(std::min<std::uint64_t>(wireLength, body.size() - 4));
        dataStart = 4;
        hasTimestamp = false;
    } else {
        if (body.size() < 20)
            return damaged(frame, readProblem(ReadProblemKind::PacketBlockShort, {std::to_string(block.offset)}));
        if (block.type == kObsoletePacket)
            localInterface = load16(body.data());
        else
            localInterface = load32(body.data());
        ticks = (std::uint64_t{load32(body.data() + 4)} << 32) | load32(body.data() + 8);
        capturedLength = load32(body.data() + 12);
        wireLength = load32(body.data() + 16);
        dataStart = 20;
        if (capturedLength > body.size() - 20)
            return damaged(frame, readProblem(ReadProblemKind::PacketLongerThanBlock,
                                              {std::to_string(block.offset), std::to_string(capturedLength),
                                               std::to_string(body.size() - 20)}));
    }
    const std::size_t sectionInterfaces = interfaces_.size() - sectionFirstInterface_;
    if (localInterface >= sectionInterfaces)
        return damaged(frame, readProblem(ReadProblemKind::PacketUnknownInterface,
                                          {std::to_string(block.offset), std::to_string(localInterface),
                                           std::to_string(sectionInterfaces)}));
    const std::size_t interface = sectionFirstInterface_ + localInterface;
    const auto& described = interfaces_[interface];
    if (block.type == kSimplePacket && described.snaplen != 0)
        capturedLength = std::min(capturedLength, described.snaplen);
    comments_.clear();
    if (block.type != kSimplePacket)
        readPacketOptions(body.subspan(std::min<std::size_t>(body.size(), dataStart + padded(capturedLength))));

    TimestampNs time;
    if (hasTimestamp)
        time = timestampFromTicks(ticks, clocks_[interface].resolution);
    if (time.clamped)
        ++clamped_;
    packet.timestampNs = time.ns;
    packet.capturedLength = capturedLength;
    packet.wireLength = std::max(wireLength, capturedLength);
    packet.bytes = body.subspan(dataStart, capturedLength);
    packet.dataOffset = block.offset + 8 + dataStart;
    packet.interfaceId = static_cast<std::uint32_t>(interface);
    packet.linkType = described.linkType;
    packet.comments = comments_;
    return ReadStatus::Packet;
}

bool PcapngReader::handleOther(const Block& block)
{
    switch (block.type) {
    case kSectionHeader: return handleSection(block);
    case kInterfaceDescription: return handleInterface(block);
    case kInterfaceStatistics: handleStatistics(block); return true;
    default: return true; // name resolution, decryption secrets, custom and unknown blocks
    }
}

ReadStatus PcapngReader::next(RawPacket& packet, std::uint64_t frame)
{
    if (failed_)
        return ReadStatus::Error;
    for (;;) {
        Block block;
        const auto result = readBlock(block, frame);
        if (result == BlockResult::End)
            return ReadStatus::End;
        if (result == BlockResult::Error)
            return ReadStatus::Error;
        switch (block.type) {
        case kEnhancedPacket:
        case kSimplePacket:
        case kObsoletePacket:
            if (!inSection_) {
                problem_ = readProblem(ReadProblemKind::Damaged, {std::to_string(frame)})
                               .because(readProblem(ReadProblemKind::PacketBeforeSection));
                return ReadStatus::Error;
            }
            return handlePacket(block, packet, frame);
        default:
            if (!handleOther(block))
                return ReadStatus::Error;
            break;
        }
    }
}

bool PcapngReader::readArrived(std::uint64_t frame)
{
    while (!failed_) {
        if (source_.available() < position_ + 12) // no block is shorter
            return source_.ended();
        const Bytes head = source_.slice(position_, 12);
        const std::uint32_t type = load32(head.data());
        bool bigEndian = bigEndian_;
        if (type == kSectionHeader) // its own byte order says how its length is read
            bigEndian = be32(head.data() + 8) == kByteOrderMagic;
        const std::uint32_t length = u32InOrder(head.data() + 4, bigEndian);
        if (length < 12 || length % 4 != 0 || length > kMaxBlockBytes)
            return true; // damaged: next() says so at once
        if (source_.available() - position_ < length)
            return source_.ended(); // not all there yet, or cut short (next() says so at once)
        if (type == kEnhancedPacket || type == kSimplePacket || type == kObsoletePacket)
            return true;
        Block block;
        if (readBlock(block, frame) != BlockResult::Ok) // cannot wait: the block is all there
            return true;
        failed_ = !handleOther(block);
    }
    return true;
}

} // namespace tcplens
