// reportJson: the report's numbers under stable keys (README, "Conversation report").
#include "../export/JsonText.h"
#include "../export/KernelLimitText.h"
#include "../export/LimitText.h"
#include "ReportAnswers.h"
#include "ReportWriter.h"

#include <cstdio>
#include <sstream>

namespace tcplens {
namespace {

/// Seconds with nanosecond digits; null for the -1 "none" sentinel.
std::string secondsOrNull(double value)
{
    if (value < 0)
        return "null";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.9f", value);
    return buffer;
}

std::string frameOrNull(std::uint32_t frame) { return frame == 0 ? "null" : std::to_string(frame); }
std::string intOrNull(std::int64_t value) { return value < 0 ? "null" : std::to_string(value); }

std::string frames(const std::vector<std::uint32_t>& list)
{
    std::string out = "[";
    for (std::size_t i = 0; i < list.size(); ++i)
        out += (i ? "," : "") + std::to_string(list[i]);
    return out + "]";
}

std::string endpoint(const Endpoint& e)
{
    return "{\"address\":" + jsonQuoted(e.address.toString()) + ",\"port\":" + std::to_string(e.port) + "}";
}

std::string flagsHex(std::uint16_t flags)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "\"0x%03x\"", flags);
    return buffer;
}

const char* slowStartName(SlowStartEnd end) noexcept
{
    switch (end) {
    case SlowStartEnd::NoData: return "no_data";
    case SlowStartEnd::Loss: return "loss";
    case SlowStartEnd::NotSeen: return "not_seen";
    }
    return "no_data";
}

void direction(std::ostream& out, const ReportDirection& d, NarrationLanguage language)
{
    const bool c2s = d.direction == Direction::ClientToServer;
    out << "{\"direction\":\"" << (c2s ? "c2s" : "s2c") << "\",\"sender\":\"" << (c2s ? "client" : "server")
        << "\",\"payload_bytes\":" << d.payloadBytes << ",\"data_segments\":" << d.dataSegments
        << ",\"min_length\":" << d.minLength << ",\"max_length\":" << d.maxLength << ",\"first_data\":";
    if (d.firstData)
        out << "{\"frame\":" << d.firstData->frame << ",\"seq_raw\":" << d.firstData->rawSeq << ",\"seq\":"
            << d.firstData->relativeSeq << ",\"length\":" << d.firstData->length << '}';
    else
        out << "null";
    out << ",\"rtt\":[";
    for (std::size_t i = 0; i < d.rtt.size(); ++i) {
        const auto& r = d.rtt[i];
        out << (i ? "," : "") << "{\"frame\":" << r.frame << ",\"seq\":" << r.relativeSeq << ",\"length\":" << r.length
            << ",\"sent\":" << secondsOrNull(r.sent) << ",\"ack_frame\":" << frameOrNull(r.ackFrame)
            << ",\"acked\":" << (r.ackFrame ? secondsOrNull(r.acked) : "null")
            << ",\"retransmitted_in\":" << frameOrNull(r.retransmittedIn) << ",\"sample_rtt\":" << secondsOrNull(r.sampleRtt)
            << ",\"estimated_rtt\":" << secondsOrNull(r.estimatedRtt) << ",\"dev_rtt\":" << secondsOrNull(r.devRtt)
            << ",\"rto\":" << secondsOrNull(r.rto) << '}';
    }
    const auto& w = d.window;
    out << "],\"window\":{\"min\":" << intOrNull(w.minWindow) << ",\"min_frame\":" << frameOrNull(w.minWindowFrame)
        << ",\"max\":" << intOrNull(w.maxWindow) << ",\"window_full\":" << w.windowFull
        << ",\"first_window_full_frame\":" << frameOrNull(w.firstWindowFullFrame) << ",\"zero_window\":" << w.zeroWindow
        << ",\"first_zero_window_frame\":" << frameOrNull(w.firstZeroWindowFrame) << ",\"max_flight\":" << intOrNull(w.maxFlight)
        << ",\"max_flight_frame\":" << frameOrNull(w.maxFlightFrame) << ",\"throttled\":" << (w.throttled() ? "true" : "false")
        << "},\"retransmissions\":{\"count\":" << d.retransmissions.size() << ",\"fast\":" << d.fastRetransmissions
        << ",\"frames\":" << frames(d.retransmissions) << '}';
    const auto& t = d.throughput;
    const bool measured = t.ackFrame != 0 && t.seconds() > 0;
    out << ",\"throughput\":{\"definition\":\"acked_data_bytes_over_first_data_to_ack\",\"bytes\":" << t.bytes
        << ",\"first_frame\":" << frameOrNull(t.firstFrame) << ",\"ack_frame\":" << frameOrNull(t.ackFrame)
        << ",\"seconds\":" << (t.ackFrame ? secondsOrNull(t.seconds()) : "null")
        << ",\"bytes_per_second\":" << (measured ? secondsOrNull(t.bytesPerSecond()) : "null")
        << ",\"bits_per_second\":" << (measured ? secondsOrNull(t.bytesPerSecond() * 8) : "null") << '}';
    const auto& s = d.slowStart;
    out << ",\"slow_start\":{\"rule\":\"first_loss_else_round_growth_below_1.5\",\"end\":\"" << slowStartName(s.end)
        << "\",\"frame\":" << frameOrNull(s.frame) << ",\"time\":" << (s.frame ? secondsOrNull(s.time) : "null")
        << ",\"round_length\":" << secondsOrNull(s.end == SlowStartEnd::NoData ? -1 : s.roundLength)
        << ",\"round_flights\":[";
    for (std::size_t i = 0; i < s.roundFlights.size(); ++i)
        out << (i ? "," : "") << s.roundFlights[i];
    out << "]},\"limits\":" << limitTotalsJson(d.limits, language)
        << ",\"limits_near_receiver\":" << (d.limitsNearReceiver ? "true" : "false")
        << ",\"kernel_limits\":" << (d.kernel ? kernelComparisonJson(*d.kernel, language) : std::string("null")) << '}';
}

} // namespace

