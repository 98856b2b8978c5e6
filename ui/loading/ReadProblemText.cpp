#include "ReadProblemText.h"

#include "SystemErrorText.h"

#include <QFile>

namespace tcplens::ui {

QString ReadProblemText::orEnglish(const ReadProblem& problem, const std::string& english, const QString& subject)
{
    return problem.empty() ? QString::fromStdString(english) : of(problem, subject);
}

QString ReadProblemText::of(const ReadProblem& p, const QString& subject)
{
    using K = ReadProblemKind;
    const QString s = !subject.isEmpty() ? subject
                      : p.subject == "standard input" ? tr("standard input")
                                                      : QFile::decodeName(p.subject.c_str());
    const QString cause = p.cause ? of(*p.cause) : QString();
    const bool reading = p.kind == K::CannotOpen || p.kind == K::CannotRead || p.kind == K::ReadFailed;
    const QString system = SystemErrorText::of(p.systemError, reading);
    const QString a0 = QString::fromStdString(p.arg(0));
    const QString a1 = QString::fromStdString(p.arg(1));
    const QString a2 = QString::fromStdString(p.arg(2));
    const QString detail = QString::fromStdString(p.detail);
    switch (p.kind) {
    case K::None: return {};
    case K::Cancelled: return tr("cancelled");
    case K::CannotOpen: return tr("cannot open %1: %2").arg(s, system);
    case K::IsDirectory: return tr("cannot open %1: it is a directory, not a capture file").arg(s);
    case K::Empty:
        return a0.isEmpty() ? tr("%1 is empty (0 bytes): not a capture file").arg(s)
                            : tr("%1 is empty (0 bytes (inside its %2 compression)): not a capture file").arg(s, a0);
    case K::CannotMap: return tr("cannot map %1 into memory").arg(s);
    case K::CannotRead: return tr("cannot read %1: %2").arg(s, p.cause ? cause : system);
    case K::NotCapture:
        return a1.isEmpty() ? tr("%1 is not a pcap or pcapng capture file (it starts with %2)").arg(s, a0)
                            : tr("%1 is not a pcap or pcapng capture file (it starts with %2 (inside its %3 compression))")
                                  .arg(s, a0, a1);
    case K::ReadFailed: return tr("read error: %1").arg(system);
    case K::CannotCreateSpool: return tr("cannot create a spool file in %1: %2").arg(a0, system);
    case K::CannotMapSpool: return tr("cannot map a spool file");
    case K::CannotWriteSpool: return tr("cannot write the spool file in %1: %2").arg(a0, system);
    case K::StreamTooLarge: return tr("the stream is larger than the 256 GiB this reader can hold");
    case K::CannotStartDecompressor: return tr("cannot start the %1 decompressor").arg(a0);
    case K::CannotRestartDecompressor: return tr("cannot restart the %1 decompressor").arg(a0);
    case K::CompressedCutShort: return tr("the %1 stream is cut short").arg(a0);
    case K::CompressedDamaged: return tr("damaged %1 data: %2").arg(a0, detail);
    case K::ReadingStoppedAfter: return tr("reading stopped after frame %1: %2").arg(a0, cause);
    case K::ReadingStoppedAt: return tr("reading stopped at frame %1: %2").arg(a0, cause);
    case K::ReadingStoppedAtByte: return tr("reading stopped at byte %1: %2").arg(a0, cause);
    case K::CutShort: return tr("file cut short: frame %1 is incomplete (%2)").arg(a0, cause);
    case K::Damaged: return tr("damaged capture file at frame %1: %2").arg(a0, cause);
    case K::DamagedFile: return tr("damaged capture file: %1").arg(cause);
    // libpcap's words (sf-pcap.c), each a source text equal to what libpcap says.
    case K::PcapArchaic: return tr("archaic pcap savefile format");
    case K::PcapUnsupportedVersion: return tr("unsupported pcap savefile version %1.%2").arg(a0, a1);
    case K::PcapFileHeaderCut: return tr("truncated dump file; tried to read %1 file header bytes, only got %2").arg(a0, a1);
    case K::PcapRecordHeaderCut: return tr("truncated dump file; tried to read %1 header bytes, only got %2").arg(a0, a1);
    case K::PcapRecordDataCut: return tr("truncated dump file; tried to read %1 captured bytes, only got %2").arg(a0, a1);
    case K::PcapLengthOverSnaplen: return tr("invalid packet capture length %1, bigger than snaplen of %2").arg(a0, a1);
    case K::PcapLengthOverMaximum: return tr("invalid packet capture length %1, bigger than maximum of %2").arg(a0, a1);
    case K::PcapSaid: return tr("%1", "libpcap's own words, which tcplens does not know").arg(detail);
    case K::BlockHeaderCut: return tr("a block header at byte %1 is cut off").arg(a0);
    case K::SectionHeaderCut: return tr("a section header at byte %1 is cut off").arg(a0);
    case K::NoByteOrderMagic: return tr("the section header at byte %1 has no valid byte-order magic").arg(a0);
    case K::ImpossibleBlockLength: return tr("the block at byte %1 has an impossible length (%2 bytes)").arg(a0, a1);
    case K::BlockCut: return tr("the block at byte %1 needs %2 bytes, %3 are left").arg(a0, a1, a2);
    case K::BlockLengthMismatch: return tr("the block at byte %1 ends with a length that differs from its start").arg(a0);
    case K::NotPcapng: return tr("not a pcapng file (no section header block at its start)");
    case K::SectionHeaderShort: return tr("the section header at byte %1 is too short").arg(a0);
    case K::UnsupportedPcapngVersion:
        return tr("unsupported pcapng version %1.%2 in the section header at byte %3").arg(a0, a1, a2);
    case K::InterfaceBlockShort: return tr("the interface block at byte %1 is too short").arg(a0);
    case K::InterfaceBeforeSection: return tr("the interface block at byte %1 comes before any section header").arg(a0);
    case K::TooManyInterfaces: return tr("the capture describes more than %1 interfaces").arg(a0);
    case K::PacketBlockShort: return tr("the packet block at byte %1 is too short").arg(a0);
    case K::PacketLongerThanBlock:
        return tr("the packet block at byte %1 says it holds %2 bytes but has room for %3").arg(a0, a1, a2);
    case K::PacketUnknownInterface:
        return tr("the packet block at byte %1 refers to interface %2, but its section describes %3").arg(a0, a1, a2);
    case K::PacketBeforeSection: return tr("a packet comes before any section header");
    }
    return QString::fromStdString(englishText(p));
}

} // namespace tcplens::ui
