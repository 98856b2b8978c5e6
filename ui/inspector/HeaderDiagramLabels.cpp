#include "HeaderDiagramLabels.h"

#include "FieldNames.h"
#include "FieldValueText.h"

#include <tcp/SeqNum.h>

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>
#include <string_view>

namespace tcplens::ui {

namespace {

constexpr const char* kContext = "tcplens::ui::HeaderDiagramLabels";
constexpr const char* kShortContext = "tcplens::ui::HeaderDiagramShortLabels"; // "Seq" and "Sequence Number" apart

QString translated(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

const FieldName* known(const std::string& id)
{
    return diagramFieldName(id);
}

/// The value part of the core's text in the interface language: "Header Checksum: 0x0c5c [correct]" gives
/// "0x0c5c [正确]" in Chinese.
QString coreValue(const FieldSpan& span)
{
    const QString text = QString::fromStdString(span.text);
    const auto colon = text.indexOf(QStringLiteral(": "));
    return FieldValueText::worded(colon < 0 ? text : text.mid(colon + 2));
}

/// The first child of `index` with `id`, or nullptr.
const FieldSpan* child(const FieldSpans& spans, int index, std::string_view id)
{
    const auto depth = spans[static_cast<std::size_t>(index)].depth;
    for (std::size_t i = static_cast<std::size_t>(index) + 1; i < spans.size() && spans[i].depth > depth; ++i) {
        if (spans[i].id == id)
            return &spans[i];
    }
    return nullptr;
}

QString ecnName(std::uint64_t ecn)
{
    static const char* const names[] = {"Not-ECT", "ECT(1)", "ECT(0)", "CE"};
    return QString::fromLatin1(names[ecn & 3]);
}

/// Every block of a SACK option, "799297–800745, 802193–803641": relative to the acknowledgement
/// number when the spans number relatively, as the sequence numbers are. A line may break after
/// a block's comma, never inside a block.
void fillSackValue(const FieldSpans& spans, int index, HeaderDiagramLabel& label)
{
    const FieldSpan* ackRaw = nullptr;
    const FieldSpan* ackRelative = nullptr;
    for (const FieldSpan& s : spans) {
        if (s.id == "tcp.ack_raw")
            ackRaw = &s;
        else if (s.id == "tcp.ack" && s.bitWidth == 0)
            ackRelative = &s;
    }
    const auto edge = [&](const FieldSpan& s) {
        if (!ackRaw || !ackRelative)
            return static_cast<std::int64_t>(s.value);
        return static_cast<std::int64_t>(ackRelative->value)
            + seq::diff(static_cast<std::uint32_t>(s.value), static_cast<std::uint32_t>(ackRaw->value));
    };
    QStringList blocks;
    const auto depth = spans[static_cast<std::size_t>(index)].depth;
    const FieldSpan* left = nullptr;
    for (std::size_t i = static_cast<std::size_t>(index) + 1; i < spans.size() && spans[i].depth > depth; ++i) {
        if (spans[i].id == "tcp.options.sack_le")
            left = &spans[i];
        else if (spans[i].id == "tcp.options.sack_re" && left)
            blocks << QString::number(edge(*left)) + QChar(0x2060) + QChar(0x2013) + QChar(0x2060) + QString::number(edge(spans[i]));
    }
    if (blocks.isEmpty())
        return;
    label.value = blocks.join(QStringLiteral(", "));
    label.shortValue = blocks.size() > 1 ? blocks.front() + QStringLiteral(" …") : blocks.front();
}

void fillSpecialValue(const FieldSpans& spans, int index, HeaderDiagramLabel& label)
{
    const FieldSpan& span = spans[static_cast<std::size_t>(index)];
    const QString number = QString::number(span.value);
    if (span.id == "ip.hdr_len") {
        label.value = QCoreApplication::translate("tcplens::ui::HeaderDiagramLabels", "%1 × 4 = %2 bytes").arg(number).arg(span.value * 4);
        label.shortValue = QStringLiteral("%1 (%2 B)").arg(number).arg(span.value * 4);
    } else if (span.id == "tcp.hdr_len") {
        label.value = QCoreApplication::translate("tcplens::ui::HeaderDiagramLabels", "%1 (%2 bytes)").arg(number).arg(span.value * 4);
        label.shortValue = number;
    } else if (span.id == "ip.dsfield.ecn") {
        label.value = QStringLiteral("%1 %2").arg(number, ecnName(span.value));
    } else if (span.id == "tcp.flags.res") {
        label.value = QString::number(span.value, 2).rightJustified(static_cast<int>(span.bitWidth), QLatin1Char('0'));
    } else if (span.id == "tcp.options.timestamp") {
        const FieldSpan* val = child(spans, index, "tcp.options.timestamp.tsval");
        const FieldSpan* ecr = child(spans, index, "tcp.options.timestamp.tsecr");
        label.name = QCoreApplication::translate("tcplens::ui::HeaderDiagramLabels", "Timestamps");
        label.value = QStringLiteral("val %1 ecr %2").arg(val ? val->value : 0).arg(ecr ? ecr->value : 0);
    } else if (span.id == "tcp.options.sack") {
        fillSackValue(spans, index, label);
    } else if (span.id == "tcp.seq_raw" || span.id == "tcp.ack_raw") {
        // Relative numbering (the View toggle) adds generated tcp.seq/tcp.ack spans; show both.
        const std::string_view relativeId = span.id == "tcp.seq_raw" ? "tcp.seq" : "tcp.ack";
        const auto relative = std::find_if(spans.begin(), spans.end(),
                                           [&](const FieldSpan& s) { return s.id == relativeId && s.bitWidth == 0; });
        if (relative != spans.end()) {
            label.value = QCoreApplication::translate("tcplens::ui::HeaderDiagramLabels", "%1 (raw %2)").arg(relative->value).arg(number);
            label.shortValue = QString::number(relative->value);
        }
    } else if (span.id == "ip.option" || span.id == "tcp.options.unknown") {
        label.name = label.shortName = QString::fromStdString(span.name);
    }
}

} // namespace

HeaderDiagramLabel headerDiagramLabel(const FieldSpans& spans, int index)
{
    HeaderDiagramLabel label;
    if (index < 0 || static_cast<std::size_t>(index) >= spans.size())
        return label;
    const FieldSpan& span = spans[static_cast<std::size_t>(index)];
    const FieldName* k = known(span.id);
    label.name = k ? translated(k->diagramName) : QString::fromStdString(span.name);
    label.shortName = k ? QCoreApplication::translate(kShortContext, k->diagramShort) : label.name;
    if (!k || k->value == DiagramValue::CoreText)
        label.value = coreValue(span);
    else if (k->value == DiagramValue::Number)
        label.value = QString::number(span.value);
    label.isFlag = span.bitWidth == 1;
    label.isSet = label.isFlag && span.value != 0;
    fillSpecialValue(spans, index, label);
    if (label.shortValue.isEmpty())
        label.shortValue = label.value.section(QLatin1Char(' '), 0, 0);
    return label;
}

QString headerDiagramToolTip(const FieldSpans& spans, int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= spans.size())
        return {};
    const FieldSpan& span = spans[static_cast<std::size_t>(index)];
    const HeaderDiagramLabel label = headerDiagramLabel(spans, index);
    QString head = QStringLiteral("<b>%1</b>").arg(label.name.toHtmlEscaped());
    if (label.isFlag)
        head += label.isSet ? QCoreApplication::translate("tcplens::ui::HeaderDiagramLabels", " = 1 (set)") : QCoreApplication::translate("tcplens::ui::HeaderDiagramLabels", " = 0 (not set)");
    else if (!label.value.isEmpty())
        head += QStringLiteral(" = ") + label.value.toHtmlEscaped();
    const FieldName* k = known(span.id);
    const QString help = k ? QStringLiteral("<br>") + QString::fromUtf8(k->help).toHtmlEscaped() : QString();
    const QString bits = span.bitWidth == 1 ? QCoreApplication::translate("tcplens::ui::HeaderDiagramLabels", "1 bit") : QCoreApplication::translate("tcplens::ui::HeaderDiagramLabels", "%1 bits").arg(span.bitWidth);
    return QStringLiteral("<p style='white-space:pre'>%1 <small>(%2)</small>%3<br><tt>%4</tt></p>")
        .arg(head, bits, help, QString::fromStdString(span.text).toHtmlEscaped());
}

QString headerDiagramTitle(const FieldSpans& spans, int headerIndex)
{
    if (headerIndex < 0 || static_cast<std::size_t>(headerIndex) >= spans.size())
        return {};
    const FieldSpan& header = spans[static_cast<std::size_t>(headerIndex)];
    const QString name = header.id == "ip" ? QStringLiteral("IPv4") : header.id == "ipv6" ? QStringLiteral("IPv6")
                                                                                          : QStringLiteral("TCP");
    return QCoreApplication::translate("tcplens::ui::HeaderDiagramLabels", "%1 header (%2 bytes)").arg(name).arg(header.bitWidth / 8);
}

QString headerDiagramFootnote(const FieldSpans& spans, int lengthFieldIndex)
{
    if (lengthFieldIndex < 0 || static_cast<std::size_t>(lengthFieldIndex) >= spans.size())
        return {};
    const FieldSpan& field = spans[static_cast<std::size_t>(lengthFieldIndex)];
    const auto bytes = field.value * 4;
    if (field.id == "tcp.hdr_len")
        return QCoreApplication::translate("tcplens::ui::HeaderDiagramLabels", "Data Offset × 4 = header length:   (tcp[12] & 0xf0) >> 2 = %1 bytes").arg(bytes);
    return QCoreApplication::translate("tcplens::ui::HeaderDiagramLabels", "IHL × 4 = header length:   (ip[0] & 0x0f) << 2 = %1 bytes").arg(bytes);
}

} // namespace tcplens::ui
