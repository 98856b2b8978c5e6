#include "ReportAnswers.h"

#include "../decode/TcpFlagsText.h"
#include "ReportCatalogue.h"
#include "ReportKernelSplit.h"

#include <cstdio>
#include <utility>

namespace tcplens {
namespace {

using report::fill;
using report::phrase;
using report::Say;
using report::Values;

constexpr char kFrameMark = '\x1F';

std::string number(std::uint64_t n) { return std::to_string(n); }

std::string fixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string seconds(double value) { return value < 0 ? std::string() : fixed(value, 6); }

std::string hexFlags(std::uint16_t flags)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%03x", flags);
    return buffer;
}

/// "1 000 000 bit/s" as "1.000 Mbit/s".
std::string bitRate(double bytesPerSecond)
{
    const double bits = bytesPerSecond * 8;
    if (bits >= 1e9)
        return fixed(bits / 1e9, 3) + " Gbit/s";
    if (bits >= 1e6)
        return fixed(bits / 1e6, 3) + " Mbit/s";
    if (bits >= 1e3)
        return fixed(bits / 1e3, 3) + " kbit/s";
    return fixed(bits, 0) + " bit/s";
}

/// "frame 3, frame 5 and 2 more" style list of tokens, at most `limit`.
std::string frameList(const std::vector<std::uint32_t>& frames, NarrationLanguage language, std::size_t limit = 40)
{
    std::string out;
    const bool en = language == NarrationLanguage::English;
    for (std::size_t i = 0; i < frames.size() && i < limit; ++i)
        out += (i == 0 ? "" : (en ? ", " : "、")) + frameToken(frames[i]);
    if (frames.size() > limit)
        out += en ? ", \xE2\x80\xA6 (" + number(frames.size() - limit) + " more)" : "……（另 " + number(frames.size() - limit) + " 个）";
    return out;
}

class Answers {
public:
    Answers(const ConversationReport& report, NarrationLanguage language) : r_(report), l_(language) {}

    std::vector<ReportAnswer> all()
    {
        endpoints();
        syn();
        synAck();
        for (const auto& direction : r_.directions)
            forDirection(direction);
        return std::move(out_);
    }

private:
    std::string say(Say what, Values values = {}) const { return fill(l_, what, values); }
    ReportAnswer& add(std::string id, std::string question)
    {
        out_.push_back(ReportAnswer{std::move(id), std::move(question), {}, std::nullopt, {}});
        return out_.back();
    }

    void endpoints()
    {
        auto& a = add("endpoints", say(Say::EndpointsQ));
        a.lines.push_back(say(Say::ClientLine, {{"address", r_.client.address.toString()}, {"port", number(r_.client.port)}}));
        a.lines.push_back(say(Say::ServerLine, {{"address", r_.server.address.toString()}, {"port", number(r_.server.port)}}));
        a.how = say(r_.clientKnown ? Say::EndpointsHow : Say::EndpointsGuessHow);
    }

    void syn()
    {
        auto& a = add("syn", say(Say::SynQ));
        a.how = say(Say::SynHow);
        if (!r_.syn) {
            a.lines.push_back(say(Say::NoSyn));
            return;
        }
        const auto& s = *r_.syn;
        a.lines.push_back(say(Say::SynLine, {{"frame", frameToken(s.frame)}, {"seq", number(s.rawSeq)}, {"rseq", number(s.relativeSeq)}}));
        a.lines.push_back(say(Say::SynWhy, {{"flags", hexFlags(s.flags)}, {"names", wiresharkFlagNames(s.flags)}}));
        if (!s.copies.empty())
            a.lines.push_back(say(Say::SynCopies, {{"frames", frameList(s.copies, l_)}}));
    }

