// Live capture between two network namespaces: the engine's reconstruction equals that of the
// file it wrote and of a tcpdump capture taken in parallel; drops are counted; failures (no
// interface, one that disappears, a bad filter) say what to do and keep what was captured.
// tcplens-cli capture is TestLiveCaptureCli.
#include "CaptureReconstruction.h"
#include "ChildProcesses.h"
#include "LiveNetns.h"
#include "TestSupport.h"

#include <capture/CaptureBatchBuilder.h>
#include <capture/CaptureFile.h>
#include <capture/LiveCapture.h>
#include <capture/NetworkInterfaces.h>
#include <export/ConversationText.h>

#include <QTemporaryDir>
#include <QFile>
#include <QtTest>

#include <csignal>
#include <cstring>
#include <memory>

using namespace tcplens;
using namespace tcplens::test;

namespace {

bool sameRecord(const PacketAnalysisRecord& a, const PacketAnalysisRecord& b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

/// Whether a process still runs (QProcess only learns it when asked to wait).
bool stillRunning(QProcess& process)
{
    process.waitForFinished(1);
    return process.state() != QProcess::NotRunning;
}

/// Polls a capture while `busy` says there is traffic, collecting every batch.
Reconstruction runCapture(LiveCapture& capture, const std::function<bool()>& busy, int tailMs = 700)
{
    Reconstruction out;
    const auto collect = [&] {
        auto batch = capture.takeBatch();
        for (const auto& packet : batch.packets) {
            const auto bytes = capture.mapping()->slice(packet.dataOffset, packet.capturedLength);
            out.bytes.emplace_back(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
        }
        out.packets.insert(out.packets.end(), batch.packets.begin(), batch.packets.end());
        out.analyses.insert(out.analyses.end(), batch.analyses.begin(), batch.analyses.end());
    };
    while (busy() && capture.poll(std::chrono::milliseconds(20)))
        collect();
    QElapsedTimer tail;
    tail.start();
    while (tail.elapsed() < tailMs && capture.poll(std::chrono::milliseconds(20)))
        collect();
    capture.stop();
    collect();
    for (const auto& conversation : capture.tracker().conversations())
        out.conversations.push_back(conversationJson(conversation));
    return out;
}

QString tempPath(const QTemporaryDir& dir, const QString& name) { return dir.filePath(name); }

} // namespace

class TestLiveCapture : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        net_ = std::make_unique<LiveNetns>();
        if (!net_->ok())
            QSKIP(qPrintable(QStringLiteral("live capture tests skipped: ") + net_->why()));
        QVERIFY(dir_.isValid());
    }
    void cleanupTestCase() { net_.reset(); }
    void cleanup()
    {
        if (net_)
            net_->leaveClient();
    }

    void interfacesListTheVethWithAddressesAndFlags()
    {
        QVERIFY(net_->enterClient());
        std::string error;
        const auto interfaces = listInterfaces(error);
        QVERIFY2(error.empty(), error.c_str());
        const NetworkInterface* veth = nullptr;
        const NetworkInterface* loopback = nullptr;
        for (const auto& interface : interfaces) {
            if (QString::fromStdString(interface.name) == net_->clientInterface())
                veth = &interface;
            if (interface.name == "lo")
                loopback = &interface;
        }
        QVERIFY(veth);
        QVERIFY(veth->up);
        QVERIFY(veth->running);
        QVERIFY(!veth->loopback);
        QVERIFY(std::find(veth->addresses.begin(), veth->addresses.end(), "10.78.0.1/24") != veth->addresses.end());
        QVERIFY(std::find(veth->addresses.begin(), veth->addresses.end(), "fd78::1/64") != veth->addresses.end());
        QVERIFY(loopback);
        QVERIFY(loopback->loopback);
        QCOMPARE(QString::fromStdString(loopback->flagsText()), QStringLiteral("up, running, loopback"));
        QCOMPARE(interfaceLinkType(net_->clientInterface().toStdString()), std::optional<int>(1));
        QVERIFY(interfacePacketCounter(net_->clientInterface().toStdString()).has_value());
        QVERIFY(!interfaceLinkType("tl-nosuch0").has_value());
    }

