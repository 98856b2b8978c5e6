#include "NarrationCatalogue.h"

#include <array>
#include <cstddef>
#include <utility>

namespace tcplens::narration {
namespace {

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

} // namespace

const char* phrase(NarrationLanguage language, Say what) noexcept
{
    const auto& entry = kCatalogue[static_cast<std::size_t>(what)];
    return language == NarrationLanguage::English ? entry.first : entry.second;
}

} // namespace tcplens::narration
