#include "PacketFinder.h"

#include "PacketFilterModel.h"
#include "PacketListModel.h"

#include <QRegularExpression>

#include <algorithm>

namespace tcplens::ui {

std::optional<QByteArray> PacketFinder::parseHex(const QString& text)
{
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[\\s:.-]")));
    if (digits.isEmpty() || digits.size() % 2 != 0 || !QRegularExpression(QStringLiteral("^[0-9A-Fa-f]+$")).match(digits).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(digits.toLatin1());
}

bool PacketFinder::matches(const Query& query, const QByteArray& hex, int row) const
{
    switch (query.mode) {
    case Mode::InfoText:
        return packets_.index(row, PacketListModel::InfoColumn).data().toString().contains(query.text, Qt::CaseInsensitive);
    case Mode::HexBytes: {
        const auto bytes = packets_.store().bytes(static_cast<PacketNumber>(row));
        return std::search(bytes.begin(), bytes.end(), hex.begin(), hex.end(),
                           [](std::uint8_t a, char b) { return a == static_cast<std::uint8_t>(b); })
               != bytes.end();
    }
    case Mode::FieldText: {
        const std::string needle = query.text.toLower().toStdString();
        for (const auto& span : packets_.fieldSpans(row)) {
            std::string text = span.text;
            std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (text.find(needle) != std::string::npos)
                return true;
        }
        return false;
    }
    }
    return false;
}

int PacketFinder::find(const Query& query, int fromShownRow, bool forward) const
{
    const int rows = shown_.rowCount();
    if (rows == 0 || query.text.trimmed().isEmpty())
        return -1;
    QByteArray hex;
    if (query.mode == Mode::HexBytes) {
        const auto parsed = parseHex(query.text);
        if (!parsed)
            return -1;
        hex = *parsed;
    }
    const int start = fromShownRow < 0 ? (forward ? -1 : rows) : fromShownRow;
    for (int step = 1; step <= rows; ++step) {
        const int shown = ((forward ? start + step : start - step) % rows + rows) % rows;
        if (matches(query, hex, shown_.sourceRow(shown)))
            return shown;
    }
    return -1;
}

} // namespace tcplens::ui
