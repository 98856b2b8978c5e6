// Analyze › Conversation Report on http.pcap: the dialog shows the lab answers of the current
// conversation, clicking a frame number selects that packet in the main window, Markdown and PDF
// exports are written, the report follows the interface language, and screenshots at 1920x1080
// in English and Chinese are written for a person to look at (TCPLENS_SCREENSHOT_DIR).
#include "UiTestSupport.h"

#include <report/ConversationReportDialog.h>
#include <packets/PacketTableView.h>
#include <shell/Language.h>
#include <shell/MainWindow.h>

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

QString httpPath() { return QStringLiteral(TCPLENS_TEST_DATA_DIR "/http.pcap"); }

/// The first anchor of the browser's document whose href is `href`, selected by a cursor.
QTextCursor anchorCursor(QTextBrowser& browser, const QString& href)
{
    for (auto block = browser.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const auto fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && fragment.charFormat().anchorHref() == href) {
                QTextCursor cursor(browser.document());
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                return cursor;
            }
        }
    }
    return {};
}

/// The middle of the selected text on the viewport.
QPoint middleOf(QTextBrowser& browser, const QTextCursor& selection)
{
    QTextCursor start(selection);
    start.setPosition(selection.selectionStart());
    QTextCursor end(selection);
    end.setPosition(selection.selectionEnd());
    const auto a = browser.cursorRect(start);
    const auto b = browser.cursorRect(end);
    return QPoint((a.left() + b.left()) / 2, a.center().y());
}

} // namespace

class TestConversationReportDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;

    ConversationReportDialog* openReport()
    {
        auto* action = window_->findChild<QAction*>(QStringLiteral("conversationReportAction"));
        if (!action)
            return nullptr;
        action->trigger();
        auto* dialog = window_->findChild<ConversationReportDialog*>();
        if (!dialog)
            return nullptr;
        if (dialog->isComputing()) {
            QSignalSpy ready(dialog, &ConversationReportDialog::reportReady);
            if (!ready.wait(10'000))
                return nullptr;
        }
        return dialog;
    }

private slots:
    void init()
    {
        installLanguage(*qApp, QStringLiteral("en"));
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString&, const QString& message) { QFAIL(qPrintable(message)); });
        window_->resize(1280, 800);
        window_->show();
        QSignalSpy finished(window_.get(), &MainWindow::loadFinished);
        window_->openCapture(httpPath());
        QVERIFY(finished.wait(10'000));
    }

    void cleanup() { window_.reset(); }

    void reportsTheCurrentConversation()
    {
        window_->selectPacketRow(15); // frame 16: the GET of stream 1
        auto* dialog = openReport();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->report().has_value());
        QCOMPARE(dialog->report()->stream, 1u);
        const auto text = dialog->browser()->toPlainText();
        QVERIFY2(text.contains("frame 13: sequence number 4018040711 (relative 0)"), qPrintable(text.left(600)));
        QVERIFY(text.contains("RTT of the first six data segments"));
        QVERIFY(dialog->browser()->toHtml().contains("frame:16"));
    }

    void clickingAFrameSelectsIt()
    {
        window_->selectPacketRow(0);
        auto* dialog = openReport();
        QVERIFY(dialog);
        QCOMPARE(dialog->report()->stream, 0u);
        auto& browser = *dialog->browser();
        // The first ACK of the RTT table (frame 5), wherever it is laid out.
        const auto cursor = anchorCursor(browser, QStringLiteral("frame:5"));
        QVERIFY(!cursor.isNull());
        QTextCursor end(cursor);
        end.setPosition(cursor.selectionEnd());
        browser.setTextCursor(end);
        browser.ensureCursorVisible();
        QApplication::processEvents();
        const QPoint at = middleOf(browser, cursor);
        QSignalSpy activated(dialog, &ConversationReportDialog::frameActivated);
        QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toUInt(), 5u);
        QCOMPARE(window_->packetView()->currentPacketRow(), 4);
    }

    void exportsMarkdownAndPdf()
    {
        window_->selectPacketRow(15);
        auto* dialog = openReport();
        QVERIFY(dialog);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto md = dir.filePath("report.md");
        QVERIFY(dialog->exportMarkdown(md));
        QFile markdown(md);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const auto mdText = QString::fromUtf8(markdown.readAll());
        QVERIFY(mdText.startsWith("# Conversation report: stream 1"));
        QVERIFY(mdText.contains("| 1 | 16 | 1 | 123 |"));
        const auto pdf = dir.filePath("report.pdf");
        QVERIFY(dialog->exportPdf(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const auto bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.size() > 5000, qPrintable(QString::number(bytes.size())));
        const auto pdftotext = QStandardPaths::findExecutable("pdftotext");
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {pdf, "-"});
            QVERIFY(p.waitForFinished(30'000));
            const auto text = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(text.contains("4018040711"), qPrintable(text.left(400)));
        }
    }

    void followsTheLanguageAndLooksRight_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("zh_CN") << "zh_CN";
    }

    void followsTheLanguageAndLooksRight()
    {
        QFETCH(QString, language);
        window_->selectPacketRow(15);
        auto* dialog = openReport();
        QVERIFY(dialog);
        window_->setLanguage(language);
        if (language == "zh_CN")
            QTRY_VERIFY(dialog->browser()->toPlainText().contains(QString::fromUtf8("第 13 帧：序号 4018040711")));
        const auto text = dialog->browser()->toPlainText();
        if (language == "zh_CN") {
            QCOMPARE(dialog->windowTitle(), QString::fromUtf8("会话报告"));
            QVERIFY(!text.contains("How:"));
        } else {
            QVERIFY(text.contains("How: "));
        }
        dialog->resize(1920, 1080);
        QApplication::processEvents();
        const QImage shot = dialog->grab().toImage();
        QCOMPARE(shot.size(), QSize(1920, 1080));
        // Nothing wider than the dialog: no horizontal scroll bar at 1920 px.
        QVERIFY(!dialog->browser()->horizontalScrollBar()->isVisible());
        const auto dir = qEnvironmentVariable("TCPLENS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(shot.save(dir + "/conversation-report-" + language + ".png"));
        installLanguage(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestConversationReportDialog)
#include "TestConversationReportDialog.moc"