    void synAck()
    {
        auto& a = add("syn_ack", say(Say::SynAckQ));
        a.how = say(Say::SynAckHow);
        if (!r_.synAck) {
            a.lines.push_back(say(Say::NoSynAck));
            return;
        }
        const auto& s = *r_.synAck;
        a.lines.push_back(say(Say::SynAckLine, {{"frame", frameToken(s.frame)}, {"seq", number(s.rawSeq)}, {"rseq", "0"},
                                                {"ack", number(s.rawAck)}, {"rack", number(s.relativeAck)}}));
        if (!r_.syn)
            a.lines.push_back(say(Say::SynAckNoSyn));
        else if (s.ackIsClientIsnPlusOne)
            a.lines.push_back(say(Say::SynAckDerived, {{"isn", number(r_.syn->rawSeq)}, {"ack", number(s.rawAck)}}));
        else
            a.lines.push_back(say(Say::SynAckOther, {{"isn", number(r_.syn->rawSeq)}}));
        a.lines.push_back(say(Say::SynAckWhy, {{"flags", hexFlags(s.flags)}, {"names", wiresharkFlagNames(s.flags)}}));
    }

    void forDirection(const ReportDirection& d)
    {
        const bool c2s = d.direction == Direction::ClientToServer;
        const std::string key = c2s ? "c2s." : "s2c.";
        dir_ = say(c2s ? Say::ClientToServer : Say::ServerToClient);
        sender_ = say(c2s ? Say::Client : Say::Server);
        receiver_ = say(c2s ? Say::Server : Say::Client);
        if (!d.firstData) {
            auto& a = add(key + "data", say(Say::NoDataQ, {{"dir", dir_}}));
            a.lines.push_back(say(Say::NoDataLine, {{"sender", sender_}}));
            a.how = say(Say::NoDataHow, {{"sender", sender_}});
            return;
        }
        firstData(key, d);
        rtt(key, d);
        lengths(key, d);
        window(key, d);
        retransmissions(key, d);
        throughput(key, d);
        slowStart(key, d);
        limits(key, d);
        if (d.kernel)
            out_.push_back(kernelSplitAnswer(key, dir_, *d.kernel, l_));
    }

    void firstData(const std::string& key, const ReportDirection& d)
    {
        auto& a = add(key + "first_data", say(Say::FirstDataQ, {{"dir", dir_}}));
        const auto& f = *d.firstData;
        a.lines.push_back(say(Say::FirstDataLine, {{"frame", frameToken(f.frame)}, {"seq", number(f.rawSeq)},
                                                   {"rseq", number(f.relativeSeq)}, {"len", number(f.length)}}));
        a.how = say(Say::FirstDataHow, {{"sender", sender_}});
    }

    void rtt(const std::string& key, const ReportDirection& d)
    {
        auto& a = add(key + "rtt", say(Say::RttQ, {{"dir", dir_}}));
        ReportTable table;
        for (const auto column : {Say::ColIndex, Say::ColFrame, Say::ColSeq, Say::ColLength, Say::ColSent, Say::ColAckFrame,
                                  Say::ColAcked, Say::ColSample, Say::ColEstimated, Say::ColDev, Say::ColRto})
            table.header.push_back(say(column));
        const auto dash = say(Say::Missing);
        const auto orDash = [&](double v) { return v < 0 ? dash : seconds(v); };
        for (std::size_t i = 0; i < d.rtt.size(); ++i) {
            const auto& row = d.rtt[i];
            std::string sample = orDash(row.sampleRtt);
            if (row.retransmittedIn != 0)
                sample = say(Say::RetransmittedCell, {{"frame", frameToken(row.retransmittedIn)}});
            else if (row.ackFrame == 0)
                sample = say(Say::NoAck);
            table.rows.push_back({number(i + 1), frameToken(row.frame), number(row.relativeSeq), number(row.length),
                                  seconds(row.sent), row.ackFrame ? frameToken(row.ackFrame) : dash,
                                  row.ackFrame ? seconds(row.acked) : dash, sample, orDash(row.estimatedRtt),
                                  orDash(row.devRtt), orDash(row.rto)});
        }
        a.table = std::move(table);
        if (d.rtt.size() < ConversationReport::kRttRows)
            a.lines.push_back(say(Say::RttFewer, {{"sender", sender_}, {"n", number(d.rtt.size())}}));
        a.how = say(Say::RttHow, {{"receiver", receiver_}});
    }

