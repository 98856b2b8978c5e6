#include "LabRecordingWorker.h"

#include <QThread>

#include <memory>

namespace tcplens::ui {

LabRecordingWorker::LabRecordingWorker(LabRecorderOptions options, QObject* parent)
    : QObject(parent), options_(std::move(options))
{
}

LabRecordingWorker::~LabRecordingWorker()
{
    if (!thread_)
        return;
    cancel_ = true;
    thread_->wait();
    delete thread_;
}

bool LabRecordingWorker::start(const LabScenario& scenario, const QString& path)
{
    if (thread_)
        return false;
    cancel_ = false;
    LabRecorderOptions options = options_;
    options.cancel = &cancel_;
    options.progress = [this](LabStage stage) {
        // Queued to this object: dropped if it is gone by then.
        QMetaObject::invokeMethod(this, [this, stage] { emit stageReached(stage); }, Qt::QueuedConnection);
    };
    auto result = std::make_shared<LabRecording>();
    thread_ = QThread::create([&scenario, file = path.toStdString(), options, result] {
        *result = recordLabScenario(scenario, file, options);
    });
    connect(thread_, &QThread::finished, this, [this, result] {
        result_ = std::move(*result);
        thread_->deleteLater();
        thread_ = nullptr;
        emit finished();
    });
    thread_->start();
    return true;
}

void LabRecordingWorker::cancel()
{
    cancel_ = true;
}

} // namespace tcplens::ui
