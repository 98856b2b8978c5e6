#include "FilterRunner.h"

#include <capture/PacketAnalysisStore.h>
#include <capture/PacketStore.h>

#include <QCoreApplication>
#include <QPointer>

#include <chrono>

namespace tcplens::ui {

void FilterRunner::start(FilterExpression expression, const PacketStore& store, const PacketAnalysisStore& analyses,
                         std::size_t synchronousPackets)
{
    stop();
    const auto generation = ++generation_;
    if (store.size() <= synchronousPackets) {
        auto result = expression.run(store, analyses);
        emit finished(std::make_shared<const std::vector<bool>>(std::move(result.shown)), result.count, expression.text());
        return;
    }
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    QPointer<FilterRunner> self(this);
    const auto* storePtr = &store;
    const auto* analysesPtr = &analyses;
    worker_ = QThread::create([self, storePtr, analysesPtr, expression = std::move(expression), cancel = cancel_, generation] {
        using Clock = std::chrono::steady_clock;
        auto reported = Clock::now();
        const auto total = static_cast<quint64>(storePtr->size());
        const auto progress = [&](std::size_t done) {
            const auto now = Clock::now();
            if (now - reported < std::chrono::milliseconds(200))
                return;
            reported = now;
            QMetaObject::invokeMethod(qApp, [self, generation, done, total] {
                if (self && self->generation_ == generation)
                    emit self->progress(static_cast<quint64>(done), total);
            });
        };
        auto result = expression.run(*storePtr, *analysesPtr, cancel.get(), progress);
        if (result.cancelled || cancel->load())
            return;
        auto mask = std::make_shared<const std::vector<bool>>(std::move(result.shown));
        QMetaObject::invokeMethod(qApp, [self, generation, mask = std::move(mask), shown = result.count,
                                         text = expression.text()] {
            if (self && self->generation_ == generation) {
                self->worker_ = nullptr; // finished() may start the next run
                emit self->finished(mask, static_cast<quint64>(shown), text);
            }
        });
    });
    connect(worker_, &QThread::finished, worker_, &QObject::deleteLater);
    worker_->start();
}

void FilterRunner::stop()
{
    ++generation_; // a result already posted is stale
    if (!worker_)
        return;
    cancel_->store(true);
    worker_->wait();
    worker_ = nullptr;
}

} // namespace tcplens::ui
