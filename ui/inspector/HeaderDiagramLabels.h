#pragma once
// What the header diagram writes in and about each box: the RFC's field name, this packet's
// value, and a one-sentence explanation for the tooltip. Values come from the core's spans.

#include <decode/FieldSpan.h>

#include <QString>

namespace tcplens::ui {

struct HeaderDiagramLabel {
    QString name;       ///< "Source Port", "SYN", "MSS".
    QString shortName;  ///< For narrow boxes: "Src Port".
    QString value;      ///< "33728", "10 (40 bytes)"; empty for flags and NOP.
    QString shortValue; ///< For narrow boxes: "10".
    bool isFlag = false; ///< A one-bit flag, drawn lit when set.
    bool isSet = false;
};

[[nodiscard]] HeaderDiagramLabel headerDiagramLabel(const FieldSpans& spans, int index);
/// Rich text: the field's name and value, what it is for, and the core's bit picture of it.
[[nodiscard]] QString headerDiagramToolTip(const FieldSpans& spans, int index);
/// "TCP header (40 bytes)".
[[nodiscard]] QString headerDiagramTitle(const FieldSpans& spans, int headerIndex);
/// How the length field turns into bytes, as a tcpdump filter computes it:
/// "Data Offset × 4 = header length:  (tcp[12] & 0xf0) >> 2 = 40 bytes".
[[nodiscard]] QString headerDiagramFootnote(const FieldSpans& spans, int lengthFieldIndex);

} // namespace tcplens::ui
