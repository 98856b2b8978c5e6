#include "PacketColouring.h"

#include "FilterMessageText.h"
#include "PacketListModel.h"
#include "ScanRunner.h"

#include <filter/ColouringScan.h>

#include <QSettings>

namespace tcplens::ui {
namespace {

const QString kRulesKey = QStringLiteral("packets/colouringRules");
const QString kEnabledKey = QStringLiteral("packets/colorize");

} // namespace

PacketColouring::PacketColouring(PacketListModel* model, ThemeKind theme, QObject* parent)
    : QObject(parent), model_(model), theme_(theme), enabled_(QSettings().value(kEnabledKey, true).toBool()),
      rules_(savedRules()), runner_(new ScanRunner(this)), synchronousPackets_(ScanRunner::kSynchronousPackets)
{
    compiled_ = std::make_shared<const ColouringRuleSet>(ColouringRuleSet::compile(rules_));
    connect(runner_, &ScanRunner::advanced, this, &PacketColouring::scanned);
    // The worker reads the packets: it pauses before they change and goes on with the new ones.
    connect(model_, &QAbstractItemModel::rowsAboutToBeInserted, runner_, &ScanRunner::pause);
    connect(model_, &QAbstractItemModel::modelAboutToBeReset, runner_, &ScanRunner::clear);
    connect(model_, &QAbstractItemModel::modelReset, this, &PacketColouring::rescan);
    connect(model_, &QAbstractItemModel::rowsInserted, this, [this] {
        if (runner_->scan())
            runner_->resume(model_->store(), model_->analyses());
        else
            rescan();
    });
    apply();
}

std::vector<ColouringRule> PacketColouring::savedRules()
{
    const QSettings settings;
    if (!settings.contains(kRulesKey))
        return defaultColouringRules();
    return parseColourFilters(settings.value(kRulesKey).toString().toStdString()).rules;
}

void PacketColouring::setRules(std::vector<ColouringRule> rules)
{
    rules_ = std::move(rules);
    QSettings().setValue(kRulesKey, QString::fromStdString(formatColourFilters(rules_)));
    compiled_ = std::make_shared<const ColouringRuleSet>(ColouringRuleSet::compile(rules_));
    apply();
    emit rulesChanged(problems());
}

void PacketColouring::setEnabled(bool enabled)
{
    if (enabled == enabled_)
        return;
    enabled_ = enabled;
    QSettings().setValue(kEnabledKey, enabled);
    apply();
    emit enabledChanged(enabled);
}

void PacketColouring::setTheme(ThemeKind theme)
{
    theme_ = theme;
    apply();
}

QStringList PacketColouring::problems() const
{
    QStringList result;
    for (const auto& problem : compiled_->problems())
        result << QStringLiteral("%1: %2").arg(QString::fromStdString(problem.name),
                                               FilterMessageText::of(problem.error.detail));
    return result;
}

void PacketColouring::apply()
{
    model_->setRowColouring(RowColouring::of(compiled_, theme_, enabled_));
    if (!runner_->scan() || static_cast<const ColouringScan*>(runner_->scan().get())->ruleSet() != compiled_)
        rescan();
    else if (!runner_->isRunning())
        scanned(); // the same matches, handed to the model again with the new colours
}

void PacketColouring::rescan()
{
    runner_->clear();
    if (!enabled_ || !compiled_->needsCaptureOrder() || model_->store().size() == 0)
        return;
    runner_->start(std::make_shared<ColouringScan>(compiled_), model_->store(), model_->analyses(), synchronousPackets_);
}

void PacketColouring::scanned()
{
    const auto* scan = static_cast<const ColouringScan*>(runner_->scan().get());
    if (scan)
        model_->setScannedColouring(scan->ruleSet(), scan->rules());
}

bool PacketColouring::isScanning() const
{
    return runner_->isRunning();
}

} // namespace tcplens::ui
