// View › Coloring Rules… and View › Colorize Packet List in the main window: an edited rule
// recolours the matching rows when OK is pressed, a wrong filter is shown red with its error and
// OK refuses it until it is fixed or unticked, and the rules and the switch survive a restart.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <packets/ColouringRulesDialog.h>
#include <packets/PacketColouring.h>
#include <packets/PacketListModel.h>
#include <shell/MainWindow.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;
using namespace tcplens::test;

namespace {

constexpr auto kRulesKey = "packets/colouringRules";

int ruleIndex(const std::vector<ColouringRule>& rules, const std::string& name)
{
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (rules[i].name == name)
            return static_cast<int>(i);
    return -1;
}

QColor rowBackground(const MainWindow& window, int row)
{
    return window.packetModel()->index(row, 0).data(Qt::BackgroundRole).value<QBrush>().color();
}

void loadSample(MainWindow& window)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openCapture(samplePath());
    QVERIFY(finished.wait(10'000));
}

QPushButton* okButton(ColouringRulesDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestColouringRulesDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestColouringRulesDialog"));
    }
    void init() { QSettings().clear(); }

    void wiresharkDefaultsColourTheSample()
    {
        MainWindow window;
        loadSample(window);
        const auto& rules = window.colouring()->rules();
        QCOMPARE(rules.front().name, std::string("Bad TCP"));
        QVERIFY(window.colouring()->problems().isEmpty());
        // The SYN opens the sample: TCP SYN/FIN, Wireshark's grey.
        QCOMPARE(window.packetModel()->index(0, 0).data(PacketListModel::ColouringRuleRole).toInt(),
                 ruleIndex(rules, "TCP SYN/FIN"));
        QCOMPARE(rowBackground(window, 0), QColor::fromRgba64(41120, 41120, 41120).toRgb());
    }

    void editedRuleRecoloursMatchingRows()
    {
        MainWindow window;
        loadSample(window);
        auto* dialog = window.openColouringRules();
        QVERIFY(dialog->isVisible());
        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("rulesList"));
        const int synFin = ruleIndex(window.colouring()->rules(), "TCP SYN/FIN");
        list->setCurrentItem(list->topLevelItem(synFin));
        auto* filter = dialog->findChild<QLineEdit*>(QStringLiteral("ruleFilter"));
        QCOMPARE(filter->text(), QStringLiteral("tcp.flags & 0x02 || tcp.flags.fin == 1"));
        // Only FINs now: the SYN falls through to the TCP rule.
        filter->selectAll();
        QTest::keyClicks(filter, QStringLiteral("tcp.flags.fin == 1"));
        QCOMPARE(rowBackground(window, 0), QColor::fromRgba64(41120, 41120, 41120).toRgb()); // nothing until OK
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QCOMPARE(window.packetModel()->index(0, 0).data(PacketListModel::ColouringRuleRole).toInt(),
                 ruleIndex(window.colouring()->rules(), "TCP"));
        QCOMPARE(rowBackground(window, 0), QColor::fromRgba64(59367, 59110, 65535).toRgb());
        QVERIFY(QSettings().value(kRulesKey).toString().contains(QStringLiteral("@TCP SYN/FIN@tcp.flags.fin == 1@")));
    }

