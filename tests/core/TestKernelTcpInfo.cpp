// The kernel's tcp_info, read live in a lab of three network namespaces:
//
//   sender (tk-s0 10.78.1.1, fd78:1::1) -- router (tk-r0 10.78.1.2, fd78:1::2 | tk-r1 10.78.2.2)
//   -- receiver (tk-c0 10.78.2.1)
//
// The router's egress towards the receiver is a token bucket (tbf, 20 Mbit/s, a 40 KB queue),
// so a bulk transfer fills the queue (RTT grows) and overflows it (real loss, in another
// namespace than the sender's, as on a real path). The bulk sender sets its own congestion
// control, reno: ssthresh then appears exactly at the first loss (cubic's HyStart sets it
// earlier, when the queue's delay grows; bbr never sets it). The IPv6 sender keeps the
// namespace's default (a namespace may only default to the host's allowed algorithms). A packet capture and the recorder run in the
// sender's namespace; the receiver's socket, in its own namespace, must stay invisible. Needs
// root; skipped otherwise.
#include "InNamespace.h"
#include "TestSupport.h"

#include <QtTest>

#ifdef TCPLENS_HAVE_TCP_INFO

#include <capture/CaptureFile.h>
#include <decode/PacketDecoder.h>
#include <kernel/KernelSeries.h>
#include <kernel/TcpInfoCsv.h>
#include <kernel/TcpInfoRecorder.h>
#include <kernel/TcpInfoSampler.h>
#include <series/SeriesFromCapture.h>
#include <tcp/ConversationTracker.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <fcntl.h>
#include <mutex>
#include <pcap/pcap.h>
#include <sched.h>
#include <set>
#include <thread>
#include <unistd.h>

using namespace tcplens;
using namespace tcplens::test;

