#pragma once
// The sidecar file that keeps a capture's kernel tcp_info samples: CAPTURE.tcpinfo.csv next to
// the capture (e.g. lab.pcapng -> lab.pcapng.tcpinfo.csv). Plain CSV so a spreadsheet opens it:
//
//   # tcplens kernel tcp_info samples, format 1
//   time_ns,local,remote,state,ca_state,cc,snd_mss,cwnd,cwnd_bytes,ssthresh,srtt_us,...
//
// time_ns is CLOCK_REALTIME in nanoseconds since the epoch, the clock of the capture's packet
// timestamps; local and remote are endpoints as "10.0.0.1:80" or "[fd77::1]:80"; cwnd and
// ssthresh are in segments (ssthresh empty while the kernel has none); rates in bytes per second;
// busy_time_us, rwnd_limited_us and sndbuf_limited_us are the kernel's cumulative microseconds
// (ss -ti's busy:, rwnd_limited:, sndbuf_limited:), delivery_rate_app_limited 0 or 1 (sidecars
// written before these columns existed lack them: their split is unavailable, the rest loads).
// An empty field is one the kernel did not report. Columns are found by name, so a reader
// ignores columns it does not know. The writer flushes after every batch, so a capture that was
// killed keeps its samples up to the last whole line.

#include "TcpInfoSample.h"

#include <cstdio>
#include <span>
#include <string_view>
#include <string>
#include <vector>

namespace tcplens {

/// "CAPTURE.tcpinfo.csv".
[[nodiscard]] std::string tcpInfoSidecarPath(const std::string& capturePath);

/// Save As for the sidecar: copies CAPTURE.tcpinfo.csv of `fromCapture` beside `toCapture`, or
/// removes a stale one there when `fromCapture` has none; false with `error` on failure.
bool copyTcpInfoSidecar(const std::string& fromCapture, const std::string& toCapture, std::string& error);

/// The header line (no newline) and one row (no newline).
[[nodiscard]] std::string tcpInfoCsvHeader();
[[nodiscard]] std::string tcpInfoCsvRow(const TcpInfoSample& sample);

class TcpInfoCsvWriter {
public:
    TcpInfoCsvWriter() = default;
    ~TcpInfoCsvWriter();
    TcpInfoCsvWriter(const TcpInfoCsvWriter&) = delete;
    TcpInfoCsvWriter& operator=(const TcpInfoCsvWriter&) = delete;

    /// Creates (truncates) the file and writes the header; false with `error` set on failure.
    bool open(const std::string& path, std::string& error);
    /// Appends the samples and flushes; false (and error()) once a write failed (disk full).
    bool write(std::span<const TcpInfoSample> samples);
    void close();
    [[nodiscard]] bool isOpen() const noexcept { return file_ != nullptr; }
    [[nodiscard]] const std::string& error() const noexcept { return error_; }
    [[nodiscard]] std::uint64_t rowsWritten() const noexcept { return rows_; }

private:
    std::FILE* file_ = nullptr;
    std::string path_;
    std::string error_;
    std::uint64_t rows_ = 0;
};

struct TcpInfoCsvContents {
    std::vector<TcpInfoSample> samples;
    std::string error; ///< "" when the file was read whole; else names the file, line and problem.
};

/// Reads a sidecar file. A missing file gives no samples and no error (`exists` false); a line
/// that does not parse stops the read with an error naming it, keeping the samples before it.
/// A last line without its newline (the writer was killed mid-line) is dropped silently.
[[nodiscard]] TcpInfoCsvContents readTcpInfoCsv(const std::string& path, bool* exists = nullptr);
/// The same from text already in memory (`name` is used in error messages).
[[nodiscard]] TcpInfoCsvContents parseTcpInfoCsv(std::string_view text, const std::string& name);

/// Reads a sidecar that is still being written (a live capture's), a poll at a time: each poll
/// returns the rows completed since the last one, never a half-written line.
class TcpInfoCsvFollower {
public:
    explicit TcpInfoCsvFollower(std::string path) : path_(std::move(path)) {}
    /// Appends the new samples to `out`; false with `error` set when the file does not parse
    /// (a missing file is not an error: it may not exist yet).
    bool poll(std::vector<TcpInfoSample>& out, std::string& error);
    [[nodiscard]] const std::string& path() const noexcept { return path_; }

private:
    std::string path_;
    std::string header_;        ///< The column line, once read.
    std::uint64_t offset_ = 0;  ///< Bytes consumed (whole lines only).
    std::size_t lines_ = 0;     ///< Lines consumed, for error messages.
};

} // namespace tcplens
