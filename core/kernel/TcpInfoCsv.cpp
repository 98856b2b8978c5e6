#include "TcpInfoCsv.h"

#include "../tcp/Conversation.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <iterator>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace tcplens {
namespace {

constexpr std::string_view kMagic = "# tcplens kernel tcp_info samples, format 1";

enum Column : std::uint8_t {
    TimeNs, Local, Remote, State, CaState, Cc, SndMss, Cwnd, CwndBytes, Ssthresh, SsthreshBytes, SrttUs, RttvarUs,
    MinRttUs, RtoUs, Unacked, Sacked, Lost, Retrans, TotalRetrans, BytesInFlight, PacingRate, DeliveryRate,
    BytesAcked, BytesSent, BytesRetrans, SndWnd, BusyTimeUs, RwndLimitedUs, SndbufLimitedUs, DeliveryRateAppLimited,
    ColumnCount
};

constexpr std::array<std::string_view, ColumnCount> kColumns = {
    "time_ns",    "local",        "remote",         "state",       "ca_state",      "cc",
    "snd_mss",    "cwnd",         "cwnd_bytes",     "ssthresh",    "ssthresh_bytes", "srtt_us",
    "rttvar_us",  "min_rtt_us",   "rto_us",         "unacked",     "sacked",        "lost",
    "retrans",    "total_retrans", "bytes_in_flight", "pacing_rate", "delivery_rate", "bytes_acked",
    "bytes_sent", "bytes_retrans", "snd_wnd", "busy_time_us", "rwnd_limited_us", "sndbuf_limited_us",
    "delivery_rate_app_limited"};

/// Columns a row must have; derived ones (cwnd_bytes, ...) are written for people, not read.
constexpr std::array kRequired = {TimeNs, Local, Remote, SndMss, Cwnd};

template <typename T>
std::string optionalNumber(bool present, T value)
{
    return present ? std::to_string(value) : std::string();
}

std::vector<std::string_view> splitCommas(std::string_view line)
{
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (;;) {
        const auto comma = line.find(',', start);
        fields.push_back(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (comma == std::string_view::npos)
            return fields;
        start = comma + 1;
    }
}

template <typename T>
bool parseNumber(std::string_view text, T& out)
{
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end && !text.empty();
}

std::optional<std::uint8_t> parseStateName(std::string_view text, bool ca)
{
    for (unsigned i = 0; i < 16; ++i)
        if ((ca ? caStateName(static_cast<std::uint8_t>(i)) : tcpStateName(static_cast<std::uint8_t>(i))) == text)
            return static_cast<std::uint8_t>(i);
    std::uint8_t number = 0;
    if (parseNumber(text, number))
        return number;
    return std::nullopt;
}

} // namespace

std::string tcpInfoSidecarPath(const std::string& capturePath) { return capturePath + ".tcpinfo.csv"; }

bool copyTcpInfoSidecar(const std::string& fromCapture, const std::string& toCapture, std::string& error)
{
    const auto from = tcpInfoSidecarPath(fromCapture);
    const auto to = tcpInfoSidecarPath(toCapture);
    std::error_code ec;
    if (!std::filesystem::exists(from, ec)) {
        std::filesystem::remove(to, ec); // another capture's samples must not pass for this one's
        return true;
    }
    const auto partial = to + ".part";
    if (!std::filesystem::copy_file(from, partial, std::filesystem::copy_options::overwrite_existing, ec)
        || (std::filesystem::rename(partial, to, ec), ec)) {
        error = "cannot write " + to + ": " + ec.message();
        std::filesystem::remove(partial, ec);
        return false;
    }
    return true;
}

std::string tcpInfoCsvHeader()
{
    std::string header;
    for (const auto name : kColumns) {
        if (!header.empty())
            header += ',';
        header += name;
    }
    return header;
}

std::string tcpInfoCsvRow(const TcpInfoSample& s)
{
    using namespace tcpinfo;
    const std::array<std::string, ColumnCount> fields = {
        std::to_string(s.timestampNs),
        endpointText(s.local),
        endpointText(s.remote),
        tcpStateName(s.state),
        caStateName(s.caState),
        s.congestionControl,
        std::to_string(s.sndMss),
        std::to_string(s.cwnd),
        std::to_string(s.cwndBytes()),
        optionalNumber(s.ssthreshSet(), s.ssthresh),
        optionalNumber(s.ssthreshSet(), s.ssthreshBytes()),
        std::to_string(s.srttUs),
        std::to_string(s.rttvarUs),
        optionalNumber(s.hasField(kMinRtt), s.minRttUs),
        std::to_string(s.rtoUs),
        std::to_string(s.unacked),
        std::to_string(s.sacked),
        std::to_string(s.lost),
        std::to_string(s.retrans),
        std::to_string(s.totalRetrans),
        std::to_string(s.bytesInFlight()),
        optionalNumber(s.hasField(kPacingRate), s.pacingRate),
        optionalNumber(s.hasField(kDeliveryRate), s.deliveryRate),
        optionalNumber(s.hasField(kBytesAcked), s.bytesAcked),
        optionalNumber(s.hasField(kBytesSent), s.bytesSent),
        optionalNumber(s.hasField(kBytesSent), s.bytesRetrans),
        optionalNumber(s.hasField(kSndWnd), s.sndWnd),
        optionalNumber(s.hasField(kChrono), s.busyTimeUs),
        optionalNumber(s.hasField(kChrono), s.rwndLimitedUs),
        optionalNumber(s.hasField(kChrono), s.sndbufLimitedUs),
        optionalNumber(s.hasField(kAppLimited), s.deliveryRateAppLimited ? 1 : 0),
    };
    std::string row;
    for (const auto& field : fields) {
        if (!row.empty() || &field != fields.data())
            row += ',';
        row += field;
    }
    return row;
}

TcpInfoCsvWriter::~TcpInfoCsvWriter() { close(); }

bool TcpInfoCsvWriter::open(const std::string& path, std::string& error)
{
    close();
    file_ = std::fopen(path.c_str(), "w");
    if (!file_) {
        error = "cannot write " + path + ": " + std::strerror(errno);
        return false;
    }
    path_ = path;
    error_.clear();
    rows_ = 0;
    const auto header = std::string(kMagic) + '\n' + tcpInfoCsvHeader() + '\n';
    if (std::fputs(header.c_str(), file_) < 0 || std::fflush(file_) != 0) {
        error = "cannot write " + path + ": " + std::strerror(errno);
        close();
        return false;
    }
    return true;
}

bool TcpInfoCsvWriter::write(std::span<const TcpInfoSample> samples)
{
    if (!file_ || !error_.empty())
        return false;
    std::string text;
    for (const auto& sample : samples) {
        text += tcpInfoCsvRow(sample);
        text += '\n';
    }
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size() || std::fflush(file_) != 0) {
        error_ = "cannot write " + path_ + ": " + std::strerror(errno);
        return false;
    }
    rows_ += samples.size();
    return true;
}

