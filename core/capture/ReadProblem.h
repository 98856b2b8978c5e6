#pragma once
// Why a capture could not be opened or read to its end, as a kind and its arguments rather than
// a sentence: tcplens-cli prints englishText() (CaptureError::what(), CaptureFile::error()), the
// GUI words each kind through tr() in the user's language (core has no Qt).

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tcplens {

/// Each kind lists what it carries: s = subject (a path or a stream's name), a0.. = args,
/// e = systemError (errno), d = detail (a library's own English words), c = cause.
enum class ReadProblemKind : std::uint8_t {
    None,
    Cancelled,
    // Opening (s: the path, or the name of standard input or a pipe)
    CannotOpen,            ///< s, e
    IsDirectory,           ///< s
    Empty,                 ///< s, a0: the compression it is inside ("" when none)
    CannotMap,             ///< s
    CannotRead,            ///< s, and c or e
    NotCapture,            ///< s, a0: its first bytes in hex, a1: the compression it is inside ("" when none)
    // What went wrong with the bytes under the file (the c of CannotRead and ReadingStopped*)
    ReadFailed,            ///< e
    CannotCreateSpool,     ///< a0: the directory, e
    CannotMapSpool,
    CannotWriteSpool,      ///< a0: the directory, e
    StreamTooLarge,
    CannotStartDecompressor,   ///< a0: gzip, zstd or lz4
    CannotRestartDecompressor, ///< a0: gzip
    CompressedCutShort,    ///< a0: gzip, zstd or lz4
    CompressedDamaged,     ///< a0: gzip, zstd or lz4, d: the library's reason
    // Where reading ended (c: why)
    ReadingStoppedAfter,   ///< a0: the last frame read
    ReadingStoppedAt,      ///< a0: the frame being read
    ReadingStoppedAtByte,  ///< a0: the byte offset
    CutShort,              ///< a0: the frame that is incomplete
    Damaged,               ///< a0: the frame
    DamagedFile,           ///< No frame: the damage is in the file's description
    // libpcap's reasons (d: libpcap's own words, which englishText() repeats as they are)
    PcapArchaic,
    PcapUnsupportedVersion,  ///< a0: major, a1: minor
    PcapFileHeaderCut,       ///< a0: bytes needed, a1: bytes there
    PcapRecordHeaderCut,     ///< a0: bytes needed, a1: bytes there
    PcapRecordDataCut,       ///< a0: bytes needed, a1: bytes there
    PcapLengthOverSnaplen,   ///< a0: the captured length, a1: the snapshot length
    PcapLengthOverMaximum,   ///< a0: the captured length, a1: the largest libpcap takes
    PcapSaid,                ///< Anything else libpcap says
    // pcapng blocks (a0: the block's byte offset)
    BlockHeaderCut,
    SectionHeaderCut,
    NoByteOrderMagic,
    ImpossibleBlockLength,   ///< a1: the length
    BlockCut,                ///< a1: bytes needed, a2: bytes left
    BlockLengthMismatch,
    NotPcapng,               ///< No a0
    SectionHeaderShort,
    UnsupportedPcapngVersion, ///< a0: major, a1: minor, a2: the byte offset
    InterfaceBlockShort,
    InterfaceBeforeSection,
    TooManyInterfaces,       ///< a0: the most tcplens takes
    PacketBlockShort,
    PacketLongerThanBlock,   ///< a1: the length it claims, a2: the room it has
    PacketUnknownInterface,  ///< a1: the interface it names, a2: how many its section describes
    PacketBeforeSection,     ///< No a0
};
inline constexpr int kReadProblemKinds = static_cast<int>(ReadProblemKind::PacketBeforeSection) + 1;

struct ReadProblem {
    ReadProblemKind kind = ReadProblemKind::None;
    std::string subject;
    std::vector<std::string> args;
    int systemError = 0;
    std::string detail;
    std::shared_ptr<const ReadProblem> cause;

    [[nodiscard]] bool empty() const noexcept { return kind == ReadProblemKind::None; }
    /// The argument `i`, or "" when there is none.
    [[nodiscard]] const std::string& arg(std::size_t i) const noexcept;
    /// This problem with `inner` as its cause.
    [[nodiscard]] ReadProblem because(ReadProblem inner) const;
};

/// A problem of `kind` with numbers or words as its arguments.
[[nodiscard]] ReadProblem readProblem(ReadProblemKind kind, std::vector<std::string> args = {});
/// A problem that carries errno.
[[nodiscard]] ReadProblem systemProblem(ReadProblemKind kind, int systemError, std::string subject = {},
                                        std::vector<std::string> args = {});
/// libpcap's words sorted into the kinds above, their numbers taken out; PcapSaid when unknown.
[[nodiscard]] ReadProblem pcapProblem(const std::string& libpcapSaid);

/// The problem in English, as tcplens-cli prints it.
[[nodiscard]] std::string englishText(const ReadProblem& problem);

} // namespace tcplens
