#include "ExportJob.h"

#include "ExportProgressDialog.h"

#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace tcplens::ui {

ExportJob::ExportJob(QWidget* window, const QString& title, const QString& path, std::uint64_t total, Work work)
    : QObject(window), path_(path), total_(total), shared_(std::make_shared<Shared>())
{
    progress_ = new ExportProgressDialog(title, tr("Writing %1…").arg(QFileInfo(path).fileName()), window);
    connect(progress_, &ExportProgressDialog::cancelClicked, this, &ExportJob::cancel);
    poll_ = new QTimer(this);
    poll_->setInterval(100); // the bar moves ten times a second, whatever the packet rate
    connect(poll_, &QTimer::timeout, this, [this] { progress_->setProgress(shared_->done.load(), total_); });
    worker_ = QThread::create([shared = shared_, work = std::move(work)] {
        ExportControl control;
        control.keepGoing = [&shared](std::uint64_t done) {
            shared->done.store(done, std::memory_order_relaxed);
            return !shared->cancel.load(std::memory_order_relaxed);
        };
        shared->outcome = work(control); // says itself whether it stopped: a cancel may come after the last packet
    });
    connect(worker_, &QThread::finished, this, &ExportJob::end);
    progress_->open();
    poll_->start();
    worker_->start();
}

ExportJob::~ExportJob()
{
    if (worker_) {
        shared_->cancel.store(true);
        worker_->wait();
        delete worker_;
    }
    delete progress_;
}

void ExportJob::cancel()
{
    shared_->cancel.store(true);
}

bool ExportJob::isRunning() const
{
    return worker_ != nullptr;
}

void ExportJob::end()
{
    poll_->stop();
    worker_->wait();
    delete worker_;
    worker_ = nullptr;
    progress_->finish();
    progress_->deleteLater();
    progress_ = nullptr;
    const auto outcome = shared_->outcome;
    emit finished(outcome);
    deleteLater();
}

ExportOutcome ExportJob::runHere(const Work& work)
{
    return work(ExportControl{});
}

void reportExport(ExportJob* job, std::function<void(const QString&)> notice,
                  std::function<void(const QString& title, const QString& message)> reportError)
{
    QObject::connect(job, &ExportJob::finished, job,
                     [path = job->path(), notice = std::move(notice), reportError = std::move(reportError)](
                         const ExportOutcome& outcome) {
                         if (outcome.cancelled)
                             notice(ExportJob::tr("Export cancelled: %1 was not written.").arg(path));
                         else if (!outcome.error.isEmpty())
                             reportError(ExportJob::tr("Cannot export the packets"), outcome.error);
                         else
                             notice(ExportJob::tr("Exported %1 packets to %2.").arg(outcome.written).arg(path));
                     });
}

} // namespace tcplens::ui
