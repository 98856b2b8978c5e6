#include "FlowNarrator.h"
#include "AnalysisTags.h"

#include "FlowProofs.h"
#include "NarrationCatalogue.h"
#include "NarrationSentence.h"

#include "../decode/DecodedPacket.h"
#include "../decode/Nanoseconds.h"

#include <algorithm>
#include <cstdio>

#include <utility>
#include <vector>

namespace tcplens {
namespace {

using narration::phrase;
using narration::Say;
using narration::Sentence;

std::string endpointName(const Endpoint& e)
{
    return e.address.family == 6 ? "[" + e.address.toString() + "]:" + std::to_string(e.port)
                                 : e.address.toString() + ":" + std::to_string(e.port);
}

class Narration {
public:
    Narration(NarrationLanguage language, const FlowModel& model, const FlowArrow& a)
        : language_(language), model_(model), a_(a)
    {
        who_ = role(a.fromClient);
        peer_ = role(!a.fromClient);
    }

    std::string text()
    {
        describeKind();
        describeAnalysis();
        describeStates();
        std::string out;
        for (const auto& s : sentences_) {
            if (!out.empty() && language_ == NarrationLanguage::English)
                out += ' ';
            out += s;
        }
        return out;
    }

    std::string title()
    {
        using namespace analysis;
        Say what = Say::TitleOther;
        if (a_.has(tcpflag::Rst))
            what = Say::TitleReset;
        else if (a_.has(tcpflag::Syn) || handshakeAck())
            what = Say::TitleHandshake;
        else if (a_.has(tcpflag::Fin))
            what = Say::TitleClose;
        else if (a_.length > 0)
            what = Say::TitleData;
        else if (a_.has(tcpflag::Ack))
            what = Say::TitleAck;
        auto text = fill(what).text();
        if (!a_.analysisText.empty())
            text += ' ' + localizedAnalysisTags(a_.analysisText, language_);
        return text;
    }

private:
    /// "1.024 s", "19.0 ms", "367 µs" (秒, 毫秒, 微秒).
    [[nodiscard]] std::string duration(std::int64_t ns) const
    {
        const bool en = language_ == NarrationLanguage::English;
        char text[48];
        const double seconds = static_cast<double>(std::max<std::int64_t>(ns, 0)) / 1e9;
        if (seconds >= 1)
            std::snprintf(text, sizeof text, "%.3f %s", seconds, en ? "s" : "秒");
        else if (seconds >= 1e-3)
            std::snprintf(text, sizeof text, "%.1f %s", seconds * 1e3, en ? "ms" : "毫秒");
        else
            std::snprintf(text, sizeof text, "%.0f %s", seconds * 1e6, en ? "\xC2\xB5s" : "微秒");
        return text;
    }

    [[nodiscard]] std::string role(bool client) const { return phrase(language_, client ? Say::Client : Say::Server); }

    [[nodiscard]] bool handshakeAck() const noexcept
    {
        return !a_.has(tcpflag::Syn) && !a_.has(tcpflag::Rst) && a_.has(tcpflag::Ack) && a_.length == 0
               && !a_.has(tcpflag::Fin) && a_.receiverBefore == TcpState::SynReceived
               && a_.receiverAfter == TcpState::Established;
    }

    /// A pure ACK that moves the other side out of FIN_WAIT_1, CLOSING or LAST_ACK: it covers that FIN.
    [[nodiscard]] bool finAck() const noexcept
    {
        const auto r = a_.receiverBefore;
        return a_.length == 0 && !(a_.analysis & (analysis::KeepAlive | analysis::DuplicateAck))
               && (r == TcpState::FinWait1 || r == TcpState::Closing || r == TcpState::LastAck)
               && a_.receiverAfter != r;
    }

    Sentence fill(Say what, const std::vector<std::pair<std::string, std::string>>& first = {}) const
    {
        Sentence s(language_, what);
        for (const auto& [key, value] : first) // placeholders whose values hold placeholders
            s.set(key, value);
        const auto& conversations = model_.conversations();
        const auto* c = a_.conversation < conversations.size() ? &conversations[a_.conversation] : nullptr;
        s.set("who", who_).set("peer", peer_);
        s.set("seq", a_.seq).set("ack", a_.ack).set("rseq", a_.relativeSeq).set("rack", a_.relativeAck);
        s.set("bytes", language_ == NarrationLanguage::English
                           ? std::to_string(a_.length) + (a_.length == 1 ? " byte" : " bytes")
                           : std::to_string(a_.length) + " 字节");
        s.set("len", a_.length).set("win", static_cast<std::uint64_t>(a_.window >= 0 ? a_.window : a_.rawWindow));
        const std::uint32_t occupied = a_.length + (a_.has(tcpflag::Syn) || a_.has(tcpflag::Fin) ? 1U : 0U);
        s.set("next", static_cast<std::uint32_t>(a_.relativeSeq + occupied));
        s.set("end", static_cast<std::uint32_t>(a_.relativeSeq + (a_.length > 0 ? a_.length - 1 : 0)));
        s.set("n", a_.dupAckNumber).set("frame", a_.frame).set("dupframe", a_.dupAckFrame);
        s.set("port", a_.srcPort).set("stream", a_.stream).set("flags", a_.flags);
        s.set("server", c ? endpointName(c->server) : std::string{});
        s.set("text", a_.payloadText); // last: the payload may itself contain "{...}"
        return s;
    }

