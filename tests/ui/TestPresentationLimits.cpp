// Presentation mode's narration names a sender's limiting factor when it changes, at the packet
// where the core timeline says it changed, in English and in Chinese, and nowhere else; the flow
// graph's comment column says it at the same rows in normal mode.
#include "UiTestSupport.h"

#include <charts/LimitBands.h>
#include <flowgraph/FlowGraphModel.h>
#include <presentation/PresentationWindow.h>
#include <series/LimitNarration.h>
#include <series/SeriesFromCapture.h>
#include <shell/Language.h>

#include <QStandardPaths>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

class TestPresentationLimits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QVERIFY(installLanguage(*qApp, QStringLiteral("en"))); }

    void narrationSaysWhenTheFactorChanges_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("marker");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("From here the ");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("从这里开始，");
    }

    void narrationSaysWhenTheFactorChanges()
    {
        QFETCH(QString, language);
        QFETCH(QString, marker);
        QVERIFY(installLanguage(*qApp, language));
        const QString path = QStringLiteral(TCPLENS_TEST_DATA_DIR "/zero-window.pcap");
        PacketListModel packets;
        QVERIFY(loadSynchronously(packets, path).status == LoadStatus::Complete);
        const auto series = seriesFromCapture(path.toStdString(), 0);
        const std::array timelines{series.limits().timeline(Direction::ClientToServer),
                                   series.limits().timeline(Direction::ServerToClient)};
        PresentationWindow show(packets, 0);
        const auto& model = show.flowModel();
        QVERIFY(model.rowCount() > 10);
        const auto seconds = [&](std::size_t row) {
            return static_cast<double>(model.arrow(row).timestampNs - series.firstTimestampNs()) * 1e-9;
        };
        int changes = 0;
        bool stall = false;
        for (std::size_t row = 1; row < model.rowCount(); ++row) {
            show.goToStep(static_cast<int>(row + 1));
            const QString text = show.narrationText();
            bool expected = false;
            for (std::size_t d = 0; d < 2; ++d)
                expected = expected
                        || !limitChangeBetween(timelines[d], d == 0 ? Direction::ClientToServer : Direction::ServerToClient,
                                               seconds(row - 1), seconds(row), NarrationLanguage::English)
                                .empty();
            QVERIFY2(text.contains(marker) == expected, qPrintable(QString::number(row) + QLatin1Char(' ') + text));
            changes += expected ? 1 : 0;
            stall = stall || text.contains(language == QLatin1String("en") ? QStringLiteral("stalled by a zero window")
                                                                           : QStringLiteral("因零窗口而停顿"));
        }
        QVERIFY(changes >= 2);
        QVERIFY(stall);
    }

    void flowGraphCommentSaysWhenTheFactorChanges_data() { narrationSaysWhenTheFactorChanges_data(); }

    void flowGraphCommentSaysWhenTheFactorChanges()
    {
        QFETCH(QString, language);
        QVERIFY(installLanguage(*qApp, language));
        const QString marker = language == QLatin1String("en") ? QStringLiteral("now limited by")
                                                                : QStringLiteral("现在受");
        const QString path = QStringLiteral(TCPLENS_TEST_DATA_DIR "/zero-window.pcap");
        PacketListModel packets;
        QVERIFY(loadSynchronously(packets, path).status == LoadStatus::Complete);
        const auto series = seriesFromCapture(path.toStdString(), 0);
        const std::array timelines{series.limits().timeline(Direction::ClientToServer),
                                   series.limits().timeline(Direction::ServerToClient)};
        FlowGraphModel model;
        model.setCapture(&packets.store(), &packets.analyses());
        model.setStreams({0});
        QVERIFY(model.rowCount() > 10);
        const auto seconds = [&](int row) {
            return static_cast<double>(model.timestampNs(row) - series.firstTimestampNs()) * 1e-9;
        };
        int changes = 0;
        for (int row = 1; row < model.rowCount(); ++row) {
            const QString comment = model.arrow(row).comment;
            for (std::size_t d = 0; d < 2; ++d) {
                const auto change = limitChangeAt(timelines[d], seconds(row - 1), seconds(row));
                if (!change)
                    continue;
                ++changes;
                // The new factor and the old one, in the interface language.
                QVERIFY2(comment.contains(marker) && comment.contains(LimitBands::shortName(change->second))
                             && comment.contains(LimitBands::shortName(change->first)),
                         qPrintable(QString::number(row) + QLatin1Char(' ') + comment));
            }
            if (!comment.contains(marker))
                continue;
            bool expected = false;
            for (std::size_t d = 0; d < 2; ++d)
                expected = expected || limitChangeAt(timelines[d], seconds(row - 1), seconds(row));
            QVERIFY2(expected, qPrintable(QString::number(row) + QLatin1Char(' ') + comment));
        }
        QVERIFY(changes >= 2);
    }
};

QTEST_MAIN(TestPresentationLimits)
#include "TestPresentationLimits.moc"
