#pragma once
// The packet list's colouring rules as the user keeps them: read from and saved to QSettings
// (Wireshark's colorfilters text), compiled once per change and handed to the model with the
// theme's colours; View › Colorize Packet List switches them off and on.

#include "PacketRowStyle.h"

#include <filter/ColouringRule.h>

#include <QObject>
#include <QStringList>

#include <vector>

namespace tcplens::ui {

class PacketListModel;

class PacketColouring : public QObject {
    Q_OBJECT
public:
    /// Reads the saved rules (Wireshark's defaults when none were saved) and colours `model`.
    PacketColouring(PacketListModel* model, ThemeKind theme, QObject* parent = nullptr);

    [[nodiscard]] const std::vector<ColouringRule>& rules() const noexcept { return rules_; }
    /// Replaces the rules, saves them and recolours the list at once.
    void setRules(std::vector<ColouringRule> rules);
    [[nodiscard]] bool enabled() const noexcept { return enabled_; }
    void setEnabled(bool enabled);
    void setTheme(ThemeKind theme);
    /// "Name: error" for each enabled rule that did not compile (it colours nothing).
    [[nodiscard]] QStringList problems() const;

    /// The rules saved in QSettings, or Wireshark's defaults.
    [[nodiscard]] static std::vector<ColouringRule> savedRules();

signals:
    void enabledChanged(bool enabled);
    /// The rules changed; `problems` as problems() says.
    void rulesChanged(const QStringList& problems);

private:
    void apply();

    PacketListModel* model_;
    ThemeKind theme_;
    bool enabled_ = true;
    std::vector<ColouringRule> rules_;
    std::shared_ptr<const ColouringRuleSet> compiled_;
};

} // namespace tcplens::ui
