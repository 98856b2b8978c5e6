#include "HeaderDiagramLabels.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>
#include <string_view>

namespace tcplens::ui {

namespace {

enum class Value { Number, CoreText, None };

struct Known {
    std::string_view id;
    const char* name;
    const char* shortName;
    Value value;
    const char* help;
};

constexpr const char* kContext = "tcplens::ui::HeaderDiagramLabels";
constexpr const char* kShortContext = "tcplens::ui::HeaderDiagramShortLabels"; // "Seq" and "Sequence Number" apart

QString translated(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

// Names as the RFCs draw them (in Chinese, the textbook's term beside the RFC's); the sentences
// are what a student asks about each field.
constexpr std::array kKnown{
    Known{"ip.version", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Version"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Ver"), Value::Number, "IP version: 4 for IPv4."},
    Known{"ip.hdr_len", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "IHL"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "IHL"), Value::Number,
          "Internet Header Length in 32-bit words; × 4 gives the header size (20 bytes without options)."},
    Known{"ip.dsfield.dscp", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "DSCP"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "DSCP"), Value::Number,
          "Differentiated Services Code Point: the traffic class routers queue by (0 = best effort)."},
    Known{"ip.dsfield.ecn", "ECN", "ECN", Value::Number,
          "Explicit Congestion Notification: routers can mark congestion here instead of dropping."},
    Known{"ip.len", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Total Length"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Length"), Value::Number, "Length of the whole IP packet in bytes: headers and data."},
    Known{"ip.id", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Identification"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "ID"), Value::CoreText, "Identification: the fragments of one datagram share it."},
    Known{"ip.flags.rb", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Reserved"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "R"), Value::None, "Reserved: must be zero."},
    Known{"ip.flags.df", "DF", "DF", Value::None,
          "Don't Fragment: routers drop the packet rather than split it (Path MTU Discovery relies on it)."},
    Known{"ip.flags.mf", "MF", "MF", Value::None, "More Fragments: set on every fragment but the last."},
    Known{"ip.frag_offset", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Fragment Offset"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Frag Off"), Value::Number,
          "Where this fragment's data belongs in the original datagram, in units of 8 bytes."},
    Known{"ip.ttl", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Time to Live"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "TTL"), Value::Number,
          "Time to Live: each router decrements it and drops the packet at 0, so loops cannot last."},
    Known{"ip.proto", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Protocol"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Proto"), Value::CoreText, "Which protocol the data carries: 6 = TCP, 17 = UDP."},
    Known{"ip.checksum", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Header Checksum"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Checksum"), Value::CoreText,
          "Checksum of the IP header only; each router recomputes it because the TTL changes."},
    Known{"ip.src", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Source Address"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Source"), Value::CoreText, "The IP address of the sender."},
    Known{"ip.dst", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Destination Address"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Destination"), Value::CoreText, "The IP address of the receiver."},
    Known{"ip.option", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Option"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Opt"), Value::None, "An IP option; rare on today's Internet."},
    Known{"ipv6.version", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Version"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Ver"), Value::Number, "IP version: 6 for IPv6."},
    Known{"ipv6.tclass", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Traffic Class"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Class"), Value::Number, "Traffic Class: DSCP and ECN, as in IPv4."},
    Known{"ipv6.flow", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Flow Label"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Flow"), Value::CoreText,
          "Flow Label: lets routers keep the packets of one flow on one path."},
    Known{"ipv6.plen", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Payload Length"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Length"), Value::Number, "Bytes after this 40-byte header."},
    Known{"ipv6.nxt", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Next Header"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Next"), Value::CoreText,
          "The header that follows: 6 = TCP, or an extension header."},
    Known{"ipv6.hlim", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Hop Limit"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Hops"), Value::Number, "IPv6's TTL: each router decrements it, 0 drops the packet."},
    Known{"ipv6.src", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Source Address"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Source"), Value::CoreText, "The IPv6 address of the sender."},
    Known{"ipv6.dst", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Destination Address"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Destination"), Value::CoreText, "The IPv6 address of the receiver."},
    Known{"tcp.srcport", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Source Port"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Src Port"), Value::Number,
          "The sending application's port; with the addresses it names the connection."},
    Known{"tcp.dstport", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Destination Port"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Dst Port"), Value::Number,
          "The receiving application's port, e.g. 80 for a web server."},
    Known{"tcp.seq_raw", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Sequence Number"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Seq"), Value::Number,
          "Number of the first data byte in this segment; on a SYN, the initial sequence number (ISN)."},
    Known{"tcp.ack_raw", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Acknowledgment Number"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Ack"), Value::Number,
          "With ACK set: the next sequence number the sender expects; every byte before it arrived."},
    Known{"tcp.hdr_len", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Data Offset"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Offset"), Value::Number,
          "Data Offset: TCP header length in 32-bit words; × 4 gives bytes (20 without options, at most 60)."},
    Known{"tcp.flags.res", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Reserved"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Res"), Value::Number, "Reserved bits: must be zero."},
    Known{"tcp.flags.ae", "AE", "AE", Value::None, "Accurate ECN (formerly the ECN nonce): AccECN feedback."},
    Known{"tcp.flags.cwr", "CWR", "CWR", Value::None, "Congestion Window Reduced: the sender reacted to an ECN-Echo."},
    Known{"tcp.flags.ece", "ECE", "ECE", Value::None,
          "ECN-Echo: the network marked congestion (on a SYN: this end supports ECN)."},
    Known{"tcp.flags.urg", "URG", "URG", Value::None, "Urgent: the Urgent Pointer field is significant."},
    Known{"tcp.flags.ack", "ACK", "ACK", Value::None,
          "Acknowledgment: the Acknowledgment Number is valid; set on every segment after the first SYN."},
    Known{"tcp.flags.push", "PSH", "PSH", Value::None,
          "Push: hand the data to the application now, without waiting for more."},
    Known{"tcp.flags.reset", "RST", "RST", Value::None, "Reset: abort the connection at once."},
    Known{"tcp.flags.syn", "SYN", "SYN", Value::None,
          "Synchronize sequence numbers: the first segment of each direction carries it."},
    Known{"tcp.flags.fin", "FIN", "FIN", Value::None, "Finish: the sender has no more data to send."},
    Known{"tcp.window_size_value", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Window"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Win"), Value::Number,
          "Receive window: how many more bytes the sender of this segment can accept (scaled by Window Scale)."},
    Known{"tcp.checksum", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Checksum"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Cksum"), Value::CoreText,
          "Checksum of the TCP header, the data and a pseudo-header holding the IP addresses."},
    Known{"tcp.urgent_pointer", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "Urgent Pointer"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "Urg Ptr"), Value::Number,
          "With URG set: where the urgent data ends, counted from the sequence number."},
    Known{"tcp.options.mss", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "MSS"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "MSS"), Value::Number,
          "Maximum Segment Size: the largest segment payload this end accepts; sent only on SYNs."},
    Known{"tcp.options.nop", "NOP", "NOP", Value::None, "No-Operation: one byte of padding that aligns the next option."},
    Known{"tcp.options.eol", "EOL", "EOL", Value::None, "End of Option List: the bytes after it are padding."},
    Known{"tcp.options.wscale", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "WS"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "WS"), Value::Number,
          "Window Scale: shift the Window left by this many bits for windows over 64 KiB; sent only on SYNs."},
    Known{"tcp.options.sack_perm", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "SACK_PERM"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "SACK_P"), Value::None,
          "SACK Permitted: this end understands selective acknowledgments; sent only on SYNs."},
    Known{"tcp.options.sack", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "SACK"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "SACK"), Value::None,
          "Selective Acknowledgment: blocks of data received beyond the acknowledged byte."},
    Known{"tcp.options.timestamp", QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramLabels", "TS"), QT_TRANSLATE_NOOP("tcplens::ui::HeaderDiagramShortLabels", "TS"), Value::None,
          "Timestamps: the sender's clock (val) and an echo of the peer's (ecr), for RTT and PAWS."},
    Known{"tcp.options.tfo", "TFO", "TFO", Value::None, "TCP Fast Open cookie: lets data ride on the SYN."},
    Known{"tcp.options.mptcp", "MPTCP", "MPTCP", Value::Number, "Multipath TCP: one connection over several paths."},
};

const Known* known(const std::string& id)
{
    for (const Known& k : kKnown) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

/// The value part of the core's text: "Identification: 0x19c4 (6596)" gives "0x19c4 (6596)".
QString coreValue(const FieldSpan& span)
{
    const QString text = QString::fromStdString(span.text);
    const auto colon = text.indexOf(QStringLiteral(": "));
    return colon < 0 ? text : text.mid(colon + 2);
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
        const FieldSpan* left = child(spans, index, "tcp.options.sack_le");
        const FieldSpan* right = child(spans, index, "tcp.options.sack_re");
        if (left && right)
            label.value = QStringLiteral("%1–%2").arg(left->value).arg(right->value) + (span.value > 1 ? QStringLiteral(" …") : QString());
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
    const Known* k = known(span.id);
    label.name = k ? translated(k->name) : QString::fromStdString(span.name);
    label.shortName = k ? QCoreApplication::translate(kShortContext, k->shortName) : label.name;
    if (!k || k->value == Value::CoreText)
        label.value = coreValue(span);
    else if (k->value == Value::Number)
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
    const Known* k = known(span.id);
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