void TcpInfoCsvWriter::close()
{
    if (file_)
        std::fclose(file_);
    file_ = nullptr;
}

TcpInfoCsvContents parseTcpInfoCsv(std::string_view text, const std::string& name)
{
    TcpInfoCsvContents result;
    std::array<int, ColumnCount> at{};
    at.fill(-1);
    bool headerSeen = false;
    std::size_t lineNumber = 0;
    std::size_t start = 0;
    const auto fail = [&](const std::string& why) {
        result.error = name + ", line " + std::to_string(lineNumber) + ": " + why;
        return result;
    };
    while (start < text.size()) {
        const auto newline = text.find('\n', start);
        if (newline == std::string_view::npos && headerSeen)
            break; // the writer was cut off mid-line
        auto line = text.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start);
        start = newline == std::string_view::npos ? text.size() : newline + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        const auto fields = splitCommas(line);
        if (!headerSeen) {
            for (std::size_t i = 0; i < fields.size(); ++i)
                for (std::size_t c = 0; c < ColumnCount; ++c)
                    if (fields[i] == kColumns[c])
                        at[c] = static_cast<int>(i);
            for (const auto required : kRequired)
                if (at[required] < 0)
                    return fail("not a tcp_info sidecar: the header has no \"" + std::string(kColumns[required])
                                + "\" column");
            headerSeen = true;
            continue;
        }
        const auto field = [&](Column c) -> std::string_view {
            const auto i = at[c];
            return i >= 0 && static_cast<std::size_t>(i) < fields.size() ? fields[static_cast<std::size_t>(i)]
                                                                          : std::string_view();
        };
        TcpInfoSample s;
        bool ok = parseNumber(field(TimeNs), s.timestampNs) && parseNumber(field(SndMss), s.sndMss)
               && parseNumber(field(Cwnd), s.cwnd);
        const auto local = parseEndpoint(field(Local));
        const auto remote = parseEndpoint(field(Remote));
        if (!ok || !local || !remote)
            return fail("expected a time, two endpoints, snd_mss and cwnd, found \"" + std::string(line) + "\"");
        s.local = *local;
        s.remote = *remote;
        // Optional columns: empty (or absent) leaves the field unset.
        const auto number = [&](Column c, auto& out, std::uint32_t bit = 0) {
            const auto text = field(c);
            if (text.empty())
                return true;
            if (!parseNumber(text, out))
                return false;
            s.has |= bit;
            return true;
        };
        using namespace tcpinfo;
        ok = number(Ssthresh, s.ssthresh) && number(SrttUs, s.srttUs) && number(RttvarUs, s.rttvarUs)
          && number(MinRttUs, s.minRttUs, kMinRtt) && number(RtoUs, s.rtoUs) && number(Unacked, s.unacked)
          && number(Sacked, s.sacked) && number(Lost, s.lost) && number(Retrans, s.retrans)
          && number(TotalRetrans, s.totalRetrans) && number(PacingRate, s.pacingRate, kPacingRate)
          && number(DeliveryRate, s.deliveryRate, kDeliveryRate) && number(BytesAcked, s.bytesAcked, kBytesAcked)
          && number(BytesSent, s.bytesSent, kBytesSent) && number(BytesRetrans, s.bytesRetrans)
          && number(SndWnd, s.sndWnd, kSndWnd);
        // The chronograph's three columns come together (a row with only some is damaged).
        const bool chrono = !field(BusyTimeUs).empty() || !field(RwndLimitedUs).empty() || !field(SndbufLimitedUs).empty();
        if (ok && chrono) {
            ok = parseNumber(field(BusyTimeUs), s.busyTimeUs) && parseNumber(field(RwndLimitedUs), s.rwndLimitedUs)
              && parseNumber(field(SndbufLimitedUs), s.sndbufLimitedUs);
            s.has |= kChrono;
        }
        if (ok && !field(DeliveryRateAppLimited).empty()) {
            unsigned flag = 2;
            ok = parseNumber(field(DeliveryRateAppLimited), flag) && flag <= 1;
            s.deliveryRateAppLimited = flag == 1;
            s.has |= kAppLimited;
        }
        if (!ok)
            return fail("a number field does not parse in \"" + std::string(line) + "\"");
        if (!field(State).empty()) {
            const auto state = parseStateName(field(State), false);
            if (!state)
                return fail("unknown TCP state \"" + std::string(field(State)) + "\"");
            s.state = *state;
        }
        if (!field(CaState).empty()) {
            const auto caState = parseStateName(field(CaState), true);
            if (!caState)
                return fail("unknown congestion state \"" + std::string(field(CaState)) + "\"");
            s.caState = *caState;
        }
        s.congestionControl = std::string(field(Cc));
        result.samples.push_back(std::move(s));
    }
    if (!headerSeen && result.error.empty() && lineNumber > 0)
        result.error = name + ": not a tcp_info sidecar (no header line)";
    return result;
}

