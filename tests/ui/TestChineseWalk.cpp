// Every panel and dialog a user opens, in Chinese: the window (menus, tool bars, docks, column
// headers, tabs, status bar, tooltips), Follow TCP Stream, the conversation report, Capture File
// Properties and the Capture dialog show no English word a Chinese reader would have to look up.
#include "ChineseTextSupport.h"
#include "MainWindowTestSupport.h"
#include "UiTestSupport.h"

#include <capture/CaptureDialog.h>
#include <shell/Language.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QRegularExpression>
#include <QTabBar>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

/// The English words in `text` a reader would look up (see englishWordsIn); paths, file names and
/// field ids are no words here.
QStringList englishWords(const QString& text)
{
    static const QRegularExpression skip(QStringLiteral(
        "/[\\w./-]+|\\b0x[0-9a-fA-F]+\\b|\\b[\\w.-]+\\.(pcapng|pcap|csv|json|png|svg|pdf|txt|md)\\b|\\b[a-z_]+\\.[a-z_.]+\\b|<[^>]*>|&\\w+;|\\b\\d+\\b"));
    static const QStringList names{QStringLiteral("IPv4"), QStringLiteral("IPv6"), QStringLiteral("tcplens"),
                                   QStringLiteral("tcpdump"), QStringLiteral("Wireshark"), QStringLiteral("tshark"),
                                   QStringLiteral("Linux"), QStringLiteral("pcap"), QStringLiteral("pcapng"),
                                   QStringLiteral("kB"), QStringLiteral("MB"), QStringLiteral("GB"), QStringLiteral("ms"),
                                   QStringLiteral("s"), QStringLiteral("B"), QStringLiteral("Ctrl"), QStringLiteral("Shift"),
                                   QStringLiteral("Alt"), QStringLiteral("Seq"), QStringLiteral("Ack"), QStringLiteral("Len"),
                                   QStringLiteral("Win"), QStringLiteral("seq"), QStringLiteral("ack"), QStringLiteral("len"),
                                   QStringLiteral("win"), QStringLiteral("ssh"), QStringLiteral("Zeek"),
                                   // The language's own name, the sample's title, formats, textbooks' models and tools,
                                   // the variables every text names so, tcpdump's syntax and what Find looks for.
                                   QStringLiteral("English"), QStringLiteral("Hello"), QStringLiteral("Markdown"),
                                   QStringLiteral("Mermaid"), QStringLiteral("PlantUML"), QStringLiteral("Tahoe"),
                                   QStringLiteral("Reno"), QStringLiteral("Stevens"), QStringLiteral("tcptrace"),
                                   QStringLiteral("cwnd"), QStringLiteral("ssthresh"), QStringLiteral("iRTT"),
                                   QStringLiteral("tcp"), QStringLiteral("port"), QStringLiteral("Retransmission"),
                                   QStringLiteral("Window"), QStringLiteral("x"), QStringLiteral("y"),
                                   QStringLiteral("tcplens-capture"), QStringLiteral("cmake"), QStringLiteral("install"),
                                   QStringLiteral("Ethernet")};
    return englishWordsIn(text, skip, names);
}

/// What a user reads on `root` and its children: texts, titles, headers, items and tooltips.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts{root->windowTitle(), root->toolTip()};
    for (auto* w : root->findChildren<QWidget*>()) {
        texts << w->toolTip() << w->statusTip() << w->whatsThis();
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            texts << box->title();
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            texts << edit->placeholderText();
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        else if (auto* header = qobject_cast<QHeaderView*>(w); header && header->model())
            for (int i = 0; i < header->count(); ++i)
                texts << header->model()->headerData(i, header->orientation()).toString()
                      << header->model()->headerData(i, header->orientation(), Qt::ToolTipRole).toString();
    }
    for (auto* action : root->findChildren<QAction*>())
        texts << action->text() << action->toolTip() << action->statusTip();
    for (auto* menu : root->findChildren<QMenu*>())
        texts << menu->title();
    texts.removeAll(QString());
    return texts;
}

void collect(const QString& where, QWidget* root, QMap<QString, QString>& left)
{
    for (const auto& text : visibleTexts(root))
        for (const auto& w : englishWords(text))
            if (!left.contains(w))
                left.insert(w, where + QStringLiteral(": ") + text.left(160));
}

} // namespace

class TestChineseWalk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
    }
    void cleanupTestCase() { installLanguage(*qApp, QStringLiteral("en")); }

    void everyPanelAndDialogReadsInChinese()
    {
        std::unique_ptr<MainWindow> window;
        openInWindow(window, QStringLiteral(TCPLENS_TEST_DATA_DIR "/lossy-bulk.pcap"), QSize(1366, 768));
        window->selectPacketRow(5);
        QMap<QString, QString> left; // word -> where and the text
        collect(QStringLiteral("window"), window.get(), left);
        window->findChild<QAction*>(QStringLiteral("followTcpStream"))->trigger(); // the selected packet's stream
        window->showConversationReport(0);
        window->findChild<QAction*>(QStringLiteral("capturePropertiesAction"))->trigger();
        QTest::qWait(500);
        QStringList dialogs;
        for (auto* top : QApplication::topLevelWidgets())
            if (top != window.get() && top->isVisible() && qobject_cast<QDialog*>(top)) {
                dialogs << QString::fromLatin1(top->metaObject()->className());
                collect(dialogs.last(), top, left);
            }
        dialogs.sort();
        QCOMPARE(dialogs.join(QLatin1Char(' ')),
                 QStringLiteral("tcplens::ui::CapturePropertiesDialog tcplens::ui::ConversationReportDialog "
                                "tcplens::ui::FollowStreamDialog"));
        CaptureDialog capture;
        collect(QStringLiteral("CaptureDialog"), &capture, left);
        QVERIFY2(left.isEmpty(), qPrintable(englishLeftReport(left)));
    }
};

QTEST_MAIN(TestChineseWalk)
#include "TestChineseWalk.moc"
