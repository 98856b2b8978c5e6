#include "CaptureSession.h"

#include <capture/CaptureSaver.h>
#include <kernel/TcpInfoCsv.h>

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWidget>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace tcplens::ui {
namespace {

const QRegularExpression kCaptureName(QStringLiteral("^capture-(\\d+)-.*\\.pcapng$"));

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

} // namespace

CaptureSession::CaptureSession(QWidget* window)
    : QObject(window), window_(window), controller_(new LiveCaptureController(this))
{
    connect(controller_, &LiveCaptureController::finished, this, [this](const CaptureEnd& end) {
        if (!end.started) { // nothing was written: nothing to save or recover
            unsaved_.clear();
            interface_.clear();
        }
    });
    chooseSavePath_ = [this](const QString& suggested) {
        QString filter;
        QString path = QFileDialog::getSaveFileName(window_, tr("Save Capture As"), suggested,
                                                    tr("pcapng (*.pcapng);;pcap (*.pcap)"), &filter);
        if (path.isEmpty())
            return path;
        // The chosen type decides the format and the name is made to say it, as in Wireshark.
        const auto format = filter.startsWith(QLatin1String("pcap (")) ? SaveFormat::Pcap : SaveFormat::Pcapng;
        return QFile::decodeName(withSaveExtension(QFile::encodeName(path).toStdString(), format).c_str());
    };
}

QString CaptureSession::recoveryDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .absoluteFilePath(QStringLiteral("unsaved-captures"));
}

QStringList CaptureSession::recoverableCaptures()
{
    const QDir dir(recoveryDirectory());
    QStringList found;
    for (const auto& info : dir.entryInfoList({QStringLiteral("capture-*.pcapng")}, QDir::Files, QDir::Time)) {
        const auto match = kCaptureName.match(info.fileName());
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(1).toLongLong();
        if (pid == ::getpid() || processAlive(pid))
            continue; // its own program is still running
        found << info.absoluteFilePath();
    }
    return found;
}

