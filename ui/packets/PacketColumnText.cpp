#include "PacketColumnText.h"

#include <decode/LinkType.h>
#include <decode/Names.h>
#include <decode/TcpFlagsText.h>
#include <export/PacketText.h>
#include <export/WiresharkInfo.h>
#include <flow/AnalysisTags.h>

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstring>

namespace tcplens::ui {
namespace {

QString addressText(const IpAddress& address)
{
    return address.family == 0 ? QString() : QString::fromStdString(address.toString());
}

const char* severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "Error";
    case Severity::Warning: return "Warning";
    case Severity::Note: break;
    }
    return "Note";
}

} // namespace

QString relativeTimeText(std::int64_t timestampNs, std::int64_t firstTimestampNs)
{
    // Integer arithmetic: a double would print 0.000033 as 0.000032 now and then.
    const std::int64_t delta = timestampNs - firstTimestampNs;
    const bool negative = delta < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(delta) : static_cast<std::uint64_t>(delta);
    const std::uint64_t micros = (magnitude + 500) / 1000;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%s%llu.%06llu", negative ? "-" : "",
                  static_cast<unsigned long long>(micros / 1'000'000), static_cast<unsigned long long>(micros % 1'000'000));
    return QString::fromLatin1(buf);
}

QString timeOfDayText(std::int64_t timestampNs)
{
    return QString::fromStdString(tcpdumpTime(timestampNs));
}

QString sourceText(const DecodedPacket& packet)
{
    return addressText(packet.network.src);
}

QString destinationText(const DecodedPacket& packet)
{
    return addressText(packet.network.dst);
}

QString protocolText(const DecodedPacket& packet)
{
    if (packet.tcp.present)
        return QStringLiteral("TCP");
    const auto& ip = packet.network;
    switch (ip.kind) {
    case NetworkKind::Ipv4:
    case NetworkKind::Ipv6: {
        const char* name = ipProtocolName(ip.protocol);
        // A later fragment or an unknown protocol is, as far as we can tell, just IP.
        if (ip.isFragment || ip.src.family == 0 || std::strcmp(name, "Unknown") == 0)
            return ip.kind == NetworkKind::Ipv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
        return QString::fromLatin1(name);
    }
    case NetworkKind::Arp: return QStringLiteral("ARP");
    case NetworkKind::Other: return QStringLiteral("0x%1").arg(packet.link.etherType, 4, 16, QLatin1Char('0'));
    case NetworkKind::None: break;
    }
    return QStringLiteral("Frame");
}

QString problemsText(const DecodedPacket& packet)
{
    QStringList lines;
    for (const auto& problem : packet.problems)
        lines << QStringLiteral("%1: %2").arg(QLatin1String(severityName(severityOf(problem.kind))),
                                              QString::fromStdString(describe(problem)));
    if (packet.problems.dropped() > 0)
        lines << QStringLiteral("(and %1 more)").arg(packet.problems.dropped());
    return lines.join(QLatin1Char('\n'));
}

QString flagsText(const PacketAnalysisRecord& analysis)
{
    if (!analysis.isTcp())
        return {};
    return QLatin1Char('[') + QString::fromStdString(tcpdumpFlags(analysis.headerFlags())) + QLatin1Char(']');
}

QString infoText(Bytes frame, const DecodedPacket& packet, const PacketAnalysisRecord& analysis, bool relativeNumbers)
{
    if (packet.network.kind == NetworkKind::None && !isSupportedLinkType(packet.link.linkType))
        // Bad input rather than a protocol's summary: in the reader's language (tcpdumpLine's English).
        return QCoreApplication::translate("tcplens::ui::PacketColumnText", "unsupported link type %1 (%2), length %3")
            .arg(packet.link.linkType)
            .arg(QString::fromStdString(linkTypeName(packet.link.linkType)))
            .arg(packet.wireLength);
    if (!packet.tcp.complete)
        return QString::fromStdString(tcpdumpLine(frame, packet, TcpdumpSequenceNumbers::Numbers{}));
    QString text = QString::fromStdString(wiresharkInfo(frame, packet, analysis, relativeNumbers));
    // The checksum is already in Wireshark's words; other problems follow as tcpdumpLine adds them.
    QStringList notes;
    for (const auto& problem : packet.problems)
        if (severityOf(problem.kind) != Severity::Note && problem.kind != ProblemKind::BadTcpChecksum)
            notes << QString::fromStdString(describe(problem));
    if (!notes.isEmpty())
        text += QStringLiteral(" [%1]").arg(notes.join(QStringLiteral("; ")));
    return text;
}

QString findingsText(const DecodedPacket& packet, const PacketAnalysisRecord& analysis)
{
    QStringList lines;
    if (analysis.analysisFlags != 0)
        lines << shownAnalysisTags(analysisInfoText(analysis.analysisFlags, analysis.dupAckFrame, analysis.dupAckNumber));
    const auto transition = [](TcpState before, TcpState after) {
        return QStringLiteral("%1 \u2192 %2").arg(QLatin1String(stateName(before)), QLatin1String(stateName(after)));
    };
    if (analysis.isTcp() && analysis.srcBefore() != analysis.srcAfter())
        lines << QCoreApplication::translate("tcplens::ui::PacketColumnText", "Sender: %1").arg(transition(analysis.srcBefore(), analysis.srcAfter()));
    if (analysis.isTcp() && analysis.dstBefore() != analysis.dstAfter())
        lines << QCoreApplication::translate("tcplens::ui::PacketColumnText", "Receiver: %1").arg(transition(analysis.dstBefore(), analysis.dstAfter()));
    if (analysis.bytesInFlight >= 0 && analysis.analysisFlags != 0)
        lines << QCoreApplication::translate("tcplens::ui::PacketColumnText", "Bytes in flight: %1").arg(analysis.bytesInFlight);
    if (!packet.problems.empty())
        lines << problemsText(packet);
    return lines.join(QLatin1Char('\n'));
}

QString shownAnalysisTags(std::string_view tags)
{
    // The translation names its own language, as Qt's QT_LAYOUT_DIRECTION marker does: the tags'
    // words live in the core beside the narration's, in one table.
    const QString code = QCoreApplication::translate(
        "tcplens::ui::PacketColumnText", "en",
        "The code of this translation's language (en or zh_CN): Wireshark's analysis tags are shown in it");
    const auto language = parseNarrationLanguage(code.toStdString()).value_or(NarrationLanguage::English);
    return QString::fromStdString(localizedAnalysisTags(tags, language));
}

} // namespace tcplens::ui
