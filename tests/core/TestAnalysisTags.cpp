// Wireshark's analysis tags in the narration's titles: Chinese in Chinese, as tshark writes them in
// English; every title of every fixture in Chinese carries no English tag.
#include "TestSupport.h"

#include <capture/LoadedCapture.h>
#include <flow/AnalysisTags.h>
#include <flow/FlowModel.h>
#include <tcp/TcpAnalysis.h>

#include <QtTest>

using namespace tcplens;
using namespace tcplens::test;

class TestAnalysisTags : public QObject {
    Q_OBJECT

private slots:
    void everyTagHasChinese()
    {
        using namespace analysis;
        const std::uint32_t all[] = {ReusedPorts,      LostSegment,        AckLostSegment, SpuriousRetransmission,
                                     FastRetransmission, Retransmission,   OutOfOrder,     KeepAlive,
                                     KeepAliveAck,     ZeroWindowProbe,    ZeroWindowProbeAck, ZeroWindow,
                                     WindowFull,       WindowUpdate,       DuplicateAck};
        for (const std::uint32_t flag : all) {
            const std::string english = analysisInfoText(flag, 7, 2);
            QVERIFY(!english.empty());
            const std::string chinese = localizedAnalysisTags(english, NarrationLanguage::SimplifiedChinese);
            QVERIFY2(chinese.find("[TCP ") == 0 && chinese.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos,
                     chinese.c_str());
            QCOMPARE(localizedAnalysisTags(english, NarrationLanguage::English), english);
        }
    }

    void severalTagsKeepTheirOrderAndNumbers()
    {
        QCOMPARE(localizedAnalysisTags("[TCP Retransmission] [TCP Dup ACK 7#12]", NarrationLanguage::SimplifiedChinese),
                 std::string("[TCP 重传] [TCP 重复确认 7#12]"));
        QCOMPARE(localizedAnalysisTags("[TCP Keep-Alive ACK]", NarrationLanguage::SimplifiedChinese),
                 std::string("[TCP 保活确认]"));
        QCOMPARE(localizedAnalysisTags("", NarrationLanguage::SimplifiedChinese), std::string());
        QCOMPARE(localizedAnalysisTags("[unknown] tail [", NarrationLanguage::SimplifiedChinese),
                 std::string("[unknown] tail ["));
    }

    void chineseTitlesOfEveryFixtureHaveNoEnglishTag()
    {
        int tagged = 0;
        const FlowNarrator chinese(NarrationLanguage::SimplifiedChinese);
        for (const auto& file : fixtures()) {
            const auto capture = loadCapture(QFile::encodeName(file).toStdString());
            const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::allStreams());
            for (std::size_t r = 0; r < model.rowCount(); ++r) {
                const FlowArrow arrow = model.arrow(r);
                if (arrow.analysisText.empty())
                    continue;
                ++tagged;
                const std::string title = chinese.title(model, arrow);
                QVERIFY2(title.find("[TCP ") != std::string::npos, title.c_str());
                for (const char* word : {"Retransmission", "Dup ACK", "Window", "Keep-Alive", "Out-Of-Order",
                                         "segment", "reused"})
                    QVERIFY2(title.find(word) == std::string::npos, qPrintable(file + QStringLiteral(": ") + QString::fromStdString(title)));
            }
        }
        QVERIFY(tagged > 100);
    }
};

QTEST_MAIN(TestAnalysisTags)
#include "TestAnalysisTags.moc"