QString CaptureSession::newRecoveryFile(const QString& label, QString& error)
{
    const QString dir = recoveryDirectory();
    if (!QDir().mkpath(dir)) {
        error = tr("Cannot create the folder for captures %1").arg(dir);
        return {};
    }
    QString name = label;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QDir(dir).absoluteFilePath(QStringLiteral("capture-%1-%2-%3.pcapng")
                                          .arg(::getpid())
                                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")), name));
}

bool CaptureSession::startRemote(const RemoteCaptureRequest& request, QString& error)
{
    const QString label = QString::fromStdString(request.host + ":" + request.interface);
    const QString file = newRecoveryFile(label, error);
    if (file.isEmpty())
        return false;
    interface_ = label;
    unsaved_ = file;
    packets_ = 0;
    controller_->startRemote(request, QFile::encodeName(file).toStdString());
    return true;
}

bool CaptureSession::start(LiveCaptureOptions options, QString& error)
{
    const QString file = newRecoveryFile(QString::fromStdString(options.interface), error);
    if (file.isEmpty())
        return false;
    options.outputPath = QFile::encodeName(file).toStdString();
    interface_ = QString::fromStdString(options.interface);
    unsaved_ = file;
    packets_ = 0;
    controller_->start(options);
    return true;
}

void CaptureSession::stopAndWait()
{
    if (!controller_->isCapturing())
        return;
    // The file must be complete before anything saves or replaces it.
    QEventLoop loop;
    const auto connection = connect(controller_, &LiveCaptureController::finished, &loop, &QEventLoop::quit);
    controller_->stop();
    if (controller_->isCapturing())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(connection);
}

bool CaptureSession::confirmReplace(Leaving why)
{
    const bool capturing = controller_->isCapturing();
    if (!capturing && (unsaved_.isEmpty() || !QFileInfo::exists(unsaved_)))
        return true;
    // Wireshark's question, asked before anything stops: Cancel leaves the capture running.
    QMessageBox box(QMessageBox::Question, tr("Unsaved packets…"), QString(), QMessageBox::NoButton, window_);
    const QString packets = packets_ == 1 ? tr("1 packet") : tr("%1 packets").arg(packets_);
    box.setText(interface_.isEmpty() ? tr("You have unsaved packets: the recovered capture %1.").arg(QFileInfo(unsaved_).fileName())
                                     : tr("You have unsaved packets: %1 captured on %2.").arg(packets, interface_));
    QString question;
    switch (why) {
    case Leaving::OpenFile:
        question = capturing ? tr("Do you want to stop the capture and save the captured packets before opening another file?")
                             : tr("Do you want to save the captured packets before opening another file?");
        break;
    case Leaving::NewCapture:
        question = capturing ? tr("Do you want to stop the capture and save the captured packets before starting a new capture?")
                             : tr("Do you want to save the captured packets before starting a new capture?");
        break;
    case Leaving::Close:
        question = capturing ? tr("Do you want to stop the capture and save the captured packets before closing the file?")
                             : tr("Do you want to save the captured packets before closing the file?");
        break;
    case Leaving::Quit:
        question = capturing ? tr("Do you want to stop the capture and save the captured packets before quitting?")
                             : tr("Do you want to save the captured packets before quitting?");
        break;
    }
    box.setInformativeText(question + QLatin1Char(' ') + tr("They will be lost if you don't save them."));
    auto* save = box.addButton(capturing ? tr("Stop and &Save") : tr("&Save"), QMessageBox::AcceptRole);
    const bool quitting = why == Leaving::Quit;
    auto* discard = box.addButton(capturing ? (quitting ? tr("Stop and &Quit without Saving")
                                                        : tr("Stop and &Continue without Saving"))
                                            : (quitting ? tr("&Quit without Saving") : tr("Continue &without Saving")),
                                  QMessageBox::DestructiveRole);
    box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    unsavedPrompt_ ? unsavedPrompt_(box) : (void)box.exec();
    if (box.clickedButton() == discard) {
        stopAndWait();
        discardUnsaved();
        return true;
    }
    if (box.clickedButton() != save)
        return false;
    stopAndWait();
    if (unsaved_.isEmpty()) // the capture never started: nothing was written to keep
        return true;
    QString error;
    if (saveAs(unsaved_, error).isEmpty()) { // not saved: the packets stay on screen, still unsaved
        if (!error.isEmpty())
            QMessageBox::warning(window_, tr("Cannot save the capture"), error);
        return false;
    }
    return true;
}

QString CaptureSession::saveAs(const QString& currentPath, QString& error, std::shared_ptr<const MappedFile> spool)
{
    const QString suggested = currentPath == unsaved_ && !interface_.isEmpty()
                                  ? QStringLiteral("%1-%2.pcapng")
                                        .arg(interface_, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                  : currentPath == QLatin1String("-") ? QStringLiteral("stdin.pcapng")
                                  : QFileInfo(currentPath).completeBaseName() + QStringLiteral(".pcapng");
    const QString target = chooseSavePath_(suggested);
    if (target.isEmpty())
        return {};
    const auto format = saveFormatForName(QFile::encodeName(target).toStdString());
    std::string problem;
    const bool saved = spool ? saveSpooledCaptureAs(*spool, QFile::encodeName(target).toStdString(), format, problem)
                             : saveCaptureAs(QFile::encodeName(currentPath).toStdString(),
                                             QFile::encodeName(target).toStdString(), format, problem);
    if (!saved) {
        error = QString::fromStdString(problem);
        return {};
    }
    if (currentPath == unsaved_)
        discardUnsaved(); // the packets on screen stay readable: their mapping outlives the name
    return target;
}

void CaptureSession::discardUnsaved()
{
    if (!unsaved_.isEmpty() && unsaved_.startsWith(recoveryDirectory())) {
        QFile::remove(unsaved_);
        QFile::remove(QFile::decodeName(tcpInfoSidecarPath(QFile::encodeName(unsaved_).toStdString()).c_str()));
    }
    unsaved_.clear();
    interface_.clear();
}

} // namespace tcplens::ui
