// The conversation list's Limited by column: filled from the load's own pass, it names the
// dominant factor and share of the direction that carried more payload as the core computes them
// from the stream alone, says both directions in its tooltip and sorts by factor, then share.
#include "UiTestSupport.h"

#include <charts/LimitBands.h>
#include <conversations/ConversationModel.h>
#include <loading/CaptureLoader.h>
#include <series/SeriesFromCapture.h>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <cmath>

using namespace tcplens;
using namespace tcplens::ui;

namespace {

/// The real loader on this thread, feeding `model` as the main window does (limits at the end).
LoadResult loadInto(ConversationModel& model, const QString& path)
{
    CaptureLoader loader(path);
    LoadResult result;
    QObject::connect(&loader, &CaptureLoader::opened, &model, [&model] { model.clear(); });
    QObject::connect(&loader, &CaptureLoader::batchReady, &model, [&model](const PacketBatch& b) { model.append(b); });
    QObject::connect(&loader, &CaptureLoader::finished, [&](const LoadResult& r) {
        result = r;
        model.setLimits(r.limits);
    });
    loader.run();
    return result;
}

} // namespace

class TestConversationLimits : public QObject {
    Q_OBJECT

private slots:
    void columnIsTheCoreTotalsOfTheMainDirection()
    {
        for (const char* name : {"zero-window.pcap", "many-short.pcap", "lossy-bulk.pcap", "http.pcap", "echo-dialogue.pcap"}) {
            const QString path = QStringLiteral(TCPLENS_TEST_DATA_DIR "/") + QLatin1String(name);
            ConversationModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            const auto result = loadInto(model, path);
            QVERIFY(result.limits != nullptr);
            QVERIFY(model.rowCount() > 0);
            int filled = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                const auto* c = model.conversation(row);
                const auto series = seriesFromCapture(path.toStdString(), c->stream);
                const auto main = c->server.payloadBytes > c->client.payloadBytes ? Direction::ServerToClient
                                                                                  : Direction::ClientToServer;
                auto totals = series.limits().totals(main);
                if (totals.empty())
                    totals = series.limits().totals(main == Direction::ClientToServer ? Direction::ServerToClient
                                                                                      : Direction::ClientToServer);
                const QString text = model.index(row, ConversationModel::LimitColumn).data().toString();
                if (totals.empty()) {
                    QVERIFY2(text.isEmpty(), qPrintable(text));
                    continue;
                }
                ++filled;
                const int percent = static_cast<int>(std::lround(100 * totals.share(totals.dominant())));
                QCOMPARE(text, QStringLiteral("%1 %2%").arg(LimitBands::shortName(totals.dominant())).arg(percent));
                QVERIFY(model.index(row, ConversationModel::LimitColumn).data(Qt::ToolTipRole).toString().contains(
                    QStringLiteral("→")));
            }
            QVERIFY2(filled > 0, name);
        }
    }

    void zeroWindowStallIsWhatLimitedTheSender()
    {
        ConversationModel model;
        loadInto(model, QStringLiteral(TCPLENS_TEST_DATA_DIR "/zero-window.pcap"));
        QVERIFY(model.index(0, ConversationModel::LimitColumn).data().toString().startsWith(QStringLiteral("zero window ")));
        QCOMPARE(model.headerData(ConversationModel::LimitColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Limited by"));
        model.clear(); // a new file forgets them
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsByFactorThenLargestShare()
    {
        ConversationModel model;
        loadInto(model, QStringLiteral(TCPLENS_TEST_DATA_DIR "/many-short.pcap"));
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(ConversationModel::SortRole);
        QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.sort(ConversationModel::LimitColumn);
        QString previousFactor;
        double previousShare = 2;
        for (int row = 0; row < sorted.rowCount(); ++row) {
            const QString text = sorted.index(row, ConversationModel::LimitColumn).data().toString();
            if (text.isEmpty()) {
                QVERIFY2(previousFactor.isEmpty(), "the empty cells sort first");
                continue;
            }
            const auto space = text.lastIndexOf(QLatin1Char(' '));
            const QString factor = text.left(space);
            const double share = text.mid(space + 1).chopped(1).toDouble();
            QVERIFY2(factor >= previousFactor, qPrintable(factor + QStringLiteral(" after ") + previousFactor));
            if (factor == previousFactor)
                QVERIFY(share <= previousShare);
            previousFactor = factor;
            previousShare = share;
        }
    }
};

QTEST_MAIN(TestConversationLimits)
#include "TestConversationLimits.moc"
