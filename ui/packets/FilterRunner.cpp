#include "FilterRunner.h"

#include "ScanRunner.h"

#include <capture/PacketAnalysisStore.h>
#include <capture/PacketStore.h>

namespace tcplens::ui {

FilterRunner::FilterRunner(QObject* parent) : QObject(parent), runner_(new ScanRunner(this))
{
    connect(runner_, &ScanRunner::advanced, this, &FilterRunner::advanced);
    connect(runner_, &ScanRunner::progress, this, &FilterRunner::progress);
    later_.setSingleShot(true);
    connect(&later_, &QTimer::timeout, this, [this] {
        if (runner_->scan() && !runner_->isRunning()) // else the run in progress hands its result on
            publish(true);
    });
}

FilterRunner::~FilterRunner() = default;

void FilterRunner::start(const FilterExpression& expression, const PacketStore& store, const PacketAnalysisStore& analyses,
                         std::size_t synchronousPackets)
{
    runner_->clear();
    later_.stop();
    expression_ = expression.text();
    published_ = 0;
    publishedOnce_ = false;
    sincePublished_.start();
    if (auto scan = expression.makeScan())
        runner_->start(std::move(scan), store, analyses, synchronousPackets);
}

void FilterRunner::stop()
{
    runner_->pause();
}

void FilterRunner::resume(const PacketStore& store, const PacketAnalysisStore& analyses)
{
    const auto& scan = runner_->scan();
    if (!scan || runner_->isRunning())
        return;
    // Behind a load: show what is filtered so far before going on (not more often than twice a second,
    // each hand-over refilters the whole list).
    if (scan->position() < store.size() && scan->position() > published_ && sincePublished_.elapsed() >= 500)
        publish(false);
    runner_->resume(store, analyses);
}

void FilterRunner::clear()
{
    later_.stop();
    runner_->clear();
}

void FilterRunner::advanced()
{
    const auto wait = 500 - sincePublished_.elapsed();
    if (!publishedOnce_ || wait <= 0)
        publish(true);
    else if (!later_.isActive())
        later_.start(static_cast<int>(wait));
}

bool FilterRunner::isRunning() const noexcept
{
    return runner_->isRunning() || later_.isActive();
}

bool FilterRunner::active() const noexcept
{
    return runner_->scan() != nullptr;
}

void FilterRunner::publish(bool complete)
{
    const auto* scan = static_cast<const FrameMaskScan*>(runner_->scan().get());
    if (!scan)
        return;
    later_.stop();
    published_ = scan->position();
    publishedOnce_ = true;
    sincePublished_.start();
    emit finished(std::make_shared<const std::vector<bool>>(scan->shown()), static_cast<quint64>(scan->count()), expression_,
                  complete);
}

} // namespace tcplens::ui
