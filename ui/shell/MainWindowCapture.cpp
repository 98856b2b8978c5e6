// MainWindow and live capture: starting, following and stopping a capture, saving it, and
// offering the captures a killed run left unsaved.
#include "MainWindow.h"

#include "capture/CaptureDialog.h"
#include "loading/CaptureLoadController.h"
#include "capture/CaptureSession.h"
#include "capture/CaptureStatusBar.h"
#include "conversations/ConversationModel.h"
#include "conversations/ConversationsPanel.h"
#include "expert/ExpertController.h"
#include "packets/FilterBar.h"
#include "flowgraph/FlowGraphPanel.h"
#include "capture/LiveCaptureController.h"
#include "packets/PacketListModel.h"
#include "charts/ChartsPanel.h"
#include "charts/KernelChartFeed.h"
#include "presentation/PresentationController.h"
#include "PacketNavigation.h"
#include "packets/PacketMarks.h"
#include "inspector/InspectorPanel.h"

#ifdef TCPLENS_HAVE_TCP_INFO
#include <kernel/TcpInfoCaptureObserver.h>
#endif

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace tcplens::ui {

namespace {

QString capturedPhrase(quint64 packets)
{
    return packets == 1 ? MainWindow::tr("1 packet") : MainWindow::tr("%1 packets").arg(packets);
}

} // namespace

void MainWindow::connectCapture()
{
    auto* controller = session_->controller();
    connect(controller, &LiveCaptureController::opened, this, [this](const PacketStore& store) {
        loadingPath_ = QFile::decodeName(store.info().path.c_str());
        openingLive_ = true;
        onOpened(store);
        openingLive_ = false;
        const QString name = captureInterface_;
        status_->setFile(tr("Capture on %1").arg(name));
        status_->setNotice(tr("Capturing on %1… (File › Stop Capture, Ctrl+E)").arg(name));
        setWindowTitle(tr("tcplens — capturing on %1").arg(name));
    });
    connect(controller, &LiveCaptureController::batchReady, this, &MainWindow::onBatch);
    connect(controller, &LiveCaptureController::statsChanged, this, [this](const LiveCaptureStats& stats) {
        status_->setCaptureStats(stats.received, stats.droppedByKernel, stats.droppedByInterface, stats.durationNs);
    });
    connect(controller, &LiveCaptureController::finished, this, &MainWindow::onCaptureFinished);
    connect(status_, &CaptureStatusBar::stopCaptureRequested, this, &MainWindow::stopCapture);
#ifdef TCPLENS_HAVE_TCP_INFO
    // The kernel's tcp_info of the local sockets among the conversations goes beside the capture file.
    controller->addObserverFactory([] { return std::make_unique<TcpInfoCaptureObserver>(); });
#endif
    flowRefresh_.setSingleShot(true);
    flowRefresh_.setInterval(250); // rebuilding the graph's rows costs more than appending a batch
    connect(&flowRefresh_, &QTimer::timeout, flowPanel_, &FlowGraphPanel::refresh);
}

void MainWindow::chooseAndCapture()
{
    CaptureDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        startCapture(dialog.options());
}

void MainWindow::startCapture(const LiveCaptureOptions& options)
{
    if (!session_->confirmReplace())
        return;
    if (loader_->isLoading()) { // its remaining batches must not land in the capture
        loader_->abandon();
        status_->stopProgress();
    }
    QString error;
    captureInterface_ = QString::fromStdString(options.interface);
    if (!session_->start(options, error)) {
        reportError_(tr("Cannot start the capture"), error);
        return;
    }
    status_->setNotice(tr("Starting the capture on %1…").arg(captureInterface_));
    updateCaptureActions();
}

void MainWindow::stopCapture()
{
    session_->stop();
}

bool MainWindow::isCapturing() const
{
    return session_->isCapturing();
}

QString MainWindow::rereadablePath() const
{
    return !session_->isCapturing() && QFileInfo(shownPath_).isFile() ? shownPath_ : QString();
}

void MainWindow::onCaptureFinished(const CaptureEnd& end)
{
    updateCaptureActions();
    if (!end.started) {
        status_->setNotice(tr("The capture on %1 did not start").arg(captureInterface_),
                           CaptureStatusBar::NoticeKind::Warning);
        reportError_(tr("Cannot start the capture"), end.message);
        emit captureFinished(end);
        return;
    }
    flowRefresh_.stop();
    flowPanel_->refresh();
    charts_->refresh();
    expert_->recompute();
    kernelFeed_->refresh();
    const auto& stats = end.stats;
    status_->setCaptureStats(stats.received, stats.droppedByKernel, stats.droppedByInterface, stats.durationNs);
    setWindowTitle(tr("tcplens — capture on %1 (not saved)").arg(captureInterface_));
    conversationsPanel_->fitColumns();
    if (!filterBar_->expression().isEmpty())
        filterBar_->reapply();
    if (end.message.isEmpty()) {
        status_->setNotice(tr("Capture stopped: %1 — File › Save As keeps it").arg(capturedPhrase(stats.captured)));
    } else {
        status_->setNotice(tr("%1 — showing the %2 captured").arg(end.message, capturedPhrase(stats.captured)),
                           CaptureStatusBar::NoticeKind::Warning);
        reportError_(tr("The capture stopped"), end.message);
    }
    emit captureFinished(end);
}

void MainWindow::saveAs()
{
    if (shownPath_.isEmpty() || session_->isCapturing())
        return;
    QString error;
    const auto& store = packets_->store();
    const QString saved =
        session_->saveAs(shownPath_, error, store.info().streamed ? store.mapping() : std::shared_ptr<const MappedFile>{});
    if (saved.isEmpty()) {
        if (!error.isEmpty())
            reportError_(tr("Cannot save the capture"), error);
        return;
    }
    shownPath_ = saved;
    status_->setFile(saved);
    status_->setNotice(tr("Saved as %1").arg(saved));
    setWindowTitle(tr("tcplens — %1").arg(QFileInfo(saved).fileName()));
    recent_.add(saved);
    fillRecentMenu();
    updateCaptureActions();
}

void MainWindow::closeCapture()
{
    if (shownPath_.isEmpty() && packets_->rowCount() == 0 && !session_->isCapturing() && !loader_->isLoading())
        return;
    if (session_->isCapturing()) {
        QMessageBox box(QMessageBox::Question, tr("Close"),
                        tr("A capture on %1 is running. Stop it and close the window's packets?").arg(captureInterface_),
                        QMessageBox::NoButton, this);
        auto* stop = box.addButton(tr("&Stop and Close"), QMessageBox::AcceptRole);
        box.addButton(tr("&Continue Capturing"), QMessageBox::RejectRole);
        box.setDefaultButton(stop);
        closePrompt_ ? closePrompt_(box) : (void)box.exec();
        if (box.clickedButton() != stop)
            return;
    }
    if (!session_->confirmReplace()) // stops a capture and asks about an unsaved one
        return;
    if (loader_->isLoading()) {
        loader_->abandon();
        status_->stopProgress();
    }
    presentation_->stop();
    navigation_->marks()->clear();
    inspector_->clear();
    followStream(std::nullopt);
    charts_->clear();
    kernelFeed_->clear();
    conversations_->clear();
    packets_->reset(PacketStore{});
    flowPanel_->setPacketModel(packets_);
    filterBar_->setStore(&packets_->store());
    shownPath_.clear();
    loadingPath_.clear();
    followingPipe_ = false;
    updateDisplayedCount();
    status_->clearCaptureStats();
    status_->setFile(QString());
    status_->setNotice(tr("Open a capture with File › Open, or drop one on this window."));
    setWindowTitle(QStringLiteral("tcplens"));
    updateCaptureActions();
}

void MainWindow::updateCaptureActions()
{
    const bool capturing = session_->isCapturing();
    stopAction_->setEnabled(capturing);
    status_->setCapturing(capturing);
    saveAsAction_->setEnabled(!capturing && !shownPath_.isEmpty() && !loader_->isLoading());
    closeAction_->setEnabled(capturing || !shownPath_.isEmpty() || loader_->isLoading() || packets_->rowCount() > 0);
    propertiesAction_->setEnabled(!rereadablePath().isEmpty());
}

void MainWindow::offerRecovery()
{
    for (const auto& path : CaptureSession::recoverableCaptures()) {
        const QFileInfo info(path);
        QMessageBox box(QMessageBox::Question, tr("Recover capture"),
                        tr("A capture from an earlier run was not saved: %1 (%2 KiB, %3).")
                            .arg(info.fileName())
                            .arg(info.size() / 1024)
                            .arg(QLocale().toString(info.lastModified(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        auto* open = box.addButton(tr("&Open It"), QMessageBox::AcceptRole);
        auto* discard = box.addButton(tr("&Discard It"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(open);
        recoveryPrompt_ ? recoveryPrompt_(box) : (void)box.exec();
        if (box.clickedButton() == discard) {
            QFile::remove(path);
        } else if (box.clickedButton() == open) {
            if (!session_->confirmReplace())
                return;
            session_->adoptUnsaved(path);
            captureInterface_.clear();
            loadingPath_ = path;
            status_->setNotice(tr("Opening the recovered capture %1…").arg(info.fileName()));
            status_->startProgress();
            loader_->start(path);
            return; // one capture on screen at a time
        }
    }
}

} // namespace tcplens::ui
