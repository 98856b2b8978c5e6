// The wire's limiting factors (series/LimitTracker) against the kernel's own accounting of the
// sender socket (tcp_info: tcpi_busy_time, tcpi_rwnd_limited, tcpi_sndbuf_limited), on transfers
// whose limit is known by construction, in a lab of three network namespaces:
//
//   sender (tll-s0 10.79.0.1) -- relay (tll-r0 | tll-r1) -- receiver (tll-c0 10.79.0.2)
//
// The relay namespace holds the path: a delay line in this process (AF_PACKET on both veths,
// each frame passed on after the path's one-way delay; this kernel has no netem) and, for the
// congestion case, the bottleneck (tbf with a large queue on tll-r1), after the capture point
// (the sender's veth), as on a real path. Cases: a small receive buffer with a slow reader (rwnd), a small send buffer on a
// long RTT (sndbuf), a writer sleeping between small writes (application), a tbf bottleneck
// (congestion); each under reno and bbr (bbr skipped when the kernel has none). The dominant
// factor must agree with the kernel's, and the rwnd-limited shares differ by at most 10 points
// under both (a paced bbr sender's bursts count as busy, as Linux checks pacing before the
// window). Needs root, ip, tc and ethtool; about 10 s.
#include "InNamespace.h"
#include "PacketDelayLine.h"
#include "TestSupport.h"

#include <QtTest>

#ifdef TCPLENS_HAVE_TCP_INFO

#include <capture/CaptureFile.h>
#include <decode/PacketDecoder.h>
#include <export/KernelLimitText.h>
#include <kernel/KernelSeries.h>
#include <kernel/TcpInfoCsv.h>
#include <kernel/TcpInfoRecorder.h>
#include <series/SeriesFromCapture.h>
#include <tcp/ConversationTracker.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <pcap/pcap.h>
#include <sched.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace tcplens;
using namespace tcplens::test;

namespace {

enum class Group { Rwnd, Sndbuf, Network, Application };
const char* groupName(Group g)
{
    switch (g) {
    case Group::Rwnd: return "rwnd";
    case Group::Sndbuf: return "sndbuf";
    case Group::Network: return "network";
    case Group::Application: return "application";
    }
    return "?";
}

struct Shares {
    std::array<double, 4> of{};
    [[nodiscard]] Group dominant() const
    {
        return static_cast<Group>(std::max_element(of.begin(), of.end()) - of.begin());
    }
    [[nodiscard]] double operator[](Group g) const { return of[static_cast<std::size_t>(g)]; }
};

/// How one transfer is made.
struct Case {
    const char* name;
    Group expected;
    double oneWay = 0;     ///< s, each way.
    QString bottleneck;    ///< tc arguments after "qdisc replace dev tll-r1 root"; empty: none.
    int receiveBuffer = 0; ///< SO_RCVBUF; 0 = autotuned.
    int readChunk = 1 << 16;
    int readPauseUs = 0;
    int sendBuffer = 0;    ///< SO_SNDBUF; 0 = autotuned.
    int writeChunk = 1 << 16;
    int writePauseUs = 0;
    int totalBytes = 0;
};

double seconds(std::chrono::steady_clock::duration d) { return std::chrono::duration<double>(d).count(); }

/// The capture's packets go to the file and to the tcp_info recorder, as in a live capture.
struct CaptureSink {
    pcap_dumper_t* dumper = nullptr;
    TcpInfoRecorder* recorder = nullptr;
    int linkType = 0;

    static void onPacket(u_char* user, const pcap_pkthdr* header, const u_char* bytes)
    {
        auto* self = reinterpret_cast<CaptureSink*>(user);
        pcap_dump(reinterpret_cast<u_char*>(self->dumper), header, bytes);
        self->recorder->observe(decodePacket({bytes, header->caplen}, header->len, self->linkType));
    }
};

} // namespace

class TestLimitsKernel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wireAgreesWithTheKernel_data();
    void wireAgreesWithTheKernel();