    void say(Say what) { sentences_.push_back(fill(what).text()); }

    void describeKind()
    {
        const bool syn = a_.has(tcpflag::Syn), ack = a_.has(tcpflag::Ack), fin = a_.has(tcpflag::Fin),
                   rst = a_.has(tcpflag::Rst);
        constexpr std::uint32_t retransmitted =
            analysis::Retransmission | analysis::FastRetransmission | analysis::SpuriousRetransmission;
        if (rst) {
            // A RST-ACK to a SYN: the port is closed.
            if (ack && !a_.fromClient && a_.receiverBefore == TcpState::SynSent)
                say(Say::Refused);
            else
                say(Say::Rst);
        } else if (syn && !ack) {
            say(a_.analysis & retransmitted ? Say::SynAgain : Say::Syn);
        } else if (syn) {
            say(Say::SynAck);
        } else if (fin) {
            say(a_.length > 0 ? Say::FinData : Say::Fin);
            // The FIN also ACKs the other side's FIN when that side leaves FIN_WAIT_1 or CLOSING for good.
            if (ack && (a_.receiverBefore == TcpState::FinWait1 || a_.receiverBefore == TcpState::Closing)
                && a_.receiverAfter == TcpState::TimeWait)
                say(Say::FinAlsoAcks);
        } else if (a_.length > 0) {
            say(a_.payloadText.empty() ? Say::Data : Say::DataText);
        } else if (handshakeAck()) {
            say(Say::HandshakeAck);
        } else if (ack && finAck()) {
            say(Say::FinAck);
        } else if (ack && !(a_.analysis & (analysis::KeepAlive | analysis::ZeroWindowProbe | analysis::KeepAliveAck
                                           | analysis::ZeroWindowProbeAck | analysis::DuplicateAck))) {
            say(Say::PureAck); // the analysis sentences below say what those special ACKs are
        } else if (!ack && !(a_.analysis & (analysis::KeepAlive | analysis::ZeroWindowProbe))) {
            say(Say::OtherFlags);
        }
    }

    void describeAnalysis()
    {
        using namespace analysis;
        const auto f = a_.analysis;
        const bool syn = a_.has(tcpflag::Syn);
        if (a_.notReceived)
            sayNotReceived();
        if (f & ReusedPorts)
            say(Say::ReusedPorts);
        if ((f & FastRetransmission))
            say(Say::FastRetransmission);
        else if ((f & Retransmission) && !(f & SpuriousRetransmission) && !(syn && !a_.has(tcpflag::Ack)))
            say(Say::Retransmission);
        if (f & SpuriousRetransmission)
            say(Say::Spurious);
        if (f & (Retransmission | FastRetransmission | SpuriousRetransmission))
            sayPreviousCopy();
        if (f & OutOfOrder)
            say(Say::OutOfOrder);
        if (f & LostSegment)
            say(Say::LostSegment);
        if (f & AckLostSegment)
            say(Say::AckLostSegment);
        if (f & KeepAlive)
            say(Say::KeepAlive);
        if (f & KeepAliveAck)
            say(Say::KeepAliveAck);
        if (f & ZeroWindowProbe)
            say(Say::ZeroWindowProbe);
        if (f & ZeroWindowProbeAck)
            say(Say::ZeroWindowProbeAck);
        if (f & ZeroWindow)
            say(Say::ZeroWindow);
        if (f & WindowFull)
            say(Say::WindowFull);
        if (f & WindowUpdate)
            say(Say::WindowUpdate);
        if (f & DuplicateAck)
            say(Say::DupAck);
        sayProves(); // what the flags above explain
    }

    /// "SYN-ACK", "FIN", "data segment"... of a row's packet.
    [[nodiscard]] std::string whatOf(const FlowArrow& a) const
    {
        if (a.has(tcpflag::Syn))
            return phrase(language_, a.has(tcpflag::Ack) ? Say::WhatSynAck : Say::WhatSyn);
        if (a.has(tcpflag::Fin))
            return phrase(language_, Say::WhatFin);
        return phrase(language_, a.length > 0 ? Say::WhatData : Say::WhatAck);
    }

    /// A later frame proved this one never reached its receiver: name it (docs/state-inference.md).
    void sayNotReceived()
    {
        const auto proof = proofOf(model_, a_.row);
        if (!proof) {
            say(Say::NotReceived);
            return;
        }
        const auto proving = model_.arrow(proof->row, SequenceNumbers::Relative, false);
        Say kind = Say::KindSentAgain;
        switch (proof->kind) {
        case ProofKind::SentAgain: kind = proving.has(tcpflag::Syn) ? Say::KindSynAgain : Say::KindSentAgain; break;
        case ProofKind::CrossingFin: kind = Say::KindCrossingFin; break;
        case ProofKind::DuplicateAck: kind = Say::KindDupAck; break;
        case ProofKind::SackedPast: kind = Say::KindSackedPast; break;
        case ProofKind::ResentAcked: kind = Say::KindResentAcked; break;
        }
        sentences_.push_back(fill(Say::NotReceivedProven, {{"proofkind", phrase(language_, kind)},
                                                           {"proof", std::to_string(proving.frame)},
                                                           {"what", whatOf(a_)}})
                                 .text());
    }

