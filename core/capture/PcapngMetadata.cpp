#include "PcapngMetadata.h"

#include "../decode/ByteReader.h"
#include "ByteSource.h"
#include "CaptureFile.h"

namespace tcplens {
namespace {

constexpr std::uint32_t kSectionHeader = 0x0A0D0D0A;
constexpr std::uint32_t kInterfaceDescription = 1;
constexpr std::uint32_t kInterfaceStatistics = 5;
constexpr std::uint32_t kMaxBlockBytes = 16U << 20;

class Walker {
public:
    explicit Walker(ByteSource& source, bool firstSectionOnly = false)
        : source_(source), firstSectionOnly_(firstSectionOnly) {}

    bool run(PcapngMetadata& metadata, std::string& error)
    {
        std::uint64_t at = 0;
        while (source_.ensure(at + 12)) {
            const auto head = source_.slice(at, 12);
            std::uint32_t type = be32(head.data());
            if (type == kSectionHeader) {
                const auto magic = be32(head.data() + 8);
                if (magic != 0x1A2B3C4D && magic != 0x4D3C2B1A) {
                    error = "damaged section header at byte " + std::to_string(at);
                    return at > 0;
                }
                bigEndian_ = magic == 0x1A2B3C4D;
            } else if (at == 0) {
                error = "not a pcapng file";
                return false;
            } else {
                type = load32(head.data());
            }
            const auto length = load32(head.data() + 4);
            if (length < 12 || length % 4 != 0 || length > kMaxBlockBytes || !source_.ensure(at + length)) {
                error = "damaged or cut short block at byte " + std::to_string(at);
                return true;
            }
            const auto body = source_.slice(at + 8, length - 12);
            if (type == kSectionHeader) {
                section(body, metadata);
                if (firstSectionOnly_)
                    return true;
            }
            if (type == kInterfaceDescription)
                interface(body, metadata);
            else if (type == kInterfaceStatistics)
                statistics(body, metadata);
            at += length;
        }
        return true;
    }

private:
    std::uint32_t load32(const std::uint8_t* p) const noexcept { return u32InOrder(p, bigEndian_); }
    std::uint16_t load16(const std::uint8_t* p) const noexcept { return u16InOrder(p, bigEndian_); }
    std::uint64_t load64(const std::uint8_t* p) const noexcept
    {
        const std::uint64_t first = load32(p);
        const std::uint64_t second = load32(p + 4);
        return bigEndian_ ? (first << 32) | second : (second << 32) | first;
    }
    static std::string text(Bytes value)
    {
        std::string s(reinterpret_cast<const char*>(value.data()), value.size());
        while (!s.empty() && s.back() == '\0')
            s.pop_back();
        return s;
    }

    template <typename Visit> void options(Bytes options, Visit visit) const
    {
        while (options.size() >= 4) {
            const auto code = load16(options.data());
            const auto length = load16(options.data() + 2);
            const std::size_t padded = (length + 3U) & ~3U;
            if (code == 0 || padded > options.size() - 4)
                break;
            visit(code, options.subspan(4, length));
            options = options.subspan(4 + padded);
        }
    }

    void section(Bytes body, PcapngMetadata& metadata)
    {
        PcapngSectionInfo info;
        if (body.size() >= 16)
            options(body.subspan(16), [&](std::uint16_t code, Bytes value) {
                if (code == 1)
                    info.comments.push_back(text(value));
                else if (code == 2)
                    info.hardware = text(value);
                else if (code == 3)
                    info.os = text(value);
                else if (code == 4)
                    info.application = text(value);
            });
        metadata.sections.push_back(std::move(info));
        sectionFirstInterface_ = metadata.interfaces.size();
    }

    void interface(Bytes body, PcapngMetadata& metadata)
    {
        if (body.size() < 8)
            return;
        PcapngInterfaceInfo info;
        info.section = static_cast<std::uint32_t>(metadata.sections.size());
        info.linkType = load16(body.data());
        info.snaplen = load32(body.data() + 4);
        options(body.subspan(8), [&](std::uint16_t code, Bytes value) {
            if (code == 1)
                info.comments.push_back(text(value));
            else if (code == 2)
                info.name = text(value);
            else if (code == 3)
                info.description = text(value);
            else if (code == 9 && !value.empty())
                info.tsresol = value[0];
            else if (code == 11 && !value.empty())
                info.filter = text(value.subspan(1)); // the first byte says which kind of filter
            else if (code == 12)
                info.os = text(value);
        });
        metadata.interfaces.push_back(std::move(info));
    }

    void statistics(Bytes body, PcapngMetadata& metadata)
    {
        if (body.size() < 12)
            return;
        const std::size_t id = sectionFirstInterface_ + load32(body.data());
        if (id >= metadata.interfaces.size())
            return;
        auto& info = metadata.interfaces[id];
        ++info.statisticsBlocks;
        options(body.subspan(12), [&](std::uint16_t code, Bytes value) {
            if (value.size() < 8)
                return;
            const auto number = load64(value.data());
            if (code == 4)
                info.received = number;
            else if (code == 5)
                info.dropped = number;
            else if (code == 6)
                info.accepted = number;
            else if (code == 7)
                info.osDropped = number;
            else if (code == 8)
                info.delivered = number;
        });
    }

    ByteSource& source_;
    bool firstSectionOnly_;
    bool bigEndian_ = false;
    std::size_t sectionFirstInterface_ = 0;
};

/// Opens `path` and walks its blocks (up to the first section's header only, when asked).
bool walk(const std::string& path, bool firstSectionOnly, PcapngMetadata& metadata, std::string& error)
{
    std::unique_ptr<ByteSource> source;
    try {
        source = ByteSource::open(path);
    } catch (const CaptureError& e) {
        error = e.what();
        return false;
    }
    return Walker(*source, firstSectionOnly).run(metadata, error);
}

} // namespace

bool readPcapngMetadata(const std::string& path, PcapngMetadata& metadata, std::string& error)
{
    return walk(path, false, metadata, error);
}

bool readPcapngFirstSection(const std::string& path, PcapngSectionInfo& section, std::string& error)
{
    PcapngMetadata metadata;
    if (!walk(path, true, metadata, error) || metadata.sections.empty())
        return false;
    section = std::move(metadata.sections.front());
    return true;
}

} // namespace tcplens