private:
    bool run(const QStringList& command);
    bool setUpLab();
    /// Runs one transfer; fills the kernel's shares and writes the capture. Empty on success.
    /// The sender's tcp_info goes to `info` (read once everything was acknowledged), its samples
    /// while the capture ran to the capture's sidecar.
    QString transfer(const Case& c, const QString& algorithm, std::uint16_t port, const QString& capturePath,
                     Shares& kernel, QString& kernelText, tcp_info& info);
    /// The sidecar of the transfer against `info`, and tcplens-cli limits and report on it.
    void checkSidecar(const QString& capturePath, const tcp_info& info, double kernelRwndShare);

    QTemporaryDir dir_;
    QString sender_ = "tll-s-" + QString::number(::getpid());
    QString router_ = "tll-r-" + QString::number(::getpid());
    QString receiver_ = "tll-c-" + QString::number(::getpid());
    bool labUp_ = false;
    bool bbr_ = false;
    std::uint16_t nextPort_ = 5101;
};

bool TestLimitsKernel::run(const QStringList& command)
{
    const auto result = runProcess(command.first(), command.mid(1), 30'000);
    if (!result.exitedWith(0)) {
        qWarning("%s failed: %s%s", qPrintable(command.join(' ')), result.out.constData(), result.err.constData());
        return false;
    }
    return true;
}

void TestLimitsKernel::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root (network namespaces, packet capture)");
    for (const char* tool : {"ip", "tc", "ethtool"})
        if (findProgram(tool).isEmpty())
            QSKIP(qPrintable(QString("%1 is not installed").arg(tool)));
    {
        const QString probe = "tll-probe-" + QString::number(::getpid());
        if (!runProcess("ip", {"netns", "add", probe}).exitedWith(0))
            QSKIP("cannot create network namespaces here");
        (void)runProcess("ip", {"netns", "del", probe});
    }
    QVERIFY(dir_.isValid());
    QVERIFY2(setUpLab(), "the namespace lab could not be built (see the warnings)");
    QFile available("/proc/sys/net/ipv4/tcp_available_congestion_control");
    if (available.open(QIODevice::ReadOnly) && !available.readAll().contains("bbr"))
        (void)runProcess("modprobe", {"tcp_bbr"});
    available.close();
    if (available.open(QIODevice::ReadOnly))
        bbr_ = available.readAll().contains("bbr");
    if (!bbr_)
        qInfo("tcp_bbr is not available in this kernel: the bbr cases are skipped");
}

void TestLimitsKernel::cleanupTestCase()
{
    if (labUp_)
        for (const auto& ns : {sender_, router_, receiver_})
            (void)runProcess("ip", {"netns", "del", ns});
}

bool TestLimitsKernel::setUpLab()
{
    for (const auto& ns : {sender_, router_, receiver_})
        if (!run({"ip", "netns", "add", ns}))
            return false;
    labUp_ = true;
    const auto in = [](const QString& ns, QStringList command) { return QStringList{"ip", "netns", "exec", ns} + command; };
    const bool ok =
        run({"ip", "link", "add", "tll-s0", "netns", sender_, "type", "veth", "peer", "name", "tll-r0", "netns", router_})
        && run({"ip", "link", "add", "tll-r1", "netns", router_, "type", "veth", "peer", "name", "tll-c0", "netns", receiver_})
        && run(in(sender_, {"ip", "addr", "add", "10.79.0.1/24", "dev", "tll-s0"}))
        && run(in(receiver_, {"ip", "addr", "add", "10.79.0.2/24", "dev", "tll-c0"}))
        && run(in(sender_, {"ip", "link", "set", "tll-s0", "up"})) && run(in(sender_, {"ip", "link", "set", "lo", "up"}))
        && run(in(router_, {"ip", "link", "set", "tll-r0", "up"})) && run(in(router_, {"ip", "link", "set", "tll-r1", "up"}))
        && run(in(receiver_, {"ip", "link", "set", "tll-c0", "up"}));
    if (!ok)
        return false;
    // MTU-sized segments with their checksums filled in: the delay line copies frames as they are.
    const QStringList off = {"ethtool", "-K", "", "tx", "off", "tso", "off", "gso", "off", "gro", "off"};
    for (const auto& [ns, device] : {std::pair{sender_, QString("tll-s0")}, std::pair{router_, QString("tll-r0")},
                                     std::pair{router_, QString("tll-r1")}, std::pair{receiver_, QString("tll-c0")}}) {
        QStringList command = off;
        command[2] = device;
        if (!run(in(ns, command)))
            return false;
    }
    return true;
}

