#include "ReadProblem.h"

#include <cstdio>
#include <cstring>

namespace tcplens {
namespace {

std::string inside(const std::string& compression)
{
    return compression.empty() ? std::string() : " (inside its " + compression + " compression)";
}

/// The numbers of `text` read with `format` (two unsigned values), or false when it does not match.
bool scanTwo(const std::string& text, const char* format, unsigned long long& a, unsigned long long& b)
{
    char tail = 0;
    return std::sscanf(text.c_str(), format, &a, &b, &tail) == 2;
}

} // namespace

const std::string& ReadProblem::arg(std::size_t i) const noexcept
{
    static const std::string none;
    return i < args.size() ? args[i] : none;
}

ReadProblem ReadProblem::because(ReadProblem inner) const
{
    ReadProblem outer = *this;
    outer.cause = std::make_shared<const ReadProblem>(std::move(inner));
    return outer;
}

ReadProblem readProblem(ReadProblemKind kind, std::vector<std::string> args)
{
    ReadProblem problem;
    problem.kind = kind;
    problem.args = std::move(args);
    return problem;
}

ReadProblem systemProblem(ReadProblemKind kind, int systemError, std::string subject, std::vector<std::string> args)
{
    ReadProblem problem = readProblem(kind, std::move(args));
    problem.systemError = systemError;
    problem.subject = std::move(subject);
    return problem;
}

ReadProblem pcapProblem(const std::string& said)
{
    // The formats of libpcap 1.10's sf-pcap.c; %c after the last number makes sure nothing follows.
    struct Pattern {
        const char* format;
        ReadProblemKind kind;
    };
    static constexpr Pattern patterns[] = {
        {"truncated dump file; tried to read %llu file header bytes, only got %llu%c", ReadProblemKind::PcapFileHeaderCut},
        {"truncated dump file; tried to read %llu header bytes, only got %llu%c", ReadProblemKind::PcapRecordHeaderCut},
        {"truncated dump file; tried to read %llu captured bytes, only got %llu%c", ReadProblemKind::PcapRecordDataCut},
        {"invalid packet capture length %llu, bigger than snaplen of %llu%c", ReadProblemKind::PcapLengthOverSnaplen},
        {"invalid packet capture length %llu, bigger than maximum of %llu%c", ReadProblemKind::PcapLengthOverMaximum},
        {"unsupported pcap savefile version %llu.%llu%c", ReadProblemKind::PcapUnsupportedVersion},
    };
    ReadProblem problem = readProblem(ReadProblemKind::PcapSaid);
    problem.detail = said;
    if (said == "archaic pcap savefile format") {
        problem.kind = ReadProblemKind::PcapArchaic;
        return problem;
    }
    for (const auto& pattern : patterns) {
        unsigned long long a = 0;
        unsigned long long b = 0;
        if (scanTwo(said, pattern.format, a, b)) {
            problem.kind = pattern.kind;
            problem.args = {std::to_string(a), std::to_string(b)};
            break;
        }
    }
    return problem;
}

std::string englishText(const ReadProblem& p)
{
    using K = ReadProblemKind;
    const std::string cause = p.cause ? englishText(*p.cause) : std::string();
    const std::string system = std::strerror(p.systemError);
    const std::string& a0 = p.arg(0);
    const std::string& a1 = p.arg(1);
    const std::string& a2 = p.arg(2);
    const std::string at = "at byte " + a0;
    switch (p.kind) {
    case K::None: return {};
    case K::Cancelled: return "cancelled";
    case K::CannotOpen: return "cannot open " + p.subject + ": " + system;
    case K::IsDirectory: return "cannot open " + p.subject + ": it is a directory, not a capture file";
    case K::Empty: return p.subject + " is empty (0 bytes" + inside(a0) + "): not a capture file";
    case K::CannotMap: return "cannot map " + p.subject + " into memory";
    case K::CannotRead: return "cannot read " + p.subject + ": " + (p.cause ? cause : system);
    case K::NotCapture:
        return p.subject + " is not a pcap or pcapng capture file (it starts with " + a0 + inside(a1) + ")";
    case K::ReadFailed: return "read error: " + system;
    case K::CannotCreateSpool: return "cannot create a spool file in " + a0 + ": " + system;
    case K::CannotMapSpool: return "cannot map a spool file";
    case K::CannotWriteSpool: return "cannot write the spool file in " + a0 + ": " + system;
    case K::StreamTooLarge: return "the stream is larger than the 256 GiB this reader can hold";
    case K::CannotStartDecompressor: return "cannot start the " + a0 + " decompressor";
    case K::CannotRestartDecompressor: return "cannot restart the " + a0 + " decompressor";
    case K::CompressedCutShort: return "the " + a0 + " stream is cut short";
    case K::CompressedDamaged: return "damaged " + a0 + " data: " + p.detail;
    case K::ReadingStoppedAfter: return "reading stopped after frame " + a0 + ": " + cause;
    case K::ReadingStoppedAt: return "reading stopped at frame " + a0 + ": " + cause;
    case K::ReadingStoppedAtByte: return "reading stopped " + at + ": " + cause;
    case K::CutShort: return "file cut short: frame " + a0 + " is incomplete (" + cause + ")";
    case K::Damaged: return "damaged capture file at frame " + a0 + ": " + cause;
    case K::DamagedFile: return "damaged capture file: " + cause;
    case K::PcapArchaic:
    case K::PcapUnsupportedVersion:
    case K::PcapFileHeaderCut:
    case K::PcapRecordHeaderCut:
    case K::PcapRecordDataCut:
    case K::PcapLengthOverSnaplen:
    case K::PcapLengthOverMaximum:
    case K::PcapSaid: return p.detail;
    case K::BlockHeaderCut: return "a block header " + at + " is cut off";
    case K::SectionHeaderCut: return "a section header " + at + " is cut off";
    case K::NoByteOrderMagic: return "the section header " + at + " has no valid byte-order magic";
    case K::ImpossibleBlockLength: return "the block " + at + " has an impossible length (" + a1 + " bytes)";
    case K::BlockCut: return "the block " + at + " needs " + a1 + " bytes, " + a2 + " are left";
    case K::BlockLengthMismatch: return "the block " + at + " ends with a length that differs from its start";
    case K::NotPcapng: return "not a pcapng file (no section header block at its start)";
    case K::SectionHeaderShort: return "the section header " + at + " is too short";
    case K::UnsupportedPcapngVersion:
        return "unsupported pcapng version " + a0 + "." + a1 + " in the section header at byte " + a2;
    case K::InterfaceBlockShort: return "the interface block " + at + " is too short";
    case K::InterfaceBeforeSection: return "the interface block " + at + " comes before any section header";
    case K::TooManyInterfaces: return "the capture describes more than " + a0 + " interfaces";
    case K::PacketBlockShort: return "the packet block " + at + " is too short";
    case K::PacketLongerThanBlock:
        return "the packet block " + at + " says it holds " + a1 + " bytes but has room for " + a2;
    case K::PacketUnknownInterface:
        return "the packet block " + at + " refers to interface " + a1 + ", but its section describes " + a2;
    case K::PacketBeforeSection: return "a packet comes before any section header";
    }
    return {};
}

} // namespace tcplens
