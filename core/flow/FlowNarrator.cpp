#include "FlowNarrator.h"
#include "AnalysisTags.h"

#include "FlowProofs.h"

#include "../decode/DecodedPacket.h"
#include "../decode/Nanoseconds.h"

#include <algorithm>
#include <cstdio>

#include <array>
#include <utility>
#include <vector>

namespace tcplens {
namespace {

/// Every sentence the narrator can say, in each language. Placeholders: {who} the sender, {peer}
/// the receiver, {seq} {ack} absolute, {rseq} {rack} relative, {len}, {win}, {text}, {next},
/// {bytes} ("1 byte", "14 bytes"), {end} (last byte), {n} and {dupframe} (duplicate ACK), {frame}, {port}, {server}, {stream}, {flags}, {states}.
enum class Say : std::uint8_t {
    Client, Server, ClientNoun, ServerNoun,
    Syn, SynAgain, SynAck, HandshakeAck, Refused,
    Data, DataText, PureAck, FinAck, Fin, FinData, FinAlsoAcks, Rst, OtherFlags,
    States, StateChange, StateSeparator, Unknown, NotReceived, NotReceivedProven, Proves, ProvesMany, LateFin, ListSeparator, ListLast,
    KindSynAgain, KindSentAgain, KindCrossingFin, KindDupAck, KindSackedPast, KindResentAcked,
    WhatSynAck, WhatSyn, WhatFin, WhatData, WhatAck, WhatSegment,
    Retransmission, FastRetransmission, Spurious, DupAck, OutOfOrder, LostSegment, AckLostSegment,
    ZeroWindow, ZeroWindowProbe, ZeroWindowProbeAck, WindowFull, WindowUpdate, KeepAlive, KeepAliveAck,
    ReusedPorts, PreviousCopy,
    TitleHandshake, TitleData, TitleAck, TitleClose, TitleReset, TitleOther,
    Count
};

constexpr std::array<std::pair<const char*, const char*>, static_cast<std::size_t>(Say::Count)> kCatalogue{{
    {"the client", "客户端"},
    {"the server", "服务器"},
    {"client", "客户端"},
    {"server", "服务器"},
    // Kinds of packet.
    {"{Who} opens a connection to {server}: SYN, the first step of the three-way handshake. Its initial sequence number (ISN) is {seq} (relative {rseq}).",
     "{who}向 {server} 发起连接：SYN，三次握手的第一次握手。它的初始序号（ISN）是 {seq}（相对序号 {rseq}）。"},
    {"{Who} sends its SYN again (ISN {seq}, relative {rseq}): no SYN-ACK came back in time.",
     "{who}再次发送 SYN（ISN {seq}，相对序号 {rseq}）：没有及时收到 SYN-ACK。"},
    {"{Who} accepts. Its initial sequence number is {seq} (relative {rseq}); it acknowledges {ack} = {peer}'s ISN + {rack}.",
     "{who}接受连接（SYN-ACK，第二次握手）。它的初始序号是 {seq}（相对序号 {rseq}）；确认号 {ack} = {peer}的 ISN + {rack}。"},
    {"{Who} acknowledges {peer}'s SYN: ack {ack} = {peer}'s ISN + {rack}. The three-way handshake is complete.",
     "{who}确认{peer}的 SYN（第三次握手）：确认号 {ack} = {peer}的 ISN + {rack}。三次握手完成。"},
    {"{Who} refuses the connection: nothing listens on port {port}. It answers with {flags}, ack {ack} = {peer}'s ISN + {rack}.",
     "{who}拒绝连接：端口 {port} 上没有程序在监听。它回复 {flags}，确认号 {ack} = {peer}的 ISN + {rack}。"},
    {"{Who} sends {bytes} of data, seq {rseq} to {end}; {peer} will acknowledge {next}.",
     "{who}发送 {len} 字节数据，序号 {rseq} 到 {end}；{peer}将确认 {next}。"},
    {"{Who} sends {bytes} of data (\"{text}\"), seq {rseq} to {end}; {peer} will acknowledge {next}.",
     "{who}发送 {len} 字节数据（“{text}”），序号 {rseq} 到 {end}；{peer}将确认 {next}。"},
    {"{Who} acknowledges everything {peer} sent before byte {rack} (ack {rack}), with no data of its own; its window is {win} bytes.",
     "{who}确认已收到{peer}在第 {rack} 字节之前发送的全部数据（确认号 {rack}），自己不带数据；它的窗口是 {win} 字节。"},
    {"{Who} acknowledges {peer}'s FIN (ack {rack}), with no data of its own.",
     "{who}确认{peer}的 FIN（确认号 {rack}），自己不带数据。"},
    {"{Who} has nothing more to send and closes its direction: FIN, seq {rseq}. {Peer} will acknowledge {next}.",
     "{who}没有数据要发送了，关闭自己的发送方向（FIN，挥手），序号 {rseq}。{peer}将确认 {next}。"},
    {"{Who} sends its last {bytes} and closes its direction in the same segment: FIN, seq {rseq} to {end}; {peer} will acknowledge {next}.",
     "{who}发送最后的 {len} 字节，并在同一报文段中关闭自己的发送方向（FIN），序号 {rseq} 到 {end}；{peer}将确认 {next}。"},
    {"The same segment acknowledges {peer}'s FIN (ack {rack}).",
     "同一报文段也确认了{peer}的 FIN（确认号 {rack}）。"},
    {"{Who} resets the connection ({flags}, seq {rseq}): it aborts at once, without the four-way close, and unsent or unread data is lost.",
     "{who}重置连接（{flags}，序号 {rseq}）：立即中止，不经过四次挥手，未发送或未读取的数据都会丢失。"},
    {"{Who} sends a segment with flags {flags}, seq {rseq}, {len} bytes.",
     "{who}发送标志为 {flags} 的报文段，序号 {rseq}，{len} 字节。"},
    // States.
    {"States: {states}.", "状态：{states}。"},
    {"{role} {before} \xE2\x86\x92 {after}", "{role} {before} \xE2\x86\x92 {after}"},
    {", ", "，"},
    {"(unknown)", "（未知）"},
    {"{Peer} had not got this segment when it sent its next one: after the capture point it was lost or still on its way.",
     "{peer}发送下一个报文段时还没有收到这个报文段：它在捕获点之后丢失了，或者仍在路上。"},
    {"Frame {proof}, {proofkind}, proves that this {what} never reached {peer}: after the capture point it was lost or still on its way.",
     "第 {proof} 号数据包（{proofkind}）证明这个{what}没有到达{peer}：它在捕获点之后丢失了，或者仍在路上。"},
    {"It proves that the {what} of frame {lost} never reached {who}.",
     "它证明第 {lost} 号数据包的{what}没有到达{who}。"},
    {"It proves that the {what}s of frames {lost} never reached {who}.",
     "它证明第 {lost} 号数据包的{what}都没有到达{who}。"},
    {"The FIN {peer} sent in frame {fin} was still on its way; it reached {who} before this segment (one path keeps its order).",
     "{peer}在第 {fin} 号数据包发出的 FIN 当时还在路上；它先于这个报文段到达{who}（同一路径上报文段按顺序到达）。"},
    {", ", "、"},
    {" and ", "、"},
    {"a retransmitted SYN", "重传的 SYN"},
    {"a segment sent as if it had not arrived", "一个当它没有到达时才会发送的报文段"},
    {"a FIN that does not acknowledge it", "一个没有确认它的 FIN"},
    {"a duplicate ACK still asking for byte {rseq}", "仍在请求第 {rseq} 字节的重复确认"},
    {"an ACK still asking for byte {rseq} while it SACKs data sent after it", "一个仍在请求第 {rseq} 字节、同时用 SACK 确认了其后数据的确认"},
    {"a retransmission of bytes it had acknowledged", "对它已确认字节的重传"},
    {"SYN-ACK", "SYN-ACK"},
    {"SYN", "SYN"},
    {"FIN", "FIN"},
    {"data segment", "数据报文段"},
    {"ACK", "确认"},
    {"segment", "报文段"},
    // Analysis flags.
    {"This is a retransmission: {who} sends seq {rseq} again because no ACK for it came in time.",
     "这是重传：{who}再次发送序号 {rseq}，因为没有及时收到对它的确认。"},
    {"This is a fast retransmission: after duplicate ACKs {who} resends seq {rseq} without waiting for its timer.",
     "这是快速重传：收到重复确认后，{who}不等重传计时器超时就重发序号 {rseq}。"},
    {"The retransmission was spurious: {peer} had already acknowledged these bytes.",
     "这是虚假重传：{peer}早已确认过这些字节。"},
    {"Duplicate ACK #{n} (the ACK of frame {dupframe} again): {who} still asks for byte {rack}; later data arrived, but byte {rack} is missing.",
     "重复确认 #{n}（再次发送第 {dupframe} 号数据包的确认）：{who}仍在等第 {rack} 字节；后面的数据到了，但第 {rack} 字节缺失。"},
    {"It arrives out of order: data after it was seen first.",
     "它是乱序到达的：它后面的数据先到了。"},
    {"A previous segment was not captured: seq {rseq} is beyond the next byte {who} was expected to send.",
     "前一报文段未被捕获：序号 {rseq} 超过了{who}应发送的下一个字节。"},
    {"It acknowledges data the capture never saw (ACKed unseen segment).",
     "它确认了捕获文件中没有的数据（确认了未捕获的报文段）。"},
    {"Zero window: {who}'s receive buffer is full, so {peer} must stop sending until the window opens.",
     "零窗口：{who}的接收缓冲区已满，{peer}必须停止发送，直到窗口重新打开。"},
    {"Zero-window probe: {who} sends {bytes} to learn whether {peer}'s window has opened.",
     "零窗口探测：{who}发送 {len} 字节，探测{peer}的窗口是否已经打开。"},
    {"{Who} answers the zero-window probe: its window is {win} bytes.",
     "{who}回应零窗口探测：它的窗口是 {win} 字节。"},
    {"Window full: this segment fills the window {peer} advertised; {who} can send no more until an ACK arrives.",
     "窗口已满：这个报文段用满了{peer}通告的窗口；在收到确认之前{who}不能再发送。"},
    {"Window update: {who} advertises a window of {win} bytes, so {peer} may send more.",
     "窗口更新：{who}通告 {win} 字节的窗口，{peer}可以继续发送。"},
    {"Keep-alive: seq {rseq} is one below the next byte and carries no new data; {who} asks whether {peer} is still there.",
     "保活：序号 {rseq} 比下一个字节小 1，且不带新数据；{who}在询问{peer}是否还在。"},
    {"{Who} answers the keep-alive: still here (ack {rack}).",
     "{who}回应保活探测：仍然在线（确认号 {rack}）。"},
    {"The ports of an earlier conversation are reused: this SYN starts a new conversation (stream {stream}).",
     "端口被重用：这个 SYN 开始了一个新的会话（流 {stream}）。"},
    {"The previous copy was frame {copy}, {gap} earlier.", "上一次发送是第 {copy} 号数据包，{gap}之前。"},
    // Titles.
    {"Frame {frame}: handshake, {flags}", "第 {frame} 号数据包：握手，{flags}"},
    {"Frame {frame}: data, {len} bytes", "第 {frame} 号数据包：数据，{len} 字节"},
    {"Frame {frame}: ACK", "第 {frame} 号数据包：确认"},
    {"Frame {frame}: close, {flags}", "第 {frame} 号数据包：挥手，{flags}"},
    {"Frame {frame}: reset, {flags}", "第 {frame} 号数据包：重置，{flags}"},
    {"Frame {frame}: {flags}", "第 {frame} 号数据包：{flags}"},
}};

const char* phrase(NarrationLanguage language, Say what) noexcept
{
    const auto& entry = kCatalogue[static_cast<std::size_t>(what)];
    return language == NarrationLanguage::English ? entry.first : entry.second;
}

/// A catalogue sentence being filled. "{Who}" is "{who}" with its first letter capitalised.
class Sentence {
public:
    Sentence(NarrationLanguage language, Say what) : text_(phrase(language, what)) {}

    Sentence& set(std::string key, const std::string& value)
    {
        replaceAll("{" + key + "}", value);
        std::string capital = value;
        if (!capital.empty() && capital[0] >= 'a' && capital[0] <= 'z')
            capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
        key[0] = static_cast<char>(key[0] - 'a' + 'A');
        replaceAll("{" + key + "}", capital);
        return *this;
    }
    Sentence& set(const std::string& key, std::uint64_t value) { return set(key, std::to_string(value)); }
    [[nodiscard]] const std::string& text() const noexcept { return text_; }

private:
    void replaceAll(const std::string& key, const std::string& value)
    {
        for (auto at = text_.find(key); at != std::string::npos; at = text_.find(key, at + value.size()))
            text_.replace(at, key.size(), value);
    }

    std::string text_;
};

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