QString TestLimitsKernel::transfer(const Case& c, const QString& algorithm, std::uint16_t port,
                                   const QString& capturePath, Shares& kernel, QString& kernelText, tcp_info& info)
{
    const QStringList qdisc = c.bottleneck.isEmpty() ? QStringList{"pfifo", "limit", "10000"} : c.bottleneck.split(' ');
    if (!run(QStringList{"ip", "netns", "exec", router_, "tc", "qdisc", "replace", "dev", "tll-r1", "root"} + qdisc))
        return "tc failed";
    PacketDelayLine path;
    if (!path.start(router_, {"tll-r0", "tll-r1"}, c.oneWay))
        return "the delay line could not open tll-r0 and tll-r1";

    // The capture, in the sender's namespace, with the recorder of the sender's tcp_info.
    pcap_t* handle = nullptr;
    pcap_dumper_t* dumper = nullptr;
    std::unique_ptr<TcpInfoRecorder> recorder;
    {
        InNamespace inside(sender_);
        TcpInfoRecorder::Options options;
        options.sidecarPath = tcpInfoSidecarPath(capturePath.toStdString());
        recorder = std::make_unique<TcpInfoRecorder>(options);
        if (!recorder->valid())
            return "tcp_info recorder: " + QString::fromStdString(recorder->error());
        char errbuf[PCAP_ERRBUF_SIZE] = {};
        handle = pcap_create("tll-s0", errbuf);
        if (!handle || !inside.ok())
            return QString("pcap_create: ") + errbuf;
        pcap_set_snaplen(handle, 128);
        pcap_set_immediate_mode(handle, 1);
        pcap_set_buffer_size(handle, 32 << 20);
        pcap_set_timeout(handle, 10);
        if (pcap_activate(handle) < 0)
            return QString("pcap_activate: ") + pcap_geterr(handle);
    }
    bpf_program filter{};
    const QByteArray expression = "tcp port " + QByteArray::number(port);
    if (pcap_compile(handle, &filter, expression.constData(), 1, PCAP_NETMASK_UNKNOWN) == 0) {
        pcap_setfilter(handle, &filter);
        pcap_freecode(&filter);
    }
    dumper = pcap_dump_open(handle, capturePath.toLocal8Bit().constData());
    if (!dumper) {
        pcap_close(handle);
        return "pcap_dump_open failed";
    }
    CaptureSink sink{dumper, recorder.get(), pcap_datalink(handle)};
    recorder->start();
    std::atomic<bool> stopCapture{false};
    std::thread capture([&] {
        while (!stopCapture)
            if (pcap_dispatch(handle, -1, &CaptureSink::onPacket, reinterpret_cast<u_char*>(&sink)) < 0)
                break;
    });

    // The receiver.
    std::atomic<bool> listening{false};
    QString receiverError;
    std::thread receiver([&] {
        InNamespace inside(receiver_);
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (c.receiveBuffer > 0)
            ::setsockopt(listener, SOL_SOCKET, SO_RCVBUF, &c.receiveBuffer, sizeof c.receiveBuffer);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_ANY);
        if (!inside.ok() || ::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
            || ::listen(listener, 1) != 0) {
            receiverError = "receiver cannot listen";
            listening = true;
            return;
        }
        listening = true;
        const int connection = ::accept(listener, nullptr, nullptr);
        std::vector<char> buffer(static_cast<std::size_t>(c.readChunk));
        while (connection >= 0) {
            const auto n = ::read(connection, buffer.data(), buffer.size());
            if (n <= 0)
                break;
            if (c.readPauseUs > 0)
                std::this_thread::sleep_for(std::chrono::microseconds(c.readPauseUs));
        }
        if (connection >= 0)
            ::close(connection);
        ::close(listener);
    });
    while (!listening)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));

    // The sender: its own tcp_info once everything it wrote is acknowledged.
    QString senderError;
    info = tcp_info{};
    double elapsed = 0;
    std::thread sender([&] {
        InNamespace inside(sender_);
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (c.sendBuffer > 0)
            ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &c.sendBuffer, sizeof c.sendBuffer);
        const QByteArray cc = algorithm.toLatin1();
        if (::setsockopt(fd, IPPROTO_TCP, TCP_CONGESTION, cc.constData(), static_cast<socklen_t>(cc.size())) != 0) {
            senderError = "TCP_CONGESTION " + algorithm + " refused";
            ::close(fd);
            return;
        }
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        ::inet_pton(AF_INET, "10.79.0.2", &address.sin_addr);
        if (!inside.ok() || ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
            senderError = "sender cannot connect";
            ::close(fd);
            return;
        }
        const auto start = std::chrono::steady_clock::now();
        std::vector<char> chunk(static_cast<std::size_t>(c.writeChunk), 'x');
        for (int sent = 0; sent < c.totalBytes;) {
            const auto n = ::write(fd, chunk.data(), std::min<std::size_t>(chunk.size(), static_cast<std::size_t>(c.totalBytes - sent)));
            if (n <= 0) {
                senderError = "write failed";
                break;
            }
            sent += static_cast<int>(n);
            if (c.writePauseUs > 0 && sent < c.totalBytes)
                std::this_thread::sleep_for(std::chrono::microseconds(c.writePauseUs));
        }
        const auto deadline = start + std::chrono::seconds(20);
        for (;;) {
            socklen_t length = sizeof info;
            ::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &length);
            if ((info.tcpi_unacked == 0 && info.tcpi_notsent_bytes == 0) || std::chrono::steady_clock::now() > deadline)
                break;
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        elapsed = seconds(std::chrono::steady_clock::now() - start);
        ::close(fd);
    });
    sender.join();
    receiver.join();
    std::this_thread::sleep_for(std::chrono::milliseconds(50)); // the last packets reach the dump
    stopCapture = true;
    pcap_breakloop(handle);
    capture.join();
    pcap_dump_close(dumper);
    pcap_close(handle);
    recorder->stop();
    path.stop();
    if (!senderError.isEmpty() || !receiverError.isEmpty())
        return senderError + receiverError;
    if (elapsed <= 0)
        return "no transfer time";

    const double busy = info.tcpi_busy_time / 1e6;
    const double rwnd = info.tcpi_rwnd_limited / 1e6;
    const double sndbuf = info.tcpi_sndbuf_limited / 1e6;
    kernel.of = {rwnd / elapsed, sndbuf / elapsed, std::max(0.0, busy - rwnd - sndbuf) / elapsed,
                 std::max(0.0, elapsed - busy) / elapsed};
    kernelText = QString("elapsed %1 s, busy %2 s, rwnd_limited %3 s, sndbuf_limited %4 s")
                     .arg(elapsed, 0, 'f', 3).arg(busy, 0, 'f', 3).arg(rwnd, 0, 'f', 3).arg(sndbuf, 0, 'f', 3);
    return {};
}

