#pragma once
// Shared helpers of the core test suites: running tcplens-cli and the oracles (tshark, tcpdump,
// capinfos), finding the recorded fixtures, and crafting pcap files and Ethernet/IPv4/TCP frames.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace tcplens::test {

struct ProcessResult {
    bool started = false;
    bool finished = false;  ///< False when the timeout killed it.
    bool crashed = false;   ///< Died from a signal.
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] bool exitedWith(int code) const { return started && finished && !crashed && exitCode == code; }
};

/// Runs `program` to completion (or kills it after `timeoutMs`) and captures both streams.
inline ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs = 120'000)
{
    ProcessResult result;
    QProcess process;
    process.start(program, arguments);
    result.started = process.waitForStarted(30'000);
    if (!result.started)
        return result;
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5'000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline ProcessResult runCli(const QStringList& arguments, int timeoutMs = 120'000)
{
    return runProcess(QStringLiteral(TCPLENS_CLI_PATH), arguments, timeoutMs);
}

/// Full path of a program on PATH, or an empty string.
inline QString findProgram(const QString& name) { return QStandardPaths::findExecutable(name); }

/// Every capture file (.pcap, .pcapng, .cap) directly in `directory`, sorted by name.
inline QStringList capturesIn(const QString& directory)
{
    QStringList files;
    const QDir d(directory);
    for (const auto& name : d.entryList({"*.pcap", "*.pcapng", "*.cap"}, QDir::Files, QDir::Name))
        files << d.absoluteFilePath(name);
    return files;
}

/// Every capture under tests/data and resources/samples, sorted by path.
inline QStringList fixtures()
{
    return capturesIn(QString::fromUtf8(TCPLENS_TEST_DATA_DIR)) + capturesIn(QString::fromUtf8(TCPLENS_SAMPLES_DIR));
}

/// The public captures copied into tests/data/public (its SOURCES.tsv says where each came from).
inline QStringList publicFixtures() { return capturesIn(QString::fromUtf8(TCPLENS_TEST_DATA_DIR) + "/public"); }

inline QString fixturePath(const QString& name)
{
    return QDir(QString::fromUtf8(TCPLENS_TEST_DATA_DIR)).absoluteFilePath(name);
}

/// Splits output into lines, dropping a final empty line.
inline QList<QByteArray> lines(const QByteArray& text)
{
    auto parts = text.split('\n');
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts;
}

/// One JSON object per line of `tcplens-cli packets --json`; an unparsable line yields an empty object.
inline QList<QJsonObject> jsonLines(const QByteArray& text)
{
    QList<QJsonObject> objects;
    for (const auto& line : lines(text))
        objects << QJsonDocument::fromJson(line).object();
    return objects;
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Where each block of a little-endian pcapng file starts (for tests that damage one).
inline QList<qsizetype> pcapngBlockOffsets(const QByteArray& file)
{
    QList<qsizetype> starts;
    for (qsizetype at = 0; at + 12 <= file.size();) {
        starts << at;
        const auto* p = reinterpret_cast<const unsigned char*>(file.constData() + at + 4);
        const qsizetype length = p[0] | (p[1] << 8) | (p[2] << 16) | (qsizetype{p[3]} << 24);
        if (length < 12)
            break;
        at += length;
    }
    return starts;
}

// ---- pcap files -------------------------------------------------------------------------------

enum class ByteOrder { Little, Big };
enum class Precision { Micro, Nano };

struct PcapRecord {
    QByteArray bytes;
    std::optional<std::uint32_t> capturedLength = std::nullopt; ///< Header's caplen; default bytes.size().
    std::optional<std::uint32_t> wireLength = std::nullopt;     ///< Header's len; default bytes.size().
    std::uint32_t seconds = 1'700'000'000;
    std::uint32_t fraction = 0;                  ///< Micro- or nanoseconds, as the file's precision.
};

struct PcapOptions {
    int linkType = 1;
    ByteOrder byteOrder = ByteOrder::Little;
    Precision precision = Precision::Micro;
    std::uint32_t snaplen = 262'144;
};

inline void appendU32(QByteArray& out, std::uint32_t value, ByteOrder order)
{
    for (int i = 0; i < 4; ++i) {
        const int shift = order == ByteOrder::Little ? 8 * i : 8 * (3 - i);
        out.append(static_cast<char>((value >> shift) & 0xff));
    }
}

inline void appendU16(QByteArray& out, std::uint16_t value, ByteOrder order)
{
    if (order == ByteOrder::Little) {
        out.append(static_cast<char>(value & 0xff));
        out.append(static_cast<char>(value >> 8));
    } else {
        out.append(static_cast<char>(value >> 8));
        out.append(static_cast<char>(value & 0xff));
    }
}

/// The 24-byte classic pcap file header.
inline QByteArray pcapHeader(const PcapOptions& options = {})
{
    QByteArray out;
    appendU32(out, options.precision == Precision::Nano ? 0xa1b23c4d : 0xa1b2c3d4, options.byteOrder);
    appendU16(out, 2, options.byteOrder);
    appendU16(out, 4, options.byteOrder);
    appendU32(out, 0, options.byteOrder);
    appendU32(out, 0, options.byteOrder);
    appendU32(out, options.snaplen, options.byteOrder);
    appendU32(out, static_cast<std::uint32_t>(options.linkType), options.byteOrder);
    return out;
}

/// One 16-byte record header plus its bytes; the header's lengths can lie (for malformed files).
inline QByteArray pcapRecord(const PcapRecord& record, ByteOrder order = ByteOrder::Little)
{
    QByteArray out;
    const auto size = static_cast<std::uint32_t>(record.bytes.size());
    appendU32(out, record.seconds, order);
    appendU32(out, record.fraction, order);
    appendU32(out, record.capturedLength.value_or(size), order);
    appendU32(out, record.wireLength.value_or(size), order);
    out.append(record.bytes);
    return out;
}

inline QByteArray pcapFile(const QList<PcapRecord>& records, const PcapOptions& options = {})
{
    QByteArray out = pcapHeader(options);
    for (const auto& record : records)
        out.append(pcapRecord(record, options.byteOrder));
    return out;
}

/// A pcap of whole frames, each captured in full, one microsecond apart.
inline QByteArray pcapOfFrames(const QList<QByteArray>& frames, int linkType = 1)
{
    QList<PcapRecord> records;
    std::uint32_t micros = 0;
    for (const auto& frame : frames)
        records << PcapRecord{frame, {}, {}, 1'700'000'000, micros++};
    return pcapFile(records, PcapOptions{linkType});
}

// ---- frames -----------------------------------------------------------------------------------

/// RFC 1071 sum of `data` added to `sum`, not yet folded or complemented.
inline std::uint32_t onesComplementAdd(const QByteArray& data, std::uint32_t sum = 0)
{
    std::uint64_t wide = sum;
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    qsizetype i = 0;
    for (; i + 1 < data.size(); i += 2)
        wide += (std::uint32_t{p[i]} << 8) | p[i + 1];
    if (i < data.size())
        wide += std::uint32_t{p[i]} << 8;
    while (wide >> 16)
        wide = (wide & 0xffff) + (wide >> 16);
    return static_cast<std::uint32_t>(wide);
}

inline std::uint16_t internetChecksum(const QByteArray& data, std::uint32_t sum = 0)
{
    return static_cast<std::uint16_t>(~onesComplementAdd(data, sum) & 0xffff);
}

inline void putBe16(QByteArray& out, qsizetype at, std::uint16_t value)
{
    out[at] = static_cast<char>(value >> 8);
    out[at + 1] = static_cast<char>(value & 0xff);
}

inline void putBe32(QByteArray& out, qsizetype at, std::uint32_t value)
{
    putBe16(out, at, static_cast<std::uint16_t>(value >> 16));
    putBe16(out, at + 2, static_cast<std::uint16_t>(value & 0xffff));
}

/// An Ethernet + IPv4 + TCP frame. Bytes are laid out literally (20-byte IP header, ipOptions,
/// 20-byte TCP header, tcpOptions, payload); the length fields default to what is laid out but
/// can be set to lie, and the checksums are computed over what the (possibly lying) lengths cover
/// as far as the bytes exist, so a decoder sees only the damage a test asked for.
struct TcpFrameSpec {
    std::array<std::uint8_t, 4> src{10, 0, 0, 1};
    std::array<std::uint8_t, 4> dst{10, 0, 0, 2};
    std::uint16_t srcPort = 40000;
    std::uint16_t dstPort = 80;
    std::uint32_t seq = 1000;
    std::uint32_t ack = 0;
    std::uint16_t flags = 0x002;          ///< 12 flag bits as tcp.flags.
    std::uint16_t window = 64240;
    std::uint16_t urgent = 0;
    std::uint8_t ttl = 64;
    std::uint16_t ipId = 0x1234;
    bool dontFragment = true;
    QByteArray ipOptions;
    QByteArray tcpOptions;
    QByteArray payload;
    std::optional<std::uint8_t> ihl = std::nullopt;          ///< IPv4 header length in words; default from ipOptions.
    std::optional<std::uint16_t> totalLength = std::nullopt; ///< IPv4 total length; default what is laid out.
    std::optional<std::uint8_t> dataOffset = std::nullopt;   ///< TCP data offset in words; default from tcpOptions.
    bool goodChecksums = true;
};

inline QByteArray tcpFrame(const TcpFrameSpec& spec)
{
    QByteArray frame = QByteArray::fromHex("020000000002020000000001") + QByteArray::fromHex("0800");
    constexpr qsizetype ipAt = 14;
    QByteArray ip(20, '\0');
    const auto laidOutIpHeader = 20 + spec.ipOptions.size();
    const auto ihl = spec.ihl.value_or(static_cast<std::uint8_t>(laidOutIpHeader / 4));
    ip[0] = static_cast<char>(0x40 | (ihl & 0x0f));
    QByteArray tcp(20, '\0');
    putBe16(tcp, 0, spec.srcPort);
    putBe16(tcp, 2, spec.dstPort);
    putBe32(tcp, 4, spec.seq);
    putBe32(tcp, 8, spec.ack);
    const auto dataOffset = spec.dataOffset.value_or(static_cast<std::uint8_t>((20 + spec.tcpOptions.size()) / 4));
    putBe16(tcp, 12, static_cast<std::uint16_t>(((dataOffset & 0x0f) << 12) | (spec.flags & 0x0fff)));
    putBe16(tcp, 14, spec.window);
    putBe16(tcp, 18, spec.urgent);
    const QByteArray segment = tcp + spec.tcpOptions + spec.payload;
    const auto total = spec.totalLength.value_or(static_cast<std::uint16_t>(laidOutIpHeader + segment.size()));
    putBe16(ip, 2, total);
    putBe16(ip, 4, spec.ipId);
    putBe16(ip, 6, spec.dontFragment ? 0x4000 : 0);
    ip[8] = static_cast<char>(spec.ttl);
    ip[9] = 6;
    for (int i = 0; i < 4; ++i) {
        ip[12 + i] = static_cast<char>(spec.src[i]);
        ip[16 + i] = static_cast<char>(spec.dst[i]);
    }
    frame += ip + spec.ipOptions + segment;
    if (!spec.goodChecksums)
        return frame;
    // IP checksum over the claimed header as far as it was laid out.
    const auto ipHeaderBytes = std::min<qsizetype>(std::max<qsizetype>(ihl * 4, 20), frame.size() - ipAt);
    putBe16(frame, ipAt + 10, internetChecksum(frame.mid(ipAt, ipHeaderBytes)));
    // TCP checksum over the segment the IP header claims, clamped to the bytes present.
    const qsizetype tcpAt = ipAt + std::max<qsizetype>(ihl * 4, 20);
    if (tcpAt + 18 <= frame.size()) {
        const qsizetype claimed = qsizetype{total} - ihl * 4;
        const qsizetype length = std::clamp<qsizetype>(claimed, 0, frame.size() - tcpAt);
        QByteArray pseudo = frame.mid(ipAt + 12, 8) + QByteArray::fromHex("0006") + QByteArray(2, '\0');
        putBe16(pseudo, 10, static_cast<std::uint16_t>(length));
        QByteArray covered = frame.mid(tcpAt, length);
        if (covered.size() >= 18) {
            covered[16] = covered[17] = 0;
            putBe16(frame, tcpAt + 16, internetChecksum(covered, onesComplementAdd(pseudo)));
        }
    }
    return frame;
}

/// Common TCP option encodings.
inline QByteArray mssOption(std::uint16_t mss)
{
    QByteArray o = QByteArray::fromHex("0204") + QByteArray(2, '\0');
    putBe16(o, 2, mss);
    return o;
}
inline QByteArray wscaleOption(std::uint8_t shift) { return QByteArray::fromHex("0303") + char(shift); }
inline QByteArray timestampOption(std::uint32_t tsval, std::uint32_t tsecr)
{
    QByteArray o = QByteArray::fromHex("080a") + QByteArray(8, '\0');
    putBe32(o, 2, tsval);
    putBe32(o, 6, tsecr);
    return o;
}

/// A value of `key` in a capinfos "Key: value" report (whitespace-trimmed), or empty.
inline QString capinfosValue(const QByteArray& report, const QString& key)
{
    for (const auto& line : lines(report)) {
        const QString text = QString::fromUtf8(line);
        const auto colon = text.indexOf(':');
        if (colon > 0 && text.left(colon).trimmed() == key)
            return text.mid(colon + 1).trimmed();
    }
    return {};
}

// ---- reading classic pcap files (to derive captures from the fixtures) ------------------------

struct PcapContents {
    bool ok = false;
    PcapOptions options;
    QList<PcapRecord> records;
};

inline std::uint32_t readU32(const QByteArray& in, qsizetype at, ByteOrder order)
{
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const auto byte = static_cast<std::uint32_t>(static_cast<unsigned char>(in[at + i]));
        value |= order == ByteOrder::Little ? byte << (8 * i) : byte << (8 * (3 - i));
    }
    return value;
}

/// Every record of a classic pcap file (either byte order, micro or nano), or ok == false.
/// pcapFile(contents.records, contents.options) writes the same file back.
inline PcapContents readPcap(const QByteArray& file)
{
    PcapContents contents;
    if (file.size() < 24)
        return contents;
    const std::uint32_t magic = readU32(file, 0, ByteOrder::Little);
    auto& o = contents.options;
    if (magic == 0xa1b2c3d4 || magic == 0xa1b23c4d) {
        o.byteOrder = ByteOrder::Little;
    } else if (magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1) {
        o.byteOrder = ByteOrder::Big;
    } else {
        return contents;
    }
    o.precision = readU32(file, 0, o.byteOrder) == 0xa1b23c4d ? Precision::Nano : Precision::Micro;
    o.snaplen = readU32(file, 16, o.byteOrder);
    o.linkType = static_cast<int>(readU32(file, 20, o.byteOrder) & 0x0fffffff);
    qsizetype at = 24;
    while (at + 16 <= file.size()) {
        PcapRecord record;
        record.seconds = readU32(file, at, o.byteOrder);
        record.fraction = readU32(file, at + 4, o.byteOrder);
        const auto captured = readU32(file, at + 8, o.byteOrder);
        record.wireLength = readU32(file, at + 12, o.byteOrder);
        if (at + 16 + captured > file.size())
            return contents;
        record.bytes = file.mid(at + 16, captured);
        contents.records << record;
        at += 16 + captured;
    }
    contents.ok = at == file.size();
    return contents;
}

inline std::uint16_t getBe16(const QByteArray& in, qsizetype at)
{
    return static_cast<std::uint16_t>((static_cast<unsigned char>(in[at]) << 8) | static_cast<unsigned char>(in[at + 1]));
}

inline std::uint32_t getBe32(const QByteArray& in, qsizetype at)
{
    return (std::uint32_t{getBe16(in, at)} << 16) | getBe16(in, at + 2);
}

/// RFC 1624 incremental update of an Internet checksum when one 16-bit word changes from
/// `before` to `after` (works on segments cut short by the snaplen).
inline std::uint16_t updatedChecksum(std::uint16_t checksum, std::uint16_t before, std::uint16_t after)
{
    std::uint32_t sum = static_cast<std::uint16_t>(~checksum) + std::uint32_t{static_cast<std::uint16_t>(~before)} + after;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum & 0xffff);
}

/// Writes a 32-bit big-endian field and updates the 16-bit checksum stored at `checksumAt` to match.
inline void replaceBe32KeepingChecksum(QByteArray& frame, qsizetype at, std::uint32_t value, qsizetype checksumAt)
{
    std::uint16_t checksum = getBe16(frame, checksumAt);
    for (int half = 0; half < 2; ++half) {
        const auto before = getBe16(frame, at + 2 * half);
        const auto after = static_cast<std::uint16_t>(half == 0 ? value >> 16 : value & 0xffff);
        checksum = updatedChecksum(checksum, before, after);
        putBe16(frame, at + 2 * half, after);
    }
    putBe16(frame, checksumAt, checksum);
}

} // namespace tcplens::test
