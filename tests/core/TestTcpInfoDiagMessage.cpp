// The decoding of sock_diag answers (inet_diag_msg with INET_DIAG_INFO and INET_DIAG_CONG) from
// kernels old and new: crafted messages, so every tcp_info length can be tried.
#include "TestSupport.h"

#include <QtTest>

#ifdef TCPLENS_HAVE_TCP_INFO

#include <kernel/TcpInfoSampler.h>
#include <tcp/Conversation.h>

#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/rtnetlink.h>
#include <linux/tcp.h>
#include <sys/socket.h>

#include <cstring>

using namespace tcplens;

class TestTcpInfoDiagMessage : public QObject {
    Q_OBJECT

private slots:
    void diagMessageOfACurrentKernel();
    void diagMessageOfAnOldKernelLeavesNewFieldsUnset();
    void diagMessageWithoutTcpInfoIsNoSample();
    void damagedAttributesDoNotCrash();
    void mappedIpv4AddressBecomesIpv4();
};

namespace {

Endpoint endpoint(std::string_view text) { return *parseEndpoint(text); }

/// An inet_diag_msg for 10.0.0.1:40000 -> 10.0.0.2:80 with a tcp_info of `infoLength` bytes
/// (0: none) and an INET_DIAG_CONG attribute.
std::vector<std::uint8_t> diagMessage(std::size_t infoLength, const char* algorithm = "reno")
{
    inet_diag_msg msg{};
    msg.idiag_family = AF_INET;
    msg.idiag_state = 1;
    msg.id.idiag_sport = htons(40000);
    msg.id.idiag_dport = htons(80);
    msg.id.idiag_src[0] = htonl(0x0a000001);
    msg.id.idiag_dst[0] = htonl(0x0a000002);
    std::vector<std::uint8_t> out(NLMSG_ALIGN(sizeof msg));
    std::memcpy(out.data(), &msg, sizeof msg);
    const auto attribute = [&out](std::uint16_t type, const void* data, std::size_t length) {
        rtattr header{};
        header.rta_type = type;
        header.rta_len = static_cast<unsigned short>(RTA_LENGTH(length));
        const auto at = out.size();
        out.resize(at + RTA_SPACE(length));
        std::memcpy(out.data() + at, &header, sizeof header);
        std::memcpy(out.data() + at + RTA_LENGTH(0), data, length);
    };
    if (algorithm)
        attribute(INET_DIAG_CONG, algorithm, std::strlen(algorithm) + 1);
    if (infoLength > 0) {
        std::vector<std::uint8_t> info(std::max(infoLength, sizeof(tcp_info)));
        tcp_info full{};
        full.tcpi_state = 1;
        full.tcpi_snd_mss = 1448;
        full.tcpi_snd_cwnd = 42;
        full.tcpi_snd_ssthresh = 21;
        full.tcpi_rtt = 5000;
        full.tcpi_total_retrans = 3;
        full.tcpi_pacing_rate = 1'000'000;
        full.tcpi_bytes_acked = 77;
        full.tcpi_min_rtt = 4000;
        full.tcpi_delivery_rate = 900'000;
        full.tcpi_bytes_sent = 88;
        full.tcpi_snd_wnd = 65535;
        full.tcpi_delivery_rate_app_limited = 1;
        full.tcpi_busy_time = 3'000'000;
        full.tcpi_rwnd_limited = 2'000'000;
        full.tcpi_sndbuf_limited = 1'000;
        std::memcpy(info.data(), &full, sizeof full);
        attribute(INET_DIAG_INFO, info.data(), infoLength); // a newer kernel's longer struct, too
    }
    return out;
}

} // namespace

