#pragma once
// Crafts pcapng files block by block, in either byte order, for reader tests: sections,
// interfaces with options (name, description, if_tsresol, if_tsoffset), Enhanced, Simple and
// obsolete Packet Blocks with comments, and arbitrary other blocks.

#include "TestSupport.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <cstdint>

namespace tcplens::test {

class PcapngBuilder {
public:
    explicit PcapngBuilder(ByteOrder order = ByteOrder::Little) : order_(order) { section(); }

    /// A new Section Header Block (version 1.0, unknown section length); interfaces restart at 0.
    PcapngBuilder& section(const QString& comment = {})
    {
        QByteArray body;
        appendU32(body, 0x1A2B3C4D, order_);
        appendU16(body, 1, order_);
        appendU16(body, 0, order_);
        body += QByteArray(8, '\xff');
        QByteArray options;
        if (!comment.isEmpty())
            option(options, 1, comment.toUtf8());
        return block(0x0A0D0D0A, body + endOfOptions(options));
    }

    struct Interface {
        int linkType = 1;
        std::uint32_t snaplen = 262144;
        QString name;
        QString description;
        std::optional<std::uint8_t> tsresol;   ///< if_tsresol byte (0x80 | n: 2^-n).
        std::optional<std::int64_t> tsoffset;  ///< if_tsoffset, seconds.
    };
    PcapngBuilder& interface(const Interface& spec)
    {
        QByteArray body;
        appendU16(body, static_cast<std::uint16_t>(spec.linkType), order_);
        appendU16(body, 0, order_);
        appendU32(body, spec.snaplen, order_);
        QByteArray options;
        if (!spec.name.isEmpty())
            option(options, 2, spec.name.toUtf8());
        if (!spec.description.isEmpty())
            option(options, 3, spec.description.toUtf8());
        if (spec.tsresol)
            option(options, 9, QByteArray(1, static_cast<char>(*spec.tsresol)));
        if (spec.tsoffset) {
            QByteArray value;
            appendU32(value, static_cast<std::uint32_t>(order_ == ByteOrder::Little ? *spec.tsoffset : *spec.tsoffset >> 32), order_);
            appendU32(value, static_cast<std::uint32_t>(order_ == ByteOrder::Little ? *spec.tsoffset >> 32 : *spec.tsoffset), order_);
            option(options, 14, value);
        }
        return block(1, body + endOfOptions(options));
    }

    /// An Enhanced Packet Block; `ticks` in the interface's resolution.
    PcapngBuilder& packet(std::uint32_t interfaceId, std::uint64_t ticks, const QByteArray& data,
                          const QStringList& comments = {}, std::optional<std::uint32_t> wireLength = std::nullopt)
    {
        QByteArray body;
        appendU32(body, interfaceId, order_);
        appendU32(body, static_cast<std::uint32_t>(ticks >> 32), order_);
        appendU32(body, static_cast<std::uint32_t>(ticks), order_);
        appendU32(body, static_cast<std::uint32_t>(data.size()), order_);
        appendU32(body, wireLength.value_or(static_cast<std::uint32_t>(data.size())), order_);
        body += padded(data);
        QByteArray options;
        for (const auto& comment : comments)
            option(options, 1, comment.toUtf8());
        return block(6, body + (options.isEmpty() ? QByteArray() : endOfOptions(options)));
    }

    /// A Simple Packet Block (interface 0 of the section, no timestamp).
    PcapngBuilder& simplePacket(const QByteArray& data)
    {
        QByteArray body;
        appendU32(body, static_cast<std::uint32_t>(data.size()), order_);
        return block(3, body + padded(data));
    }

    /// The obsolete Packet Block (type 2) of pcapng drafts.
    PcapngBuilder& obsoletePacket(std::uint16_t interfaceId, std::uint64_t ticks, const QByteArray& data)
    {
        QByteArray body;
        appendU16(body, interfaceId, order_);
        appendU16(body, 0, order_);
        appendU32(body, static_cast<std::uint32_t>(ticks >> 32), order_);
        appendU32(body, static_cast<std::uint32_t>(ticks), order_);
        appendU32(body, static_cast<std::uint32_t>(data.size()), order_);
        appendU32(body, static_cast<std::uint32_t>(data.size()), order_);
        return block(2, body + padded(data));
    }

    /// Any block, e.g. a custom (0x00000BAD) or unknown one; `body` is padded to 32 bits.
    PcapngBuilder& block(std::uint32_t type, const QByteArray& body)
    {
        const QByteArray content = padded(body);
        const auto length = static_cast<std::uint32_t>(content.size() + 12);
        appendU32(bytes_, type, order_);
        appendU32(bytes_, length, order_);
        bytes_ += content;
        appendU32(bytes_, length, order_);
        return *this;
    }

    [[nodiscard]] const QByteArray& bytes() const noexcept { return bytes_; }

private:
    static QByteArray padded(QByteArray data)
    {
        while (data.size() % 4 != 0)
            data += '\0';
        return data;
    }
    void option(QByteArray& options, std::uint16_t code, const QByteArray& value) const
    {
        appendU16(options, code, order_);
        appendU16(options, static_cast<std::uint16_t>(value.size()), order_);
        options += padded(value);
    }
    [[nodiscard]] QByteArray endOfOptions(QByteArray options) const
    {
        if (options.isEmpty())
            return options;
        appendU32(options, 0, order_);
        return options;
    }

    ByteOrder order_;
    QByteArray bytes_;
};

} // namespace tcplens::test
