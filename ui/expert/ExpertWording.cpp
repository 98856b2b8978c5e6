#include "ExpertWording.h"

namespace tcplens::ui {

QString ExpertWording::summary(ExpertKind kind, std::uint32_t value)
{
    // The sources are Wireshark 4.0's texts as core/expert/ExpertKind.cpp holds them (the CLI's
    // words); TestExpertWording checks that every kind reads the same in English.
    using K = ExpertKind;
    switch (kind) {
    case K::AckNonzero: return tr("The acknowledgment number field is nonzero while the ACK flag is not set");
    case K::ConnectionSyn: return tr("Connection establish request (SYN): server port %1").arg(value);
    case K::ConnectionSynAck: return tr("Connection establish acknowledge (SYN+ACK): server port %1").arg(value);
    case K::ConnectionFin: return tr("Connection finish (FIN)");
    case K::ConnectionRst: return tr("Connection reset (RST)");
    case K::FinActive: return tr("This frame initiates the connection closing");
    case K::FinPassive: return tr("This frame undergoes the connection closing");
    case K::BadChecksum: return tr("Bad checksum");
    case K::UrgentPointerNonzero: return tr("The urgent pointer field is nonzero while the URG flag is not set");
    case K::MssAbsent: return tr("The SYN packet does not contain a MSS option");
    case K::MssPresent: return tr("The non-SYN packet does contain a MSS option");
    case K::WindowScaleInvalid: return tr("Window scale shift exceeds 14");
    case K::NonZeroPadding: return tr("Non-zero header padding");
    case K::DuplicateSack: return tr("D-SACK Sequence");
    case K::TfoSyn: return tr("TCP SYN with TFO Cookie");
    case K::Retransmission: return tr("This frame is a (suspected) retransmission");
    case K::FastRetransmission: return tr("This frame is a (suspected) fast retransmission");
    case K::SpuriousRetransmission: return tr("This frame is a (suspected) spurious retransmission");
    case K::OutOfOrder: return tr("This frame is a (suspected) out-of-order segment");
    case K::ReusedPorts:
        return tr("A new tcp session is started with the same ports as an earlier session in this trace");
    case K::LostSegment: return tr("Previous segment(s) not captured (common at capture start)");
    case K::AckLostSegment: return tr("ACKed segment that wasn't captured (common at capture start)");
    case K::WindowUpdate: return tr("TCP window update");
    case K::WindowFull: return tr("TCP window specified by the receiver is now completely full");
    case K::KeepAlive: return tr("TCP keep-alive segment");
    case K::KeepAliveAck: return tr("ACK to a TCP keep-alive segment");
    case K::DuplicateAck: return tr("Duplicate ACK (#%1)").arg(value);
    case K::ZeroWindowProbe: return tr("TCP Zero Window Probe");
    case K::ZeroWindow: return tr("TCP Zero Window segment");
    case K::ZeroWindowProbeAck: return tr("ACK to a TCP Zero Window Probe");
    case K::MalformedHeader: return tr("Bogus TCP header length (%1, must be at least 20)").arg(value);
    }
    return QString::fromStdString(expertSummary(kind, value));
}

QString ExpertWording::group(ExpertGroup group)
{
    switch (group) {
    case ExpertGroup::Sequence: return tr("Sequence");
    case ExpertGroup::Protocol: return tr("Protocol");
    case ExpertGroup::Malformed: return tr("Malformed");
    case ExpertGroup::Checksum: return tr("Checksum");
    }
    return {};
}

} // namespace tcplens::ui
