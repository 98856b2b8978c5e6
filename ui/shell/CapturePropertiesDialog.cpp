#include "CapturePropertiesDialog.h"

#include <decode/LinkType.h>
#include "loading/ReadProblemText.h"
#include <export/TimeText.h>

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tcplens::ui {
namespace {

QString text(const std::string& value) { return QString::fromStdString(value).toHtmlEscaped(); }

QString row(const QString& key, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:16px'>%1</td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value);
}

QString heading(const QString& title) { return QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped()); }

/// The link types tcplens decodes, in the interface's language (libpcap's descriptions are English).
QString linkTypeWords(int linkType)
{
    switch (linkType) {
    case linktype::Null: return CapturePropertiesDialog::tr("BSD loopback");
    case linktype::Ethernet: return CapturePropertiesDialog::tr("Ethernet");
    case linktype::Raw: return CapturePropertiesDialog::tr("Raw IP");
    case linktype::Loop: return CapturePropertiesDialog::tr("OpenBSD loopback");
    case linktype::LinuxSll: return CapturePropertiesDialog::tr("Linux cooked v1");
    case linktype::LinuxSll2: return CapturePropertiesDialog::tr("Linux cooked v2");
    case linktype::Ipv4: return CapturePropertiesDialog::tr("Raw IPv4");
    case linktype::Ipv6: return CapturePropertiesDialog::tr("Raw IPv6");
    case linktype::Ppp: return CapturePropertiesDialog::tr("PPP");
    case linktype::PppHdlc: return CapturePropertiesDialog::tr("PPP over serial");
    case linktype::PppEther: return CapturePropertiesDialog::tr("PPPoE");
    case linktype::PppPppd: return CapturePropertiesDialog::tr("PPP for pppd, with direction flag");
    case linktype::PppWithDir: return CapturePropertiesDialog::tr("PPP with direction flag");
    case linktype::CiscoHdlc: return CapturePropertiesDialog::tr("Cisco HDLC");
    case linktype::ArcnetLinux: return CapturePropertiesDialog::tr("Linux ARCNET");
    case linktype::Nflog: return CapturePropertiesDialog::tr("Linux netfilter log messages");
    case linktype::Ipoib: return CapturePropertiesDialog::tr("RFC 4391 IP-over-Infiniband");
    case linktype::JuniperEther: return CapturePropertiesDialog::tr("Juniper Ethernet");
    default: return QString::fromStdString(linkTypeDescription(linkType)); // libpcap's, for the others
    }
}

QString encapsulation(int linkType)
{
    return QStringLiteral("%1 (%2, %3)").arg(linkTypeWords(linkType).toHtmlEscaped(), text(linkTypeName(linkType))).arg(linkType);
}

/// core's "2024-05-01 12:00:00.000000 UTC" with "UTC" in the interface's language.
QString utcText(std::int64_t ns, int digits)
{
    QString time = QString::fromStdString(utcTimeText(ns, digits));
    if (time.endsWith(QStringLiteral(" UTC")))
        time.chop(4);
    return CapturePropertiesDialog::tr("%1 UTC").arg(time).toHtmlEscaped();
}

/// The file format in the interface's language (core's formatName() is the CLI's English).
QString formatText(FileFormat format)
{
    switch (format) {
    case FileFormat::PcapLittleMicro: return CapturePropertiesDialog::tr("pcap (little-endian, microsecond timestamps)");
    case FileFormat::PcapLittleNano: return CapturePropertiesDialog::tr("pcap (little-endian, nanosecond timestamps)");
    case FileFormat::PcapBigMicro: return CapturePropertiesDialog::tr("pcap (big-endian, microsecond timestamps)");
    case FileFormat::PcapBigNano: return CapturePropertiesDialog::tr("pcap (big-endian, nanosecond timestamps)");
    case FileFormat::Pcapng: return QStringLiteral("pcapng");
    }
    return CapturePropertiesDialog::tr("unknown");
}

/// Timestamp precision of `digits` decimals (0 to 9), as precisionText() says it in English.
QString precisionWords(int digits)
{
    switch (digits) {
    case 0: return CapturePropertiesDialog::tr("seconds (0)");
    case 3: return CapturePropertiesDialog::tr("milliseconds (3)");
    case 6: return CapturePropertiesDialog::tr("microseconds (6)");
    case 9: return CapturePropertiesDialog::tr("nanoseconds (9)");
    default: return CapturePropertiesDialog::tr("10^-%1 s (%1)").arg(digits);
    }
}

QString count(std::optional<std::uint64_t> value)
{
    return value ? QLocale().toString(static_cast<qulonglong>(*value)) : QStringLiteral("—");
}

} // namespace

