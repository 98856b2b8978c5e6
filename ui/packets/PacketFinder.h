#pragma once
// Edit › Find Packet's search: text in the Info column, bytes written as hex, or text in a field
// of the detail tree; over the shown rows, from the current one, wrapping around as Wireshark does.

#include <QByteArray>
#include <QString>

#include <optional>

namespace tcplens::ui {

class PacketFilterModel;
class PacketListModel;

class PacketFinder {
public:
    enum class Mode { InfoText, HexBytes, FieldText };
    struct Query {
        Mode mode = Mode::InfoText;
        QString text;
    };

    PacketFinder(const PacketListModel& packets, const PacketFilterModel& shown) : packets_(packets), shown_(shown) {}

    /// "48 54 54 50", "48:54:54:50" or "48545450" as bytes; nullopt for anything else.
    [[nodiscard]] static std::optional<QByteArray> parseHex(const QString& text);
    /// The shown row of the next (or previous) match after `fromShownRow` (-1: from the start or
    /// end), wrapping around; -1 when no shown packet matches.
    [[nodiscard]] int find(const Query& query, int fromShownRow, bool forward) const;
    [[nodiscard]] bool matches(const Query& query, const QByteArray& hex, int packetRow) const;

private:
    const PacketListModel& packets_;
    const PacketFilterModel& shown_;
};

} // namespace tcplens::ui