    void wrongFilterIsRedAndRefused()
    {
        // TCPLENS_DIALOG_SHOTS=DIR: also saves the dialog, wrong filter showing, for a person to look at.
        const QString shots = qEnvironmentVariable("TCPLENS_DIALOG_SHOTS");
        MainWindow window;
        auto* dialog = window.openColouringRules();
        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("rulesList"));
        list->setCurrentItem(list->topLevelItem(0));
        auto* filter = dialog->findChild<QLineEdit*>(QStringLiteral("ruleFilter"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("ruleFilterError"));
        filter->selectAll();
        QTest::keyClicks(filter, QStringLiteral("tcp.analysis.retransmision"));
        QVERIFY(error->isVisibleTo(dialog));
        QVERIFY(error->text().contains(QStringLiteral("tcp.analysis.retransmission"))); // did you mean
        QVERIFY(filter->styleSheet().contains(QStringLiteral("background")));
        QVERIFY(!okButton(dialog)->isEnabled());
        if (!shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + QStringLiteral("/colouring-rules-dialog.png")));
        // Fixed as typed: red goes, OK comes back.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(filter, Qt::Key_Backspace);
        QTest::keyClicks(filter, QStringLiteral("sion")); // retransmis|ion → retransmission
        QVERIFY(!error->isVisibleTo(dialog));
        QVERIFY(okButton(dialog)->isEnabled());
        // Broken again, then unticked: a rule that is off may keep a wrong filter.
        QTest::keyClicks(filter, QStringLiteral(" &&"));
        QVERIFY(!okButton(dialog)->isEnabled());
        list->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QVERIFY(!window.colouring()->rules().front().enabled);
        QVERIFY(window.colouring()->problems().isEmpty());
    }

    void rulesAndSwitchSurviveARestart()
    {
        {
            MainWindow window;
            auto* dialog = window.openColouringRules();
            auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("rulesList"));
            list->setCurrentItem(list->topLevelItem(1));
            const auto buttons = dialog->findChildren<QPushButton*>();
            auto* remove = *std::find_if(buttons.begin(), buttons.end(),
                                         [](QPushButton* b) { return b->text().remove('&') == QStringLiteral("Delete"); });
            remove->click();
            okButton(dialog)->click();
            auto* colorize = window.findChild<QAction*>(QStringLiteral("colorizeAction"));
            QVERIFY(colorize && colorize->isChecked());
            colorize->trigger();
            QVERIFY(!window.colouring()->enabled());
        }
        MainWindow again;
        loadSample(again);
        auto expected = defaultColouringRules();
        expected.erase(expected.begin() + 1);
        QVERIFY(again.colouring()->rules() == expected);
        QVERIFY(!again.colouring()->enabled());
        QVERIFY(!again.findChild<QAction*>(QStringLiteral("colorizeAction"))->isChecked());
        QVERIFY(!again.packetModel()->index(0, 0).data(Qt::BackgroundRole).isValid()); // colorize off
        again.findChild<QAction*>(QStringLiteral("colorizeAction"))->trigger();
        QVERIFY(again.packetModel()->index(0, 0).data(Qt::BackgroundRole).isValid());
    }

    void importsAndExportsWiresharkFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("colorfilters"));
        QVERIFY(writeFile(path, "# This file was created by Wireshark. Edit with care.\n"
                                "@Bad TCP@tcp.analysis.flags && !tcp.analysis.window_update@[4626,10023,11822][63479,34695,34695]\n"
                                "@ARP@arp@[64250,61680,55255][4626,10023,11822]\n"
                                "not a rule\n"
                                "!@TCP@tcp@[59367,59110,65535][4626,10023,11822]\n"));
        ColouringRulesDialog dialog(defaultColouringRules(), ThemeKind::Light);
        const QString summary = dialog.importFile(path);
        QVERIFY2(summary.contains(QStringLiteral("ARP")), qPrintable(summary));
        QCOMPARE(dialog.rules().size(), std::size_t(3));
        QVERIFY(dialog.rules()[0].enabled);
        QVERIFY(!dialog.rules()[1].enabled); // arp: tcplens cannot evaluate it, kept but off
        QVERIFY(!dialog.rules()[2].enabled); // off in the file
        QVERIFY(okButton(&dialog)->isEnabled());
        const QString out = dir.filePath(QStringLiteral("exported"));
        QVERIFY(dialog.exportFile(out));
        QVERIFY(parseColourFilters(readFile(out).toStdString()).rules == dialog.rules());
        QVERIFY(!dialog.importFile(dir.filePath(QStringLiteral("missing"))).isEmpty());
        QString error;
        QVERIFY(!dialog.exportFile(dir.filePath(QStringLiteral("no/such/dir/file")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestColouringRulesDialog)
#include "TestColouringRulesDialog.moc"
