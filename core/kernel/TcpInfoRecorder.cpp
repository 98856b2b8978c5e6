#include "TcpInfoRecorder.h"

#include <cstdio>

namespace tcplens {

TcpInfoRecorder::TcpInfoRecorder(Options options) : options_(std::move(options))
{
    if (!sampler_.valid()) {
        error_ = sampler_.error();
        return;
    }
    if (!options_.sidecarPath.empty())
        (void)writer_.open(options_.sidecarPath, error_);
}

TcpInfoRecorder::~TcpInfoRecorder() { stop(); }

bool TcpInfoRecorder::openSidecar(const std::string& path)
{
    const std::lock_guard lock(writerMutex_);
    options_.sidecarPath = path;
    std::string error;
    if (!writer_.open(path, error)) {
        error_ = error;
        return false;
    }
    return true;
}

void TcpInfoRecorder::dropEmptySidecar()
{
    const std::lock_guard lock(writerMutex_);
    const bool empty = writer_.rowsWritten() == 0;
    writer_.close();
    if (empty && !options_.sidecarPath.empty())
        std::remove(options_.sidecarPath.c_str());
}

std::string TcpInfoRecorder::error() const
{
    if (!error_.empty())
        return error_;
    const std::lock_guard lock(writerMutex_);
    return writer_.error();
}

std::uint64_t TcpInfoRecorder::rowsWritten() const
{
    const std::lock_guard lock(writerMutex_);
    return writer_.rowsWritten();
}

void TcpInfoRecorder::start()
{
    if (thread_.joinable() || !valid())
        return;
    {
        const std::lock_guard lock(stopMutex_);
        stopping_ = false;
    }
    thread_ = std::thread([this] { run(); });
}

void TcpInfoRecorder::stop()
{
    if (thread_.joinable()) {
        {
            const std::lock_guard lock(stopMutex_);
            stopping_ = true;
        }
        stopSignal_.notify_all();
        thread_.join();
    }
    const std::lock_guard lock(writerMutex_);
    writer_.close();
}

void TcpInfoRecorder::run()
{
    auto next = std::chrono::steady_clock::now();
    std::unique_lock lock(stopMutex_);
    while (!stopping_) {
        lock.unlock();
        tick();
        lock.lock();
        next += options_.interval;
        const auto now = std::chrono::steady_clock::now();
        if (next < now)
            next = now; // a slow tick does not make the next ones bunch up
        stopSignal_.wait_until(lock, next, [this] { return stopping_; });
    }
}

void TcpInfoRecorder::observe(const DecodedPacket& packet)
{
    const auto key = ConversationKey::of(packet);
    if (!key)
        return;
    observe(*key, packet.tcp.has(tcpflag::Syn) && !packet.tcp.has(tcpflag::Ack));
}

void TcpInfoRecorder::observe(const ConversationKey& key, bool syn)
{
    if (!seen_.insert(key).second && !syn)
        return;
    const std::lock_guard lock(pendingMutex_);
    pending_.emplace_back(key, syn);
}

void TcpInfoRecorder::tick()
{
    std::vector<std::pair<ConversationKey, bool>> arrived;
    {
        const std::lock_guard lock(pendingMutex_);
        arrived.swap(pending_);
    }
    for (const auto& [key, syn] : arrived) {
        const auto [it, inserted] = tracked_.try_emplace(key);
        if (!inserted && syn && it->second.status == Status::Looking)
            it->second.ticksLooked = 0;
    }
    batch_.clear();
    std::size_t queries = 0;
    for (auto it = tracked_.begin(); it != tracked_.end();) {
        const auto& key = it->first;
        auto& t = it->second;
        if (t.status == Status::Looking) {
            if (queries >= options_.maxQueriesPerTick) {
                ++it;
                continue;
            }
            bool lowExists = false;
            bool highExists = false;
            auto low = sampler_.query(key.low, key.high, &lowExists);
            auto high = sampler_.query(key.high, key.low, &highExists);
            queries += 2;
            t.lowIsLocal = low.has_value();
            t.highIsLocal = high.has_value();
            if (low)
                batch_.push_back(std::move(*low));
            if (high)
                batch_.push_back(std::move(*high));
            if (t.lowIsLocal || t.highIsLocal) {
                t.status = Status::Local;
                sockets_ += (t.lowIsLocal ? 1 : 0) + (t.highIsLocal ? 1 : 0);
            } else {
                // A socket without tcp_info yet (a server's half-open request) is waited for longer.
                const int limit = lowExists || highExists ? options_.discoveryTicks * 10 : options_.discoveryTicks;
                if (++t.ticksLooked >= limit)
                    t.status = Status::Gone;
            }
        } else if (t.status == Status::Local) {
            if (t.lowIsLocal) {
                auto sample = sampler_.query(key.low, key.high);
                t.lowIsLocal = sample.has_value();
                if (sample)
                    batch_.push_back(std::move(*sample));
            }
            if (t.highIsLocal) {
                auto sample = sampler_.query(key.high, key.low);
                t.highIsLocal = sample.has_value();
                if (sample)
                    batch_.push_back(std::move(*sample));
            }
            if (!t.lowIsLocal && !t.highIsLocal)
                t.status = Status::Gone; // closed (or in TIME_WAIT, which has no tcp_info)
        }
        if (t.status == Status::Gone)
            it = tracked_.erase(it); // a new SYN on the 4-tuple brings it back
        else
            ++it;
    }
    if (batch_.empty())
        return;
    {
        const std::lock_guard lock(writerMutex_);
        if (writer_.isOpen())
            (void)writer_.write(batch_);
    }
    samples_ += batch_.size();
    if (sink_)
        sink_(batch_);
}

} // namespace tcplens
