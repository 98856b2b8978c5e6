#include "SeriesCsv.h"

#include "../decode/DecodedPacket.h"

#include <cstdio>

namespace tcplens {
namespace {

/// Appends `value` with printf `format`, then a separator.
template <typename T>
void put(std::string& out, const char* format, T value, char separator = ',')
{
    char buf[48];
    const int n = std::snprintf(buf, sizeof buf, format, value);
    out.append(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
    out += separator;
}

void putTime(std::string& out, double seconds) { put(out, "%.9f", seconds); }

void tsgCsv(std::string& out, const TimeSequenceSeries& s)
{
    out += "series,time_s,frame,seq,end,label\n";
    for (const auto& p : s.segments) {
        out += "segment,";
        putTime(out, p.time);
        out += std::to_string(p.frame) + ',' + std::to_string(p.seq) + ',' + std::to_string(p.seq + p.len) + ',';
        out += segmentKindName(p.kind);
        if (p.tcpFlags & tcpflag::Syn)
            out += "+syn";
        if (p.tcpFlags & tcpflag::Fin)
            out += "+fin";
        out += '\n';
    }
    for (const auto& p : s.acks) {
        out += "ack,";
        putTime(out, p.time);
        out += std::to_string(p.frame) + ',' + std::to_string(p.ack) + ",,\n";
    }
    for (const auto& p : s.windowEdge) {
        out += "window,";
        putTime(out, p.time);
        out += std::to_string(p.frame) + ",," + std::to_string(p.edge) + ",\n";
    }
    for (const auto& p : s.sacks) {
        out += "sack,";
        putTime(out, p.time);
        out += std::to_string(p.frame) + ',' + std::to_string(p.left) + ',' + std::to_string(p.right) + ",\n";
    }
    for (const auto& e : s.events) {
        out += "event,";
        putTime(out, e.time);
        out += std::to_string(e.frame) + ',' + std::to_string(e.seq) + ",,";
        out += eventKindName(e.kind);
        if (e.kind == EventKind::DuplicateAck)
            out += '#' + std::to_string(e.dupAckNumber);
        out += '\n';
    }
}

void valuesCsv(std::string& out, const char* series, const std::vector<ValuePoint>& points)
{
    for (const auto& p : points) {
        out += series;
        out += ',';
        putTime(out, p.time);
        out += std::to_string(p.frame) + ',' + std::to_string(p.value) + '\n';
    }
}

void throughputCsv(std::string& out, const ThroughputSeries& s)
{
    out += "time_s,frame,len,throughput_bps,goodput_bps\n";
    for (const auto& p : s.points) {
        putTime(out, p.time);
        out += std::to_string(p.frame) + ',' + std::to_string(p.len) + ',';
        put(out, "%.1f", p.throughput);
        put(out, "%.1f", p.goodput, '\n');
    }
}

void rttCsv(std::string& out, const RttSeries& s)
{
    out += "source,time_s,frame,rtt_s,seq\n";
    for (const auto& p : s.ack) {
        out += "ack,";
        putTime(out, p.time);
        out += std::to_string(p.frame) + ',';
        putTime(out, p.rtt);
        out += std::to_string(p.seq) + '\n';
    }
    for (const auto& p : s.timestamp) {
        out += "timestamp,";
        putTime(out, p.time);
        out += std::to_string(p.frame) + ',';
        putTime(out, p.rtt);
        out += '\n';
    }
}

void cwndCsv(std::string& out, const CwndSeries& s)
{
    out += "series,time_s,end_s,frame,bytes,label\n";
    for (const auto& p : s.points) {
        out += "point,";
        putTime(out, p.time);
        out += ',' + std::to_string(p.frame) + ',' + std::to_string(p.flight) + ',';
        out += congestionPhaseName(p.phase);
        out += '\n';
    }
    for (const auto& l : s.losses) {
        out += "loss,";
        putTime(out, l.time);
        if (l.recoveredAt >= 0) {
            putTime(out, l.recoveredAt);
            out.pop_back(); // end_s is followed by the ',' below
        }
        out += ',' + std::to_string(l.frame) + ',' + std::to_string(l.flightAtLoss) + ',';
        out += lossKindName(l.kind);
        out += '\n';
    }
    for (const auto& p : s.ssthresh) {
        out += "ssthresh,";
        putTime(out, p.time);
        out += ',' + std::to_string(p.frame) + ',' + std::to_string(p.value) + ",\n";
    }
    for (const auto& r : s.rounds) {
        out += "round,";
        putTime(out, r.start);
        putTime(out, r.end);
        out += ',' + std::to_string(r.maxFlight) + ',';
        out += congestionPhaseName(r.phase);
        out += '\n';
    }
    for (const auto& span : phaseSpans(s)) {
        out += "phase,";
        putTime(out, span.start);
        putTime(out, span.end);
        out += ",,";
        out += congestionPhaseName(span.phase);
        out += '\n';
    }
}

void modelCsv(std::string& out, const StreamSeriesBuilder& builder, Direction data)
{
    const auto input = captureModelInput(builder.congestion(data), builder.mss(data));
    const auto model = textbookModel(input.params);
    out += "round,start_s,measured_flight_mss,phase,tahoe_cwnd,tahoe_ssthresh,reno_cwnd,reno_ssthresh,loss\n";
    for (std::size_t i = 0; i < model.size(); ++i) {
        const auto& m = model[i];
        out += std::to_string(m.round) + ',';
        if (i < input.rounds.size()) {
            putTime(out, input.rounds[i].start);
            put(out, "%.3f", input.rounds[i].flightMss);
            out += congestionPhaseName(input.rounds[i].phase);
            out += ',';
        } else {
            out += ",,,";
        }
        put(out, "%g", m.tahoeCwnd);
        put(out, "%g", m.tahoeSsthresh);
        put(out, "%g", m.renoCwnd);
        put(out, "%g", m.renoSsthresh);
        if (m.loss)
            out += textbookLossName(*m.loss);
        out += '\n';
    }
}

} // namespace

std::string_view seriesKindName(SeriesKind kind) noexcept
{
    switch (kind) {
    case SeriesKind::Tsg: return "tsg";
    case SeriesKind::Window: return "window";
    case SeriesKind::Throughput: return "throughput";
    case SeriesKind::Rtt: return "rtt";
    case SeriesKind::Cwnd: return "cwnd";
    case SeriesKind::Model: return "model";
    }
    return "tsg";
}

std::optional<SeriesKind> parseSeriesKind(std::string_view text) noexcept
{
    for (const auto kind : {SeriesKind::Tsg, SeriesKind::Window, SeriesKind::Throughput, SeriesKind::Rtt,
                            SeriesKind::Cwnd, SeriesKind::Model}) {
        if (seriesKindName(kind) == text)
            return kind;
    }
    return std::nullopt;
}

std::optional<Direction> parseDirection(std::string_view text) noexcept
{
    if (text == "c2s")
        return Direction::ClientToServer;
    if (text == "s2c")
        return Direction::ServerToClient;
    return std::nullopt;
}

std::string seriesCsv(const StreamSeriesBuilder& builder, Direction data, SeriesKind kind, double throughputWindow)
{
    std::string out;
    switch (kind) {
    case SeriesKind::Tsg:
        tsgCsv(out, builder.timeSequence(data));
        break;
    case SeriesKind::Window:
        out += "series,time_s,frame,bytes\n";
        valuesCsv(out, "rwnd", builder.windows(data).receiveWindow);
        valuesCsv(out, "flight", builder.windows(data).bytesInFlight);
        break;
    case SeriesKind::Throughput:
        throughputCsv(out, builder.throughput(data, throughputWindow));
        break;
    case SeriesKind::Rtt:
        rttCsv(out, builder.rtt(data));
        break;
    case SeriesKind::Cwnd:
        cwndCsv(out, builder.congestion(data));
        break;
    case SeriesKind::Model:
        modelCsv(out, builder, data);
        break;
    }
    return out;
}

std::string windowChartCsv(const StreamSeriesBuilder& builder, Direction data)
{
    std::string out;
    cwndCsv(out, builder.congestion(data));
    const auto header = out.find('\n') + 1;
    std::string rows;
    for (const auto& [name, points] : {std::pair{"rwnd", &builder.windows(data).receiveWindow},
                                      std::pair{"flight", &builder.windows(data).bytesInFlight}}) {
        for (const auto& p : *points) {
            rows += name;
            rows += ',';
            putTime(rows, p.time);
            rows += ',' + std::to_string(p.frame) + ',' + std::to_string(p.value) + ",\n";
        }
    }
    out.insert(header, rows);
    return out;
}

std::string textbookCsv(const std::vector<TextbookRound>& rounds)
{
    std::string out = "round,tahoe_cwnd,tahoe_ssthresh,reno_cwnd,reno_ssthresh,loss\n";
    for (const auto& m : rounds) {
        out += std::to_string(m.round) + ',';
        put(out, "%g", m.tahoeCwnd);
        put(out, "%g", m.tahoeSsthresh);
        put(out, "%g", m.renoCwnd);
        put(out, "%g", m.renoSsthresh);
        if (m.loss)
            out += textbookLossName(*m.loss);
        out += '\n';
    }
    return out;
}

} // namespace tcplens
