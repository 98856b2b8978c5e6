#pragma once
// The packet list's colouring rules as the user keeps them: read from and saved to QSettings
// (Wireshark's colorfilters text), compiled once per change and handed to the model with the
// theme's colours; View › Colorize Packet List switches them off and on. Rules that read what a
// row alone does not know (ack_rtt, initial_rtt, completeness, acks_frame, tcp.time_delta) are
// matched by a ColouringScan of the capture in order, as tcplens-cli packets -Y and tshark read
// it, on a worker for a large capture, and kept up as a load or a live capture brings packets.

#include "PacketRowStyle.h"

#include <filter/ColouringRule.h>

#include <QObject>
#include <QStringList>

#include <vector>

namespace tcplens::ui {

class PacketListModel;
class ScanRunner;

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
    /// True while the rules are being matched in capture order on a worker thread.
    [[nodiscard]] bool isScanning() const;
    /// Captures with more packets still to match than this are matched on a worker thread (ScanRunner's default).
    void setSynchronousPackets(std::size_t packets) noexcept { synchronousPackets_ = packets; }

    /// The rules saved in QSettings, or Wireshark's defaults.
    [[nodiscard]] static std::vector<ColouringRule> savedRules();

signals:
    void enabledChanged(bool enabled);
    /// The rules changed; `problems` as problems() says.
    void rulesChanged(const QStringList& problems);

private:
    void apply();
    void rescan();
    void scanned();

    PacketListModel* model_;
    ThemeKind theme_;
    bool enabled_ = true;
    std::vector<ColouringRule> rules_;
    std::shared_ptr<const ColouringRuleSet> compiled_;
    ScanRunner* runner_;
    std::size_t synchronousPackets_;
};

} // namespace tcplens::ui
