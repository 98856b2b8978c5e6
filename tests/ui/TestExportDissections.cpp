// File › Export Packet Dissections › As CSV… / As JSON…, driven through the menu: the CSV is the
// packet list as shown (its shown columns in their order, the texts of the rows), the JSON the
// lines of `tcplens-cli packets --json` for the chosen frames; the Packet Range chooses them.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <packets/FilterBar.h>
#include <packets/PacketFilterModel.h>
#include <packets/PacketListModel.h>
#include <packets/PacketMarks.h>
#include <packets/PacketTableView.h>
#include <shell/ExportDissectionsDialog.h>
#include <shell/MainWindow.h>
#include <shell/PacketNavigation.h>

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace tcplens::ui;

namespace {

QString dataPath(const char* name) { return QStringLiteral(TCPLENS_TEST_DATA_DIR "/") + QLatin1String(name); }

/// RFC 4180 records: quoted fields, "" for a quote, commas and newlines inside quotes kept.
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestExportDissections : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
    }

    void init()
    {
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString&, const QString&) {});
        window_->resize(1280, 800);
        window_->show();
        QVERIFY(dir_.isValid());
    }

    void cleanup() { window_.reset(); }

    void menuHoldsBothFormats()
    {
        auto* menu = window_->findChild<QMenu*>(QStringLiteral("exportDissectionsMenu"));
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(window_->findChild<QAction*>(QStringLiteral("exportCsv"))));
        QVERIFY(menu->actions().contains(window_->findChild<QAction*>(QStringLiteral("exportJson"))));
    }

    void csvIsThePacketListAsShown()
    {
        open(dataPath("http.pcap"));
        window_->filterBar()->applyExpression(QStringLiteral("tcp port 49226"));
        auto* filter = window_->packetFilter();
        QCOMPARE(filter->rowCount(), 12);
        auto* view = window_->packetView();
        view->horizontalHeader()->hideSection(PacketListModel::LengthColumn);
        view->horizontalHeader()->moveSection(PacketListModel::InfoColumn, 1); // Info second, as a user may drag it
        window_->resize(900, 700); // narrow: the list hides the columns Info repeats
        QTRY_VERIFY(view->isHiddenToFit(PacketListModel::SeqColumn));
        const auto path = dir_.filePath(QStringLiteral("shown.csv"));
        QCOMPARE(exportThroughMenu("exportCsv", PacketRangeGroup::Range::All, true, path), 12);
        const auto records = parseCsv(tcplens::test::readFile(path));
        QCOMPARE(records.size(), 1 + 12);
        QStringList titles;
        const auto* header = view->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual)
            if (const int logical = header->logicalIndex(visual); !header->isSectionHidden(logical) || view->isHiddenToFit(logical))
                titles << filter->headerData(logical, Qt::Horizontal).toString().simplified(); // one line each
        QCOMPARE(records[0], titles);
        QCOMPARE(records[0][1], filter->headerData(PacketListModel::InfoColumn, Qt::Horizontal).toString());
        QVERIFY(records[0].contains(QStringLiteral("Time (s since first packet)"))); // the list shows it on two lines
        QVERIFY(!records[0].contains(filter->headerData(PacketListModel::LengthColumn, Qt::Horizontal).toString()));
        // The narrow list hid Seq (Info repeats it) to make room; the user did not, so it is exported.
        QVERIFY(records[0].contains(filter->headerData(PacketListModel::SeqColumn, Qt::Horizontal).toString()));
        for (int row = 0; row < filter->rowCount(); ++row) {
            QStringList shown;
            for (int visual = 0; visual < header->count(); ++visual)
                if (const int logical = header->logicalIndex(visual); !header->isSectionHidden(logical) || view->isHiddenToFit(logical))
                    shown << filter->index(row, logical).data().toString();
            QCOMPARE(records[row + 1], shown);
        }
        QCOMPARE(records[1][0], QStringLiteral("13")); // the filtered conversation starts at frame 13
        QVERIFY(records[4][1].contains(QStringLiteral("Len=123")));
    }

    void jsonIsTheClisLinesOfTheChosenFrames()
    {
        const auto source = dataPath("http.pcap");
        open(source);
        window_->filterBar()->applyExpression(QStringLiteral("tcp port 49226"));
        auto* marks = window_->navigation()->marks();
        for (const int row : {0, 5, 15, 20})
            marks->toggle(row);
        const auto cli = tcplens::test::runCli({QStringLiteral("packets"), source, QStringLiteral("--json")});
        QVERIFY(cli.exitedWith(0));
        const auto all = tcplens::test::lines(cli.out);
        QCOMPARE(all.size(), 24);
        // Marked and displayed: frames 16 and 21; marked, shown or not: 1, 6, 16, 21.
        const auto displayedPath = dir_.filePath(QStringLiteral("marked-shown.json"));
        QCOMPARE(exportThroughMenu("exportJson", PacketRangeGroup::Range::Marked, true, displayedPath), 2);
        QCOMPARE(tcplens::test::readFile(displayedPath), all[15] + '\n' + all[20] + '\n');
        const auto markedPath = dir_.filePath(QStringLiteral("marked.json"));
        QCOMPARE(exportThroughMenu("exportJson", PacketRangeGroup::Range::Marked, false, markedPath), 4);
        QCOMPARE(tcplens::test::readFile(markedPath), all[0] + '\n' + all[5] + '\n' + all[15] + '\n' + all[20] + '\n');
        QVERIFY(all[15].contains("\"stream\":1,")); // the whole file's stream numbers, not the export's
        // The selected packet only, with the list's absolute numbers: the CLI's -S line.
        window_->selectPacketRow(13);
        window_->packetModel()->setRelativeSequenceNumbers(false);
        const auto absolute = tcplens::test::lines(
            tcplens::test::runCli({QStringLiteral("packets"), source, QStringLiteral("--json"), QStringLiteral("-S")}).out);
        const auto selectedPath = dir_.filePath(QStringLiteral("selected.json"));
        QCOMPARE(exportThroughMenu("exportJson", PacketRangeGroup::Range::Selected, true, selectedPath), 1);
        QCOMPARE(tcplens::test::readFile(selectedPath), absolute[13] + '\n');
        window_->packetModel()->setRelativeSequenceNumbers(true);
    }

    void frameRangeOfTheCsv()
    {
        open(dataPath("http.pcap"));
        const auto path = dir_.filePath(QStringLiteral("range.csv"));
        QCOMPARE(exportThroughMenu("exportCsv", PacketRangeGroup::Range::Frames, true, path, QStringLiteral("3-5,24")), 4);
        const auto records = parseCsv(tcplens::test::readFile(path));
        QCOMPARE(records.size(), 5);
        QStringList numbers;
        for (qsizetype i = 1; i < records.size(); ++i)
            numbers << records[i][0];
        QCOMPARE(numbers, (QStringList{"3", "4", "5", "24"}));
    }

    void screenshotWhenAsked()
    {
        // TCPLENS_DIALOG_SHOTS=DIR: the dialog in English and Chinese, and the CSV it writes.
        const auto dir = qEnvironmentVariable("TCPLENS_DIALOG_SHOTS");
        if (dir.isEmpty())
            QSKIP("set TCPLENS_DIALOG_SHOTS=DIR to write the dialog's screenshots");
        open(dataPath("http.pcap"));
        window_->selectPacketRow(13);
        for (const char* language : {"en", "zh_CN"}) {
            window_->setLanguage(QLatin1String(language));
            QTimer::singleShot(0, this, [&] {
                auto* dialog = qobject_cast<ExportDissectionsDialog*>(QApplication::activeModalWidget());
                QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
                dialog->grab().save(QStringLiteral("%1/dissections-%2.png").arg(dir, QLatin1String(language)));
                QString error;
                dialog->exportTo(QStringLiteral("%1/dissections-%2.csv").arg(dir, QLatin1String(language)), error);
                dialog->reject();
            });
            window_->findChild<QAction*>(QStringLiteral("exportCsv"))->trigger();
        }
        window_->setLanguage(QStringLiteral("en"));
    }

private:
    void open(const QString& path)
    {
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(path);
        QVERIFY(finished.wait(10'000));
    }

    /// Triggers File › Export Packet Dissections › `action`, answers its dialog with the range
    /// and writes `path`; the number of packets written (-1 on failure, -2 with no dialog).
    std::int64_t exportThroughMenu(const char* action, PacketRangeGroup::Range range, bool displayedOnly,
                                   const QString& path, const QString& frames = {})
    {
        std::int64_t written = -2;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ExportDissectionsDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->choose(range, displayedOnly, frames);
            QString error;
            written = dialog->exportTo(path, error);
            if (written < 0)
                qWarning("%s", qPrintable(error));
            dialog->reject();
        });
        window_->findChild<QAction*>(QLatin1String(action))->trigger();
        return written;
    }

    std::unique_ptr<MainWindow> window_;
    QTemporaryDir dir_;
};

QTEST_MAIN(TestExportDissections)
#include "TestExportDissections.moc"