namespace {

constexpr std::uint16_t kSinkPort = 5001;
constexpr std::uint16_t kSenderPort = 40001;
constexpr std::uint16_t kSink6Port = 5002;
constexpr std::uint16_t kSender6Port = 40002;
constexpr int kBulkBytes = 3 << 20; // ~1.3 s at 20 Mbit/s
constexpr double kTbfQueueSeconds = 40'000.0 * 8 / 20e6; // the router queue when full: 16 ms

Endpoint endpoint(const char* address, std::uint16_t port)
{
    return {*parseIpAddress(address), port};
}

/// Runs a command; the test fails with its output when it does not exit 0.
bool run(const QStringList& command, QByteArray* out = nullptr)
{
    const auto result = runProcess(command.first(), command.mid(1), 30'000);
    if (out)
        *out = result.out;
    if (!result.exitedWith(0)) {
        qWarning("%s failed: %s%s", qPrintable(command.join(' ')), result.out.constData(), result.err.constData());
        return false;
    }
    return true;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// A libpcap capture on one interface, feeding the recorder the way the live engine does and
/// keeping the packets in a file for the wire's own view.
class LabCapture {
public:
    bool open(const QString& interface, const QString& path, TcpInfoRecorder* recorder, QString* error)
    {
        char errbuf[PCAP_ERRBUF_SIZE] = {};
        handle_ = pcap_create(interface.toLocal8Bit().constData(), errbuf);
        if (!handle_) {
            *error = errbuf;
            return false;
        }
        pcap_set_snaplen(handle_, 128); // headers are enough
        pcap_set_immediate_mode(handle_, 1);
        pcap_set_buffer_size(handle_, 16 << 20);
        pcap_set_timeout(handle_, 10);
        if (pcap_activate(handle_) < 0) {
            *error = pcap_geterr(handle_);
            return false;
        }
        dumper_ = pcap_dump_open(handle_, path.toLocal8Bit().constData());
        if (!dumper_) {
            *error = pcap_geterr(handle_);
            return false;
        }
        recorder_ = recorder;
        linkType_ = pcap_datalink(handle_);
        thread_ = std::thread([this] {
            while (!stop_)
                if (pcap_dispatch(handle_, -1, &LabCapture::onPacket, reinterpret_cast<u_char*>(this)) < 0)
                    break;
        });
        return true;
    }
    void close()
    {
        if (thread_.joinable()) {
            stop_ = true;
            pcap_breakloop(handle_);
            thread_.join();
        }
        if (dumper_)
            pcap_dump_close(dumper_);
        dumper_ = nullptr;
        if (handle_)
            pcap_close(handle_);
        handle_ = nullptr;
    }
    ~LabCapture() { close(); }
    [[nodiscard]] std::uint64_t packets() const noexcept { return packets_; }

private:
    static void onPacket(u_char* user, const pcap_pkthdr* header, const u_char* bytes)
    {
        auto* self = reinterpret_cast<LabCapture*>(user);
        pcap_dump(reinterpret_cast<u_char*>(self->dumper_), header, bytes);
        const auto decoded = decodePacket({bytes, header->caplen}, header->len, self->linkType_);
        self->recorder_->observe(decoded);
        ++self->packets_;
    }

    pcap_t* handle_ = nullptr;
    pcap_dumper_t* dumper_ = nullptr;
    TcpInfoRecorder* recorder_ = nullptr;
    int linkType_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<std::uint64_t> packets_{0};
    std::thread thread_;
};

/// The numbers `ss -tin` prints for one socket.
struct SsNumbers {
    QString algorithm;
    int cwnd = -1;
    int ssthresh = -1;
    int mss = -1;
    double rttMs = -1;
    double rttvarMs = -1;
    int totalRetrans = -1;
    qint64 busyMs = -1;       ///< busy:, -1 when ss printed none (never busy).
    qint64 rwndLimitedMs = 0; ///< rwnd_limited:, printed only when not zero.
    qint64 sndbufLimitedMs = 0;
    bool appLimited = false;  ///< app_limited (tcpi_delivery_rate_app_limited).
};

SsNumbers parseSs(const QByteArray& output)
{
    SsNumbers n;
    const auto text = QString::fromUtf8(output);
    const auto lines = text.split('\n', Qt::SkipEmptyParts);
    for (const auto& line : lines) {
        if (!line.startsWith('\t') && !line.startsWith(' '))
            continue;
        n.algorithm = line.trimmed().section(' ', 0, 0);
        const auto number = [&line](const char* pattern) {
            const auto match = QRegularExpression(QString::fromUtf8(pattern)).match(line);
            return match.hasMatch() ? match.captured(1) : QString();
        };
        n.cwnd = number(R"((?:^|\s)cwnd:(\d+))").toInt();
        const auto ssthresh = number(R"((?:^|\s)ssthresh:(\d+))");
        n.ssthresh = ssthresh.isEmpty() ? -1 : ssthresh.toInt();
        n.mss = number(R"((?:^|\s)mss:(\d+))").toInt();
        const auto rtt = QRegularExpression(R"((?:^|\s)rtt:([\d.]+)/([\d.]+))").match(line);
        if (rtt.hasMatch()) {
            n.rttMs = rtt.captured(1).toDouble();
            n.rttvarMs = rtt.captured(2).toDouble();
        }
        const auto retrans = QRegularExpression(R"((?:^|\s)retrans:(\d+)/(\d+))").match(line);
        n.totalRetrans = retrans.hasMatch() ? retrans.captured(2).toInt() : 0;
        // iproute2 prints the chronograph in whole milliseconds (microseconds / 1000).
        const auto busy = number(R"((?:^|\s)busy:(\d+)ms)");
        n.busyMs = busy.isEmpty() ? -1 : busy.toLongLong();
        n.rwndLimitedMs = number(R"((?:^|\s)rwnd_limited:(\d+)ms)").toLongLong();
        n.sndbufLimitedMs = number(R"((?:^|\s)sndbuf_limited:(\d+)ms)").toLongLong();
        n.appLimited = QRegularExpression(R"((?:^|\s)app_limited(?:\s|$))").match(line).hasMatch();
    }
    return n;
}

} // namespace

class TestKernelTcpInfo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void senderSocketIsSampledWithChangingCwnd();
    void ssthreshAppearsAfterLoss();
    void srttIsPlausibleForTheQueue();
    void algorithmIsTheSocketsOrTheNamespaces();
    void samplerAgreesWithSsOnAnIdleSocket();
    void otherNamespacesAndStrangersAreNotSampled();
    void ipv6SocketIsSampled();
    void sidecarRoundTrips();
    void kernelSeriesLinesUpWithTheCapture();
    void cliPrintsSamplesInsideTheNamespace();
    void cliCaptureWritesTheSidecarBesideTheFile();
    void cliCaptureOfForwardedTrafficLeavesNoSidecar();

private:
    bool setUpLab();
    void runTransfers();
    QProcess* startPeer(const QString& ns, const QStringList& arguments);
    QProcess* startCli(const QString& ns, const QStringList& arguments);
    bool waitForCapturing(QProcess* process, QByteArray* err);
    bool waitForFile(const QString& path, QProcess* peer, int timeoutMs = 30'000);

    QString sender_, router_, receiver_;
    bool labUp_ = false;
    QTemporaryDir dir_;
    QString capturePath_;
    QString defaultAlgorithm_; ///< net.ipv4.tcp_congestion_control of the sender's namespace.
    QString bulkAlgorithm_;    ///< Set on the IPv4 bulk sender's socket.
    std::vector<TcpInfoSample> samples_; // what the recorder's sink received
    std::mutex samplesMutex_;
    std::uint64_t recorderSockets_ = 0;
    std::optional<TcpInfoSample> idleSample_;
    SsNumbers idleSs_;
    QByteArray cliCsv_;
    int cliExit_ = -1;
    ProcessResult outside_;
    QString cliCapturePath_, routerCapturePath_;
    QProcess* cliCapture_ = nullptr;
    QProcess* routerCapture_ = nullptr;
    QByteArray cliCaptureErr_, routerCaptureErr_;
    QString failure_;
    std::vector<QProcess*> peers_;
};

QProcess* TestKernelTcpInfo::startPeer(const QString& ns, const QStringList& arguments)
{
    auto* process = new QProcess(this);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start("ip", QStringList{"netns", "exec", ns, "python3", fixturePath("tcpinfo_peer.py")} + arguments);
    peers_.push_back(process);
    return process;
}

QProcess* TestKernelTcpInfo::startCli(const QString& ns, const QStringList& arguments)
{
    auto* process = new QProcess(this);
    process->setStandardOutputFile(QProcess::nullDevice());
    process->start("ip", QStringList{"netns", "exec", ns, QStringLiteral(TCPLENS_CLI_PATH)} + arguments);
    peers_.push_back(process);
    return process;
}

bool TestKernelTcpInfo::waitForCapturing(QProcess* process, QByteArray* err)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30'000) {
        process->waitForReadyRead(50);
        *err += process->readAllStandardError();
        if (err->contains("capturing on"))
            return true;
        if (process->state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

bool TestKernelTcpInfo::waitForFile(const QString& path, QProcess* peer, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (QFile::exists(path))
            return true;
        if (peer->state() == QProcess::NotRunning)
            return false;
        QThread::msleep(10);
    }
    return false;
}

bool TestKernelTcpInfo::setUpLab()
{
    const auto tag = QString::number(QCoreApplication::applicationPid());
    sender_ = "tlk-snd-" + tag;
    router_ = "tlk-rtr-" + tag;
    receiver_ = "tlk-rcv-" + tag;
    for (const auto& ns : {sender_, router_, receiver_}) {
        if (!run({"ip", "netns", "add", ns}))
            return false;
        labUp_ = true;
        if (!run({"ip", "-n", ns, "link", "set", "lo", "up"})
            || !run({"ip", "netns", "exec", ns, "sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0",
                     "net.ipv6.conf.default.accept_dad=0"}))
            return false;
    }
    const QList<QStringList> commands = {
        {"ip", "link", "add", "tk-s0", "netns", sender_, "type", "veth", "peer", "name", "tk-r0", "netns", router_},
        {"ip", "link", "add", "tk-r1", "netns", router_, "type", "veth", "peer", "name", "tk-c0", "netns", receiver_},
        {"ip", "-n", sender_, "addr", "add", "10.78.1.1/24", "dev", "tk-s0"},
        {"ip", "-n", sender_, "addr", "add", "fd78:1::1/64", "dev", "tk-s0", "nodad"},
        {"ip", "-n", router_, "addr", "add", "10.78.1.2/24", "dev", "tk-r0"},
        {"ip", "-n", router_, "addr", "add", "fd78:1::2/64", "dev", "tk-r0", "nodad"},
        {"ip", "-n", router_, "addr", "add", "10.78.2.2/24", "dev", "tk-r1"},
        {"ip", "-n", receiver_, "addr", "add", "10.78.2.1/24", "dev", "tk-c0"},
        {"ip", "-n", sender_, "link", "set", "tk-s0", "up"},
        {"ip", "-n", router_, "link", "set", "tk-r0", "up"},
        {"ip", "-n", router_, "link", "set", "tk-r1", "up"},
        {"ip", "-n", receiver_, "link", "set", "tk-c0", "up"},
        {"ip", "-n", sender_, "route", "add", "default", "via", "10.78.1.2"},
        {"ip", "-n", receiver_, "route", "add", "default", "via", "10.78.2.2"},
        {"ip", "netns", "exec", router_, "sysctl", "-qw", "net.ipv4.ip_forward=1"},
        // The bottleneck: 20 Mbit/s with a 40 KB queue; what does not fit is dropped.
        {"tc", "-n", router_, "qdisc", "add", "dev", "tk-r1", "root", "tbf", "rate", "20mbit", "burst", "16kb",
         "limit", "40kb"},
        {"ip", "netns", "exec", sender_, "sysctl", "-qw", "net.ipv4.tcp_no_metrics_save=1"},
    };
    for (const auto& command : commands)
        if (!run(command))
            return false;
    // MTU-sized segments, as on a real wire (tbf then sees what the receiver gets).
    if (!findProgram("ethtool").isEmpty()) {
        for (const auto& [ns, dev] : {std::pair{sender_, QString("tk-s0")}, std::pair{router_, QString("tk-r0")},
                                      std::pair{router_, QString("tk-r1")}, std::pair{receiver_, QString("tk-c0")}})
            (void)run({"ip", "netns", "exec", ns, "ethtool", "-K", dev, "tso", "off", "gso", "off", "gro", "off"});
    }
    QByteArray out;
    if (!run({"ip", "netns", "exec", sender_, "sysctl", "-n", "net.ipv4.tcp_congestion_control"}, &out))
        return false;
    defaultAlgorithm_ = QString::fromUtf8(out).trimmed();
    bulkAlgorithm_ = "reno";
    return true;
}

void TestKernelTcpInfo::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root (network namespaces, packet capture)");
    for (const char* tool : {"ip", "tc", "ss", "python3"})
        if (findProgram(tool).isEmpty())
            QSKIP(qPrintable(QString("%1 is not installed").arg(tool)));
    {
        const auto probe = runProcess("ip", {"netns", "add", "tlk-probe-" + QString::number(::getpid())});
        if (!probe.exitedWith(0))
            QSKIP("cannot create network namespaces here");
        (void)runProcess("ip", {"netns", "del", "tlk-probe-" + QString::number(::getpid())});
    }
    QVERIFY(dir_.isValid());
    QVERIFY2(setUpLab(), "the namespace lab could not be built (see the warnings)");
    runTransfers();
    QVERIFY2(failure_.isEmpty(), qPrintable(failure_));
}

void TestKernelTcpInfo::cleanupTestCase()
{
    for (auto* peer : peers_) {
        if (peer->state() != QProcess::NotRunning) {
            peer->kill();
            peer->waitForFinished(5'000);
        }
    }
    if (labUp_)
        for (const auto& ns : {sender_, router_, receiver_})
            (void)runProcess("ip", {"netns", "del", ns});
}

void TestKernelTcpInfo::runTransfers()
{
    capturePath_ = dir_.filePath("lab.pcap");
    TcpInfoRecorder::Options options;
    options.sidecarPath = tcpInfoSidecarPath(capturePath_.toStdString());
    std::unique_ptr<TcpInfoRecorder> recorder;
    LabCapture capture;
    {
        InNamespace inside(sender_);
        if (!inside.ok()) {
            failure_ = "cannot enter the sender's namespace";
            return;
        }
        recorder = std::make_unique<TcpInfoRecorder>(options);
        QString error;
        if (!capture.open("tk-s0", capturePath_, recorder.get(), &error)) {
            failure_ = "capture on tk-s0: " + error;
            return;
        }
    }
    if (!recorder->valid()) {
        failure_ = QString::fromStdString(recorder->error());
        return;
    }
    recorder->setSink([this](std::span<const TcpInfoSample> batch) {
        const std::lock_guard lock(samplesMutex_);
        samples_.insert(samples_.end(), batch.begin(), batch.end());
    });
    recorder->start();
    // A conversation the capture never had a socket for: the recorder must give up on it.
    recorder->observe(ConversationKey{endpoint("10.78.9.1", 1000), endpoint("10.78.9.2", 80)}, true);

    // tcplens-cli capture beside the in-process capture: in the sender's namespace (its sockets
    // are local: a sidecar appears) and in the router's, on the receiver's side (forwarded
    // traffic only: no sidecar).
    cliCapturePath_ = dir_.filePath("cli.pcapng");
    routerCapturePath_ = dir_.filePath("router.pcapng");
    cliCapture_ = startCli(sender_, {"capture", "-i", "tk-s0", "-w", cliCapturePath_, "-f", "tcp"});
    routerCapture_ = startCli(router_, {"capture", "-i", "tk-r1", "-w", routerCapturePath_, "-f", "tcp"});
    if (!waitForCapturing(cliCapture_, &cliCaptureErr_) || !waitForCapturing(routerCapture_, &routerCaptureErr_)) {
        failure_ = "tcplens-cli capture did not start: " + QString::fromUtf8(cliCaptureErr_ + routerCaptureErr_);
        return;
    }

    // IPv4 bulk through the bottleneck, then held idle for the ss comparison.
    const auto ready = dir_.filePath("ready4");
    const auto sent = dir_.filePath("sent4");
    auto* sink = startPeer(receiver_, {"sink", "--addr", "10.78.2.1", "--port", QString::number(kSinkPort),
                                       "--ready", ready});
    if (!waitForFile(ready, sink)) {
        failure_ = "the IPv4 sink did not start";
        return;
    }
    auto* sender = startPeer(sender_, {"send", "--addr", "10.78.2.1", "--port", QString::number(kSinkPort), "--bind",
                                       "10.78.1.1", "--bind-port", QString::number(kSenderPort), "--size",
                                       QString::number(kBulkBytes), "--hold", "2", "--sent", sent, "--cc", bulkAlgorithm_,
                                       "--pause", "0.3"});
    if (!waitForFile(sent, sender, 60'000)) {
        failure_ = "the IPv4 transfer did not finish";
        return;
    }
    QThread::msleep(300); // the last ACKs; then the socket stands still
    {
        InNamespace inside(sender_);
        TcpInfoSampler sampler;
        QByteArray ss;
        (void)run({"ss", "-tinH", "src", "10.78.1.1:" + QString::number(kSenderPort)}, &ss);
        idleSample_ = sampler.query(endpoint("10.78.1.1", kSenderPort), endpoint("10.78.2.1", kSinkPort));
        idleSs_ = parseSs(ss);
        qInfo("ss -tin: %s", ss.trimmed().constData());
    }
    sender->waitForFinished(30'000);
    sink->waitForFinished(30'000);

    // IPv6, one hop, while the CLI samples it from inside the namespace.
    const auto ready6 = dir_.filePath("ready6");
    const auto sent6 = dir_.filePath("sent6");
    auto* sink6 = startPeer(router_, {"sink", "--addr", "fd78:1::2", "--port", QString::number(kSink6Port), "--ready",
                                      ready6});
    if (!waitForFile(ready6, sink6)) {
        failure_ = "the IPv6 sink did not start";
        return;
    }
    auto* sender6 = startPeer(sender_, {"send", "--addr", "fd78:1::2", "--port", QString::number(kSink6Port), "--bind",
                                        "fd78:1::1", "--bind-port", QString::number(kSender6Port), "--size", "300000",
                                        "--hold", "1.5", "--sent", sent6});
    if (!waitForFile(sent6, sender6)) {
        failure_ = "the IPv6 transfer did not finish";
        return;
    }
    const auto cli = runProcess("ip", {"netns", "exec", sender_, QStringLiteral(TCPLENS_CLI_PATH), "tcpinfo", "--src",
                                       "[fd78:1::1]:" + QString::number(kSender6Port), "--dst",
                                       "[fd78:1::2]:" + QString::number(kSink6Port), "--count", "3", "--interval",
                                       "50", "--csv"});
    cliExit_ = cli.exitCode;
    cliCsv_ = cli.out;
    // Outside the namespace, at the same moment, the socket does not exist.
    outside_ = runCli({"tcpinfo", "--src", "[fd78:1::1]:" + QString::number(kSender6Port), "--count", "1"});
    sender6->waitForFinished(30'000);
    sink6->waitForFinished(30'000);
    QThread::msleep(200);
    for (const auto& [process, err] : {std::pair{cliCapture_, &cliCaptureErr_}, std::pair{routerCapture_, &routerCaptureErr_}}) {
        process->terminate(); // SIGTERM: the CLI stops cleanly and prints its summary
        process->waitForFinished(30'000);
        *err += process->readAllStandardError();
    }
    recorder->stop();
    capture.close();
    recorderSockets_ = recorder->socketsFound();
    qInfo("capture: %llu packets; recorder: %llu samples of %llu sockets, %llu rows in the sidecar",
          static_cast<unsigned long long>(capture.packets()), static_cast<unsigned long long>(recorder->samplesTaken()),
          static_cast<unsigned long long>(recorderSockets_), static_cast<unsigned long long>(recorder->rowsWritten()));
}

namespace {

std::vector<TcpInfoSample> of(const std::vector<TcpInfoSample>& samples, const Endpoint& local, const Endpoint& remote)
{
    std::vector<TcpInfoSample> out;
    for (const auto& s : samples)
        if (s.local == local && s.remote == remote)
            out.push_back(s);
    return out;
}

} // namespace

void TestKernelTcpInfo::senderSocketIsSampledWithChangingCwnd()
{
    const auto mine = of(samples_, endpoint("10.78.1.1", kSenderPort), endpoint("10.78.2.1", kSinkPort));
    QVERIFY2(mine.size() >= 30, qPrintable(QString("only %1 samples of the sender's socket").arg(mine.size())));
    std::set<std::uint32_t> cwnds;
    for (const auto& s : mine) {
        QVERIFY(s.cwnd > 0);
        QVERIFY(s.sndMss > 500 && s.sndMss <= 1460);
        cwnds.insert(s.cwnd);
    }
    qInfo("%zu samples, %zu distinct cwnd values (%u..%u segments)", mine.size(), cwnds.size(), *cwnds.begin(),
          *cwnds.rbegin());
    QVERIFY2(cwnds.size() >= 4, "the congestion window never moved");
    // About 20 a second: the samples are ~50 ms apart.
    const double span = static_cast<double>(mine.back().timestampNs - mine.front().timestampNs) / 1e9;
    const double rate = static_cast<double>(mine.size() - 1) / span;
    qInfo("sampling rate %.1f per second over %.2f s", rate, span);
    QVERIFY2(rate > 12 && rate < 25, qPrintable(QString("sampling rate %1/s").arg(rate)));
}

void TestKernelTcpInfo::ssthreshAppearsAfterLoss()
{
    const auto mine = of(samples_, endpoint("10.78.1.1", kSenderPort), endpoint("10.78.2.1", kSinkPort));
    QVERIFY(!mine.empty());
    QVERIFY2(!mine.front().ssthreshSet(), "ssthresh before any loss should be the kernel's infinity");
    const auto firstLoss = std::find_if(mine.begin(), mine.end(), [](const auto& s) { return s.totalRetrans > 0; });
    QVERIFY2(firstLoss != mine.end(), "the bottleneck queue never overflowed: no retransmission");
    QVERIFY(mine.back().totalRetrans > 0);
    const auto withSsthresh = std::find_if(mine.begin(), mine.end(), [](const auto& s) { return s.ssthreshSet(); });
    QVERIFY2(withSsthresh != mine.end(), "no ssthresh after the loss");
    QVERIFY(withSsthresh->ssthresh >= 2 && withSsthresh->ssthresh < 10'000);
    // ssthresh appears with the first retransmission (in the same or the next sample), not before.
    QVERIFY(std::distance(mine.begin(), withSsthresh) >= std::distance(mine.begin(), firstLoss) - 1);
    qInfo("first retransmission at sample %td, ssthresh %u segments from sample %td; total retransmissions %u",
          std::distance(mine.begin(), firstLoss), withSsthresh->ssthresh, std::distance(mine.begin(), withSsthresh),
          mine.back().totalRetrans);
}

void TestKernelTcpInfo::srttIsPlausibleForTheQueue()
{
    const auto mine = of(samples_, endpoint("10.78.1.1", kSenderPort), endpoint("10.78.2.1", kSinkPort));
    std::vector<double> kernel;
    for (const auto& s : mine) {
        QVERIFY(s.srttUs > 0);
        // The queue holds at most 16 ms; veths add microseconds. Smoothing lags, so allow 3x.
        QVERIFY2(s.srttUs < 3 * kTbfQueueSeconds * 1e6 + 5'000,
                 qPrintable(QString("srtt %1 us for a %2 ms queue").arg(s.srttUs).arg(kTbfQueueSeconds * 1e3)));
        if (s.unacked > 0)
            kernel.push_back(s.srttUs / 1e6);
    }
    QVERIFY(!kernel.empty());
    // Against the wire: the ACK RTTs the capture (taken at the sender) shows.
    std::string error;
    const auto series = seriesFromCapture(capturePath_.toStdString(), 0, &error);
    QVERIFY2(!series.empty(), error.c_str());
    std::vector<double> wire;
    for (const auto& sample : series.rtt(Direction::ClientToServer).ack)
        wire.push_back(sample.rtt);
    QVERIFY(wire.size() > 100);
    const double kernelMedian = median(kernel);
    const double wireMedian = median(wire);
    qInfo("srtt median %.2f ms (kernel, while data was in flight), ACK RTT median %.2f ms (wire), queue %.0f ms",
          kernelMedian * 1e3, wireMedian * 1e3, kTbfQueueSeconds * 1e3);
    QVERIFY2(kernelMedian > wireMedian / 3 && kernelMedian < wireMedian * 3,
             "the kernel's srtt and the wire's ACK RTTs disagree");
    QVERIFY(kernelMedian > 1e-3); // the queue was full: well above a bare veth's ~50 us
}

void TestKernelTcpInfo::algorithmIsTheSocketsOrTheNamespaces()
{
    QVERIFY(!defaultAlgorithm_.isEmpty());
    const auto bulk = of(samples_, endpoint("10.78.1.1", kSenderPort), endpoint("10.78.2.1", kSinkPort));
    QVERIFY(!bulk.empty());
    for (const auto& s : bulk)
        QCOMPARE(QString::fromStdString(s.congestionControl), bulkAlgorithm_);
    const auto v6 = of(samples_, endpoint("fd78:1::1", kSender6Port), endpoint("fd78:1::2", kSink6Port));
    QVERIFY(!v6.empty());
    for (const auto& s : v6)
        QCOMPARE(QString::fromStdString(s.congestionControl), defaultAlgorithm_);
}

void TestKernelTcpInfo::samplerAgreesWithSsOnAnIdleSocket()
{
    QVERIFY2(idleSample_.has_value(), "the sampler found no socket while it was idle");
    QVERIFY2(idleSs_.cwnd > 0, "ss printed no cwnd");
    const auto& s = *idleSample_;
    QCOMPARE(tcpStateName(s.state), QString("ESTABLISHED").toStdString());
    QCOMPARE(QString::fromStdString(s.congestionControl), idleSs_.algorithm);
    QCOMPARE(static_cast<int>(s.cwnd), idleSs_.cwnd);
    QCOMPARE(s.ssthreshSet() ? static_cast<int>(s.ssthresh) : -1, idleSs_.ssthresh);
    QCOMPARE(static_cast<int>(s.sndMss), idleSs_.mss);
    QCOMPARE(static_cast<int>(s.totalRetrans), idleSs_.totalRetrans);
    QVERIFY2(std::abs(s.srttUs / 1000.0 - idleSs_.rttMs) < 0.0015,
             qPrintable(QString("srtt %1 ms, ss %2 ms").arg(s.srttUs / 1000.0).arg(idleSs_.rttMs)));
    QVERIFY(std::abs(s.rttvarUs / 1000.0 - idleSs_.rttvarMs) < 0.0015);
    // The chronograph: the sidecar's microseconds are ss's milliseconds (an idle socket's stay put).
    QVERIFY(s.hasField(tcpinfo::kChrono));
    QVERIFY2(idleSs_.busyMs > 0, "ss printed no busy: time after a bulk transfer");
    QCOMPARE(static_cast<qint64>(s.busyTimeUs / 1000), idleSs_.busyMs);
    QCOMPARE(static_cast<qint64>(s.rwndLimitedUs / 1000), idleSs_.rwndLimitedMs);
    QCOMPARE(static_cast<qint64>(s.sndbufLimitedUs / 1000), idleSs_.sndbufLimitedMs);
    QVERIFY(s.rwndLimitedUs + s.sndbufLimitedUs <= s.busyTimeUs);
    QVERIFY(s.hasField(tcpinfo::kAppLimited));
    QCOMPARE(s.deliveryRateAppLimited, idleSs_.appLimited);
}

void TestKernelTcpInfo::otherNamespacesAndStrangersAreNotSampled()
{
    for (const auto& s : samples_) {
        QVERIFY2(s.local.address == *parseIpAddress("10.78.1.1") || s.local.address == *parseIpAddress("fd78:1::1"),
                 qPrintable(QString::fromStdString("a socket of another namespace: " + endpointText(s.local))));
        QVERIFY(s.local.port == kSenderPort || s.local.port == kSender6Port);
    }
    QCOMPARE(recorderSockets_, std::uint64_t{2}); // the IPv4 and the IPv6 sender
}

void TestKernelTcpInfo::ipv6SocketIsSampled()
{
    const auto mine = of(samples_, endpoint("fd78:1::1", kSender6Port), endpoint("fd78:1::2", kSink6Port));
    QVERIFY2(mine.size() >= 5, qPrintable(QString("%1 samples of the IPv6 socket").arg(mine.size())));
    for (const auto& s : mine) {
        QVERIFY(s.cwnd > 0);
        QCOMPARE(QString::fromStdString(s.congestionControl), defaultAlgorithm_);
    }
}

void TestKernelTcpInfo::sidecarRoundTrips()
{
    bool exists = false;
    const auto read = readTcpInfoCsv(tcpInfoSidecarPath(capturePath_.toStdString()), &exists);
    QVERIFY(exists);
    QVERIFY2(read.error.empty(), read.error.c_str());
    QCOMPARE(read.samples.size(), samples_.size());
    for (std::size_t i = 0; i < samples_.size(); ++i)
        QVERIFY2(read.samples[i] == samples_[i], qPrintable(QString("sample %1 differs after the round trip").arg(i)));
}

void TestKernelTcpInfo::kernelSeriesLinesUpWithTheCapture()
{
    auto file = CaptureFile::open(capturePath_.toStdString());
    ConversationTracker tracker;
    RawPacket packet;
    while (file->next(packet) == ReadStatus::Packet)
        (void)tracker.add(static_cast<std::uint32_t>(file->packetsRead()), packet.timestampNs, packet.wireLength,
                          decodePacket(packet.bytes, packet.wireLength, file->info().linkType));
    QVERIFY(tracker.conversations().size() >= 2);
    const auto& bulk = tracker.conversations().front();
    QCOMPARE(bulk.client().endpoint, endpoint("10.78.1.1", kSenderPort));
    const auto series = kernelSeriesFor(samples_, bulk, Direction::ClientToServer, bulk.firstNs);
    QVERIFY(series.points.size() >= 30);
    QCOMPARE(QString::fromStdString(series.congestionControl), bulkAlgorithm_);
    const double duration = static_cast<double>(bulk.lastNs - bulk.firstNs) / 1e9;
    // The recorder learns of the conversation from its SYN: the first sample follows it closely.
    QVERIFY2(series.points.front().time > -0.1 && series.points.front().time < 0.2,
             qPrintable(QString("first kernel sample at %1 s").arg(series.points.front().time)));
    for (const auto& p : series.points) {
        QVERIFY(p.time >= -0.1 && p.time <= duration + 0.1);
        QCOMPARE(p.cwndBytes, std::int64_t{p.cwndSegments} * p.mss);
    }
    // The receiver's direction has no local socket here: nothing to draw.
    QVERIFY(kernelSeriesFor(samples_, bulk, Direction::ServerToClient, bulk.firstNs).empty());

    // The kernel's unacknowledged segments are the wire's bytes in flight (snd.nxt - snd.una as
    // Wireshark computes it at the sender): compare each sample with the last packet before it.
    const auto builder = seriesFromCapture(capturePath_.toStdString(), bulk.stream);
    const auto& flights = builder.windows(Direction::ClientToServer).bytesInFlight;
    QVERIFY(!flights.empty());
    std::vector<double> ratios;
    for (const auto& p : series.points) {
        if (p.unackedBytes <= 0)
            continue;
        const auto after = std::upper_bound(flights.begin(), flights.end(), p.time,
                                            [](double t, const ValuePoint& f) { return t < f.time; });
        if (after == flights.begin())
            continue;
        const auto& wire = *std::prev(after);
        if (p.time - wire.time < 0.01 && wire.value > 0)
            ratios.push_back(static_cast<double>(p.unackedBytes) / static_cast<double>(wire.value));
    }
    QVERIFY2(ratios.size() >= 10, qPrintable(QString("%1 samples close to a data packet").arg(ratios.size())));
    const double ratio = median(ratios);
    qInfo("kernel unacked / wire bytes in flight: median %.2f over %zu samples", ratio, ratios.size());
    QVERIFY2(ratio > 0.8 && ratio < 1.25, qPrintable(QString("median ratio %1").arg(ratio)));
}

void TestKernelTcpInfo::cliPrintsSamplesInsideTheNamespace()
{
    QCOMPARE(cliExit_, 0);
    const auto parsed = parseTcpInfoCsv(cliCsv_.toStdString(), "tcpinfo output");
    QVERIFY2(parsed.error.empty(), parsed.error.c_str());
    QCOMPARE(parsed.samples.size(), std::size_t{3}); // one socket (the sink is in another namespace), 3 rounds
    for (const auto& s : parsed.samples) {
        QCOMPARE(s.local, endpoint("fd78:1::1", kSender6Port));
        QVERIFY(s.cwnd > 0);
        QCOMPARE(QString::fromStdString(s.congestionControl), defaultAlgorithm_);
    }
    // Outside the namespace the same socket did not exist: the message says why.
    QVERIFY(outside_.exitedWith(1));
    QVERIFY(outside_.out.isEmpty());
    QVERIFY(outside_.err.contains("network namespace"));
}

void TestKernelTcpInfo::cliCaptureWritesTheSidecarBesideTheFile()
{
    qInfo("%s", cliCaptureErr_.trimmed().constData());
    QCOMPARE(cliCapture_->exitStatus(), QProcess::NormalExit);
    QCOMPARE(cliCapture_->exitCode(), 0);
    const auto sidecar = tcpInfoSidecarPath(cliCapturePath_.toStdString());
    QVERIFY2(cliCaptureErr_.contains(QByteArray("local sockets written to ") + sidecar.c_str()), cliCaptureErr_.constData());
    bool exists = false;
    const auto read = readTcpInfoCsv(sidecar, &exists);
    QVERIFY(exists);
    QVERIFY2(read.error.empty(), read.error.c_str());
    const auto bulk = of(read.samples, endpoint("10.78.1.1", kSenderPort), endpoint("10.78.2.1", kSinkPort));
    QVERIFY2(bulk.size() >= 30, qPrintable(QString("%1 samples of the bulk socket").arg(bulk.size())));
    std::set<std::uint32_t> cwnds;
    for (const auto& s : bulk)
        cwnds.insert(s.cwnd);
    QVERIFY(cwnds.size() >= 4);
    QVERIFY(!of(read.samples, endpoint("fd78:1::1", kSender6Port), endpoint("fd78:1::2", kSink6Port)).empty());

    // The samples line up with the CLI's own pcapng: the first follows the SYN closely.
    auto file = CaptureFile::open(cliCapturePath_.toStdString());
    ConversationTracker tracker;
    RawPacket packet;
    while (file->next(packet) == ReadStatus::Packet)
        (void)tracker.add(static_cast<std::uint32_t>(file->packetsRead()), packet.timestampNs, packet.wireLength,
                          decodePacket(packet.bytes, packet.wireLength, file->info().linkType));
    QVERIFY(!tracker.conversations().empty());
    const auto& first = tracker.conversations().front();
    const auto series = kernelSeriesFor(read.samples, first, Direction::ClientToServer, first.firstNs);
    QVERIFY(!series.empty());
    QVERIFY2(series.points.front().time > -0.1 && series.points.front().time < 0.3,
             qPrintable(QString("first kernel sample %1 s after the SYN").arg(series.points.front().time)));
}

void TestKernelTcpInfo::cliCaptureOfForwardedTrafficLeavesNoSidecar()
{
    QCOMPARE(routerCapture_->exitCode(), 0);
    QVERIFY2(routerCaptureErr_.contains("no conversation had a socket in this network namespace"),
             routerCaptureErr_.constData());
    QVERIFY(QFileInfo(routerCapturePath_).size() > 100'000); // the bulk went through
    QVERIFY(!QFile::exists(QString::fromStdString(tcpInfoSidecarPath(routerCapturePath_.toStdString()))));
}

#else // no sock_diag on this system

class TestKernelTcpInfo : public QObject {
    Q_OBJECT
private slots:
    void linuxOnly() { QSKIP("tcp_info through sock_diag exists on Linux only"); }
};

#endif

QTEST_GUILESS_MAIN(TestKernelTcpInfo)
#include "TestKernelTcpInfo.moc"