    void lengths(const std::string& key, const ReportDirection& d)
    {
        auto& a = add(key + "lengths", say(Say::LengthsQ, {{"dir", dir_}}));
        std::string list;
        for (const auto& row : d.rtt)
            list += (list.empty() ? "" : ", ") + number(row.length);
        if (!list.empty())
            a.lines.push_back(say(Say::LengthsFirst, {{"list", list}}));
        a.lines.push_back(say(Say::LengthsAll, {{"n", number(d.dataSegments)}, {"min", number(d.minLength)},
                                                {"max", number(d.maxLength)}, {"bytes", number(d.payloadBytes)}}));
        a.how = say(Say::LengthsHow);
    }

    void window(const std::string& key, const ReportDirection& d)
    {
        const auto& w = d.window;
        auto& a = add(key + "window", say(Say::WindowQ, {{"dir", dir_}, {"receiver", receiver_}}));
        if (w.minWindow < 0)
            a.lines.push_back(say(Say::WindowNone, {{"receiver", receiver_}}));
        else
            a.lines.push_back(say(Say::WindowLine, {{"receiver", receiver_}, {"min", number(std::uint64_t(w.minWindow))},
                                                    {"frame", frameToken(w.minWindowFrame)},
                                                    {"max", number(std::uint64_t(w.maxWindow))}}));
        if (w.throttled()) {
            a.lines.push_back(say(Say::Throttled, {{"sender", sender_}}));
            if (w.windowFull > 0)
                a.lines.push_back(say(Say::WindowFullLine, {{"n", number(w.windowFull)}, {"frame", frameToken(w.firstWindowFullFrame)}}));
            if (w.zeroWindow > 0)
                a.lines.push_back(say(Say::ZeroWindowLine, {{"receiver", receiver_}, {"n", number(w.zeroWindow)},
                                                            {"frame", frameToken(w.firstZeroWindowFrame)}}));
        } else if (w.maxFlight >= 0) {
            a.lines.push_back(say(Say::NotThrottledFlight, {{"sender", sender_}, {"flight", number(std::uint64_t(w.maxFlight))},
                                                            {"frame", frameToken(w.maxFlightFrame)}}));
        } else {
            a.lines.push_back(say(Say::NotThrottled));
        }
        a.how = say(Say::WindowHow);
    }

    void retransmissions(const std::string& key, const ReportDirection& d)
    {
        auto& a = add(key + "retransmissions", say(Say::RetransQ, {{"dir", dir_}}));
        if (d.retransmissions.empty())
            a.lines.push_back(say(Say::RetransNone));
        else
            a.lines.push_back(say(Say::RetransLine, {{"n", number(d.retransmissions.size())}, {"fast", number(d.fastRetransmissions)},
                                                     {"frames", frameList(d.retransmissions, l_)}}));
        a.how = say(Say::RetransHow);
    }

    void throughput(const std::string& key, const ReportDirection& d)
    {
        const auto& t = d.throughput;
        auto& a = add(key + "throughput", say(Say::ThroughputQ, {{"dir", dir_}}));
        if (t.ackFrame == 0 || t.seconds() <= 0)
            a.lines.push_back(say(Say::ThroughputNone, {{"sender", sender_}}));
        else
            a.lines.push_back(say(Say::ThroughputLine, {{"bytes", number(t.bytes)}, {"secs", seconds(t.seconds())},
                                                        {"rate", fixed(t.bytesPerSecond(), 0)}, {"bits", bitRate(t.bytesPerSecond())}}));
        a.how = say(Say::ThroughputHow, {{"receiver", receiver_}, {"first", frameToken(t.firstFrame)},
                                         {"ack", t.ackFrame ? frameToken(t.ackFrame) : say(Say::Missing)}});
    }

