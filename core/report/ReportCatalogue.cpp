#include "ReportCatalogue.h"

#include "../flow/PlaceholderFill.h"

#include <array>

namespace tcplens::report {
namespace {

constexpr std::array<std::pair<const char*, const char*>, static_cast<std::size_t>(Say::Count)> kCatalogue{{
    {"Conversation report: stream {stream}, {client} \xE2\x86\x92 {server}", "会话报告：流 {stream}，{client} \xE2\x86\x92 {server}"},
    {"{packets} packets, {first} to {last}.", "共 {packets} 个数据包，{first}至{last}。"},
    {"How: ", "说明："},
    {"frame {n}", "第 {n} 帧"},
    {"\xE2\x80\x94", "\xE2\x80\x94"},
    {"\xE2\x80\x94 (no ACK)", "\xE2\x80\x94（无确认）"},
    {"\xE2\x80\x94 (sent again in {frame})", "\xE2\x80\x94（在{frame}重传）"},
    // Endpoints.
    {"Client and server: addresses and ports", "客户端和服务器的地址与端口"},
    {"Client: IP address {address}, TCP port {port}.", "客户端：IP 地址 {address}，TCP 端口 {port}。"},
    {"Server: IP address {address}, TCP port {port}.", "服务器：IP 地址 {address}，TCP 端口 {port}。"},
    {"The client is the side that opened the connection (sender of the SYN, receiver of the SYN-ACK); addresses come from the IP header, ports from the TCP header.",
     "客户端是发起连接的一方（发送 SYN、接收 SYN-ACK 的一方）；地址取自 IP 首部，端口取自 TCP 首部。"},
    {"The capture holds neither SYN nor SYN-ACK, so which side is the client is a guess from the ports; addresses come from the IP header, ports from the TCP header.",
     "捕获文件中既没有 SYN 也没有 SYN-ACK，哪一方是客户端只能根据端口推测；地址取自 IP 首部，端口取自 TCP 首部。"},
    // SYN.
    {"The SYN segment", "SYN 报文段"},
    {"{frame}: sequence number {seq} (relative {rseq}).", "{frame}：序号 {seq}（相对序号 {rseq}）。"},
    {"It is a SYN because the SYN bit (0x002) of the flags field is set and the ACK bit is not: flags = {flags} ({names}).",
     "它是 SYN 报文段，因为标志字段的 SYN 位（0x002）为 1 而 ACK 位为 0：flags = {flags}（{names}）。"},
    {"The same SYN was sent again in {frames}: a retransmission, the SYN-ACK had not come back in time.", "同一个 SYN 在{frames}又发送了一次：这是重传，因为 SYN-ACK 没有及时返回。"},
    {"The capture holds no SYN from the client (it starts after the handshake).", "捕获文件中没有客户端的 SYN（抓包是在握手之后才开始的）。"},
    {"The sequence number is the SYN's tcp.seq, the client's initial sequence number (ISN); relative numbers count from the ISN, so the SYN is 0.",
     "序号取自 SYN 的 tcp.seq，即客户端的初始序号（ISN）；相对序号从 ISN 起算，所以 SYN 的相对序号是 0。"},
    // SYN-ACK.
    {"The SYN-ACK segment", "SYN-ACK 报文段"},
    {"{frame}: sequence number {seq} (relative {rseq}), acknowledgement number {ack} (relative {rack}).",
     "{frame}：序号 {seq}（相对序号 {rseq}），确认号 {ack}（相对确认号 {rack}）。"},
    {"The server set the acknowledgement number to the client's ISN + 1 = {isn} + 1 = {ack}: the SYN takes up one sequence number, so ISN + 1 is the next byte the server expects.",
     "服务器把确认号设为客户端的 ISN + 1 = {isn} + 1 = {ack}：SYN 占用一个序号，所以 ISN + 1 就是服务器期望收到的下一个字节的序号。"},
    {"The acknowledgement number is not the client's ISN + 1 ({isn} + 1): it answers another SYN.",
     "确认号不等于客户端的 ISN + 1（{isn} + 1）：它回应的是另一个 SYN。"},
    {"The client's SYN is not in the capture; the acknowledgement number is its ISN + 1.",
     "捕获文件中没有客户端的 SYN；确认号应是它的 ISN + 1。"},
    {"It is a SYN-ACK because both the SYN bit (0x002) and the ACK bit (0x010) are set: flags = {flags} ({names}).",
     "它是 SYN-ACK 报文段，因为 SYN 位（0x002）和 ACK 位（0x010）都为 1：flags = {flags}（{names}）。"},
    {"The capture holds no SYN-ACK from the server.", "捕获文件中没有服务器的 SYN-ACK。"},
    {"Sequence number = the SYN-ACK's tcp.seq (the server's ISN); acknowledgement number = its tcp.ack, compared with the SYN's sequence number.",
     "序号取自 SYN-ACK 的 tcp.seq（服务器的 ISN）；确认号取自它的 tcp.ack，并与 SYN 的序号比较。"},
    // Directions.
    {"Client \xE2\x86\x92 server", "客户端 \xE2\x86\x92 服务器"},
    {"Server \xE2\x86\x92 client", "服务器 \xE2\x86\x92 客户端"},
    {"the client", "客户端"},
    {"the server", "服务器"},
    {"{dir}: data", "{dir}：数据"},
    {"{Sender} sent no data.", "{sender}没有发送数据。"},
    {"No segment from {sender} has tcp.len > 0.", "{sender}发送的报文段都没有数据（tcp.len = 0）。"},
    {"{dir}: first data segment", "{dir}：第一个数据报文段"},
    {"{frame}: sequence number {seq} (relative {rseq}), {len} bytes of data.", "{frame}：序号 {seq}（相对序号 {rseq}），{len} 字节数据。"},
    {"The first segment from {sender} that carries data (tcp.len > 0), such as an HTTP request or response; relative sequence numbers start at 1 after the SYN.",
     "{sender}发送的第一个带数据的报文段（tcp.len > 0），例如 HTTP 请求或响应；相对序号在 SYN 之后从 1 开始。"},
    // RTT.
    {"{dir}: RTT of the first six data segments", "{dir}：前六个数据报文段的 RTT"},
    {"{Sender} sent fewer than six new data segments: {n}.", "{sender}发送的新数据报文段不到六个：只有 {n} 个。"},
    {"SampleRTT = time of the first ACK from {receiver} whose acknowledgement number \xE2\x89\xA5 seq + length, minus the segment's send time; EstimatedRTT = the first SampleRTT, then 0.875 \xC2\xB7 EstimatedRTT + 0.125 \xC2\xB7 SampleRTT (\xCE\xB1 = 0.125); DevRTT = SampleRTT / 2 at first, then 0.75 \xC2\xB7 DevRTT + 0.25 \xC2\xB7 |SampleRTT \xE2\x88\x92 EstimatedRTT| with the EstimatedRTT before the update (\xCE\xB2 = 0.25, RFC 6298); RTO = EstimatedRTT + 4 \xC2\xB7 DevRTT (RFC 6298 then rounds it up to at least 1 s). A segment sent again before its ACK gives no SampleRTT (Karn's algorithm), and retransmissions are not among the six. Times are seconds since the capture's first packet.",
     "SampleRTT = {receiver}发出的、确认号 \xE2\x89\xA5 序号 + 长度的第一个 ACK 的时间，减去该报文段的发送时间；EstimatedRTT 先取第一个 SampleRTT，之后为 0.875 \xC2\xB7 EstimatedRTT + 0.125 \xC2\xB7 SampleRTT（\xCE\xB1 = 0.125）；DevRTT 先取 SampleRTT / 2，之后为 0.75 \xC2\xB7 DevRTT + 0.25 \xC2\xB7 |SampleRTT \xE2\x88\x92 EstimatedRTT|，其中 EstimatedRTT 用更新前的值（\xCE\xB2 = 0.25，RFC 6298）；RTO = EstimatedRTT + 4 \xC2\xB7 DevRTT（RFC 6298 还规定 RTO 不得小于 1 秒）。在收到确认前被重发的报文段不产生 SampleRTT（Karn 算法），重传也不计入这六个。时间以捕获文件的第一个数据包为零点，单位为秒。"},
    {"#", "#"},
    {"Frame", "帧"},
    {"Seq", "序号"},
    {"Length", "长度"},
    {"Sent (s)", "发送时间 (s)"},
    {"ACK frame", "确认帧"},
    {"ACK (s)", "确认时间 (s)"},
    {"SampleRTT (s)", "SampleRTT (s)"},
    {"EstimatedRTT (s)", "EstimatedRTT (s)"},
    {"DevRTT (s)", "DevRTT (s)"},
    {"RTO (s)", "RTO (s)"},
    // Lengths.
    {"{dir}: segment lengths", "{dir}：报文段长度"},
    {"The first six: {list} bytes.", "前六个：{list} 字节。"},
    {"All {n} data segments: {min} to {max} bytes, {bytes} bytes in total (retransmissions included).",
     "共 {n} 个数据报文段，长度 {min} 到 {max} 字节，合计 {bytes} 字节（含重传）。"},
    {"Length = tcp.len: the IP packet's length minus the IP and TCP header lengths.",
     "长度即 tcp.len：IP 数据报的总长度减去 IP 首部和 TCP 首部的长度。"},
    // Window.
    {"{dir}: receive window of {receiver}", "{dir}：{receiver}的接收窗口"},
    {"The smallest window {receiver} advertised: {min} bytes ({frame}); the largest: {max} bytes.",
     "{receiver}通告的最小窗口：{min} 字节（{frame}）；最大窗口：{max} 字节。"},
    {"{Receiver} advertised no window in the capture.", "捕获文件中{receiver}没有通告过窗口。"},
    {"Yes, the receive window throttled {sender}.", "是的，接收窗口限制了{sender}的发送速率。"},
    {"{n} segments filled the advertised window (the first in {frame}).", "有 {n} 个报文段用满了通告窗口（第一个是{frame}）。"},
    {"{Receiver} advertised a zero window {n} times (the first in {frame}).", "{receiver}共 {n} 次通告零窗口（第一次是{frame}）。"},
    {"No: the bytes in flight of {sender} (at most {flight} bytes, {frame}) never filled the advertised window, and no zero window was advertised.",
     "没有。{sender}的在途字节数（最多 {flight} 字节，{frame}）从未达到通告窗口，对方也从未通告零窗口。"},
    {"No: no segment filled the advertised window, and no zero window was advertised.",
     "没有。没有报文段用满通告窗口，对方也从未通告零窗口。"},
    {"Window = the window field \xC3\x97 2^(window scale from the handshake), Wireshark's tcp.window_size; throttled means a segment filled the window (tcp.analysis.window_full: bytes in flight reach it) or the receiver advertised 0 (tcp.analysis.zero_window).",
     "窗口 = 窗口字段 \xC3\x97 2^（握手协商的窗口扩大因子），即 Wireshark 的 tcp.window_size；“限制”指有报文段用满了窗口（tcp.analysis.window_full：在途字节数达到窗口）或接收方通告了 0 窗口（tcp.analysis.zero_window）。"},
    // Retransmissions.
    {"{dir}: retransmissions", "{dir}：重传"},
    {"{n} retransmitted segments ({fast} of them fast retransmissions): {frames}.", "{n} 个重传报文段（其中 {fast} 个快速重传）：{frames}。"},
    {"None.", "没有。"},
    {"A segment counts when it carries sequence numbers sent before: Wireshark's tcp.analysis.retransmission, fast and spurious retransmissions included.",
     "如果报文段携带的序号此前已经发送过，就算作重传，即 Wireshark 的 tcp.analysis.retransmission，包括快速重传和虚假重传。"},
    // Throughput.
    {"{dir}: throughput", "{dir}：吞吐量"},
    {"{bytes} bytes acknowledged in {secs} s: {rate} bytes/s ({bits}).", "在 {secs} 秒内确认了 {bytes} 字节：吞吐量为 {rate} 字节/秒（{bits}）。"},
    {"Not measurable: no data of {sender} was acknowledged after a measurable time.", "无法计算：{sender}的数据没有在可测的时间内被确认。"},
    {"Throughput is defined here as the data bytes {receiver} acknowledged (highest acknowledgement number covering data \xE2\x88\x92 first data sequence number) divided by the time from the first data segment ({first}) to the first ACK covering them ({ack}).",
     "这里吞吐量定义为{receiver}确认的数据字节数（覆盖数据的最大确认号 \xE2\x88\x92 第一个数据字节的序号）除以从第一个数据报文段（{first}）发出到确认全部这些数据的第一个 ACK（{ack}）之间的时间。"},
    // Slow start.
    {"{dir}: end of slow start", "{dir}：慢启动何时结束"},
    {"Slow start ends at the first loss: the retransmission in {frame} ({time} s).", "慢启动在第一次丢包时结束，即{frame}（{time} 秒）的重传。"},
    {"No loss event, so by this rule slow start never ends in the capture (the sender may still have passed ssthresh, which a capture cannot show).",
     "没有丢包事件，按这一规则，慢启动在整个捕获过程中都没有结束（发送方也可能已超过 ssthresh，但抓包无法看出这一点）。"},
    {"Largest bytes in flight per round: {list}.", "每一轮的最大在途字节数：{list}。"},
    {"The rule: slow start ends at the first loss event (the first retransmission, timeout or fast retransmit after duplicate ACKs), where the textbook sender halves ssthresh. Rounds are one RTT long ({rtt} s: the smoothed ACK RTT, or the handshake's); the flight is the bytes sent and not yet acknowledged, as seen at the capture point.",
     "慢启动以第一次丢包事件（第一次重传：超时重传，或收到重复确认后的快速重传）为结束标志，教科书中的发送方此时把 ssthresh 减半。每一轮为一个 RTT（{rtt} 秒，即平滑后的 ACK RTT，没有时用握手的 RTT）；在途数据指已发送但尚未被确认的字节，以捕获点所见为准。"},
    // Limiting factor.
    {"{dir}: what limited the transfer?", "{dir}：什么限制了传输速度？"},
    {"{Sender} was {sentence}.", "{sender}{sentence}。"},
    {"The capture was taken next to the receiver: the sender's flight is not visible there, so most round trips are unknown.",
     "抓包位置紧挨着接收方：在那里看不到发送方的在途数据，所以大多数往返时间段无法判断。"},
    {"Each round trip is judged by its flight against the receiver's window, its losses and its pauses (T-RAT, SIGCOMM 2002; Siekkinen et al., 2008); the shares are of the time from the handshake to the last ACK of data. The rules are in docs/limiting-factors.md; tcplens-cli limits prints the timeline.",
     "每个往返时间段按其在途数据与接收窗口的关系、丢包和停顿来判断（T-RAT，SIGCOMM 2002；Siekkinen 等，2008）；占比是相对于从握手结束到最后一个数据确认的时间。规则见 docs/limiting-factors.md；tcplens-cli limits 会列出时间线。"},
    {"Factor", "因素"},
    {"Seconds", "秒"},
    {"Share", "占比"},
}};

} // namespace

const char* phrase(NarrationLanguage language, Say what) noexcept
{
    const auto& entry = kCatalogue[static_cast<std::size_t>(what)];
    return language == NarrationLanguage::English ? entry.first : entry.second;
}

std::string fill(NarrationLanguage language, Say what, Values values)
{
    std::string text = phrase(language, what);
    for (const auto& [key, value] : values)
        fillPlaceholder(text, key, value);
    return text;
}

} // namespace tcplens::report