    /// This frame proves earlier ones never reached its sender: name them.
    void sayProves()
    {
        const auto rows = rowsProvenBy(model_, a_.row);
        if (rows.empty())
            return;
        // The oldest first; copies of one packet (a SYN-ACK sent twice) are named together.
        std::string frames;
        std::string what;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto lost = model_.arrow(rows[i], SequenceNumbers::Relative, false);
            if (i > 0)
                frames += phrase(language_, i + 1 == rows.size() ? Say::ListLast : Say::ListSeparator);
            frames += std::to_string(lost.frame);
            const auto kind = whatOf(lost);
            what = what.empty() || what == kind ? kind : std::string(phrase(language_, Say::WhatSegment));
        }
        sentences_.push_back(
            fill(rows.size() == 1 ? Say::Proves : Say::ProvesMany, {{"what", what}, {"lost", frames}}).text());
    }

    /// Where the same bytes went out last: the gap shows the retransmission timer, e.g. a SYN
    /// again after 1 s, then 2 s.
    void sayPreviousCopy()
    {
        const auto copy = model_.previousCopyRow(a_.row);
        if (!copy)
            return;
        Sentence sentence(language_, Say::PreviousCopy);
        sentence.set("copy", model_.row(*copy).frame())
            .set("gap", duration(nsBetween(model_.timestampNs(*copy), a_.timestampNs)));
        sentences_.push_back(sentence.text());
    }

    void describeStates()
    {
        std::string changes;
        const auto add = [&](bool client, TcpState before, TcpState after) {
            if (before == after)
                return;
            if (!changes.empty())
                changes += phrase(language_, Say::StateSeparator);
            Sentence s(language_, Say::StateChange);
            s.set("role", phrase(language_, client ? Say::ClientNoun : Say::ServerNoun));
            const auto name = [&](TcpState t) {
                return t == TcpState::Unknown ? std::string(phrase(language_, Say::Unknown)) : std::string(stateName(t));
            };
            s.set("before", name(before)).set("after", name(after));
            changes += s.text();
        };
        // The receiver may have been moved by a packet taken late before this one reached it:
        // "client FIN_WAIT_1 -> CLOSING -> TIME_WAIT", as its lifeline shows.
        const auto receiverChanges = [&] {
            if (a_.receiverOnArrival == TcpState::Unknown || a_.receiverOnArrival == a_.receiverAfter) {
                add(!a_.fromClient, a_.receiverBefore, a_.receiverAfter);
                return;
            }
            add(!a_.fromClient, a_.receiverBefore, a_.receiverOnArrival);
            const auto arrow = std::string(" \xE2\x86\x92 ") + stateName(a_.receiverAfter);
            changes += arrow;
        };
        // The client first, as on the diagram.
        if (a_.fromClient) {
            add(true, a_.senderBefore, a_.senderAfter);
            receiverChanges();
        } else {
            receiverChanges();
            add(false, a_.senderBefore, a_.senderAfter);
        }
        if (a_.receiverOnArrival != TcpState::Unknown)
            if (const auto fin = lateFinRow(model_, a_.row)) {
                // Said by the receiver: {who} is who got the FIN.
                Sentence late(language_, Say::LateFin);
                late.set("fin", model_.row(*fin).frame()).set("who", peer_).set("peer", who_);
                sentences_.push_back(late.text());
            }
        if (!changes.empty()) {
            Sentence s(language_, Say::States);
            s.set("states", changes);
            sentences_.push_back(s.text());
        }
    }

    NarrationLanguage language_;
    const FlowModel& model_;
    const FlowArrow& a_;
    std::string who_;
    std::string peer_;
    std::vector<std::string> sentences_;
};

} // namespace

std::optional<NarrationLanguage> parseNarrationLanguage(std::string_view code) noexcept
{
    if (code == "en" || code == "en_US" || code == "en-US" || code == "C")
        return NarrationLanguage::English;
    if (code == "zh_CN" || code == "zh" || code == "zh-CN" || code == "zh_Hans" || code == "zh-Hans")
        return NarrationLanguage::SimplifiedChinese;
    return std::nullopt;
}

std::string FlowNarrator::narrate(const FlowModel& model, std::size_t row) const
{
    return row < model.rowCount() ? narrate(model, model.arrow(row)) : std::string{};
}

std::string FlowNarrator::narrate(const FlowModel& model, const FlowArrow& arrow) const
{
    return Narration(language_, model, arrow).text();
}

std::string FlowNarrator::title(const FlowModel& model, const FlowArrow& arrow) const
{
    return Narration(language_, model, arrow).title();
}

} // namespace tcplens