    void liveReconstructionEqualsSavedFileAndTcpdump()
    {
        const QString tcpdumpFile = tempPath(dir_, QStringLiteral("tcpdump.pcap"));
        const QString liveFile = tempPath(dir_, QStringLiteral("live.pcapng"));
        const QString filter = QStringLiteral("tcp port 5101");
        QProcess tcpdump;
        tcpdump.start(QStringLiteral("ip"), LiveNetns::inNs(net_->clientNs(),
                                                            {QStringLiteral("tcpdump"), QStringLiteral("-i"),
                                                             net_->clientInterface(), QStringLiteral("--immediate-mode"),
                                                             QStringLiteral("-U"), QStringLiteral("-w"), tcpdumpFile,
                                                             filter}));
        QVERIFY(tcpdump.waitForStarted());
        QVERIFY(waitForListening(tcpdump));

        QVERIFY(net_->enterClient());
        LiveCaptureOptions options;
        options.interface = net_->clientInterface().toStdString();
        options.filter = filter.toStdString();
        options.outputPath = liveFile.toStdString();
        auto capture = LiveCapture::start(options);
        QCOMPARE(capture->info().linkType, 1);

        QProcess server, client;
        QVERIFY(net_->startServer(server, QStringLiteral("basic"), 5101));
        net_->startClient(client, QStringLiteral("basic"), 5101);
        // Until both peers have exited: the server's last segments come after the client's.
        const auto live = runCapture(*capture, [&] { return stillRunning(client) || stillRunning(server); });
        QVERIFY(ended(client, 30'000));
        QCOMPARE(client.exitCode(), 0);
        QVERIFY(ended(server, 30'000));
        ::kill(static_cast<pid_t>(tcpdump.processId()), SIGINT);
        QVERIFY(ended(tcpdump, 10'000));

        // The basic exchange: handshake, requests and replies both ways, 3000 bytes, both FINs: 21
        // segments, give or take a delayed ACK; tcpdump's file below must hold exactly as many.
        QVERIFY2(live.packets.size() >= 19 && live.packets.size() <= 23, qPrintable(QString::number(live.packets.size())));
        QCOMPARE(live.conversations.size(), std::size_t{1});
        QVERIFY2(QByteArray::fromStdString(live.conversations[0]).contains("\"conn_state\":\"SF\""),
                 live.conversations[0].c_str());
        QVERIFY(live.analyses.front().headerFlags() == 0x002);       // SYN
        QVERIFY(live.analyses[1].headerFlags() == 0x012);            // SYN-ACK
        QCOMPARE(int(live.analyses.back().headerFlags()), 0x010); // the last ACK
        const auto stats = capture->stats();
        QCOMPARE(stats.captured, std::uint64_t{live.packets.size()});
        QCOMPARE(stats.droppedByKernel, std::uint64_t{0});
        QVERIFY(stats.received >= live.packets.size());

        QString error;
        const auto saved = reconstructFile(liveFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto dumped = reconstructFile(tcpdumpFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const auto* other : {&saved, &dumped}) {
            QCOMPARE(other->packets.size(), live.packets.size());
            for (std::size_t n = 0; n < live.packets.size(); ++n) {
                QCOMPARE(other->bytes[n], live.bytes[n]);
                QCOMPARE(other->packets[n].wireLength, live.packets[n].wireLength);
                QVERIFY2(sameRecord(other->analyses[n], live.analyses[n]), qPrintable(QString::number(n + 1)));
            }
        }
        QCOMPARE(saved.conversations, live.conversations); // same times too: the file holds the engine's
        for (std::size_t n = 0; n < live.packets.size(); ++n) {
            QCOMPARE(saved.packets[n].timestampNs, live.packets[n].timestampNs);
            QCOMPARE(saved.packets[n].dataOffset, live.packets[n].dataOffset);
        }
        // tcpdump stamps its own copy: compare the conversation apart from the times.
        const auto withoutTimes = [](std::string json) {
            auto object = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
            for (const auto* key : {"start", "duration", "irtt"})
                object.remove(QLatin1String(key));
            return object;
        };
        QCOMPARE(withoutTimes(dumped.conversations[0]), withoutTimes(live.conversations[0]));

        // Other readers agree the file is a sound pcapng with every packet.
        const auto capinfos = runProcess(QStringLiteral("capinfos"), {QStringLiteral("-c"), QStringLiteral("-M"), liveFile});
        QVERIFY2(capinfos.exitedWith(0), capinfos.err.constData());
        QCOMPARE(capinfosValue(capinfos.out, QStringLiteral("Number of packets")), QString::number(live.packets.size()));
        const auto oursText = runCli({QStringLiteral("packets"), liveFile});
        const auto tcpdumpText = runProcess(QStringLiteral("tcpdump"), {QStringLiteral("-nn"), QStringLiteral("-r"), liveFile});
        QVERIFY(oursText.exitedWith(0) && tcpdumpText.exitedWith(0));
        QCOMPARE(std::size_t(lines(oursText.out).size()), live.packets.size());
        QCOMPARE(std::size_t(lines(tcpdumpText.out).size()), live.packets.size());
    }

    void bulkThroughLossyLinkCountsDropsAndKeepsEveryCountedPacket()
    {
        // A token bucket paces the client to 40 Mbit/s; nftables drops 2% of the data segments
        // entering the server (this kernel may lack netem). A small ring and a reader that pauses
        // make the kernel drop packets on the capture side too.
        QVERIFY(LiveNetns::run(net_->clientNs(), {QStringLiteral("tc"), QStringLiteral("qdisc"), QStringLiteral("add"),
                                                  QStringLiteral("dev"), net_->clientInterface(), QStringLiteral("root"),
                                                  QStringLiteral("tbf"), QStringLiteral("rate"), QStringLiteral("40mbit"),
                                                  QStringLiteral("burst"), QStringLiteral("32kb"), QStringLiteral("limit"),
                                                  QStringLiteral("1mb")}));
        QString output;
        const bool lossy = LiveNetns::run(
            net_->serverNs(),
            {QStringLiteral("nft"), QStringLiteral("add table inet tl_loss; add chain inet tl_loss pre { type filter hook "
                                                   "prerouting priority raw; policy accept; }; add rule inet tl_loss pre "
                                                   "tcp dport 5102 tcp flags & (syn | fin) == 0 numgen random mod 100 < 2 drop")},
            &output);
        if (!lossy)
            qWarning("nftables unavailable (%s): the link is rate-limited only", qPrintable(output));

        const QString liveFile = tempPath(dir_, QStringLiteral("bulk.pcapng"));
        QVERIFY(net_->enterClient());
        LiveCaptureOptions options;
        options.interface = net_->clientInterface().toStdString();
        options.filter = "tcp port 5102";
        options.snaplen = 96;
        options.bufferBytes = 64 * 1024;
        options.outputPath = liveFile.toStdString();
        auto capture = LiveCapture::start(options);

        QProcess server, client;
        const QStringList env{QStringLiteral("TL_BULK_SIZE=8000000")}; // 1.6 s at 40 Mbit/s
        QVERIFY(net_->startServer(server, QStringLiteral("bulk"), 5102, env));
        net_->startClient(client, QStringLiteral("bulk"), 5102, env);
        QElapsedTimer timer;
        timer.start();
        std::size_t before = 0;
        while (before < 300 && timer.elapsed() < 10'000 && capture->poll(std::chrono::milliseconds(20)))
            before += capture->takeBatch().size(); // the reader keeps up until the transfer is under way
        QThread::msleep(500); // then stalls: the ring overflows
        QVERIFY(stillRunning(client));
        // Until both peers have exited: the server's last segments come after the client's.
        const auto live = runCapture(*capture, [&] { return stillRunning(client) || stillRunning(server); });
        QVERIFY(ended(client, 60'000));
        QCOMPARE(client.exitCode(), 0);
        QVERIFY(ended(server, 30'000));

        const auto stats = capture->stats();
        qInfo("received %llu, dropped by kernel %llu, by interface %llu, captured %llu",
              static_cast<unsigned long long>(stats.received), static_cast<unsigned long long>(stats.droppedByKernel),
              static_cast<unsigned long long>(stats.droppedByInterface), static_cast<unsigned long long>(stats.captured));
        QVERIFY(stats.droppedByKernel > 0);
        QCOMPARE(stats.captured + stats.droppedByKernel, stats.received);
        QCOMPARE(std::uint64_t(before + live.packets.size()), stats.captured);
        QString error;
        const auto saved = reconstructFile(liveFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(std::uint64_t(saved.packets.size()), stats.captured);
        QCOMPARE(saved.conversations, live.conversations);
        QCOMPARE(live.conversations.size(), std::size_t{1});
        const auto conversation = QJsonDocument::fromJson(QByteArray::fromStdString(live.conversations[0])).object();
        if (lossy)
            QVERIFY(conversation.value(QStringLiteral("retransmissions")).toInteger() > 0);
        LiveNetns::run(net_->clientNs(), {QStringLiteral("tc"), QStringLiteral("qdisc"), QStringLiteral("del"),
                                          QStringLiteral("dev"), net_->clientInterface(), QStringLiteral("root")});
        LiveNetns::run(net_->serverNs(), {QStringLiteral("nft"), QStringLiteral("delete table inet tl_loss")});
    }

    void interfaceThatDisappearsStopsTheCaptureAndKeepsThePackets()
    {
        QVERIFY(LiveNetns::run(net_->clientNs(), {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("add"),
                                                  QStringLiteral("lx0"), QStringLiteral("type"), QStringLiteral("veth"),
                                                  QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("ly0")}));
        QVERIFY(LiveNetns::run(net_->clientNs(), {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"),
                                                  QStringLiteral("lx0"), QStringLiteral("up")}));
        QVERIFY(LiveNetns::run(net_->clientNs(), {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"),
                                                  QStringLiteral("ly0"), QStringLiteral("up")}));
        const QString liveFile = tempPath(dir_, QStringLiteral("gone.pcapng"));
        QVERIFY(net_->enterClient());
        LiveCaptureOptions options;
        options.interface = "lx0";
        options.filter = "ether proto 0x88b5"; // IEEE local experimental: only our frames
        options.outputPath = liveFile.toStdString();
        auto capture = LiveCapture::start(options);
        const QString send = QStringLiteral(
            "import socket\n"
            "s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)\n"
            "s.bind(('ly0', 0))\n"
            "for i in range(5):\n"
            "    s.send(b'\\xff' * 6 + b'\\x02\\x78\\x00\\x00\\x00\\x09' + b'\\x88\\xb5' + bytes([i]) * 50)\n");
        QVERIFY(LiveNetns::run(net_->clientNs(), {QStringLiteral("python3"), QStringLiteral("-c"), send}));
        std::size_t seen = 0;
        QElapsedTimer timer;
        timer.start();
        while (seen < 5 && timer.elapsed() < 5000 && capture->poll(std::chrono::milliseconds(20)))
            seen += capture->takeBatch().size();
        QCOMPARE(seen, std::size_t{5});
        QVERIFY(LiveNetns::run(net_->clientNs(), {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("del"),
                                                  QStringLiteral("lx0")}));
        timer.restart();
        bool running = true;
        while (running && timer.elapsed() < 5000)
            running = capture->poll(std::chrono::milliseconds(20));
        QVERIFY2(!running, "the capture should end when its interface is removed");
        QVERIFY(!capture->isRunning());
        qInfo("%s", capture->error().c_str());
        QVERIFY2(QString::fromStdString(capture->error()).contains(QStringLiteral("lx0")), capture->error().c_str());
        QCOMPARE(capture->stats().captured, std::uint64_t{5});
        QString error;
        QCOMPARE(reconstructFile(liveFile, &error).packets.size(), std::size_t{5});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void missingInterfaceAndBadFilterNameTheProblem()
    {
        QVERIFY(net_->enterClient());
        LiveCaptureOptions options;
        options.interface = "tl-nosuch0";
        options.outputPath = tempPath(dir_, QStringLiteral("none.pcapng")).toStdString();
        try {
            (void)LiveCapture::start(options);
            QFAIL("a capture on a missing interface should not start");
        } catch (const LiveCaptureError& error) {
            QCOMPARE(error.kind(), LiveCaptureError::Kind::NoSuchInterface);
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("tl-nosuch0: there is no such interface")),
                     error.what());
        }
        options.interface = net_->clientInterface().toStdString();
        options.filter = "tcp port";
        try {
            (void)LiveCapture::start(options);
            QFAIL("a bad filter should not start");
        } catch (const LiveCaptureError& error) {
            QCOMPARE(error.kind(), LiveCaptureError::Kind::BadFilter);
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("syntax error")), error.what());
        }
    }

private:
    std::unique_ptr<LiveNetns> net_;
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestLiveCapture)
#include "TestLiveCapture.moc"