std::string reportJson(const ConversationReport& report, NarrationLanguage language)
{
    std::ostringstream out;
    out << "{\"stream\":" << report.stream << ",\"client\":" << endpoint(report.client) << ",\"server\":"
        << endpoint(report.server) << ",\"client_known\":" << (report.clientKnown ? "true" : "false")
        << ",\"packets\":" << report.packets << ",\"first_frame\":" << report.firstFrame << ",\"last_frame\":"
        << report.lastFrame << ",\"alpha\":" << ConversationReport::kAlpha << ",\"beta\":" << ConversationReport::kBeta
        << ",\"syn\":";
    if (report.syn)
        out << "{\"frame\":" << report.syn->frame << ",\"seq_raw\":" << report.syn->rawSeq << ",\"seq\":"
            << report.syn->relativeSeq << ",\"flags\":" << flagsHex(report.syn->flags)
            << ",\"retransmitted_in\":" << frames(report.syn->copies) << '}';
    else
        out << "null";
    out << ",\"syn_ack\":";
    if (report.synAck)
        out << "{\"frame\":" << report.synAck->frame << ",\"seq_raw\":" << report.synAck->rawSeq << ",\"ack_raw\":"
            << report.synAck->rawAck << ",\"ack\":" << report.synAck->relativeAck << ",\"flags\":"
            << flagsHex(report.synAck->flags) << ",\"ack_is_client_isn_plus_1\":"
            << (report.synAck->ackIsClientIsnPlusOne ? "true" : "false") << '}';
    else
        out << "null";
    out << ",\"directions\":[";
    direction(out, report.directions[0], language);
    out << ',';
    direction(out, report.directions[1], language);
    out << "],\"answers\":[";
    const auto words = [&](std::uint32_t f) { return frameWords(f, language); };
    bool first = true;
    for (const auto& a : reportAnswers(report, language)) {
        std::string text;
        for (const auto& line : a.lines)
            text += (text.empty() ? "" : " ") + expandFrames(line, words);
        out << (first ? "" : ",") << "{\"id\":" << jsonQuoted(a.id) << ",\"question\":" << jsonQuoted(a.question)
            << ",\"answer\":" << jsonQuoted(text) << ",\"how\":" << jsonQuoted(expandFrames(a.how, words)) << '}';
        first = false;
    }
    out << "]}";
    return out.str();
}

} // namespace tcplens