void TestTcpInfoDiagMessage::diagMessageOfACurrentKernel()
{
    const auto message = diagMessage(sizeof(tcp_info) + 24); // a kernel newer than our headers
    const auto sample = parseInetDiagMessage(message, 123);
    QVERIFY(sample);
    QCOMPARE(sample->timestampNs, std::int64_t{123});
    QCOMPARE(sample->local, endpoint("10.0.0.1:40000"));
    QCOMPARE(sample->remote, endpoint("10.0.0.2:80"));
    QCOMPARE(sample->congestionControl, std::string("reno"));
    QCOMPARE(sample->cwnd, 42U);
    QCOMPARE(sample->cwndBytes(), std::uint64_t{42 * 1448});
    QCOMPARE(sample->ssthresh, 21U);
    QCOMPARE(sample->srttUs, 5000U);
    QCOMPARE(sample->deliveryRate, std::uint64_t{900'000});
    QCOMPARE(sample->sndWnd, 65535U);
    QCOMPARE(sample->busyTimeUs, std::uint64_t{3'000'000});
    QCOMPARE(sample->rwndLimitedUs, std::uint64_t{2'000'000});
    QCOMPARE(sample->sndbufLimitedUs, std::uint64_t{1'000});
    QVERIFY(sample->deliveryRateAppLimited);
    QCOMPARE(sample->has, tcpinfo::kPacingRate | tcpinfo::kBytesAcked | tcpinfo::kMinRtt | tcpinfo::kDeliveryRate
                              | tcpinfo::kBytesSent | tcpinfo::kSndWnd | tcpinfo::kAppLimited | tcpinfo::kChrono);
}

void TestTcpInfoDiagMessage::diagMessageOfAnOldKernelLeavesNewFieldsUnset()
{
    // Linux 2.6's tcp_info ends with tcpi_total_retrans; 4.6 adds min_rtt; 4.9 delivery_rate.
    const auto old = parseInetDiagMessage(diagMessage(offsetof(tcp_info, tcpi_pacing_rate)), 1);
    QVERIFY(old);
    QCOMPARE(old->cwnd, 42U);
    QCOMPARE(old->totalRetrans, 3U);
    QCOMPARE(old->has, 0U);
    QCOMPARE(old->pacingRate, std::uint64_t{0});
    const auto mid = parseInetDiagMessage(diagMessage(offsetof(tcp_info, tcpi_delivery_rate)), 1);
    QVERIFY(mid);
    QCOMPARE(mid->has, tcpinfo::kPacingRate | tcpinfo::kBytesAcked | tcpinfo::kMinRtt);
    QCOMPARE(mid->minRttUs, 4000U);
    QCOMPARE(mid->deliveryRate, std::uint64_t{0});
    QVERIFY(!mid->deliveryRateAppLimited);
    // 4.9 has delivery_rate and its app-limited bit; the chronograph came in 4.10.
    const auto nine = parseInetDiagMessage(diagMessage(offsetof(tcp_info, tcpi_busy_time)), 1);
    QVERIFY(nine);
    QVERIFY(nine->hasField(tcpinfo::kAppLimited) && nine->deliveryRateAppLimited);
    QVERIFY(!nine->hasField(tcpinfo::kChrono));
    QCOMPARE(nine->busyTimeUs, std::uint64_t{0});
    // Shorter than any kernel ever sent: not tcp_info.
    QVERIFY(!parseInetDiagMessage(diagMessage(offsetof(tcp_info, tcpi_pacing_rate) - 4), 1));
}

void TestTcpInfoDiagMessage::diagMessageWithoutTcpInfoIsNoSample()
{
    QVERIFY(!parseInetDiagMessage(diagMessage(0), 1)); // TIME_WAIT, a request socket
    const auto noAlgorithm = parseInetDiagMessage(diagMessage(sizeof(tcp_info), nullptr), 1);
    QVERIFY(noAlgorithm);
    QVERIFY(noAlgorithm->congestionControl.empty());
}

void TestTcpInfoDiagMessage::damagedAttributesDoNotCrash()
{
    auto message = diagMessage(sizeof(tcp_info));
    // Every truncation, and an attribute length pointing past the end.
    for (std::size_t size = 0; size < message.size(); ++size)
        (void)parseInetDiagMessage(std::span(message).first(size), 1);
    auto lying = message;
    const auto first = NLMSG_ALIGN(sizeof(inet_diag_msg));
    lying[first] = 0xff;
    lying[first + 1] = 0xff;
    QVERIFY(!parseInetDiagMessage(lying, 1));
    auto zero = message;
    zero[first] = 0;
    zero[first + 1] = 0;
    QVERIFY(!parseInetDiagMessage(zero, 1));
}

void TestTcpInfoDiagMessage::mappedIpv4AddressBecomesIpv4()
{
    auto message = diagMessage(sizeof(tcp_info));
    inet_diag_msg msg{};
    std::memcpy(&msg, message.data(), sizeof msg);
    msg.idiag_family = AF_INET6;
    const auto src = msg.id.idiag_src[0];
    const auto dst = msg.id.idiag_dst[0];
    msg.id.idiag_src[2] = msg.id.idiag_dst[2] = htonl(0xffff);
    msg.id.idiag_src[0] = msg.id.idiag_dst[0] = 0;
    msg.id.idiag_src[3] = src;
    msg.id.idiag_dst[3] = dst;
    std::memcpy(message.data(), &msg, sizeof msg);
    const auto sample = parseInetDiagMessage(message, 1);
    QVERIFY(sample);
    QCOMPARE(sample->local, endpoint("10.0.0.1:40000")); // as the capture shows a dual-stack socket's peer
    QCOMPARE(sample->remote, endpoint("10.0.0.2:80"));
}

#else

class TestTcpInfoDiagMessage : public QObject {
    Q_OBJECT
private slots:
    void linuxOnly() { QSKIP("sock_diag exists on Linux only"); }
};

#endif

QTEST_GUILESS_MAIN(TestTcpInfoDiagMessage)
#include "TestTcpInfoDiagMessage.moc"
