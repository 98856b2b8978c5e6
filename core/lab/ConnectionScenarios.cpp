// Opening and closing: the handshake with a four-way and a three-packet close, a closed port,
// an abortive close and a half close.
#include "LabCatalog.h"
#include "LabChecks.h"
#include "LabSocket.h"

#include "../capture/LoadedCapture.h"
#include "../decode/DecodedPacket.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cerrno>
#include <thread>

namespace tcplens {
namespace {

using namespace std::chrono_literals;
using namespace tcpflag;

/// The client's request and the server's answer of every exchange.
constexpr std::string_view kRequest = "hello";
constexpr std::string_view kAnswer = "world";

/// Server side of an exchange: accept, read the request, answer; the caller closes.
bool serveExchange(LabSession& session, LabSocket& connection, LabProblem& error)
{
    connection = session.server->accept(session.timeout, error);
    std::string request;
    return connection.valid() && connection.receiveExactly(kRequest.size(), request, error)
        && connection.sendAll(kAnswer, error);
}

/// Client side of an exchange: connect, send the request, read the answer; the caller closes.
bool clientExchange(const LabSession& session, LabSocket& connection, LabProblem& error)
{
    connection = LabSocket::connectLoopback(session.port, session.timeout, error);
    std::string answer;
    return connection.valid() && connection.sendAll(kRequest, error)
        && connection.receiveExactly(kAnswer.size(), answer, error);
}

/// An orderly close where the client closes first and the server closes after reading its
/// FIN; `quickAck` makes the server acknowledge the FIN at once and wait before its own FIN.
bool exchangeAndClose(LabSession& session, bool quickAck, LabProblem& error)
{
    if (!session.server->listen(1, error))
        return false;
    auto server = serveInBackground([&session, quickAck]() -> LabProblem {
        LabProblem error;
        LabSocket connection;
        std::string rest;
        if (!serveExchange(session, connection, error) || !connection.receiveToEnd(rest, error))
            return error;
        if (quickAck) {
            // The FIN put the socket in delayed-ACK ("pingpong") mode: TCP_QUICKACK sends that ACK now.
            if (!connection.setOption(IPPROTO_TCP, TCP_QUICKACK, 1, error))
                return error;
            std::this_thread::sleep_for(150ms);
        }
        connection.close();
        return {};
    });
    LabSocket client;
    LabProblem clientError;
    const bool ok = clientExchange(session, client, clientError);
    if (ok)
        std::this_thread::sleep_for(50ms); // the answer's ACK leaves before the FIN
    client.close();
    return bothSidesWorked(ok, clientError, server, error);
}

/// The exchange's payloads: the request from the client, the answer from the server.
LabCheckItem exchangeItem(const std::vector<LabPacket>& stream)
{
    const auto request = findPacket(stream, [](const LabPacket& p) { return p.fromClient && p.payload == kRequest.size(); });
    const auto answer = findPacket(stream, [](const LabPacket& p) { return !p.fromClient && p.payload == kAnswer.size(); });
    std::vector<std::uint32_t> frames;
    if (request)
        frames.push_back(stream[*request].frame);
    if (answer)
        frames.push_back(stream[*answer].frame);
    return checkItem({"a short exchange: 5 bytes each way", "一次简短的数据交换：双向各 5 字节"}, request && answer,
                     framesText(frames));
}

LabCheckItem noResetItem(const std::vector<LabPacket>& stream)
{
    const auto resets = framesWhere(stream, [](const LabPacket& p) { return p.has(Rst); });
    return checkItem({"no RST: an orderly close", "没有 RST：正常关闭"}, resets.empty(),
                     resets.empty() ? LabText{"no RST", "没有 RST"} : LabText{"RST in ", "RST："} + framesText(resets));
}

LabCheck checkClose(const LoadedCapture& capture, bool threePackets)
{
    const auto stream = streamPackets(labPackets(capture), 0);
    LabCheck check;
    check.items.push_back(handshakeItem(stream));
    check.items.push_back(exchangeItem(stream));
    const auto clientFin = findPacket(stream, [](const LabPacket& p) { return p.fromClient && p.has(Fin); });
    const auto serverFin = findPacket(stream, [](const LabPacket& p) { return !p.fromClient && p.has(Fin); });
    std::optional<std::size_t> serverAck; // the server's bare ACK of the client's FIN
    if (clientFin)
        serverAck = findPacket(
            stream, [](const LabPacket& p) { return !p.fromClient && p.has(Ack) && !p.has(Fin) && p.payload == 0; },
            *clientFin + 1);
    const bool ordered = clientFin && serverFin && *clientFin < *serverFin;
    const auto lastAck = serverFin ? findPacket(stream, [](const LabPacket& p) { return p.fromClient && p.has(Ack) && !p.has(Fin); },
                                                *serverFin + 1)
                                   : std::nullopt;
    std::vector<std::uint32_t> frames;
    for (const auto& at : {clientFin, threePackets ? std::nullopt : serverAck, serverFin, lastAck})
        if (at)
            frames.push_back(stream[*at].frame);
    if (threePackets) {
        // The server's FIN comes right after the client's and acknowledges it: no bare ACK between.
        const bool piggybacked = ordered && *serverFin == *clientFin + 1 && stream[*serverFin].has(Ack);
        check.items.push_back(checkItem({"three-packet close: FIN, FIN-ACK (the ACK rides on the server's FIN), ACK",
                                         "三次挥手：FIN、FIN-ACK（服务器的 FIN 捎带了 ACK）、ACK"},
                                        piggybacked && lastAck, framesText(frames)));
    } else {
        const bool fourWay = ordered && serverAck && *serverAck < *serverFin;
        check.items.push_back(checkItem({"four-way close: FIN, ACK, FIN, ACK (the client closes first)",
                                         "四次挥手：FIN、ACK、FIN、ACK（客户端先关闭）"},
                                        fourWay && lastAck, framesText(frames)));
    }
    check.items.push_back(noResetItem(stream));
    return check;
}

LabScenario handshake()
{
    LabScenario s;
    s.id = "handshake";
    s.title = {"Three-way handshake and four-way close", "三次握手与四次挥手"};
    s.explanation = {
        "The client connects with a SYN, the server answers SYN-ACK and the client's ACK completes the three-way "
        "handshake; look at the initial sequence numbers and the MSS, window scale and SACK options each side offers. "
        "After five bytes each way the client closes first: its FIN is acknowledged by the server, the server sends "
        "its own FIN later and the client's last ACK ends the four-way close. The client, which closed first, goes to "
        "TIME_WAIT.",
        "客户端发送 SYN 发起连接，服务器回复 SYN-ACK，客户端的 ACK 完成三次握手；请观察双方的初始序列号，以及各自在 SYN 中提供的 "
        "MSS、窗口缩放和 SACK 选项。双方各发送 5 字节后，客户端先关闭：服务器先确认它的 FIN，稍后再发送自己的 FIN，客户端的最后一个 "
        "ACK 结束四次挥手。先关闭的一方（客户端）进入 TIME_WAIT。"};
    s.run = [](LabSession& session, LabProblem& error) { return exchangeAndClose(session, true, error); };
    s.check = [](const LoadedCapture& capture, const LabSession&) { return checkClose(capture, false); };
    return s;
}

LabScenario threePacketClose()
{
    LabScenario s;
    s.id = "three-packet-close";
    s.title = {"Three-packet close", "三次挥手（FIN 捎带 ACK）"};
    s.explanation = {
        "The same exchange, but the server closes as soon as it reads the client's FIN. Linux delays the ACK of a FIN "
        "(at least 40 ms on loopback), so the server's FIN leaves first and carries that ACK: the close takes three "
        "packets, FIN, FIN-ACK, ACK, instead of four. Look at the second packet of the close: its ACK number "
        "acknowledges the client's FIN. (If the machine is so loaded that the server is woken later than the delayed "
        "ACK, the close has four packets and the check says so.)",
        "同样的数据交换，但服务器一读到客户端的 FIN 就立即关闭。Linux 会延迟对 FIN 的确认（回环接口上至少 40 毫秒），于是服务器的 "
        "FIN 先发出并捎带了这个 ACK：关闭只用三个报文 FIN、FIN-ACK、ACK，而不是四个。请看关闭过程的第二个报文：它的确认号确认了客户端的 "
        "FIN。（如果机器负载过高，服务器被唤醒晚于延迟确认，关闭就会是四个报文，检查结果会如实说明。）"};
    s.run = [](LabSession& session, LabProblem& error) { return exchangeAndClose(session, false, error); };
    s.check = [](const LoadedCapture& capture, const LabSession&) { return checkClose(capture, true); };
    return s;
}

LabScenario closedPort()
{
    LabScenario s;
    s.id = "closed-port";
    s.title = {"Connecting to a closed port", "连接未监听的端口"};
    s.explanation = {
        "The client sends a SYN to a port where no program listens. The kernel answers at once with a RST (with ACK, "
        "acknowledging the SYN), and connect() fails with \"Connection refused\". Look at the RST's acknowledgment "
        "number: the SYN's sequence number plus one. No handshake, no data: the conversation is two packets long.",
        "客户端向一个没有程序监听的端口发送 SYN。内核立即回复 RST（带 ACK，确认该 SYN），connect() 以“Connection refused”"
        "（连接被拒绝）失败。请看 RST 的确认号：等于 SYN 的序列号加一。没有握手，也没有数据：整个会话只有两个报文。"};
    s.run = [](LabSession& session, LabProblem& error) {
        int code = 0;
        LabProblem refused;
        LabSocket client = LabSocket::connectLoopback(session.port, session.timeout, refused, {}, &code);
        if (code != ECONNREFUSED) {
            error = client.valid() ? LabProblem(LabProblemKind::ClosedPortAccepted) : refused;
            return false;
        }
        return true;
    };
    s.check = [](const LoadedCapture& capture, const LabSession&) {
        const auto stream = streamPackets(labPackets(capture), 0);
        LabCheck check;
        const bool syn = !stream.empty() && stream[0].has(Syn) && !stream[0].has(Ack);
        check.items.push_back(checkItem({"the client's SYN", "客户端的 SYN"}, syn,
                                        framesText(framesWhere(stream, [](const LabPacket& p) { return p.has(Syn); }))));
        const auto resets = framesWhere(stream, [](const LabPacket& p) { return !p.fromClient && p.has(Rst) && p.has(Ack); });
        check.items.push_back(checkItem({"the kernel's RST-ACK answers it", "内核以 RST-ACK 回应"},
                                        stream.size() == 2 && resets.size() == 1 && resets[0] == stream[1].frame,
                                        framesText(resets)));
        return check;
    };
    return s;
}

LabScenario abortiveClose()
{
    LabScenario s;
    s.id = "abortive-close";
    s.title = {"Abortive close (SO_LINGER 0)", "异常关闭（SO_LINGER 为 0）"};
    s.explanation = {
        "After the exchange the client sets SO_LINGER with a zero timeout and closes: instead of a FIN the kernel sends "
        "a RST, throws away anything unsent and skips TIME_WAIT. The server's next read fails with \"Connection reset by "
        "peer\". Look for the RST where the FIN would be, and notice that nothing answers it.",
        "数据交换之后，客户端把 SO_LINGER 设为 0 秒超时再关闭：内核不发送 FIN，而是发送 RST，丢弃所有未发送的数据，也不进入 "
        "TIME_WAIT。服务器的下一次读取会以“Connection reset by peer”（连接被对方重置）失败。请找到本该是 FIN 的位置上的 "
        "RST，并注意没有任何报文回应它。"};
    s.run = [](LabSession& session, LabProblem& error) {
        if (!session.server->listen(1, error))
            return false;
        auto server = serveInBackground([&session]() -> LabProblem {
            LabProblem error;
            LabSocket connection;
            if (!serveExchange(session, connection, error))
                return error;
            std::string rest;
            if (connection.receiveToEnd(rest, error))
                return LabProblem(LabProblemKind::EndedWithFin);
            return error.systemError == ECONNRESET ? LabProblem() : error; // the RST ended it
        });
        LabSocket client;
        LabProblem clientError;
        bool ok = clientExchange(session, client, clientError);
        if (ok) {
            std::this_thread::sleep_for(50ms);
            ok = client.closeWithReset(clientError);
        }
        return bothSidesWorked(ok, clientError, server, error);
    };
    s.check = [](const LoadedCapture& capture, const LabSession&) {
        const auto stream = streamPackets(labPackets(capture), 0);
        LabCheck check;
        check.items.push_back(handshakeItem(stream));
        check.items.push_back(exchangeItem(stream));
        const auto resets = framesWhere(stream, [](const LabPacket& p) { return p.fromClient && p.has(Rst); });
        const auto fins = framesWhere(stream, [](const LabPacket& p) { return p.has(Fin); });
        check.items.push_back(checkItem({"the client's RST ends the connection, no FIN", "客户端的 RST 结束连接，没有 FIN"},
                                        resets.size() == 1 && fins.empty() && stream.back().frame == resets[0],
                                        LabText{"RST in ", "RST："} + framesText(resets) + LabText{", FIN in ", "，FIN："}
                                            + framesText(fins)));
        return check;
    };
    return s;
}

LabScenario halfClose()
{
    LabScenario s;
    s.id = "half-close";
    s.title = {"Half close (shutdown)", "半关闭（shutdown）"};
    s.explanation = {
        "The client sends its question and calls shutdown(SHUT_WR): its FIN says \"I will send no more\", but it keeps "
        "reading. The server reads to the end of the question, then sends three answers on the half-closed connection, "
        "and the client acknowledges each of them. Only then does the server close with its own FIN. Look at the data "
        "flowing from the server after the client's FIN: a FIN closes one direction, not the connection.",
        "客户端发送问题后调用 shutdown(SHUT_WR)：它的 FIN 表示“我不再发送数据”，但它仍然继续接收。服务器读完问题后，在这条半关闭的连接上"
        "发送三段回答，客户端逐一确认。之后服务器才用自己的 FIN 关闭。请观察客户端 FIN 之后仍从服务器流向客户端的数据：FIN "
        "只关闭一个方向，而不是整个连接。"};
    s.run = [](LabSession& session, LabProblem& error) {
        if (!session.server->listen(1, error))
            return false;
        auto server = serveInBackground([&session]() -> LabProblem {
            LabProblem error;
            LabSocket connection = session.server->accept(session.timeout, error);
            std::string question;
            if (!connection.valid() || !connection.receiveToEnd(question, error))
                return error;
            for (const std::string_view answer : {"answer 1\n", "answer 2\n", "answer 3\n"}) {
                std::this_thread::sleep_for(30ms);
                if (!connection.sendAll(answer, error))
                    return error;
            }
            std::this_thread::sleep_for(30ms);
            return {};
        });
        LabProblem clientError;
        LabSocket client = LabSocket::connectLoopback(session.port, session.timeout, clientError);
        std::string answers;
        bool ok = client.valid() && client.sendAll("question\n", clientError);
        if (ok && ::shutdown(client.fd(), SHUT_WR) != 0) {
            clientError = LabProblem(LabProblemKind::ShutdownFailed);
            ok = false;
        }
        ok = ok && client.receiveToEnd(answers, clientError);
        if (ok && answers != "answer 1\nanswer 2\nanswer 3\n") {
            clientError = LabProblem(LabProblemKind::AnswersWrong);
            ok = false;
        }
        return bothSidesWorked(ok, clientError, server, error);
    };
    s.check = [](const LoadedCapture& capture, const LabSession&) {
        const auto stream = streamPackets(labPackets(capture), 0);
        LabCheck check;
        check.items.push_back(handshakeItem(stream));
        const auto clientFin = findPacket(stream, [](const LabPacket& p) { return p.fromClient && p.has(Fin); });
        const auto serverFin = findPacket(stream, [](const LabPacket& p) { return !p.fromClient && p.has(Fin); });
        std::vector<std::uint32_t> dataAfter;
        std::uint32_t bytesAfter = 0;
        std::vector<std::uint32_t> acksAfter;
        if (clientFin) {
            for (std::size_t i = *clientFin + 1; i < stream.size(); ++i) {
                if (!stream[i].fromClient && stream[i].payload > 0) {
                    dataAfter.push_back(stream[i].frame);
                    bytesAfter += stream[i].payload;
                } else if (stream[i].fromClient && stream[i].has(Ack) && !stream[i].has(Fin) && !stream[i].has(Rst)) {
                    acksAfter.push_back(stream[i].frame);
                }
            }
        }
        check.items.push_back(checkItem({"the client's FIN comes first (shutdown)", "客户端先发出 FIN（shutdown）"},
                                        clientFin && serverFin && *clientFin < *serverFin,
                                        clientFin ? framesText({stream[*clientFin].frame}) : LabText{"no FIN", "没有 FIN"}));
        check.items.push_back(checkItem({"the server's 27 bytes of answers flow after that FIN", "该 FIN 之后服务器仍发送了 27 字节回答"},
                                        bytesAfter == 27, framesText(dataAfter) + ", " + bytesText(bytesAfter)));
        check.items.push_back(checkItem({"the half-closed client still acknowledges them", "半关闭的客户端仍然确认这些数据"},
                                        acksAfter.size() >= 1, framesText(acksAfter)));
        check.items.push_back(noResetItem(stream));
        return check;
    };
    return s;
}

} // namespace

std::vector<LabScenario> connectionScenarios()
{
    return {handshake(), threePacketClose(), closedPort(), abortiveClose(), halfClose()};
}

} // namespace tcplens