TcpInfoCsvContents readTcpInfoCsv(const std::string& path, bool* exists)
{
    std::error_code ec;
    const bool present = std::filesystem::exists(path, ec);
    if (exists)
        *exists = present;
    if (!present)
        return {};
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        TcpInfoCsvContents none;
        none.error = "cannot read " + path + ": " + std::strerror(errno);
        return none;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseTcpInfoCsv(text.str(), path);
}

bool TcpInfoCsvFollower::poll(std::vector<TcpInfoSample>& out, std::string& error)
{
    std::ifstream in(path_, std::ios::binary);
    if (!in)
        return true; // not there yet
    in.seekg(static_cast<std::streamoff>(offset_));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto end = text.rfind('\n');
    if (end == std::string::npos)
        return true; // no whole new line yet
    text.resize(end + 1);
    std::size_t start = 0;
    if (header_.empty()) {
        // Comment lines, then the header; both are consumed once.
        while (start < text.size()) {
            const auto newline = text.find('\n', start);
            const std::string_view line(text.data() + start, newline - start);
            start = newline + 1;
            ++lines_;
            if (line.empty() || line.front() == '#')
                continue;
            header_ = std::string(line);
            break;
        }
        if (header_.empty()) {
            offset_ += start;
            return true;
        }
    }
    const std::string_view rows(text.data() + start, text.size() - start);
    auto parsed = parseTcpInfoCsv(header_ + "\n" + std::string(rows), path_);
    if (!parsed.error.empty()) {
        // Line numbers of the chunk start after the header line.
        const auto at = parsed.error.find(", line ");
        if (at != std::string::npos) {
            const auto number = std::strtoull(parsed.error.c_str() + at + 7, nullptr, 10);
            const auto rest = parsed.error.find(':', at);
            error = path_ + ", line " + std::to_string(lines_ + number - 1)
                  + (rest == std::string::npos ? std::string() : parsed.error.substr(rest));
        } else {
            error = parsed.error;
        }
        return false;
    }
    out.insert(out.end(), std::make_move_iterator(parsed.samples.begin()), std::make_move_iterator(parsed.samples.end()));
    lines_ += static_cast<std::size_t>(std::count(rows.begin(), rows.end(), '\n'));
    offset_ += text.size();
    return true;
}

} // namespace tcplens
