#include "FollowWriter.h"

#include <cstdio>
#include <ostream>

namespace tcplens {
namespace {

constexpr std::string_view kSeparator = "===================================================================\n";
constexpr char kHexDigits[] = "0123456789abcdef";

std::string base64(std::span<const std::uint8_t> bytes)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string text;
    text.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = (bytes[i] << 16U) | (bytes[i + 1] << 8U) | bytes[i + 2];
        text += kAlphabet[(v >> 18U) & 63U];
        text += kAlphabet[(v >> 12U) & 63U];
        text += kAlphabet[(v >> 6U) & 63U];
        text += kAlphabet[v & 63U];
    }
    if (const auto rest = bytes.size() - i; rest > 0) {
        const std::uint32_t v = (bytes[i] << 16U) | (rest == 2 ? bytes[i + 1] << 8U : 0U);
        text += kAlphabet[(v >> 18U) & 63U];
        text += kAlphabet[(v >> 12U) & 63U];
        text += rest == 2 ? kAlphabet[(v >> 6U) & 63U] : '=';
        text += '=';
    }
    return text;
}

} // namespace

std::optional<FollowFormat> parseFollowFormat(std::string_view name)
{
    if (name == "ascii")
        return FollowFormat::Ascii;
    if (name == "hex")
        return FollowFormat::Hex;
    if (name == "raw")
        return FollowFormat::Raw;
    if (name == "yaml")
        return FollowFormat::Yaml;
    if (name == "c" || name == "carray")
        return FollowFormat::CArray;
    if (name == "binary")
        return FollowFormat::Binary;
    return std::nullopt;
}

const char* followFormatName(FollowFormat format) noexcept
{
    switch (format) {
    case FollowFormat::Ascii: return "ascii";
    case FollowFormat::Hex: return "hex";
    case FollowFormat::Raw: return "raw";
    case FollowFormat::Yaml: return "yaml";
    case FollowFormat::CArray: return "c";
    case FollowFormat::Binary: return "binary";
    }
    return "?";
}

std::string followNodeText(const FollowPeers& peers, int node)
{
    if (!peers.known)
        return ":0";
    const auto& endpoint = peers.node[node];
    const auto address = endpoint.address.toString();
    return (endpoint.address.family == 6 ? "[" + address + "]" : address) + ":" + std::to_string(endpoint.port);
}

std::string followHexLine(std::uint64_t offset, std::span<const std::uint8_t> bytes)
{
    // Offset, two spaces, 16 x "xx " plus one, two spaces, then the text: tshark's columns.
    constexpr std::size_t hexStart = 10;
    constexpr std::size_t textStart = hexStart + 16 * 3 + 2;
    char start[24];
    std::snprintf(start, sizeof start, "%08llX", static_cast<unsigned long long>(offset & 0xffffffffULL));
    std::string line(textStart + 17, ' ');
    line.replace(0, 8, start);
    std::size_t hex = hexStart;
    std::size_t text = textStart;
    for (std::size_t i = 0; i < bytes.size() && i < 16; ++i) {
        const auto byte = bytes[i];
        line[hex++] = kHexDigits[byte >> 4U];
        line[hex++] = kHexDigits[byte & 15U];
        ++hex;
        line[text++] = byte >= 0x20 && byte < 0x7f ? static_cast<char>(byte) : '.';
        if (i == 7) {
            ++hex;
            line[text++] = ' ';
        }
    }
    if (line[text - 1] == ' ')
        --text;
    line.resize(text);
    return line;
}

FollowWriter::FollowWriter(std::ostream& out, FollowFormat format, std::uint32_t stream)
    : out_(out), format_(format), stream_(stream)
{
}

