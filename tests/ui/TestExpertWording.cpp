// Expert Information in the interface language: in English every summary and group reads exactly
// as core (and tshark) words it; in Chinese the tab shows no untranslated English for the bundled
// sample and a lossy transfer.
#include "UiTestSupport.h"

#include <expert/ExpertModel.h>
#include <expert/ExpertPanel.h>
#include <expert/ExpertWording.h>
#include <shell/Language.h>

#include <capture/LoadedCapture.h>
#include <expert/ExpertInfo.h>

#include <QApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

std::shared_ptr<const ExpertInfo> expertOf(const QString& path)
{
    const auto capture = loadCapture(path.toStdString());
    return std::make_shared<const ExpertInfo>(ExpertInfo::build(capture.packets, capture.analyses));
}

QStringList captures()
{
    return {samplePath(), QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap")};
}

/// Every text the tab shows: the headers, then each severity and summary row's columns.
QStringList shownTexts(const ExpertModel& model)
{
    QStringList texts;
    for (int column = 0; column < ExpertModel::ColumnCount; ++column)
        texts << model.headerData(column, Qt::Horizontal).toString();
    for (int s = 0; s < model.rowCount(); ++s) {
        const auto severity = model.index(s, 0);
        texts << severity.data().toString();
        for (int e = 0; e < model.rowCount(severity); ++e) {
            for (const int column : {ExpertModel::SummaryColumn, ExpertModel::GroupColumn})
                texts << model.index(e, column, severity).data().toString();
            texts << model.index(0, 0, model.index(e, 0, severity)).data().toString(); // a frame row
        }
    }
    return texts;
}

/// Latin words left once the field names, acronyms and numbers a Chinese textbook keeps are removed.
QString untranslatedEnglish(const QString& text)
{
    static const QRegularExpression kept(
        QStringLiteral(R"(\([^()]*[a-z][^()]*\)|\b(TCP|SYN|ACK|FIN|RST|URG|MSS|D-SACK|SACK|TFO|Cookie|SYN\+ACK|ACKed)\b)"));
    QString rest = text;
    rest.remove(kept); // "(retransmission)": the English term a textbook gives beside its own
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    const auto match = word.match(rest);
    return match.hasMatch() ? match.captured() : QString();
}

} // namespace

class TestExpertWording : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { installLanguage(*qApp, QStringLiteral("en")); }

    void englishIsCoreWordingForEveryKind()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        for (int k = 0; k < kExpertKindCount; ++k) {
            const auto kind = static_cast<ExpertKind>(k);
            for (const std::uint32_t value : {0U, 7U, 8888U})
                QCOMPARE(ExpertWording::summary(kind, value), QString::fromStdString(expertSummary(kind, value)));
            const auto group = std::string(groupName(expertGroup(kind)));
            QCOMPARE(ExpertWording::group(expertGroup(kind)), QString::fromStdString(group));
        }
    }

    void englishTabShowsCoreSummaries()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        ExpertModel model;
        const auto info = expertOf(QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"));
        model.setInfo(info);
        const auto entries = info->entries();
        QVERIFY(entries.size() >= 4);
        int row = 0;
        for (int s = 0; s < model.rowCount(); ++s) {
            const auto severity = model.index(s, 0);
            for (int e = 0; e < model.rowCount(severity); ++e, ++row) {
                QCOMPARE(model.index(e, 0, severity).data().toString(), QString::fromStdString(entries[row].summary));
                QCOMPARE(model.index(e, ExpertModel::GroupColumn, severity).data().toString(),
                         QString::fromStdString(std::string(groupName(entries[row].group))));
            }
        }
        QCOMPARE(row, int(entries.size()));
    }

    void chineseTabHasNoUntranslatedEnglish()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        for (const auto& path : captures()) {
            ExpertModel model;
            model.setInfo(expertOf(path));
            QVERIFY(model.rowCount() > 0);
            for (const auto& text : shownTexts(model))
                QVERIFY2(untranslatedEnglish(text).isEmpty(), qPrintable(path + QStringLiteral(": ") + text));
        }
    }

    void tabRewordsWhenTheLanguageSwitches()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        ExpertPanel panel;
        panel.show();
        panel.setInfo(expertOf(QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap")), false);
        QSignalSpy reworded(panel.model(), &QAbstractItemModel::layoutChanged);
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(reworded.count() >= 1); // the view asks for every row's words again
        QCOMPARE(panel.model()->headerData(ExpertModel::GroupColumn, Qt::Horizontal).toString(), QStringLiteral("组"));
        QVERIFY(panel.summaryText().contains(QStringLiteral("专家信息")));
    }

    void screenshotOptionBringsTheTabForward()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto shoot = [&dir](const QString& name, bool expert) {
            QProcess gui;
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path()); // no saved settings
            gui.setProcessEnvironment(env);
            QStringList arguments{QStringLiteral("--screenshot"), dir.filePath(name), QStringLiteral("--size"),
                                  QStringLiteral("1280x800"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                  QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap")};
            if (expert)
                arguments.prepend(QStringLiteral("--expert"));
            gui.start(QStringLiteral(TCPLENS_GUI_PATH), arguments);
            return gui.waitForFinished(60'000) && gui.exitCode() == 0 ? QImage(dir.filePath(name)) : QImage();
        };
        const QImage plain = shoot(QStringLiteral("plain.png"), false);
        const QImage expert = shoot(QStringLiteral("expert.png"), true);
        QCOMPARE(plain.size(), QSize(1280, 800));
        QCOMPARE(expert.size(), QSize(1280, 800));
        // The bottom area (packet list, charts, expert information) shows another tab; the top is the same.
        int changedBottom = 0;
        for (int y = 500; y < 780; y += 4)
            for (int x = 0; x < 1280; x += 4)
                changedBottom += plain.pixel(x, y) != expert.pixel(x, y);
        QVERIFY2(changedBottom > 500, qPrintable(QString::number(changedBottom)));
    }

    void chineseKeepsWiresharksTerms()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        // The flow graph's tags name the same events: 重传, 重复确认, 窗口更新.
        QVERIFY(ExpertWording::summary(ExpertKind::Retransmission, 0).contains(QStringLiteral("重传")));
        QVERIFY(ExpertWording::summary(ExpertKind::DuplicateAck, 3).contains(QStringLiteral("重复确认")));
        QVERIFY(ExpertWording::summary(ExpertKind::DuplicateAck, 3).contains(QStringLiteral("3")));
        QVERIFY(ExpertWording::summary(ExpertKind::WindowUpdate, 0).contains(QStringLiteral("窗口更新")));
        QVERIFY(ExpertWording::summary(ExpertKind::ConnectionSyn, 8888).contains(QStringLiteral("8888")));
        QCOMPARE(ExpertWording::group(ExpertGroup::Malformed), QStringLiteral("格式错误"));
    }
};

QTEST_MAIN(TestExpertWording)
#include "TestExpertWording.moc"