CapturePropertiesDialog::CapturePropertiesDialog(CaptureProperties properties, QWidget* parent)
    : QDialog(parent), properties_(std::move(properties)), view_(new QTextBrowser(this))
{
    setWindowTitle(tr("Capture File Properties — %1")
                       .arg(QFileInfo(QFile::decodeName(properties_.path.c_str())).fileName()));
    setObjectName(QStringLiteral("capturePropertiesDialog"));
    view_->setObjectName(QStringLiteral("capturePropertiesText"));
    view_->setOpenLinks(false);
    view_->setHtml(html()); // QTextBrowser: selectable with mouse and keyboard, Ctrl+C copies
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* copy = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(plainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view_, 1);
    layout->addWidget(buttons);
    resize(760, 680);
}

QString CapturePropertiesDialog::plainText() const { return view_->toPlainText(); }

QString CapturePropertiesDialog::html() const
{
    const auto& p = properties_;
    const QLocale locale;
    const int digits = p.timeDigits();
    QString out;
    out += heading(tr("File"));
    out += QStringLiteral("<table>");
    out += row(tr("Name"), QFile::decodeName(p.path.c_str()).toHtmlEscaped());
    out += row(tr("Format"), formatText(p.format).toHtmlEscaped()
                                 + (p.compression == Compression::None
                                        ? QString()
                                        : tr(", %1 compressed").arg(text(compressionName(p.compression)))));
    out += row(tr("Size"), tr("%1 bytes").arg(locale.toString(static_cast<qulonglong>(p.fileSize))));
    if (!p.sha256.empty())
        out += row(QStringLiteral("SHA256"), QStringLiteral("<tt>%1</tt>").arg(text(p.sha256)));
    QStringList encapsulations;
    for (const auto& [linkType, packets] : p.encapsulations)
        encapsulations << (p.encapsulations.size() == 1 ? encapsulation(linkType)
                                                        : tr("%1: %2 packets").arg(encapsulation(linkType)).arg(packets));
    out += row(tr("Encapsulation"), encapsulations.isEmpty() ? QStringLiteral("—") : encapsulations.join(QStringLiteral("<br>")));
    if (p.format != FileFormat::Pcapng)
        out += row(tr("Snapshot length"), tr("%1 bytes").arg(p.fileSnaplen));
    out += row(tr("Time precision"), precisionWords(digits).toHtmlEscaped());
    out += QStringLiteral("</table>");

    out += heading(tr("Time"));
    out += QStringLiteral("<table>");
    if (p.packets > 0) {
        out += row(tr("First packet"), utcText(p.firstNs, digits));
        out += row(tr("Last packet"), utcText(p.lastNs, digits));
        out += row(tr("Elapsed"), tr("%1 s").arg(text(secondsText(p.durationNs(), digits))));
    } else {
        out += row(tr("First packet"), QStringLiteral("—"));
    }
    out += row(tr("Packets in time order"), p.strictTimeOrder ? tr("yes") : tr("no"));
    out += QStringLiteral("</table>");

    for (std::size_t s = 0; s < p.sections.size(); ++s) {
        const auto& section = p.sections[s];
        if (section.hardware.empty() && section.os.empty() && section.application.empty())
            continue;
        out += heading(p.sections.size() > 1 ? tr("Capture (section %1)").arg(s + 1) : tr("Capture"));
        out += QStringLiteral("<table>");
        if (!section.hardware.empty())
            out += row(tr("Hardware"), text(section.hardware));
        if (!section.os.empty())
            out += row(tr("Operating system"), text(section.os));
        if (!section.application.empty())
            out += row(tr("Application"), text(section.application));
        out += QStringLiteral("</table>");
    }

    out += heading(tr("Interfaces"));
    out += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'><tr>");
    for (const auto& title : {tr("Interface"), tr("Link type"), tr("Snapshot length"), tr("Packets"),
                              tr("Dropped"), tr("Capture filter")})
        out += QStringLiteral("<th>%1</th>").arg(title.toHtmlEscaped());
    out += QStringLiteral("</tr>");
    for (std::size_t i = 0; i < p.interfaces.size(); ++i) {
        const auto& interface = p.interfaces[i];
        const auto& d = interface.described;
        QString name = d.name.empty() ? QStringLiteral("#%1").arg(i) : text(d.name);
        if (!d.description.empty())
            name += QStringLiteral("<br><small>%1</small>").arg(text(d.description));
        std::optional<std::uint64_t> dropped;
        if (interface.pcapng && (interface.pcapng->dropped || interface.pcapng->osDropped))
            dropped = interface.pcapng->dropped.value_or(0) + interface.pcapng->osDropped.value_or(0);
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td><td align='right'>%5</td>"
                              "<td>%6</td></tr>")
                   .arg(name, encapsulation(d.linkType),
                        d.snaplen == 0 ? tr("not set") : locale.toString(d.snaplen),
                        locale.toString(static_cast<qulonglong>(interface.packets)),
                        interface.pcapng ? count(dropped) : tr("unknown"),
                        interface.pcapng ? text(interface.pcapng->filter) : QString());
    }
    out += QStringLiteral("</table>");

    out += heading(tr("Statistics"));
    out += QStringLiteral("<table>");
    const auto rate = [&locale](std::optional<double> value) {
        return value ? locale.toString(*value, 'f', 2) : tr("n/a (no time elapsed)");
    };
    out += row(tr("Packets"), locale.toString(static_cast<qulonglong>(p.packets)));
    out += row(tr("Bytes"), locale.toString(static_cast<qulonglong>(p.dataBytes)));
    if (p.capturedBytes != p.dataBytes)
        out += row(tr("Bytes captured"), locale.toString(static_cast<qulonglong>(p.capturedBytes)));
    out += row(tr("Average packets/s"), rate(p.packetsPerSecond()));
    out += row(tr("Average bytes/s"), rate(p.bytesPerSecond()));
    out += row(tr("Average bits/s"), rate(p.bytesPerSecond() ? std::optional(*p.bytesPerSecond() * 8) : std::nullopt));
    out += row(tr("Average packet size"),
               p.averagePacketSize() ? tr("%1 bytes").arg(locale.toString(*p.averagePacketSize(), 'f', 2)) : tr("n/a"));
    out += QStringLiteral("</table>");

    QStringList comments;
    for (const auto& section : p.sections)
        for (const auto& comment : section.comments)
            comments << text(comment);
    out += heading(tr("File comments"));
    out += comments.isEmpty() ? tr("None").toHtmlEscaped() : comments.join(QStringLiteral("<br>"));
    out += heading(tr("Packet comments"));
    QStringList packetComments;
    for (const auto& [frame, comment] : p.packetComments)
        packetComments << tr("Frame %1: %2").arg(frame).arg(text(comment));
    out += packetComments.isEmpty() ? tr("None").toHtmlEscaped() : packetComments.join(QStringLiteral("<br>"));
    if (!p.error.empty())
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(tr("Warning:").toHtmlEscaped(), ReadProblemText::orEnglish(p.problem, p.error).toHtmlEscaped());
    return out;
}

CapturePropertiesDialog* showCaptureProperties(QWidget* parent, const QString& path)
{
    if (path.isEmpty()) {
        QMessageBox::information(parent, CapturePropertiesDialog::tr("Capture File Properties"),
                                 CapturePropertiesDialog::tr("Open a capture file first. Packets still being captured, "
                                                             "or read from a pipe, have no file to describe yet."));
        return nullptr;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    CaptureProperties properties;
    QString error;
    try {
        properties = readCaptureProperties(QFile::encodeName(path).toStdString());
    } catch (const CaptureError& e) {
        error = ReadProblemText::orEnglish(e.problem(), e.what());
    }
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, CapturePropertiesDialog::tr("Capture File Properties"), error);
        return nullptr;
    }
    auto* dialog = new CapturePropertiesDialog(std::move(properties), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace tcplens::ui
