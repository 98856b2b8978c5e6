#include "DecodeProblem.h"

#include "LinkType.h"
#include "Names.h"
#include "TcpOption.h"

namespace tcplens {
namespace {

std::string optionLabel(std::uint32_t kind)
{
    const auto name = tcpOptionName(static_cast<std::uint8_t>(kind));
    return std::string(name == "Unknown" ? "option" : name) + " (kind " + std::to_string(kind) + ")";
}

} // namespace

Severity severityOf(ProblemKind kind) noexcept
{
    switch (kind) {
    case ProblemKind::TruncatedPayload:
    case ProblemKind::IpFragment:
    case ProblemKind::ChecksumOffload:
    case ProblemKind::IpChecksumOffload:
    case ProblemKind::UnsupportedLinkType:
        return Severity::Note;
    case ProblemKind::BadIpChecksum:
    case ProblemKind::BadTcpChecksum:
    case ProblemKind::BadGreChecksum:
    case ProblemKind::TruncatedEncapsulation:
    case ProblemKind::TruncatedLinkHeader:
    case ProblemKind::TruncatedNetwork:
    case ProblemKind::TruncatedTcpHeader:
        return Severity::Warning;
    default:
        return Severity::Error;
    }
}

std::string_view problemKindName(ProblemKind kind) noexcept
{
    switch (kind) {
    case ProblemKind::UnsupportedLinkType: return "unsupported link type";
    case ProblemKind::TruncatedLinkHeader: return "truncated link header";
    case ProblemKind::TruncatedNetwork: return "truncated IP header";
    case ProblemKind::TruncatedTcpHeader: return "truncated TCP header";
    case ProblemKind::TruncatedPayload: return "truncated payload (snaplen)";
    case ProblemKind::BogusIpVersion: return "bogus IP version";
    case ProblemKind::BogusIpv4HeaderLength: return "bogus IPv4 header length";
    case ProblemKind::BogusIpv4TotalLength: return "bogus IPv4 total length";
    case ProblemKind::IpLengthExceedsFrame: return "IP length exceeds frame";
    case ProblemKind::BadIpOption: return "malformed IPv4 option";
    case ProblemKind::Ipv6ExtensionChainTooLong: return "IPv6 extension chain too long";
    case ProblemKind::BadIpv6ExtensionHeader: return "malformed IPv6 extension header";
    case ProblemKind::IpFragment: return "IP fragment";
    case ProblemKind::BogusTcpHeaderLength: return "bogus TCP header length";
    case ProblemKind::TcpHeaderExceedsSegment: return "TCP header exceeds segment";
    case ProblemKind::TcpOptionBadLength: return "bad TCP option length";
    case ProblemKind::TcpOptionPastHeader: return "TCP option past header";
    case ProblemKind::TcpOptionWrongLength: return "wrong TCP option length";
    case ProblemKind::BadIpChecksum: return "bad IPv4 checksum";
    case ProblemKind::BadTcpChecksum: return "bad TCP checksum";
    case ProblemKind::ChecksumOffload: return "TCP checksum offload";
    case ProblemKind::IpChecksumOffload: return "IPv4 checksum offload";
    case ProblemKind::TruncatedEncapsulation: return "truncated encapsulation header";
    case ProblemKind::TooManyEncapsulations: return "too many encapsulation layers";
    case ProblemKind::BadEncapsulation: return "malformed encapsulation header";
    case ProblemKind::BadGreChecksum: return "bad GRE checksum";
    case ProblemKind::Count: break;
    }
    return "unknown problem";
}

std::string describe(const DecodeProblem& problem)
{
    const auto a = std::to_string(problem.a);
    const auto b = std::to_string(problem.b);
    switch (problem.kind) {
    case ProblemKind::UnsupportedLinkType:
        return "unsupported link type " + a + " (" + linkTypeName(static_cast<int>(problem.a)) + ")";
    case ProblemKind::TruncatedLinkHeader:
        return "truncated: link header needs " + a + " bytes, " + b + " captured";
    case ProblemKind::TruncatedNetwork:
        return "truncated: IP header needs " + a + " bytes of the frame, " + b + " captured";
    case ProblemKind::TruncatedTcpHeader:
        return "truncated: TCP header needs " + a + " bytes of the frame, " + b + " captured";
    case ProblemKind::TruncatedPayload:
        return "truncated: " + a + " of " + b + " payload bytes captured (snaplen)";
    case ProblemKind::BogusIpVersion:
        return "bogus IP version (" + a + ")";
    case ProblemKind::BogusIpv4HeaderLength:
        if (problem.a < 20)
            return "bogus IPv4 header length (" + a + ", must be at least 20)";
        return "bogus IPv4 header length (" + a + ", larger than the total length " + b + ")";
    case ProblemKind::BogusIpv4TotalLength:
        if (problem.a == 0)
            return "IPv4 total length is 0, assuming TCP segmentation offload (length taken from the frame)";
        return "bogus IPv4 total length (" + a + ", must be at least the header length " + b + ")";
    case ProblemKind::IpLengthExceedsFrame:
        return "IP total length " + a + " exceeds the " + b + " bytes of the frame";
    case ProblemKind::BadIpOption:
        return "malformed IPv4 option (kind " + a + ", length " + b + ")";
    case ProblemKind::Ipv6ExtensionChainTooLong:
        return "IPv6 extension header chain too long (stopped after " + a + " headers)";
    case ProblemKind::BadIpv6ExtensionHeader:
        return "IPv6 extension header " + a + " runs past the payload";
    case ProblemKind::IpFragment:
        return "IP fragment (offset " + a + (problem.b ? ", more fragments" : ", last") + ")";
    case ProblemKind::BogusTcpHeaderLength:
        return "bogus TCP header length (" + a + ", must be at least 20)";
    case ProblemKind::TcpHeaderExceedsSegment:
        return "TCP header length " + a + " exceeds the segment length " + b;
    case ProblemKind::TcpOptionBadLength:
        return "TCP " + optionLabel(problem.a) + " has length " + b + " (must be at least 2)";
    case ProblemKind::TcpOptionPastHeader:
        if (problem.b == 0)
            return "TCP " + optionLabel(problem.a) + " has no length byte before the end of the header";
        return "TCP " + optionLabel(problem.a) + " of length " + b + " runs past the end of the header";
    case ProblemKind::TcpOptionWrongLength:
        return "TCP " + optionLabel(problem.a) + " has the wrong length " + b;
    case ProblemKind::BadIpChecksum:
        return "bad IPv4 header checksum " + hex16(problem.a) + " (should be " + hex16(problem.b) + ")";
    case ProblemKind::BadTcpChecksum:
        return "bad TCP checksum " + hex16(problem.a) + " (should be " + hex16(problem.b) + ")";
    case ProblemKind::ChecksumOffload:
        return "TCP checksum " + hex16(problem.a) + " is not final (should be " + hex16(problem.b)
             + "): sent by the capturing host with checksum offload, not an error";
    case ProblemKind::IpChecksumOffload:
        return "IPv4 header checksum " + hex16(problem.a) + " is not filled in (should be " + hex16(problem.b)
             + "): sent by the capturing host with checksum offload, not an error";
    case ProblemKind::TruncatedEncapsulation:
        return "truncated: encapsulation header needs " + a + " bytes of the frame, " + b + " captured";
    case ProblemKind::TooManyEncapsulations:
        return "too many encapsulation layers (stopped after " + a + ")";
    case ProblemKind::BadEncapsulation:
        return std::string("malformed ") + encapsulationName(static_cast<std::uint16_t>(problem.a)) + " header (" + b + ")";
    case ProblemKind::BadGreChecksum:
        return "bad GRE checksum " + hex16(problem.a) + " (should be " + hex16(problem.b) + ")";
    case ProblemKind::Count: break;
    }
    return "unknown problem";
}

} // namespace tcplens
