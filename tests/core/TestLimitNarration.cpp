// The narration's sentence when a sender's limiting factor changes: its words in English and
// Chinese, when it is said (only at a change between two packets), and on a recorded stall.
#include <series/LimitNarration.h>
#include <series/SeriesFromCapture.h>

#include <QtTest>

using namespace tcplens;

namespace {

constexpr auto kEn = NarrationLanguage::English;
constexpr auto kZh = NarrationLanguage::SimplifiedChinese;

const std::vector<LimitSegment> kTimeline{{0.0, 1.0, LimitFactor::Handshake},
                                          {1.0, 2.0, LimitFactor::ReceiverWindow},
                                          {2.0, 3.0, LimitFactor::Congestion},
                                          {3.0, 3.5, LimitFactor::LossRecovery},
                                          {3.5, 4.0, LimitFactor::Unknown}};

} // namespace

class TestLimitNarration : public QObject {
    Q_OBJECT

private slots:
    void congestionTakingOverFromTheReceiver()
    {
        QCOMPARE(limitChangeSentence(LimitFactor::ReceiverWindow, LimitFactor::Congestion, Direction::ClientToServer, kEn),
                 std::string("From here the client is limited by the congestion window, not by the receiver's window: "
                             "congestion control has taken over."));
        QCOMPARE(limitChangeSentence(LimitFactor::ReceiverWindow, LimitFactor::Congestion, Direction::ServerToClient, kZh),
                 std::string("从这里开始，服务器受拥塞窗口限制，不再受接收窗口限制：拥塞控制接管了。"));
    }

    void statesSayNoLonger()
    {
        QCOMPARE(limitChangeSentence(LimitFactor::LossRecovery, LimitFactor::Congestion, Direction::ClientToServer, kEn),
                 std::string("From here the client is limited by the congestion window, no longer in loss recovery: "
                             "congestion control has taken over."));
        // After the handshake there is nothing to contrast with.
        QCOMPARE(limitChangeSentence(LimitFactor::Handshake, LimitFactor::ReceiverWindow, Direction::ClientToServer, kEn),
                 std::string("From here the client is limited by the receiver's window: flow control has taken over."));
        QCOMPARE(limitChangeSentence(LimitFactor::Congestion, LimitFactor::Unknown, Direction::ClientToServer, kEn),
                 std::string("From here the client's limit is unknown, no longer limited by the congestion window: "
                             "this capture point cannot show why."));
    }

    void factorAtFollowsTheSpans()
    {
        QCOMPARE(limitFactorAt(kTimeline, 0.0), std::optional(LimitFactor::Handshake));
        QCOMPARE(limitFactorAt(kTimeline, 1.0), std::optional(LimitFactor::ReceiverWindow));
        QCOMPARE(limitFactorAt(kTimeline, 2.999), std::optional(LimitFactor::Congestion));
        QCOMPARE(limitFactorAt(kTimeline, 4.0), std::optional(LimitFactor::Unknown)); // the last packet
        QCOMPARE(limitFactorAt(kTimeline, 4.01), std::nullopt);
        QCOMPARE(limitFactorAt(kTimeline, -0.1), std::nullopt);
        QCOMPARE(limitFactorAt({}, 0.0), std::nullopt);
    }

    void saidOnlyWhenTheFactorChangesBetweenTwoPackets()
    {
        const auto d = Direction::ClientToServer;
        QCOMPARE(limitChangeBetween(kTimeline, d, 1.2, 1.8, kEn), std::string());
        QVERIFY(limitChangeBetween(kTimeline, d, 1.8, 2.1, kEn).find("congestion control has taken over")
                != std::string::npos);
        QCOMPARE(limitChangeBetween(kTimeline, d, 0.5, 1.5, kEn), std::string()); // out of the handshake
        QCOMPARE(limitChangeBetween(kTimeline, d, 4.0, 5.0, kEn), std::string()); // after the timeline
        QCOMPARE(limitChangeBetween({}, d, 0.0, 1.0, kEn), std::string());
        QVERIFY(limitChangeBetween(kTimeline, d, 2.5, 3.2, kZh).find("处于丢包恢复") != std::string::npos);
    }

    void zeroWindowStallIsNarrated()
    {
        const auto builder = seriesFromCapture(TCPLENS_TEST_DATA_DIR "/zero-window.pcap", 0);
        std::vector<LimitSegment> timeline;
        for (const auto& span : builder.limits().timeline(Direction::ClientToServer))
            if (span.end > span.start)
                timeline.push_back(span);
        QVERIFY(timeline.size() > 2);
        // A packet in the middle of each span after one in the previous span: every change is said, the stall among them.
        int said = 0;
        bool stall = false;
        const auto mid = [](const LimitSegment& s) { return (s.start + s.end) / 2; };
        for (std::size_t i = 1; i < timeline.size(); ++i) {
            const auto text = limitChangeBetween(timeline, Direction::ClientToServer, mid(timeline[i - 1]),
                                                 mid(timeline[i]), kEn);
            QCOMPARE(text.empty(), timeline[i - 1].factor == timeline[i].factor
                                       || timeline[i - 1].factor == LimitFactor::Handshake
                                       || timeline[i].factor == LimitFactor::Handshake);
            said += text.empty() ? 0 : 1;
            stall = stall || text.find("stalled by a zero window") != std::string::npos;
        }
        QVERIFY(said > 0);
        QVERIFY(stall);
    }
};

QTEST_GUILESS_MAIN(TestLimitNarration)
#include "TestLimitNarration.moc"
