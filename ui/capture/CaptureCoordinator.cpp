#include "CaptureCoordinator.h"

#include "CaptureDialog.h"
#include "RemoteCaptureDialog.h"
#include "CaptureStatusBar.h"
#include "LiveCaptureController.h"

#include <capture/PacketStore.h>


#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace tcplens::ui {
namespace {

QString capturedPhrase(quint64 packets)
{
    return packets == 1 ? CaptureCoordinator::tr("1 packet") : CaptureCoordinator::tr("%1 packets").arg(packets);
}

} // namespace

CaptureCoordinator::CaptureCoordinator(QWidget* window, CaptureStatusBar* status)
    : QObject(window), window_(window), status_(status), session_(new CaptureSession(window))
{
    auto* controller = session_->controller();
    connect(controller, &LiveCaptureController::opened, this, [this](const PacketStore& store) {
        emit opened(store);
        status_->setFile(tr("Capture on %1").arg(interface_));
        status_->setNotice(tr("Capturing on %1… (File › Stop Capture, Ctrl+E)").arg(interface_));
        emit titleChanged(tr("tcplens — capturing on %1").arg(interface_));
    });
    connect(controller, &LiveCaptureController::batchReady, this, &CaptureCoordinator::batchReady);
    connect(controller, &LiveCaptureController::statsChanged, this, [this](const LiveCaptureStats& stats) {
        status_->setCaptureStats(stats.received, stats.droppedByKernel, stats.droppedByInterface, stats.durationNs);
    });
    connect(controller, &LiveCaptureController::finished, this, &CaptureCoordinator::onFinished);
    connect(status_, &CaptureStatusBar::stopCaptureRequested, this, &CaptureCoordinator::stop);
}

void CaptureCoordinator::chooseAndCapture()
{
    CaptureDialog dialog(window_);
    if (dialog.exec() == QDialog::Accepted)
        start(dialog.options());
}

void CaptureCoordinator::chooseAndCaptureRemote()
{
    RemoteCaptureDialog dialog(window_);
    if (dialog.exec() == QDialog::Accepted)
        startRemote(dialog.request());
}

bool CaptureCoordinator::prepareStart(const QString& label)
{
    if (!session_->confirmReplace(CaptureSession::Leaving::NewCapture))
        return false;
    emit aboutToStart();
    interface_ = label;
    return true;
}

void CaptureCoordinator::startRemote(const RemoteCaptureRequest& request)
{
    const QString label = QString::fromStdString(request.host + ":" + request.interface);
    if (!prepareStart(label))
        return;
    QString error;
    if (!session_->startRemote(request, error)) {
        emit failed(tr("Cannot start the capture"), error);
        return;
    }
    status_->setNotice(tr("Connecting to %1 over ssh…").arg(QString::fromStdString(request.host)));
    status_->setCapturing(session_->isCapturing());
    emit stateChanged();
}

void CaptureCoordinator::start(const LiveCaptureOptions& options)
{
    if (!prepareStart(QString::fromStdString(options.interface)))
        return;
    QString error;
    if (!session_->start(options, error)) {
        emit failed(tr("Cannot start the capture"), error);
        return;
    }
    status_->setNotice(tr("Starting the capture on %1…").arg(interface_));
    status_->setCapturing(session_->isCapturing());
    emit stateChanged();
}

void CaptureCoordinator::onFinished(const CaptureEnd& end)
{
    status_->setCapturing(false);
    emit stateChanged();
    if (!end.started) {
        status_->setNotice(tr("The capture on %1 did not start").arg(interface_), CaptureStatusBar::NoticeKind::Warning);
        emit failed(tr("Cannot start the capture"), end.message);
        emit finished(end);
        return;
    }
    emit stopped();
    const auto& stats = end.stats;
    status_->setCaptureStats(stats.received, stats.droppedByKernel, stats.droppedByInterface, stats.durationNs);
    emit titleChanged(tr("tcplens — capture on %1 (not saved)").arg(interface_));
    if (end.message.isEmpty()) {
        status_->setNotice(tr("Capture stopped: %1 — File › Save As keeps it").arg(capturedPhrase(stats.captured)));
    } else {
        status_->setNotice(tr("%1 — showing the %2 captured").arg(end.message, capturedPhrase(stats.captured)),
                           CaptureStatusBar::NoticeKind::Warning);
        emit failed(tr("The capture stopped"), end.message);
    }
    emit finished(end);
}

void CaptureCoordinator::saveAs(const QString& shownPath, const PacketStore& store)
{
    if (shownPath.isEmpty() || session_->isCapturing())
        return;
    QString error;
    const QString target =
        session_->saveAs(shownPath, error, store.info().streamed ? store.mapping() : std::shared_ptr<const MappedFile>{});
    if (target.isEmpty()) {
        if (!error.isEmpty())
            emit failed(tr("Cannot save the capture"), error);
        return;
    }
    status_->setFile(target);
    status_->setNotice(tr("Saved as %1").arg(target));
    emit titleChanged(tr("tcplens — %1").arg(QFileInfo(target).fileName()));
    emit saved(target);
    emit stateChanged();
}

void CaptureCoordinator::offerRecovery()
{
    for (const auto& path : CaptureSession::recoverableCaptures()) {
        const QFileInfo info(path);
        QMessageBox box(QMessageBox::Question, tr("Recover capture"),
                        tr("A capture from an earlier run was not saved: %1 (%2 KiB, %3).")
                            .arg(info.fileName())
                            .arg(info.size() / 1024)
                            .arg(QLocale().toString(info.lastModified(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, window_);
        auto* open = box.addButton(tr("&Open It"), QMessageBox::AcceptRole);
        auto* discard = box.addButton(tr("&Discard It"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(open);
        recoveryPrompt_ ? recoveryPrompt_(box) : (void)box.exec();
        if (box.clickedButton() == discard) {
            QFile::remove(path);
        } else if (box.clickedButton() == open) {
            if (!session_->confirmReplace(CaptureSession::Leaving::OpenFile))
                return;
            session_->adoptUnsaved(path);
            interface_.clear();
            status_->setNotice(tr("Opening the recovered capture %1…").arg(info.fileName()));
            emit recoveryChosen(path);
            return; // one capture on screen at a time
        }
    }
}

} // namespace tcplens::ui