void FollowWriter::header(const FollowPeers& peers)
{
    if (headerWritten_)
        return;
    headerWritten_ = true;
    switch (format_) {
    case FollowFormat::Ascii:
    case FollowFormat::Hex:
    case FollowFormat::Raw:
        out_ << '\n' << kSeparator << "Follow: tcp," << followFormatName(format_) << "\nFilter: tcp.stream eq "
             << stream_ << "\nNode 0: " << followNodeText(peers, 0) << "\nNode 1: " << followNodeText(peers, 1) << '\n';
        break;
    case FollowFormat::Yaml:
        out_ << "peers:\n";
        for (int node = 0; node < 2; ++node)
            out_ << "  - peer: " << node << "\n    host: " << (peers.known ? peers.node[node].address.toString() : "")
                 << "\n    port: " << (peers.known ? peers.node[node].port : 0) << '\n';
        out_ << "packets:\n";
        break;
    case FollowFormat::CArray:
    case FollowFormat::Binary:
        break;
    }
}

void FollowWriter::chunk(const FollowChunk& chunk, const FollowPeers& peers)
{
    header(peers);
    const int node = chunk.node;
    std::string gapText;
    auto bytes = chunk.bytes;
    if (chunk.isGap()) {
        if (format_ == FollowFormat::Binary)
            return;
        gapText = followGapText(chunk.missing);
        bytes = {reinterpret_cast<const std::uint8_t*>(gapText.data()), gapText.size()};
    }
    const char* indent = node == 1 ? "\t" : "";
    line_.clear();
    switch (format_) {
    case FollowFormat::Ascii:
        line_ += indent;
        line_ += std::to_string(bytes.size());
        line_ += '\n';
        for (const auto byte : bytes)
            line_ += followAsciiChar(byte);
        line_ += '\n';
        break;
    case FollowFormat::Hex:
        for (std::size_t at = 0; at < bytes.size(); at += 16) {
            line_ += indent;
            line_ += followHexLine(offset_[node] + at, bytes.subspan(at, std::min<std::size_t>(16, bytes.size() - at)));
            line_ += '\n';
        }
        break;
    case FollowFormat::Raw:
        line_ += indent;
        for (const auto byte : bytes) {
            line_ += kHexDigits[byte >> 4U];
            line_ += kHexDigits[byte & 15U];
        }
        line_ += '\n';
        break;
    case FollowFormat::Yaml: {
        const double seconds = static_cast<double>(chunk.timestampNs / 1'000'000'000)
                             + static_cast<double>(chunk.timestampNs % 1'000'000'000) / 1e9;
        char time[64];
        std::snprintf(time, sizeof time, "%.9f", seconds);
        line_ += "  - packet: " + std::to_string(chunk.frame) + "\n    peer: " + std::to_string(node)
               + "\n    timestamp: " + time + "\n    data: !!binary |\n";
        for (std::size_t at = 0; at < bytes.size(); at += 57)
            line_ += "      " + base64(bytes.subspan(at, std::min<std::size_t>(57, bytes.size() - at))) + "\n";
        break;
    }
    case FollowFormat::CArray:
        line_ += "char peer" + std::to_string(node) + "_" + std::to_string(count_[node]++) + "[] = { /* Packet "
               + std::to_string(chunk.frame) + " */\n";
        for (std::size_t at = 0; at < bytes.size(); at += 8) {
            const auto end = std::min<std::size_t>(at + 8, bytes.size());
            for (std::size_t i = at; i < end; ++i) {
                line_ += "0x";
                line_ += kHexDigits[bytes[i] >> 4U];
                line_ += kHexDigits[bytes[i] & 15U];
                if (i + 1 < bytes.size())
                    line_ += ',';
                line_ += ' ';
            }
            if (end == bytes.size())
                line_ += "};";
            line_ += '\n';
        }
        break;
    case FollowFormat::Binary:
        out_.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        break;
    }
    offset_[node] += bytes.size();
    out_ << line_;
}

void FollowWriter::finish(const FollowPeers& peers)
{
    header(peers);
    if (format_ == FollowFormat::Ascii || format_ == FollowFormat::Hex || format_ == FollowFormat::Raw)
        out_ << kSeparator;
}

} // namespace tcplens
