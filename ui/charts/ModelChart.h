#pragma once
// The textbook figure of seed 001 beside the real connection: Tahoe and Reno congestion windows
// in MSS per RTT round with their ssthresh, driven by the loss events of this capture (or by
// parameters the user sets), next to the measured flight size / MSS of each round; the phases
// and losses are labelled on the curves.

#include "ChartPlot.h"

#include <series/StreamSeriesBuilder.h>
#include <series/TextbookModel.h>

#include <memory>

namespace tcplens::ui {

/// What drives the model: this capture's losses, or the teacher's exercise.
struct ModelSettings {
    bool fromCapture = true;
    double initialCwnd = 1;   ///< MSS
    double ssthresh = 16;     ///< MSS
    double lossAtCwnd = 24;   ///< MSS: the loss happens in the first round reaching it
    TextbookLossType lossType = TextbookLossType::Timeout;
    std::uint32_t rounds = 25;
};

class ModelChart : public ChartPlot {
    Q_OBJECT
public:
    explicit ModelChart(QWidget* parent = nullptr);

    void setSeries(std::shared_ptr<const StreamSeriesBuilder> series, Direction data);
    void setSettings(const ModelSettings& settings);
    [[nodiscard]] const ModelSettings& settings() const noexcept { return settings_; }
    [[nodiscard]] bool sharesTimeAxis() const override { return false; }
    /// The rounds drawn (for the CSV export and tests).
    [[nodiscard]] const std::vector<TextbookRound>& modelRounds() const noexcept { return rounds_; }
    /// Where the phase and loss labels shown at the last replot are, in pixels (for tests).
    [[nodiscard]] std::vector<QRectF> shownLabelRects() const;

protected:
    [[nodiscard]] QString readout(double key, double value) const override;
    void applyStyle() override;
    void retranslate() override;

private:
    void rebuild() override;
    void setAxisTitles();
    enum class LabelRole : std::uint8_t { Tahoe, Reno, Loss }; // the curve a label speaks of: its colour
    struct Label {
        QCPItemText* item;
        LabelRole role;
        int priority;            ///< Higher is kept first where labels would overlap.
        Qt::Alignment alignment; ///< Its place beside its point when nothing is in the way.
    };
    void label(double round, double cwnd, const QString& text, LabelRole role, int priority, bool above = true);
    /// Shows the labels that fit without covering one another, most important first.
    void placeLabels();

    std::shared_ptr<const StreamSeriesBuilder> series_;
    Direction data_ = Direction::ClientToServer;
    ModelSettings settings_;
    std::vector<TextbookRound> rounds_;
    QCPGraph* tahoe_ = nullptr;
    QCPGraph* reno_ = nullptr;
    QCPGraph* tahoeSsthresh_ = nullptr;
    QCPGraph* renoSsthresh_ = nullptr;
    QCPGraph* measured_ = nullptr;
    QCPGraph* losses_ = nullptr;
    std::vector<Label> labels_;
};

} // namespace tcplens::ui
