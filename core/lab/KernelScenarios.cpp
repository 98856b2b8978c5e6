// What the kernel keeps beside the packets: TIME_WAIT sockets and the listen queues.
#include "LabCatalog.h"
#include "LabChecks.h"
#include "LabSocket.h"

#include "../capture/LoadedCapture.h"
#include "../decode/DecodedPacket.h"
#include "../kernel/NetstatCounters.h"
#include "../kernel/TcpInfoSampler.h"
#include "../tcp/TcpAnalysis.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <fstream>
#include <thread>

namespace tcplens {
namespace {

using namespace std::chrono_literals;
using namespace tcpflag;

constexpr std::uint8_t kLinuxTimeWait = 6; // TCP_TIME_WAIT of linux/tcp_states.h

Endpoint loopbackEndpoint(std::uint16_t port)
{
    Endpoint endpoint;
    endpoint.address.family = 4;
    endpoint.address.bytes[0] = 127;
    endpoint.address.bytes[3] = 1;
    endpoint.port = port;
    return endpoint;
}

/// The stream whose client used `port`, if the capture has it.
std::optional<std::uint32_t> streamFromClientPort(const LoadedCapture& capture, std::int64_t port)
{
    for (const auto& conversation : capture.conversations)
        if (conversation.client().endpoint.port == port)
            return conversation.stream;
    return std::nullopt;
}

// --- TIME_WAIT -----------------------------------------------------------------------------

/// One exchange whose client closes first; its local port goes to `clientPort`.
bool exchange(const LabSession& session, LabSocket& client, LabProblem& error)
{
    client = LabSocket::connectLoopback(session.port, session.timeout, error);
    std::string answer;
    return client.valid() && client.sendAll("hello", error) && client.receiveExactly(5, answer, error);
}

LabScenario timeWait()
{
    LabScenario s;
    s.id = "time-wait";
    s.title = {"TIME_WAIT", "TIME_WAIT 状态"};
    s.explanation = {
        "The client closes first (the active close), the server closes after it, and the client's last ACK ends the "
        "first connection (stream 0). The packets are over, but the client's socket is not: it stays in TIME_WAIT for "
        "60 s on Linux, so that a late duplicate of this connection cannot be taken for a new one and the last ACK can "
        "be sent again if the server's FIN comes again. When the second connection (stream 1) starts, the lab asks the "
        "kernel (sock_diag, as `ss -tan state time-wait` does) and finds the first socket still in TIME_WAIT; the new "
        "connection uses another local port.",
        "客户端先关闭（主动关闭），服务器随后关闭，客户端的最后一个 ACK 结束第一条连接（流 0）。报文已经结束，但客户端的套接字还在："
        "在 Linux 上它会在 TIME_WAIT 状态停留 60 秒，使这条连接迟到的重复报文不会被误当作新连接的报文，并且在服务器的 FIN "
        "重传时可以再次发送最后的 ACK。第二条连接（流 1）开始时，实验程序向内核查询（sock_diag，与 `ss -tan state time-wait` "
        "相同），发现第一个套接字仍处于 TIME_WAIT；新连接使用了另一个本地端口。"};
    s.run = [](LabSession& session, LabProblem& error) {
        if (!session.server->listen(2, error))
            return false;
        auto server = serveInBackground([&session]() -> LabProblem {
            LabProblem error;
            for (int i = 0; i < 2; ++i) {
                LabSocket connection = session.server->accept(session.timeout, error);
                std::string data;
                if (!connection.valid() || !connection.receiveExactly(5, data, error) || !connection.sendAll("world", error)
                    || !connection.receiveToEnd(data, error))
                    return error;
            }
            return {};
        });
        LabProblem clientError;
        LabSocket first;
        LabSocket second;
        bool ok = exchange(session, first, clientError);
        const std::uint16_t firstPort = first.localPort();
        first.close();
        if (ok) {
            std::this_thread::sleep_for(100ms); // the server's FIN and the client's last ACK
            ok = exchange(session, second, clientError);
        }
        if (ok) {
            TcpInfoSampler sampler;
            bool exists = false;
            std::uint8_t state = 0;
            (void)sampler.query(loopbackEndpoint(firstPort), loopbackEndpoint(session.port), &exists, &state);
            const std::string socket = "127.0.0.1:" + std::to_string(firstPort) + " -> 127.0.0.1:" + std::to_string(session.port);
            const std::string seen = !sampler.valid() ? sampler.error() : exists ? tcpStateName(state) : "no socket";
            session.observations.push_back(
                {{"when stream 1 started (local port " + std::to_string(second.localPort()) + "), the socket " + socket
                      + " of stream 0 was: " + seen,
                  "流 1 开始时（本地端口 " + std::to_string(second.localPort()) + "），流 0 的套接字 " + socket + " 的状态是：" + seen},
                 "time-wait-port",
                 exists && state == kLinuxTimeWait ? firstPort : 0});
        }
        second.close();
        return bothSidesWorked(ok, clientError, server, error);
    };
    s.check = [](const LoadedCapture& capture, const LabSession& session) {
        const auto packets = labPackets(capture);
        const auto first = streamPackets(packets, 0);
        const auto second = streamPackets(packets, 1);
        LabCheck check;
        const auto clientFin = findPacket(first, [](const LabPacket& p) { return p.fromClient && p.has(Fin); });
        const auto serverFin = findPacket(first, [](const LabPacket& p) { return !p.fromClient && p.has(Fin); });
        const bool activeClose = clientFin && serverFin && *clientFin < *serverFin && !first.back().has(Fin)
                              && first.back().fromClient && first.back().has(Ack);
        check.items.push_back(checkItem({"stream 0: the client closes first and sends the last ACK", "流 0：客户端先关闭并发送最后的 ACK"},
                                        activeClose,
                                        clientFin && serverFin ? framesText({first[*clientFin].frame, first[*serverFin].frame,
                                                                             first.back().frame})
                                                               : LabText{"no close", "没有关闭"}));
        const bool after = !first.empty() && !second.empty() && second.front().has(Syn)
                        && second.front().frame > first.back().frame;
        check.items.push_back(checkItem({"stream 1 starts after stream 0 has ended", "流 0 结束之后流 1 才开始"}, after,
                                        second.empty() ? LabText{"no stream 1", "没有流 1"}
                                                       : LabText{"SYN in ", "SYN："} + framesText({second.front().frame})));
        const auto port = session.figure("time-wait-port");
        const auto stream = port && *port != 0 ? streamFromClientPort(capture, *port) : std::nullopt;
        check.items.push_back(checkItem({"stream 0's client socket was in TIME_WAIT then", "那时流 0 的客户端套接字处于 TIME_WAIT"},
                                        stream && *stream == 0,
                                        port && *port != 0 ? LabText{"TIME_WAIT on local port ", "TIME_WAIT，本地端口 "} + std::to_string(*port)
                                                           : LabText{"not seen", "没有看到"}));
        return check;
    };
    return s;
}

// --- listen queue overflow -----------------------------------------------------------------

std::int64_t abortOnOverflow()
{
    std::ifstream file("/proc/sys/net/ipv4/tcp_abort_on_overflow");
    std::int64_t value = 0;
    return file >> value ? value : 0;
}

void observeCounterChange(LabSession& session, const NetstatCounters& before, const NetstatCounters& after,
                          const std::string& name)
{
    const auto was = before.find(name);
    const auto now = after.find(name);
    if (was == before.end() || now == after.end())
        return;
    const auto delta = static_cast<std::int64_t>(now->second - was->second);
    const std::string text = name + ": " + std::to_string(was->second) + " -> " + std::to_string(now->second) + " (+"
                           + std::to_string(delta) + ")";
    session.observations.push_back({{text + ", nstat, this network namespace", text + "（nstat，本网络命名空间）"}, name, delta});
}

LabScenario listenOverflow()
{
    LabScenario s;
    s.id = "listen-overflow";
    s.title = {"SYN and accept queue overflow", "SYN 队列与全连接队列溢出"};
    s.explanation = {
        "The server listens with a backlog of 2 and never calls accept(). Clients A, C and D complete their handshakes "
        "and fill the accept queue (Linux holds backlog + 1 connections). Client B's SYN came while there was room, but "
        "B acknowledges the SYN-ACK 200 ms late (TCP_DEFER_ACCEPT on the client delays that ACK), when the queue is "
        "full: the kernel drops the ACK and, with tcp_abort_on_overflow = 0, retransmits its SYN-ACK a second later "
        "(with 1 it would answer with a RST). Client E's SYN finds the queue full and is dropped without an answer: E "
        "retransmits it after a second. The kernel's counters TcpExtListenOverflows and TcpExtListenDrops, read "
        "before and after, count these drops.",
        "服务器以 backlog 2 监听，并且从不调用 accept()。客户端 A、C、D 完成握手，填满了全连接队列（Linux 可容纳 backlog + 1 "
        "个连接）。客户端 B 的 SYN 到达时队列还有空位，但 B 晚了 200 毫秒才确认 SYN-ACK（客户端上的 TCP_DEFER_ACCEPT "
        "推迟了这个 ACK），此时队列已满：内核丢弃这个 ACK，并且在 tcp_abort_on_overflow = 0 时于一秒后重传 SYN-ACK（设为 1 "
        "时则回复 RST）。客户端 E 的 SYN 遇到队列已满，被直接丢弃、没有任何回应：E 在一秒后重传 SYN。前后读取的内核计数器 "
        "TcpExtListenOverflows 和 TcpExtListenDrops 记下了这些丢弃。"};
    s.run = [](LabSession& session, LabProblem& error) {
        const std::int64_t abort = abortOnOverflow();
        session.observations.push_back({{"net.ipv4.tcp_abort_on_overflow = " + std::to_string(abort),
                                         "net.ipv4.tcp_abort_on_overflow = " + std::to_string(abort)},
                                        "tcp_abort_on_overflow",
                                        abort});
        const auto before = readNetstat();
        if (!session.server->listen(2, error))
            return false;
        const auto connect = [&](const std::function<void(int)>& configure) {
            return LabSocket::connectLoopback(session.port, session.timeout, error, configure);
        };
        LabSocket a = connect({});
        LabSocket b = a.valid() ? connect([](int fd) {
            const int seconds = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_DEFER_ACCEPT, &seconds, sizeof seconds);
        })
                                : LabSocket();
        LabSocket c = b.valid() ? connect({}) : LabSocket();
        LabSocket d = c.valid() ? connect({}) : LabSocket();
        if (!d.valid())
            return false;
        LabSocket e = LabSocket::connectLoopbackNonBlocking(session.port, error);
        if (!e.valid())
            return false;
        session.observations.push_back({{"client B: local port " + std::to_string(b.localPort()) + ", client E: local port "
                                             + std::to_string(e.localPort()),
                                         "客户端 B：本地端口 " + std::to_string(b.localPort()) + "，客户端 E：本地端口 "
                                             + std::to_string(e.localPort())},
                                        "late-ack-port",
                                        b.localPort()});
        session.observations.push_back({{}, "dropped-syn-port", e.localPort()});
        std::this_thread::sleep_for(1400ms); // B's SYN-ACK and E's SYN are retransmitted after 1 s
        observeCounterChange(session, before, readNetstat(), "TcpExtListenOverflows");
        observeCounterChange(session, before, readNetstat(), "TcpExtListenDrops");
        for (LabSocket* client : {&e, &b, &a, &c, &d})
            client->close();
        std::this_thread::sleep_for(50ms);
        session.server->close(); // the connections still queued are reset
        return true;
    };
    s.check = [](const LoadedCapture& capture, const LabSession& session) {
        const auto packets = labPackets(capture);
        LabCheck check;
        const auto lateStream = streamFromClientPort(capture, session.figure("late-ack-port").value_or(-1));
        const auto late = lateStream ? streamPackets(packets, *lateStream) : std::vector<LabPacket>{};
        if (session.figure("tcp_abort_on_overflow").value_or(0) == 0) {
            const auto again = framesWhere(late, [](const LabPacket& p) {
                return !p.fromClient && p.has(Syn) && p.has(Ack) && p.is(analysis::Retransmission);
            });
            check.items.push_back(checkItem({"the late ACK is dropped: the server retransmits its SYN-ACK to B",
                                             "迟到的 ACK 被丢弃：服务器向 B 重传 SYN-ACK"},
                                            !again.empty(), framesText(again)));
        } else {
            const auto resets = framesWhere(late, [](const LabPacket& p) { return !p.fromClient && p.has(Rst); });
            check.items.push_back(checkItem({"tcp_abort_on_overflow: the server resets B", "tcp_abort_on_overflow：服务器重置 B"},
                                            !resets.empty(), framesText(resets)));
        }
        const auto droppedStream = streamFromClientPort(capture, session.figure("dropped-syn-port").value_or(-1));
        const auto dropped = droppedStream ? streamPackets(packets, *droppedStream) : std::vector<LabPacket>{};
        const auto synAgain = framesWhere(dropped, [](const LabPacket& p) {
            return p.fromClient && p.has(Syn) && !p.has(Ack) && p.is(analysis::Retransmission);
        });
        const bool unanswered = !dropped.empty()
                             && !findPacket(dropped, [](const LabPacket& p) { return !p.fromClient; });
        check.items.push_back(checkItem({"E's SYN is dropped unanswered and retransmitted", "E 的 SYN 被丢弃、没有回应并被重传"},
                                        unanswered && !synAgain.empty(),
                                        LabText{"SYN in ", "SYN："}
                                            + framesText(framesWhere(dropped, [](const LabPacket& p) { return p.has(Syn); }))));
        const auto overflows = session.figure("TcpExtListenOverflows");
        const auto drops = session.figure("TcpExtListenDrops");
        check.items.push_back(checkItem({"the kernel counts the overflows (TcpExtListenOverflows, TcpExtListenDrops)",
                                         "内核记下了溢出（TcpExtListenOverflows、TcpExtListenDrops）"},
                                        overflows && drops && *overflows >= 2 && *drops >= 2,
                                        overflows && drops ? LabText{"+", "+"} + std::to_string(*overflows) + ", +" + std::to_string(*drops)
                                                           : LabText{"counters unreadable", "无法读取计数器"}));
        return check;
    };
    return s;
}

/// The same overflow with tcp_abort_on_overflow = 1, set in a network namespace of its own.
LabScenario listenOverflowAbort()
{
    LabScenario s = listenOverflow();
    s.id = "listen-overflow-abort";
    s.title = {"Accept queue overflow with tcp_abort_on_overflow", "开启 tcp_abort_on_overflow 时的全连接队列溢出"};
    s.explanation = {
        "Needs root. The listen-overflow scenario again, in a network namespace of the lab's own where "
        "net.ipv4.tcp_abort_on_overflow is 1 (the machine's setting is not touched). Now the kernel does not drop "
        "client B's late ACK silently: it answers with a RST, and B, which believed itself connected, learns at once "
        "that the server could not take it. Client E's SYN is still dropped and retransmitted, because a SYN is never "
        "answered with a RST for a full queue. Compare with listen-overflow: the RST instead of the SYN-ACK "
        "retransmissions.",
        "需要 root。再次运行 listen-overflow 场景，但在实验程序自己的网络命名空间中把 net.ipv4.tcp_abort_on_overflow 设为 "
        "1（不改动本机的设置）。此时内核不再悄悄丢弃客户端 B 迟到的 ACK，而是回复 RST：以为自己已经连上的 B "
        "立即得知服务器无法接纳它。客户端 E 的 SYN 仍然被丢弃并重传，因为队列满时内核从不用 RST 回应 SYN。请与 listen-overflow "
        "比较：这里是 RST，而不是 SYN-ACK 的重传。"};
    s.ownNetwork = [](LabProblem& error) {
        // /proc/sys/net is the writing thread's namespace: the lab's own.
        std::ofstream sysctl("/proc/sys/net/ipv4/tcp_abort_on_overflow");
        if (sysctl << "1\n" << std::flush)
            return true;
        error = LabProblem(LabProblemKind::CannotSetAbortOnOverflow);
        return false;
    };
    return s;
}

} // namespace

std::vector<LabScenario> kernelScenarios()
{
    return {timeWait(), listenOverflow(), listenOverflowAbort()};
}

} // namespace tcplens
