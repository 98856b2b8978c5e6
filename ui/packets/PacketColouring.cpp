#include "PacketColouring.h"

#include "PacketListModel.h"

#include <QSettings>

namespace tcplens::ui {
namespace {

const QString kRulesKey = QStringLiteral("packets/colouringRules");
const QString kEnabledKey = QStringLiteral("packets/colorize");

} // namespace

PacketColouring::PacketColouring(PacketListModel* model, ThemeKind theme, QObject* parent)
    : QObject(parent), model_(model), theme_(theme), enabled_(QSettings().value(kEnabledKey, true).toBool()),
      rules_(savedRules())
{
    compiled_ = std::make_shared<const ColouringRuleSet>(ColouringRuleSet::compile(rules_));
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
                                               QString::fromStdString(problem.error.message));
    return result;
}

void PacketColouring::apply()
{
    model_->setRowColouring(RowColouring::of(compiled_, theme_, enabled_));
}

} // namespace tcplens::ui
