// Every bad input a user can open, in Chinese: a missing file, one without read permission, one
// that is no capture, an empty one, a cut-short and a damaged pcap and pcapng, a pcapng with a
// block tcplens does not know, an unsupported link type, a display-filter and a capture-filter
// typo, a remote host typed wrong. What the window says (the error box, the status bar, Capture File Properties, Follow TCP
// Stream, the filter bar, the Capture dialog) holds no English word: core's reasons come worded
// in Chinese, paths, numbers and what the user typed kept as they are.
#include "AsNobodyThread.h"
#include "ChineseTextSupport.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <capture/CaptureDialog.h>
#include <capture/CaptureStatusBar.h>
#include <capture/RemoteCaptureDialog.h>
#include <follow/FollowStreamDialog.h>
#include <packets/FilterBar.h>
#include <packets/PacketListModel.h>
#include <shell/CapturePropertiesDialog.h>
#include <shell/Language.h>
#include <shell/MainWindow.h>

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <unistd.h>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

const QString kPcap = QStringLiteral(TCPLENS_TEST_DATA_DIR "/echo-dialogue.pcap");
const QString kPcapng = QStringLiteral(TCPLENS_TEST_DATA_DIR "/dumpcap.pcapng");

} // namespace

class TestBadInputInChinese : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        QVERIFY(dir_.isValid());
        // nobody may enter the folder (and so read what its files allow).
        QVERIFY(QFile::setPermissions(dir_.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                       | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    }
    void cleanupTestCase() { installLanguage(*qApp, QStringLiteral("en")); }

    void fileThatCannotBeOpenedIsExplainedInChinese_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("chinese"); // a phrase the message must hold
        QTest::newRow("missing") << QStringLiteral("missing.pcap") << QStringLiteral("文件或目录不存在");
        QVERIFY(QFile::copy(kPcap, path("no-permission.pcap")));
        QVERIFY(QFile::setPermissions(path("no-permission.pcap"), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QTest::newRow("no read permission") << QStringLiteral("no-permission.pcap") << QStringLiteral("没有读取权限");
        QVERIFY(writeFile("notes.pcap", "Hello, these are my notes about TCP, not a capture.\n"));
        QTest::newRow("not a capture") << QStringLiteral("notes.pcap") << QStringLiteral("不是 pcap 或 pcapng");
        QVERIFY(writeFile("empty.pcap", {}));
        QTest::newRow("empty") << QStringLiteral("empty.pcap") << QStringLiteral("是空的");
        QVERIFY(QDir(dir_.path()).mkdir(QStringLiteral("folder.pcap")));
        QTest::newRow("a folder") << QStringLiteral("folder.pcap") << QStringLiteral("是一个文件夹");
        QVERIFY(writeEditedCopy(kPcapng, path("bad-version.pcapng"), [](QByteArray& bytes) { bytes[12] = 9; }));
        QTest::newRow("pcapng version 9") << QStringLiteral("bad-version.pcapng") << QStringLiteral("9.0");
    }
    void fileThatCannotBeOpenedIsExplainedInChinese()
    {
        QFETCH(QString, name);
        QFETCH(QString, chinese);
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString& title, const QString& message) { errors << title << message; });
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        {
            // root reads every file: the loading thread starts as nobody, as a user would open it.
            tcplens::test::AsNobodyThread nobody;
            QVERIFY(nobody.ok());
            window.openCapture(path(name));
            QVERIFY(finished.wait(10'000));
        }
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(1).contains(path(name)), qPrintable(errors.at(1)));
        QVERIFY2(errors.at(1).contains(chinese), qPrintable(errors.at(1)));
        expectChinese(errors.join(QLatin1Char('\n')));
        expectChinese(window.captureStatusBar()->notice());
    }

    void damagedFileIsExplainedInChinese_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("chinese");
        QVERIFY(writeEditedCopy(kPcap, path("cut.pcap"), [](QByteArray& bytes) { bytes.chop(10); }));
        QTest::newRow("pcap cut short") << QStringLiteral("cut.pcap") << QStringLiteral("第 25 帧");
        QVERIFY(writeEditedCopy(kPcap, path("bogus-record.pcap"), [](QByteArray& bytes) {
            qToLittleEndian<quint32>(0x7fffffff, bytes.data() + pcapPrefix(bytes, 3) + 8); // frame 4's captured length
        }));
        QTest::newRow("pcap record header bogus") << QStringLiteral("bogus-record.pcap") << QStringLiteral("2147483647");
        QVERIFY(writeEditedCopy(kPcapng, path("cut.pcapng"), [](QByteArray& bytes) { bytes.chop(10); }));
        QTest::newRow("pcapng cut short") << QStringLiteral("cut.pcapng") << QStringLiteral("帧");
        QVERIFY(writeEditedCopy(kPcapng, path("bogus-block.pcapng"), [](QByteArray& bytes) {
            qToLittleEndian<quint32>(7, bytes.data() + tcplens::test::pcapngBlockOffsets(bytes).at(6) + 4); // an impossible length
        }));
        QTest::newRow("pcapng block length bogus") << QStringLiteral("bogus-block.pcapng") << QStringLiteral("7");
    }
    void damagedFileIsExplainedInChinese()
    {
        QFETCH(QString, name);
        QFETCH(QString, chinese);
        left_.clear();
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&errors](const QString& title, const QString& message) { errors << title << message; });
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(path(name));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.last().first().value<LoadResult>().status, LoadStatus::Incomplete);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        const QString notice = window.captureStatusBar()->notice();
        QVERIFY2(notice.contains(chinese), qPrintable(notice));
        expectChinese(notice);

        auto* properties = showCaptureProperties(&window, path(name)); // the figures of what was read, and why no more
        QVERIFY(properties);
        collectAll(QStringLiteral("Capture File Properties"), properties);
        delete properties;
        FollowStreamDialog follow(path(name), 0); // the stream as far as the file goes
        collectAll(QStringLiteral("Follow TCP Stream"), &follow);
        QVERIFY2(left_.isEmpty(), qPrintable(englishLeftReport(left_)));
    }

    void blocksAndLinkTypesTcplensDoesNotKnowStayQuiet()
    {
        // A pcapng block of a type tcplens does not know is skipped, as tshark does; an unsupported
        // link type loads and each row says so.
        QVERIFY(writeEditedCopy(kPcapng, path("unknown-block.pcapng"), [](QByteArray& bytes) {
            QByteArray block(16, '\0');
            qToLittleEndian<quint32>(0x0BADB10C, block.data());
            qToLittleEndian<quint32>(16, block.data() + 4);
            qToLittleEndian<quint32>(16, block.data() + 12);
            bytes.insert(tcplens::test::pcapngBlockOffsets(bytes).at(3), block);
        }));
        for (const QString& file : {path("unknown-block.pcapng"), QStringLiteral(TCPLENS_TEST_DATA_DIR "/unsupported-linktype.pcap")}) {
            MainWindow window;
            QStringList errors;
            window.setErrorReporter([&errors](const QString& title, const QString& message) { errors << title << message; });
            QSignalSpy finished(&window, &MainWindow::loadFinished);
            window.openCapture(file);
            QVERIFY(finished.wait(10'000));
            QCOMPARE(finished.last().first().value<LoadResult>().status, LoadStatus::Complete);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
            QVERIFY(window.packetModel()->rowCount() > 0);
            expectChinese(window.captureStatusBar()->notice());
            if (file.endsWith(QLatin1String("unsupported-linktype.pcap")))
                expectChinese(window.packetModel()->index(0, PacketListModel::InfoColumn).data().toString());
        }
    }

    void displayFilterTypoIsExplainedInChinese()
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCapture(kPcap);
        QVERIFY(finished.wait(10'000));
        auto* bar = window.findChild<FilterBar*>();
        QVERIFY(bar);
        QSignalSpy rejected(bar, &FilterBar::filterRejected);
        for (const QString& typo : {QStringLiteral("tcp.flags.syn = 1"), QStringLiteral("tcp.prot == 80"),
                                    QStringLiteral("tcp.port == 80 and")}) {
            bar->applyExpression(typo);
            QTRY_VERIFY(!rejected.isEmpty());
            // What the user typed, and the filter language's own words a message offers instead ("== (or eq)").
            static const QRegularExpression operators(QStringLiteral("\\b(eq|ne|gt|lt|ge|le|and|or|not|contains|matches)\\b"));
            expectChinese(rejected.takeFirst().first().toString().remove(typo).remove(operators));
        }
    }

    void captureFilterTypoIsExplainedInChinese()
    {
        CaptureDialog dialog;
        QVERIFY(dialog.selectInterface(QStringLiteral("lo")));
        for (const QString& typo : {QStringLiteral("tcp prot 80"), QStringLiteral("tcp port eighty"),
                                    QStringLiteral("src hots 10.0.0.1"), QStringLiteral("tcp port 99999")}) {
            dialog.filterEdit()->setText(typo);
            QVERIFY(!dialog.startButton()->isEnabled());
            QString message = dialog.filterMessage()->text();
            for (const QString& typed : typo.split(QLatin1Char(' ')))
                message.remove(typed); // what the user typed stays as typed
            expectChinese(message);
            expectChinese(dialog.filterEdit()->toolTip().remove(QStringLiteral("eighty")).remove(QStringLiteral("hots")));
        }
    }

    void remoteCaptureTypoIsExplainedInChinese()
    {
        RemoteCaptureDialog dialog;
        for (const auto& [host, interface] : {std::pair{QStringLiteral("lab host"), QStringLiteral("eth0")},
                                              std::pair{QStringLiteral("lab:99999"), QStringLiteral("eth0")},
                                              std::pair{QStringLiteral("[fe80::1"), QStringLiteral("eth0")},
                                              std::pair{QStringLiteral("lab"), QStringLiteral("eth0;reboot")}}) {
            dialog.hostEdit()->setText(host);
            dialog.interfaceEdit()->setText(interface);
            QVERIFY(!dialog.startButton()->isEnabled());
            const QString message = dialog.message()->text();
            QVERIFY2(!message.isEmpty(), qPrintable(host));
            // What the user typed, and the interface names the message offers (eth0, any), stay as typed.
            static const QRegularExpression names(QStringLiteral("\\b(eth0|any)\\b"));
            expectChinese(QString(message).remove(host).remove(interface).remove(QStringLiteral("99999")).remove(names));
        }
        // In English the dialog says what tcplens-cli says, word for word.
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        using K = RemoteRequestProblem::Kind;
        for (const K kind : {K::BadHost, K::BadUser, K::BadInterface, K::BadFilter, K::BadSnaplen, K::UnclosedBracket, K::BadPort}) {
            const RemoteRequestProblem problem{kind, "x y"};
            QCOMPARE(RemoteCaptureDialog::problemText(problem), QString::fromStdString(englishText(problem)));
        }
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
    }

    void remoteCaptureFailuresAreAdvisedInChinese()
    {
        RemoteCaptureRequest request;
        request.host = "lab";
        request.user = "bob";
        request.interface = "eth0";
        using A = RemoteCaptureAdvice;
        const std::initializer_list<A> all{A::SetUpKey,    A::Unreachable,  A::HostKeyChanged, A::HostKeyUnknown, A::NoTcpdump,
                                           A::SudoPassword, A::NoPermission, A::NoInterface,    A::BadFilter};
        // Commands and names a reader types, kept as typed.
        static const QRegularExpression typed(QStringLiteral(
            "ssh-copy-id \\S+|ssh-keygen -R \\S+|ssh \\S+|apt install tcpdump|sudo setcap \\S+ \\$\\(command -v tcpdump\\)"
            "|--sudo|\\b(NOPASSWD|sudoers|sudo|sshd|ssh|tcpdump|bob@lab|lab|eth0)\\b"));
        for (const A advice : all)
            expectChinese(RemoteCaptureDialog::adviceText(advice, request).remove(typed));
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        for (const A advice : all)
            QCOMPARE(RemoteCaptureDialog::adviceText(advice, request), QString::fromStdString(englishText(advice, request)));
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
    }

private:
    [[nodiscard]] QString path(const QString& name) const { return dir_.filePath(name); }
    [[nodiscard]] bool writeFile(const char* name, const QByteArray& bytes) const
    {
        QFile out(path(QString::fromLatin1(name)));
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    }
    /// Fails when `text` holds an English word a Chinese reader would have to look up.
    static void expectChinese(QString text)
    {
        static const QRegularExpression hexBytes(QStringLiteral("\\b(?:[0-9a-f]{2} )+[0-9a-f]{2}\\b")); // a file's first bytes
        const QStringList words = englishWords(text.remove(hexBytes));
        QVERIFY2(words.isEmpty(), qPrintable(QStringLiteral("English (%1) in: %2").arg(words.join(QLatin1Char(' ')), text)));
    }
    void collectAll(const QString& where, QWidget* root) { collect(where, root, left_); }

    QTemporaryDir dir_;
    QMap<QString, QString> left_;
};

QTEST_MAIN(TestBadInputInChinese)
#include "TestBadInputInChinese.moc"
