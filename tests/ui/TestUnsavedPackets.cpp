// Wireshark's "Unsaved packets" question, on a live capture on lo (as root): File › Close,
// opening another file and quitting while a capture runs or its packets are unsaved ask first;
// Cancel keeps the capture running, Stop and Save writes every packet shown, Continue/Quit without
// Saving discards them. Captured packets are never dropped without the user saying so.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <capture/CaptureFile.h>
#include <capture/CaptureSession.h>
#include <capture/LiveCapture.h>
#include <capture/LiveCaptureController.h>
#include <packets/PacketListModel.h>
#include <shell/MainWindow.h>

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// What the question showed.
struct Asked {
    QString text;
    QString question;
    QStringList buttons;
};

} // namespace

class TestUnsavedPackets : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcplens-tests"));
        if (::geteuid() != 0)
            QSKIP("capturing on lo needs root");
        qputenv("TCPLENS_CAPTURE_HELPER", TCPLENS_CAPTURE_PATH); // the window captures through it
        listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QVERIFY(listener_ >= 0 && ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        QVERIFY(::listen(listener_, 4) == 0);
        QVERIFY(::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        port_ = ntohs(address.sin_port);
        QVERIFY(dir_.isValid());
    }

    void cleanupTestCase()
    {
        if (listener_ >= 0)
            ::close(listener_);
    }

    void init()
    {
        window_ = std::make_unique<MainWindow>();
        window_->setErrorReporter([](const QString& title, const QString& message) {
            QFAIL(qPrintable(title + QStringLiteral(": ") + message));
        });
        window_->resize(1280, 800);
        window_->show();
    }

    void cleanup()
    {
        if (window_ && window_->isCapturing()) { // leave nothing running or behind
            answer(QStringLiteral("Stop and Continue without Saving"));
            (void)window_->captureSession()->confirmReplace(CaptureSession::Leaving::Close);
        }
        window_.reset();
    }

    void closeWhileCapturingAsksFirstAndCancelKeepsCapturing()
    {
        const int packets = captureSomePackets();
        if (QTest::currentTestFailed())
            return;
        const QString unsaved = window_->captureSession()->unsavedPath();
        answer(QStringLiteral("Cancel"));
        window_->findChild<QAction*>(QStringLiteral("closeAction"))->trigger(); // File › Close
        QCOMPARE(asked_.size(), 1);
        QVERIFY2(asked_[0].question.contains(QStringLiteral("stop the capture and save the captured packets before "
                                                              "closing the file")),
                 qPrintable(asked_[0].question));
        QVERIFY2(asked_[0].text.contains(QStringLiteral("unsaved packets")) && asked_[0].text.contains(QStringLiteral("lo")),
                 qPrintable(asked_[0].text));
        QCOMPARE(sorted(asked_[0].buttons), sorted({"Stop and Save", "Stop and Continue without Saving", "Cancel"}));
        QVERIFY(window_->isCapturing()); // asked before anything stopped: Cancel changes nothing
        QVERIFY(window_->packetModel()->rowCount() >= packets);
        QVERIFY(QFile::exists(unsaved));
    }

    void openingAnotherFileWhileCapturingStopsAndSavesEveryPacket()
    {
        captureSomePackets();
        if (QTest::currentTestFailed())
            return;
        const QString unsaved = window_->captureSession()->unsavedPath();
        const QString saved = dir_.filePath(QStringLiteral("kept.pcapng"));
        window_->captureSession()->setSavePathChooser([saved](const QString&) { return saved; });
        answer(QStringLiteral("Stop and Save"));
        QSignalSpy loaded(window_.get(), &MainWindow::loadFinished);
        const int before = window_->packetModel()->rowCount();
        window_->openCapture(QStringLiteral(TCPLENS_TEST_DATA_DIR "/http.pcap"));
        QCOMPARE(asked_.size(), 1);
        QVERIFY2(asked_[0].question.contains(QStringLiteral("before opening another file")), qPrintable(asked_[0].question));
        QVERIFY(!window_->isCapturing());
        const int kept = corePacketCount(saved);
        QVERIFY2(kept >= before, qPrintable(QStringLiteral("%1 saved, %2 shown before").arg(kept).arg(before)));
        QVERIFY(!QFile::exists(unsaved)); // saved: the temporary file is gone
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(window_->packetModel()->rowCount(), 24); // and the other file opened
    }

    void closingAStoppedUnsavedCaptureOffersToSaveOrContinue()
    {
        captureSomePackets();
        if (QTest::currentTestFailed())
            return;
        window_->stopCapture();
        QTRY_VERIFY_WITH_TIMEOUT(!window_->isCapturing(), 5000);
        const QString unsaved = window_->captureSession()->unsavedPath();
        QVERIFY(QFile::exists(unsaved));
        answer(QStringLiteral("Continue without Saving"));
        window_->closeCapture();
        QCOMPARE(asked_.size(), 1);
        QVERIFY2(asked_[0].question.startsWith(QStringLiteral("Do you want to save the captured packets before closing the file?")),
                 qPrintable(asked_[0].question));
        QCOMPARE(sorted(asked_[0].buttons), sorted({"Save", "Continue without Saving", "Cancel"}));
        QCOMPARE(window_->packetModel()->rowCount(), 0); // closed
        QVERIFY(!QFile::exists(unsaved));                // and discarded, as asked
    }

    void quittingWhileCapturingAsksWithQuitWords()
    {
        captureSomePackets();
        if (QTest::currentTestFailed())
            return;
        const QString unsaved = window_->captureSession()->unsavedPath();
        answer(QStringLiteral("Cancel"));
        QVERIFY(!window_->close()); // the close event is refused
        QVERIFY(window_->isVisible() && window_->isCapturing());
        QCOMPARE(sorted(asked_[0].buttons), sorted({"Stop and Save", "Stop and Quit without Saving", "Cancel"}));
        QVERIFY2(asked_[0].question.contains(QStringLiteral("before quitting")), qPrintable(asked_[0].question));
        answer(QStringLiteral("Stop and Quit without Saving"));
        QVERIFY(window_->close());
        QVERIFY(!window_->isCapturing());
        QVERIFY(!QFile::exists(unsaved));
    }

private:
    /// Starts capturing on lo (only the test's own port) and makes a little traffic; the packets
    /// shown (fails the test when there are none).
    int captureSomePackets()
    {
        LiveCaptureOptions options;
        options.interface = "lo";
        options.filter = "tcp port " + std::to_string(port_);
        QSignalSpy opened(window_->captureSession()->controller(), &LiveCaptureController::opened);
        window_->startCapture(options);
        [&] { QVERIFY(window_->isCapturing()); }();
        [&] { QVERIFY(opened.count() > 0 || opened.wait(10'000)); }(); // the helper listens before the traffic starts
        [&] { QVERIFY(echoOnce()); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(window_->packetModel()->rowCount() >= 6, 10'000); }();
        return window_->packetModel()->rowCount();
    }

    /// A connection to the listener on lo: handshake, a message and its echo, close.
    bool echoOnce() const
    {
        const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        to.sin_port = htons(port_);
        if (client < 0 || ::connect(client, reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0)
            return false;
        const int server = ::accept(listener_, nullptr, nullptr);
        char buffer[16] = {};
        const bool echoed = server >= 0 && ::write(client, "hello, lo", 9) == 9 && ::read(server, buffer, sizeof buffer) == 9
                            && ::write(server, buffer, 9) == 9 && ::read(client, buffer, sizeof buffer) == 9;
        ::close(client);
        if (server >= 0)
            ::close(server);
        return echoed;
    }

    /// The next questions are answered by the button labelled `label` (without its & marker).
    void answer(const QString& label)
    {
        asked_.clear();
        window_->captureSession()->setUnsavedPrompt([this, label](QMessageBox& box) {
            Asked asked{box.text(), box.informativeText(), {}};
            for (auto* button : box.buttons())
                asked.buttons << button->text().remove(QLatin1Char('&'));
            asked_ << asked;
            for (auto* button : box.buttons())
                if (button->text().remove(QLatin1Char('&')) == label)
                    button->click();
        });
    }

    int listener_ = -1;
    quint16 port_ = 0;
    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> window_;
    QList<Asked> asked_;
};

QTEST_MAIN(TestUnsavedPackets)
#include "TestUnsavedPackets.moc"
