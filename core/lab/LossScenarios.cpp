// A bottleneck that drops: slow start, loss and recovery under Reno and BBR, in a network
// namespace of the lab's own (root).
#include "LabCatalog.h"
#include "LabChecks.h"
#include "LabNetwork.h"
#include "LabSocket.h"

#include "../capture/LoadedCapture.h"
#include "../decode/DecodedPacket.h"
#include "../kernel/TcpInfoSample.h"
#include "../tcp/TcpAnalysis.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include <cstring>
#include <thread>

namespace tcplens {
namespace {

using namespace std::chrono_literals;
using namespace tcpflag;

constexpr std::size_t kBytes = 400 * 1024;
constexpr const char* kAlgorithms[] = {"reno", "bbr"};
constexpr std::int32_t kInitialWindow = 10 * 1448; // Linux's initial cwnd of 10 segments, MTU 1500 with timestamps

/// One bulk transfer with congestion control `algorithm`; the kernel's view of it goes to the session.
bool transfer(LabSession& session, const char* algorithm, LabProblem& error)
{
    LabSocket client = LabSocket::connectLoopback(session.port, session.timeout, error, [algorithm](int fd) {
        ::setsockopt(fd, IPPROTO_TCP, TCP_CONGESTION, algorithm, static_cast<socklen_t>(std::strlen(algorithm)));
    });
    char used[16] = {};
    socklen_t length = sizeof used;
    if (!client.valid())
        return false;
    if (::getsockopt(client.fd(), IPPROTO_TCP, TCP_CONGESTION, used, &length) != 0 || std::string(used) != algorithm) {
        error = LabProblem(LabProblemKind::NoCongestionControl, {algorithm});
        return false;
    }
    if (!client.sendAll(std::string(kBytes, 'L'), error))
        return false;
    // The kernel's view once every byte is acknowledged, while the socket still has its tcp_info.
    tcp_info info{};
    socklen_t size = sizeof info;
    const auto deadline = std::chrono::steady_clock::now() + session.timeout;
    int queued = 0;
    do {
        std::this_thread::sleep_for(5ms);
        size = sizeof info;
        if (::getsockopt(client.fd(), IPPROTO_TCP, TCP_INFO, &info, &size) != 0 || ::ioctl(client.fd(), SIOCOUTQ, &queued) != 0) {
            error = LabProblem(LabProblemKind::CannotReadTcpInfo);
            return false;
        }
    } while ((queued > 0 || info.tcpi_unacked > 0) && std::chrono::steady_clock::now() < deadline);
    const bool ssthreshSet = info.tcpi_snd_ssthresh < kInfiniteSsthresh;
    session.observations.push_back(
        {{std::string(algorithm) + ": cwnd " + std::to_string(info.tcpi_snd_cwnd) + " segments, ssthresh "
              + (ssthreshSet ? std::to_string(info.tcpi_snd_ssthresh) : std::string("unset")) + ", "
              + std::to_string(info.tcpi_total_retrans) + " segments retransmitted (tcp_info after the last ACK)",
          std::string(algorithm) + "：cwnd " + std::to_string(info.tcpi_snd_cwnd) + " 个报文段，ssthresh "
              + (ssthreshSet ? std::to_string(info.tcpi_snd_ssthresh) : std::string("未设置")) + "，共重传 "
              + std::to_string(info.tcpi_total_retrans) + " 个报文段（最后一个 ACK 之后的 tcp_info）"},
         std::string(algorithm) + "-retransmitted",
         info.tcpi_total_retrans});
    std::string rest;
    if (::shutdown(client.fd(), SHUT_WR) != 0 || !client.receiveToEnd(rest, error))
        return false;
    client.close();
    return true;
}

LabScenario lossyLink()
{
    LabScenario s;
    s.id = "lossy-link";
    s.title = {"A bottleneck that drops: slow start and loss recovery, Reno and BBR", "会丢包的瓶颈：慢启动与丢包恢复，Reno 与 BBR"};
    s.explanation = {
        "Needs root. The lab makes a network namespace of its own whose loopback has an MTU of 1500 and a token bucket "
        "(tc tbf) of 20 Mbit/s with a 30 KB queue: a bottleneck. Two connections each send 400 KiB, stream 0 with Reno "
        "and stream 1 with BBR. Each starts in slow start, its bytes in flight growing every round trip, until the "
        "queue overflows and tbf drops packets; a dropped packet never reaches the capture (Wireshark: previous "
        "segment not captured). Duplicate ACKs with SACK blocks follow and the sender retransmits (fast retransmit, "
        "or the retransmission timer when a retransmission is lost too). Compare the two streams' bytes in flight and "
        "retransmissions; the kernel's own cwnd, ssthresh and retransmission count are printed beside the capture.",
        "需要 root。实验程序创建一个自己的网络命名空间，其回环接口的 MTU 为 1500，并带有 20 Mbit/s、队列 30 KB 的令牌桶（tc "
        "tbf）：一个瓶颈。两条连接各发送 400 KiB，流 0 使用 Reno，流 1 使用 BBR。每条连接都从慢启动开始，在途字节数每个往返时间都在增长，"
        "直到队列溢出、tbf 开始丢包；被丢弃的报文不会出现在抓包中（Wireshark：previous segment not captured）。随后出现带 SACK "
        "块的重复 ACK，发送方进行重传（快速重传；如果重传的报文也丢了，则靠重传定时器）。请比较两条流的在途字节数和重传；内核自己的 "
        "cwnd、ssthresh 和重传计数显示在抓包旁边。"};
    s.ownNetwork = [](LabProblem& error) {
        return runNetworkTool({"ip", "link", "set", "lo", "mtu", "1500"}, error)
            && runNetworkTool({"ethtool", "-K", "lo", "tso", "off", "gso", "off"}, error)
            && runNetworkTool({"tc", "qdisc", "add", "dev", "lo", "root", "tbf", "rate", "20mbit", "burst", "5kb", "limit", "30kb"},
                              error);
    };
    s.run = [](LabSession& session, LabProblem& error) {
        if (!session.server->listen(2, error))
            return false;
        auto server = serveInBackground([&session]() -> LabProblem {
            LabProblem error;
            for (const char* algorithm : kAlgorithms) {
                LabSocket connection = session.server->accept(session.timeout, error);
                std::string data;
                if (!connection.valid() || !connection.receiveToEnd(data, error))
                    return error;
                if (data.size() != kBytes)
                    return LabProblem(LabProblemKind::AlgorithmReceived, {algorithm, std::to_string(data.size())});
            }
            return {};
        });
        LabProblem clientError;
        bool ok = true;
        for (const char* algorithm : kAlgorithms) {
            ok = ok && transfer(session, algorithm, clientError);
            std::this_thread::sleep_for(200ms); // the queue drains between the two
        }
        return bothSidesWorked(ok, clientError, server, error);
    };
    s.check = [](const LoadedCapture& capture, const LabSession&) {
        const auto packets = labPackets(capture);
        LabCheck check;
        for (std::uint32_t stream = 0; stream < 2; ++stream) {
            const auto flow = streamPackets(packets, stream);
            const std::string name = kAlgorithms[stream];
            const std::string label = "stream " + std::to_string(stream) + " (" + name + ")";
            const std::string zhLabel = "流 " + std::to_string(stream) + "（" + name + "）";
            std::uint32_t acknowledged = 0; // the receiver's ACKs prove delivery even if the capture missed a segment
            for (const auto& packet : flow)
                if (!packet.fromClient && packet.has(Ack))
                    acknowledged = std::max(acknowledged, packet.relativeAck);
            std::int32_t firstFlight = -1;
            std::int32_t peakBeforeLoss = 0;
            bool lossSeen = false;
            for (const auto& packet : flow) {
                if (!packet.fromClient || packet.payload == 0)
                    continue;
                lossSeen = lossSeen || packet.is(analysis::Retransmission | analysis::FastRetransmission | analysis::LostSegment);
                if (firstFlight < 0)
                    firstFlight = packet.bytesInFlight;
                if (!lossSeen)
                    peakBeforeLoss = std::max(peakBeforeLoss, packet.bytesInFlight);
            }
            const auto lost = framesWhere(flow, [](const LabPacket& p) { return p.fromClient && p.is(analysis::LostSegment); });
            const auto again = framesWhere(flow, [](const LabPacket& p) {
                return p.fromClient && p.is(analysis::Retransmission | analysis::FastRetransmission);
            });
            check.items.push_back(checkItem({label + ": slow start, bytes in flight grow past the initial window before the first loss",
                                             zhLabel + "：慢启动，首次丢包前在途字节数超过初始窗口"},
                                            firstFlight > 0 && firstFlight <= kInitialWindow && peakBeforeLoss > kInitialWindow,
                                            LabText{"first " + std::to_string(firstFlight) + " bytes, then up to "
                                                        + std::to_string(peakBeforeLoss),
                                                    "起初 " + std::to_string(firstFlight) + " 字节，之后最多 "
                                                        + std::to_string(peakBeforeLoss)}));
            check.items.push_back(checkItem({label + ": the bottleneck drops segments and the sender retransmits them",
                                             zhLabel + "：瓶颈丢弃报文段，发送方重传它们"},
                                            !lost.empty() && !again.empty(),
                                            LabText{std::to_string(lost.size()) + " gaps (", std::to_string(lost.size()) + " 处缺口（"}
                                                + framesText(lost)
                                                + LabText{"), " + std::to_string(again.size()) + " retransmissions",
                                                          "），" + std::to_string(again.size()) + " 次重传"}));
            check.items.push_back(checkItem({label + ": the receiver acknowledges every byte", zhLabel + "：接收方确认了所有字节"},
                                            acknowledged >= kBytes + 1,
                                            LabText{"relative ACK ", "相对确认号 "} + std::to_string(acknowledged) + " ("
                                                + bytesText(kBytes) + " + 1)"));
        }
        return check;
    };
    return s;
}

} // namespace

std::vector<LabScenario> lossScenarios()
{
    return {lossyLink()};
}

} // namespace tcplens