    void slowStart(const std::string& key, const ReportDirection& d)
    {
        const auto& s = d.slowStart;
        auto& a = add(key + "slow_start", say(Say::SlowStartQ, {{"dir", dir_}}));
        if (s.end == SlowStartEnd::Loss)
            a.lines.push_back(say(Say::SlowStartLoss, {{"frame", frameToken(s.frame)}, {"time", seconds(s.time)}}));
        else
            a.lines.push_back(say(Say::SlowStartNotSeen));
        std::string list;
        for (const auto flight : s.roundFlights)
            list += (list.empty() ? "" : ", ") + number(std::uint64_t(flight < 0 ? 0 : flight));
        if (!list.empty())
            a.lines.push_back(say(Say::SlowStartRounds, {{"list", list}}));
        a.how = say(Say::SlowStartHow, {{"rtt", seconds(s.roundLength)}});
    }

    void limits(const std::string& key, const ReportDirection& d)
    {
        auto& a = add(key + "limits", say(Say::LimitsQ, {{"dir", dir_}}));
        a.how = say(Say::LimitsHow);
        if (d.limits.empty())
            return;
        a.lines.push_back(say(Say::LimitsLine, {{"sender", sender_}, {"sentence", dominantLimitSentence(d.limits, l_)}}));
        if (d.limitsNearReceiver)
            a.lines.push_back(say(Say::LimitsNearReceiver));
        ReportTable table;
        for (const auto column : {Say::ColFactor, Say::ColSeconds, Say::ColShare})
            table.header.push_back(say(column));
        for (std::size_t i = 0; i < kLimitFactorCount; ++i) {
            const auto f = static_cast<LimitFactor>(i);
            if (d.limits.of(f) <= 0)
                continue;
            table.rows.push_back({limitFactorPhrase(f, l_), fixed(d.limits.of(f), 3),
                                  f == LimitFactor::Handshake ? say(Say::Missing) : fixed(100 * d.limits.share(f), 1) + "%"});
        }
        a.table = std::move(table);
    }

    const ConversationReport& r_;
    NarrationLanguage l_;
    std::vector<ReportAnswer> out_;
    std::string dir_;
    std::string sender_;
    std::string receiver_;
};

} // namespace

std::string frameToken(std::uint32_t frame) { return kFrameMark + std::to_string(frame) + kFrameMark; }

std::string expandFrames(const std::string& text, const std::function<std::string(std::uint32_t)>& show)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != kFrameMark) {
            out += text[i];
            continue;
        }
        const auto end = text.find(kFrameMark, i + 1);
        if (end == std::string::npos)
            break;
        out += show(static_cast<std::uint32_t>(std::stoul(text.substr(i + 1, end - i - 1))));
        i = end;
    }
    return out;
}

std::string frameWords(std::uint32_t frame, NarrationLanguage language)
{
    return fill(language, Say::Frame, {{"n", std::to_string(frame)}});
}

std::string howLabel(NarrationLanguage language) { return phrase(language, Say::How); }

std::string reportTitle(const ConversationReport& report, NarrationLanguage language)
{
    return fill(language, Say::Title, {{"stream", number(report.stream)}, {"client", endpointText(report.client)},
                                       {"server", endpointText(report.server)}});
}

std::string reportSubtitle(const ConversationReport& report, NarrationLanguage language)
{
    return fill(language, Say::Subtitle, {{"packets", number(report.packets)}, {"first", frameToken(report.firstFrame)},
                                          {"last", frameToken(report.lastFrame)}});
}

std::vector<ReportAnswer> reportAnswers(const ConversationReport& report, NarrationLanguage language)
{
    return Answers(report, language).all();
}

} // namespace tcplens
