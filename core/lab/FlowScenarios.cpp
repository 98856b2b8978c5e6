// Data on an open connection: the zero window, Nagle against TCP_NODELAY, keep-alive.
#include "LabCatalog.h"
#include "LabChecks.h"
#include "LabSocket.h"

#include "../capture/LoadedCapture.h"
#include "../decode/DecodedPacket.h"
#include "../tcp/TcpAnalysis.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdio>
#include <thread>

namespace tcplens {
namespace {

using namespace std::chrono_literals;
using namespace tcpflag;

std::string milliseconds(std::int64_t ns)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.0f ms", static_cast<double>(ns) / 1e6);
    return text;
}

// --- zero window ---------------------------------------------------------------------------

constexpr std::size_t kZeroWindowBytes = 64 * 1024;
constexpr int kZeroWindowReceiveBuffer = 4096;

LabScenario zeroWindow()
{
    LabScenario s;
    s.id = "zero-window";
    s.title = {"Zero window and window update", "零窗口与窗口更新"};
    s.explanation = {
        "The server's socket has a tiny receive buffer (SO_RCVBUF 4096) and its program does not read for 0.8 s while "
        "the client sends 64 KiB. The buffer fills, the advertised window shrinks and reaches zero: the client must "
        "stop. While the window is zero, the client's persist timer sends probes (Linux sends a bare ACK one byte "
        "behind, which Wireshark names a Keep-Alive). When the program reads again, the server announces the open "
        "window with a window update and the data flows on. Look at the window field of the server's ACKs and the "
        "pause before the update.",
        "服务器套接字的接收缓冲区很小（SO_RCVBUF 为 4096），而且程序在客户端发送 64 KiB 时有 0.8 秒不去读取。缓冲区被填满，通告窗口"
        "不断缩小直到为零：客户端必须停止发送。窗口为零期间，客户端的坚持定时器发送探测报文（Linux 发送序号落后一个字节的空 "
        "ACK，Wireshark 称之为 Keep-Alive）。程序重新读取后，服务器用窗口更新报文通告窗口已打开，数据继续流动。请观察服务器 ACK "
        "中的窗口字段，以及窗口更新之前的停顿。"};
    s.run = [](LabSession& session, LabProblem& error) {
        // Set before listen(): the accepted socket inherits it, and the window scale is chosen from it.
        if (!session.server->setOption(SOL_SOCKET, SO_RCVBUF, kZeroWindowReceiveBuffer, error)
            || !session.server->listen(1, error))
            return false;
        auto server = serveInBackground([&session]() -> LabProblem {
            LabProblem error;
            LabSocket connection = session.server->accept(session.timeout, error);
            if (!connection.valid())
                return error;
            std::this_thread::sleep_for(800ms); // the program is busy: nothing is read
            std::string data;
            if (!connection.receiveToEnd(data, error))
                return error;
            if (data.size() != kZeroWindowBytes)
                return LabProblem(LabProblemKind::ReceivedWrongCount, {std::to_string(data.size()), std::to_string(kZeroWindowBytes)});
            return {};
        });
        LabProblem clientError;
        LabSocket client = LabSocket::connectLoopback(session.port, session.timeout, clientError);
        const bool ok = client.valid() && client.sendAll(std::string(kZeroWindowBytes, 'z'), clientError);
        client.close();
        return bothSidesWorked(ok, clientError, server, error);
    };
    s.check = [](const LoadedCapture& capture, const LabSession&) {
        const auto stream = streamPackets(labPackets(capture), 0);
        LabCheck check;
        check.items.push_back(handshakeItem(stream));
        const auto zeros = framesWhere(stream, [](const LabPacket& p) {
            return !p.fromClient && p.is(analysis::ZeroWindow) && p.window == 0;
        });
        check.items.push_back(checkItem({"the server advertises a zero window", "服务器通告零窗口"}, !zeros.empty(),
                                        framesText(zeros)));
        const auto firstZero = findPacket(stream, [](const LabPacket& p) { return !p.fromClient && p.is(analysis::ZeroWindow); });
        std::vector<std::uint32_t> probes;
        std::optional<std::size_t> update;
        if (firstZero) {
            for (std::size_t i = *firstZero + 1; i < stream.size() && !update; ++i) {
                if (stream[i].fromClient && stream[i].is(analysis::KeepAlive | analysis::ZeroWindowProbe))
                    probes.push_back(stream[i].frame);
                if (!stream[i].fromClient && stream[i].window > 0)
                    update = i;
            }
        }
        check.items.push_back(checkItem({"the client probes the zero window", "客户端探测零窗口"}, !probes.empty(),
                                        framesText(probes)));
        const bool updated = update && stream[*update].is(analysis::WindowUpdate);
        check.items.push_back(checkItem({"a window update reopens it after the pause", "停顿之后窗口更新重新打开窗口"}, updated,
                                        update ? framesText({stream[*update].frame})
                                                     + LabText{", " + milliseconds(stream[*update].timestampNs - stream[*firstZero].timestampNs)
                                                                   + " after the first zero window",
                                                               "，在第一个零窗口之后 "
                                                                   + milliseconds(stream[*update].timestampNs - stream[*firstZero].timestampNs)}
                                               : LabText{"no window update", "没有窗口更新"}));
        std::uint64_t bytes = 0;
        for (const auto& packet : stream)
            if (packet.fromClient)
                bytes += packet.payload;
        check.items.push_back(checkItem({"all 65536 bytes arrive", "65536 字节全部送达"}, bytes >= kZeroWindowBytes,
                                        bytesText(bytes) + LabText{" from the client", "（来自客户端）"}));
        return check;
    };
    return s;
}

// --- Nagle ---------------------------------------------------------------------------------

constexpr int kSmallWrites = 10;
constexpr std::string_view kSmallWrite = "0123456789";

/// One connection of ten 10-byte writes, 3 ms apart; the server delays its ACKs (TCP_QUICKACK 0).
bool smallWrites(LabSession& session, bool noDelay, LabProblem& error)
{
    auto server = serveInBackground([&session]() -> LabProblem {
        LabProblem error;
        LabSocket connection = session.server->accept(session.timeout, error);
        std::string data;
        if (!connection.valid() || !connection.setOption(IPPROTO_TCP, TCP_QUICKACK, 0, error)
            || !connection.receiveExactly(kSmallWrites * kSmallWrite.size(), data, error) || !connection.sendAll("ok", error)
            || !connection.receiveToEnd(data, error))
            return error;
        return {};
    });
    LabProblem clientError;
    LabSocket client = LabSocket::connectLoopback(session.port, session.timeout, clientError, [noDelay](int fd) {
        const int on = noDelay ? 1 : 0;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    });
    bool ok = client.valid();
    for (int i = 0; ok && i < kSmallWrites; ++i) {
        ok = client.sendAll(kSmallWrite, clientError);
        std::this_thread::sleep_for(3ms);
    }
    std::string answer;
    ok = ok && client.receiveExactly(2, answer, clientError);
    client.close();
    return bothSidesWorked(ok, clientError, server, error);
}

std::vector<std::uint32_t> clientDataSizes(const std::vector<LabPacket>& stream)
{
    std::vector<std::uint32_t> sizes;
    for (const auto& packet : stream)
        if (packet.fromClient && packet.payload > 0 && !packet.is(analysis::Retransmission))
            sizes.push_back(packet.payload);
    return sizes;
}

LabText sizesText(const std::vector<std::uint32_t>& sizes)
{
    std::string list;
    for (std::size_t i = 0; i < sizes.size(); ++i)
        list += (i ? " " : "") + std::to_string(sizes[i]);
    const std::string count = std::to_string(sizes.size());
    return {count + " segments (" + list + " bytes)", count + " 个报文段（" + list + " 字节）"};
}

LabScenario nagle()
{
    LabScenario s;
    s.id = "nagle";
    s.title = {"Nagle's algorithm and TCP_NODELAY", "Nagle 算法与 TCP_NODELAY"};
    s.explanation = {
        "Two connections, each writing ten 10-byte messages 3 ms apart to a server that delays its ACKs. The first "
        "(stream 0) keeps Nagle's algorithm: the first 10 bytes leave at once, and while they are unacknowledged the "
        "kernel holds the next small writes back and sends them together once the delayed ACK arrives (about 40 ms "
        "later): few, larger segments and a visible stall. The second (stream 1) sets TCP_NODELAY: every write leaves "
        "at once as its own 10-byte segment. Compare the number and size of the client's segments in the two streams.",
        "两条连接，每条都以 3 毫秒的间隔写 10 次、每次 10 字节，服务器延迟发送 ACK。第一条（流 0）保留 Nagle 算法：前 10 "
        "字节立即发出，在它们未被确认期间，内核扣住后续的小块数据，等延迟确认到达（约 40 毫秒后）再一起发送：报文更少、更大，并有明显的"
        "停顿。第二条（流 1）设置了 TCP_NODELAY：每次写入都立即作为一个 10 字节的报文发出。请比较两条流中客户端报文的数量和大小。"};
    s.run = [](LabSession& session, LabProblem& error) {
        return session.server->listen(2, error) && smallWrites(session, false, error) && smallWrites(session, true, error);
    };
    s.check = [](const LoadedCapture& capture, const LabSession&) {
        const auto packets = labPackets(capture);
        const auto nagleSizes = clientDataSizes(streamPackets(packets, 0));
        const auto noDelaySizes = clientDataSizes(streamPackets(packets, 1));
        LabCheck check;
        bool coalesced = nagleSizes.size() >= 2 && nagleSizes.size() < kSmallWrites && nagleSizes.front() == kSmallWrite.size();
        for (const auto size : nagleSizes)
            coalesced = coalesced && size % kSmallWrite.size() == 0;
        check.items.push_back(checkItem({"with Nagle (stream 0) the small writes are coalesced", "启用 Nagle（流 0）时小块写入被合并"},
                                        coalesced, sizesText(nagleSizes)));
        bool separate = noDelaySizes.size() == kSmallWrites;
        for (const auto size : noDelaySizes)
            separate = separate && size == kSmallWrite.size();
        check.items.push_back(checkItem({"with TCP_NODELAY (stream 1) each write is its own segment",
                                         "设置 TCP_NODELAY（流 1）时每次写入各成一个报文"},
                                        separate, sizesText(noDelaySizes)));
        return check;
    };
    return s;
}

// --- keep-alive ----------------------------------------------------------------------------

LabScenario keepAlive()
{
    LabScenario s;
    s.id = "keep-alive";
    s.title = {"TCP keep-alive", "TCP 保活（keep-alive）"};
    s.explanation = {
        "After a short exchange the connection stays idle for 2.5 s. The client has SO_KEEPALIVE on with TCP_KEEPIDLE "
        "and TCP_KEEPINTVL of one second, so after one idle second its kernel sends a keep-alive probe: an ACK whose "
        "sequence number is one below the next byte, carrying no data, which the server's kernel must answer with an "
        "ACK. Another probe follows every second. No program sends or reads anything: look at the probes, the "
        "one-second spacing, and the server's answers (Wireshark: TCP Keep-Alive, TCP Keep-Alive ACK).",
        "简短的数据交换之后，连接空闲 2.5 秒。客户端开启了 SO_KEEPALIVE，并把 TCP_KEEPIDLE 和 TCP_KEEPINTVL 设为 1 秒，所以空闲"
        "一秒后，它的内核发送一个保活探测：一个不带数据、序列号比下一个字节小一的 ACK，服务器的内核必须用 ACK 回应。此后每秒再探测一次。"
        "双方程序都没有收发任何数据：请观察探测报文、它们一秒的间隔，以及服务器的回应（Wireshark 显示为 TCP Keep-Alive 和 TCP "
        "Keep-Alive ACK）。"};
    s.run = [](LabSession& session, LabProblem& error) {
        if (!session.server->listen(1, error))
            return false;
        auto server = serveInBackground([&session]() -> LabProblem {
            LabProblem error;
            LabSocket connection = session.server->accept(session.timeout, error);
            std::string data;
            if (!connection.valid() || !connection.receiveExactly(5, data, error) || !connection.sendAll("world", error)
                || !connection.receiveToEnd(data, error))
                return error;
            return {};
        });
        LabProblem clientError;
        LabSocket client = LabSocket::connectLoopback(session.port, session.timeout, clientError);
        std::string answer;
        bool ok = client.valid() && client.setOption(SOL_SOCKET, SO_KEEPALIVE, 1, clientError)
               && client.setOption(IPPROTO_TCP, TCP_KEEPIDLE, 1, clientError)
               && client.setOption(IPPROTO_TCP, TCP_KEEPINTVL, 1, clientError)
               && client.setOption(IPPROTO_TCP, TCP_KEEPCNT, 5, clientError) && client.sendAll("hello", clientError)
               && client.receiveExactly(5, answer, clientError);
        if (ok)
            std::this_thread::sleep_for(2500ms);
        client.close();
        return bothSidesWorked(ok, clientError, server, error);
    };
    s.check = [](const LoadedCapture& capture, const LabSession&) {
        const auto stream = streamPackets(labPackets(capture), 0);
        LabCheck check;
        check.items.push_back(handshakeItem(stream));
        const auto probes = framesWhere(stream, [](const LabPacket& p) { return p.fromClient && p.is(analysis::KeepAlive); });
        const auto answers = framesWhere(stream, [](const LabPacket& p) { return !p.fromClient && p.is(analysis::KeepAliveAck); });
        check.items.push_back(checkItem({"keep-alive probes from the idle client", "空闲客户端发出保活探测"}, probes.size() >= 2,
                                        framesText(probes)));
        check.items.push_back(checkItem({"the server answers each probe", "服务器回应每个探测"},
                                        answers.size() >= probes.size() && !answers.empty(), framesText(answers)));
        // The first probe follows the last data by the idle time, the next by the interval: one second each.
        std::optional<std::size_t> lastData;
        for (std::size_t i = 0; i < stream.size(); ++i)
            if (stream[i].payload > 0 && !stream[i].is(analysis::KeepAlive))
                lastData = i;
        std::vector<std::int64_t> gaps;
        std::int64_t previous = lastData ? stream[*lastData].timestampNs : 0;
        for (const auto& packet : stream) {
            if (packet.fromClient && packet.is(analysis::KeepAlive)) {
                gaps.push_back(packet.timestampNs - previous);
                previous = packet.timestampNs;
            }
        }
        bool spaced = lastData && !gaps.empty();
        std::string evidence;
        for (const auto gap : gaps) {
            spaced = spaced && gap >= 900'000'000 && gap <= 1'900'000'000;
            evidence += (evidence.empty() ? "" : ", ") + milliseconds(gap);
        }
        check.items.push_back(checkItem({"about one second of silence before each probe", "每个探测之前约一秒的静默"}, spaced,
                                        evidence.empty() ? LabText{"no probe", "没有探测"} : LabText{evidence, evidence}));
        return check;
    };
    return s;
}

} // namespace

std::vector<LabScenario> flowScenarios()
{
    return {zeroWindow(), nagle(), keepAlive()};
}

} // namespace tcplens
