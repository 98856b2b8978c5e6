#include "TcpInfoCaptureObserver.h"

#include <algorithm>

namespace tcplens {

TcpInfoCaptureObserver::TcpInfoCaptureObserver(std::string sidecarPath, TcpInfoRecorder::Sink sink,
                                               std::chrono::milliseconds interval)
    : requestedPath_(std::move(sidecarPath)), sink_(std::move(sink)), interval_(interval)
{
    // The netlink socket is opened here: in the constructing thread's network namespace.
    TcpInfoRecorder::Options options;
    options.interval = interval_;
    recorder_ = std::make_unique<TcpInfoRecorder>(options);
    if (!recorder_->valid())
        error_ = recorder_->error();
}

TcpInfoCaptureObserver::~TcpInfoCaptureObserver() { finish(); }

void TcpInfoCaptureObserver::captureStarted(const LiveCapture& capture)
{
    const std::lock_guard lock(mutex_);
    if (!error_.empty())
        return;
    path_ = requestedPath_.empty() ? tcpInfoSidecarPath(capture.outputPath()) : requestedPath_;
    if (!recorder_->openSidecar(path_)) {
        error_ = recorder_->error();
        path_.clear();
        return;
    }
    if (sink_)
        recorder_->setSink(sink_);
    recorder_->start();
    running_ = true;
}

void TcpInfoCaptureObserver::packetsCaptured(const LiveCapture& capture, const CaptureBatch& batch)
{
    (void)capture;
    if (!running_)
        return;
    for (const auto& conversation : batch.conversations) {
        const auto& a = conversation.client.endpoint;
        const auto& b = conversation.server.endpoint;
        const ConversationKey key = a < b ? ConversationKey{a, b} : ConversationKey{b, a};
        // A new stream on a known 4-tuple (port reuse) is a new socket: look for it again.
        recorder_->observe(key, streams_.insert(conversation.stream).second);
    }
}

void TcpInfoCaptureObserver::captureStopped(const LiveCapture& capture)
{
    (void)capture;
    finish();
}

void TcpInfoCaptureObserver::finish()
{
    const std::lock_guard lock(mutex_);
    if (!recorder_)
        return;
    recorder_->stop();
    running_ = false;
    samples_ = recorder_->samplesTaken();
    sockets_ = recorder_->socketsFound();
    kept_ = recorder_->rowsWritten() > 0;
    if (error_.empty() && !recorder_->error().empty())
        error_ = recorder_->error();
    recorder_->dropEmptySidecar();
    recorder_.reset();
}

std::string TcpInfoCaptureObserver::sidecarPath() const
{
    const std::lock_guard lock(mutex_);
    return kept_ ? path_ : std::string();
}

std::uint64_t TcpInfoCaptureObserver::samplesTaken() const
{
    const std::lock_guard lock(mutex_);
    return recorder_ ? recorder_->samplesTaken() : samples_;
}

std::uint64_t TcpInfoCaptureObserver::socketsFound() const
{
    const std::lock_guard lock(mutex_);
    return recorder_ ? recorder_->socketsFound() : sockets_;
}

std::string TcpInfoCaptureObserver::error() const
{
    const std::lock_guard lock(mutex_);
    return error_;
}

} // namespace tcplens