void TestLimitsKernel::wireAgreesWithTheKernel_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("index");
    const char* names[] = {"rwnd", "sndbuf", "application", "congestion"};
    for (const char* algorithm : {"reno", "bbr"})
        for (int i = 0; i < 4; ++i)
            QTest::newRow(qPrintable(QString("%1-%2").arg(names[i], algorithm))) << QString(algorithm) << i;
}

void TestLimitsKernel::wireAgreesWithTheKernel()
{
    QFETCH(QString, algorithm);
    QFETCH(int, index);
    if (algorithm == "bbr" && !bbr_)
        QSKIP("tcp_bbr is not available in this kernel");
    const std::array<Case, 4> cases{{
        // 16 KB receive buffer read 4 KB every 4 ms (~1 MB/s) over a 10 ms RTT.
        // 16 KB receive buffer read 4 KB every 10 ms (~400 KB/s) over a 10 ms RTT.
        {"rwnd", Group::Rwnd, 0.005, {}, 16 << 10, 4 << 10, 10000, 0, 1 << 16, 0, 300 << 10},
        // 24 KB send buffer over an 80 ms RTT, the receiver reading as fast as it can.
        {"sndbuf", Group::Sndbuf, 0.040, {}, 0, 1 << 16, 0, 24 << 10, 1 << 16, 0, 300 << 10},
        // 1000-byte writes every 20 ms over a 2 ms RTT.
        {"application", Group::Application, 0.001, {}, 0, 1 << 16, 0, 0, 1000, 20000, 40'000},
        // 20 Mbit/s bottleneck with a 150 KB queue, 10 ms RTT.
        {"congestion", Group::Network, 0.005, "tbf rate 20mbit burst 16kb limit 150kb", 0, 1 << 16, 0, 0, 1 << 16, 0,
         2 << 20},
    }};
    const Case& c = cases[static_cast<std::size_t>(index)];
    const QString capturePath = dir_.filePath(QString("%1-%2.pcap").arg(c.name, algorithm));
    Shares kernel;
    QString kernelText;
    tcp_info info{};
    const QString failure = transfer(c, algorithm, nextPort_++, capturePath, kernel, kernelText, info);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    std::string error;
    const auto series = seriesFromCapture(capturePath.toStdString(), 0, &error);
    QVERIFY2(!series.empty(), error.c_str());
    const auto totals = series.limits().totals(Direction::ClientToServer);
    QVERIFY(!totals.empty());
    Shares wire;
    wire.of = {totals.share(LimitFactor::ReceiverWindow) + totals.share(LimitFactor::ZeroWindow),
               totals.share(LimitFactor::SendBuffer),
               totals.share(LimitFactor::Congestion) + totals.share(LimitFactor::LossRecovery)
                   + totals.share(LimitFactor::RetransmissionTimeout),
               totals.share(LimitFactor::Application) + totals.share(LimitFactor::Idle)};
    const auto percent = [](const Shares& s) {
        return QString("rwnd %1%, sndbuf %2%, network %3%, application %4%")
            .arg(100 * s[Group::Rwnd], 0, 'f', 1).arg(100 * s[Group::Sndbuf], 0, 'f', 1)
            .arg(100 * s[Group::Network], 0, 'f', 1).arg(100 * s[Group::Application], 0, 'f', 1);
    };
    const QString report = QString("%1 under %2: kernel %3 (%4); wire %5 (unknown %6%, %7 s)")
                               .arg(c.name, algorithm, percent(kernel), kernelText, percent(wire))
                               .arg(100 * totals.share(LimitFactor::Unknown), 0, 'f', 1)
                               .arg(totals.transferSeconds(), 0, 'f', 3);
    qInfo("%s", qPrintable(report));
    // TCPLENS_KEEP_LIMIT_CAPTURES=DIR keeps the captures (tests/data/limits/record-limits.sh).
    if (const QByteArray keep = qgetenv("TCPLENS_KEEP_LIMIT_CAPTURES"); !keep.isEmpty()) {
        // With its tcp_info sidecar: the kernel's split beside the wire's in the CLI, report and GUI.
        for (const QString& from : {capturePath, capturePath + ".tcpinfo.csv"}) {
            const QString kept = QDir(QString::fromLocal8Bit(keep)).filePath(QFileInfo(from).fileName());
            QFile::remove(kept);
            QVERIFY2(QFile::copy(from, kept), qPrintable(kept));
        }
    }
    checkSidecar(capturePath, info, kernel[Group::Rwnd]);
    if (QTest::currentTestFailed())
        return;
    if (kernel.dominant() != c.expected) // the construction aims at a factor; the kernel is the judge
        qInfo("the kernel counts %s, not %s, as the dominant factor", groupName(kernel.dominant()), groupName(c.expected));
    QVERIFY2(wire.dominant() == kernel.dominant(),
             qPrintable("the wire says " + QString(groupName(wire.dominant())) + ": " + report));
    QVERIFY2(std::abs(wire[Group::Rwnd] - kernel[Group::Rwnd]) <= 0.10, qPrintable(report));
}

void TestLimitsKernel::checkSidecar(const QString& capturePath, const tcp_info& info, double kernelRwndShare)
{
    // The sidecar has the chronograph's columns, in microseconds as tcp_info has them.
    const auto sidecar = tcpInfoSidecarPath(capturePath.toStdString());
    QFile file(QString::fromStdString(sidecar));
    QVERIFY2(file.open(QIODevice::ReadOnly), "the recorder left no sidecar");
    const auto text = file.readAll();
    for (const char* column : {"busy_time_us", "rwnd_limited_us", "sndbuf_limited_us", "delivery_rate_app_limited"})
        QVERIFY2(text.contains(column), column);
    const auto read = readTcpInfoCsv(sidecar);
    QVERIFY2(read.error.empty(), read.error.c_str());

    auto capture = CaptureFile::open(capturePath.toStdString());
    QVERIFY(capture);
    ConversationTracker tracker;
    RawPacket packet;
    while (capture->next(packet) == ReadStatus::Packet)
        (void)tracker.add(static_cast<std::uint32_t>(capture->packetsRead()), packet.timestampNs, packet.wireLength,
                          decodePacket(packet.bytes, packet.wireLength, capture->info().linkType));
    QCOMPARE(tracker.conversations().size(), std::size_t{1});
    const auto& conversation = tracker.conversations().front();
    const auto kernelSeries = kernelSeriesFor(read.samples, conversation, Direction::ClientToServer, conversation.firstNs);
    QVERIFY2(kernelSeries.points.size() >= 5, qPrintable(QString("%1 samples").arg(kernelSeries.points.size())));
    double previous = 0;
    for (const auto& p : kernelSeries.points) {
        QVERIFY(p.hasChrono);
        QVERIFY(p.busy >= previous); // cumulative
        QVERIFY(p.rwndLimited + p.sndbufLimited <= p.busy + 1e-6);
        previous = p.busy;
    }
    // Seconds, not milliseconds or microseconds: the last sample is within a sampling interval
    // (50 ms) of the sender's own reading once everything was acknowledged, or an RTT after it
    // (the socket is sampled on while its FIN is out).
    const auto& last = kernelSeries.points.back();
    const double finalBusy = static_cast<double>(info.tcpi_busy_time) / 1e6;
    const auto near = [](double a, double b) { return std::abs(a - b) < 0.15; };
    QVERIFY2(near(last.busy, finalBusy),
             qPrintable(QString("sidecar busy %1 s, the socket's own %2 s").arg(last.busy).arg(finalBusy)));
    QVERIFY(near(last.rwndLimited, static_cast<double>(info.tcpi_rwnd_limited) / 1e6));
    QVERIFY(near(last.sndbufLimited, static_cast<double>(info.tcpi_sndbuf_limited) / 1e6));

    // The comparison the CLI and the report show: the kernel's rwnd share from the sidecar is the
    // test's own (both over the transfer), and the wire's is within 10 points of it.
    std::string error;
    const auto series = seriesFromCapture(capturePath.toStdString(), 0, &error);
    const auto comparison = compareWithKernel(series.limits().timeline(Direction::ClientToServer), kernelSeries);
    QVERIFY2(comparison.available(), kernelSplitMissingText(comparison.missing, NarrationLanguage::English).c_str());
    const auto shown = QString::fromStdString(kernelComparisonText(comparison, NarrationLanguage::English));
    qInfo("%s", qPrintable(shown));
    QVERIFY2(std::abs(comparison.kernel.share(LimitGroup::ReceiverWindow) - kernelRwndShare) <= 0.10, qPrintable(shown));
    QVERIFY2(std::abs(comparison.differencePoints(LimitGroup::ReceiverWindow)) <= 10, qPrintable(shown));

    const auto limits = runCli({"limits", capturePath, "--stream", "0"});
    QVERIFY2(limits.exitedWith(0), limits.err.constData());
    QVERIFY2(limits.out.contains("The kernel's own split") && limits.out.contains("receiver_window")
                 && limits.out.contains("Kernel counters: busy"),
             limits.out.constData());
    const auto json = runCli({"limits", capturePath, "--stream", "0", "--json"});
    QVERIFY2(json.exitedWith(0), json.err.constData());
    QVERIFY2(json.out.contains("\"kernel\":{\"available\":true"), json.out.constData());
    const auto report = runCli({"report", capturePath, "--stream", "0"});
    QVERIFY2(report.exitedWith(0), report.err.constData());
    QVERIFY2(report.out.contains("the kernel's own split (tcp_info) beside the wire's"), report.out.constData());
}

#else

class TestLimitsKernel : public QObject {
    Q_OBJECT
private slots:
    void wireAgreesWithTheKernel() { QSKIP("tcp_info is Linux only"); }
};

#endif

QTEST_GUILESS_MAIN(TestLimitsKernel)
#include "TestLimitsKernel.moc"
