#pragma once
// The classroom view of one conversation: the flow graph beside the current packet's header
// diagram, a narration line under them. Right/Space/PageDown reveal the next packet (its arrow
// travels from sender to receiver), Left/PageUp hide it again, Home/End jump, Esc leaves.

#include "PresentationIntroPane.h"
#include "PresentationSteps.h"

#include <flowgraph/FlowGraphModel.h>
#include <flow/FlowNarrator.h>

#include <array>
#include <vector>
#include <series/LimitFactor.h>

#include <QWidget>

#include <cstdint>

class QVariantAnimation;

namespace tcplens::ui {

class FittedLabel;
class FlowGraphView;
class HeaderDiagramView;
class PacketListModel;
class PresentationHeaderPane;

class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    /// How long the newest arrow takes to travel from one lifeline to the other.
    static constexpr int kTravelMs = 400;

    /// Presents conversation `stream` of `packets` (which must outlive the window), at step 0.
    PresentationWindow(const PacketListModel& packets, std::uint32_t stream, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    [[nodiscard]] std::uint32_t stream() const noexcept { return stream_; }
    [[nodiscard]] const PresentationSteps& steps() const noexcept { return steps_; }
    /// The conversation's flow graph (rows in capture order), which the narration speaks about.
    [[nodiscard]] const FlowModel& flowModel() const noexcept { return graph_.core(); }
    [[nodiscard]] FlowGraphView* flowView() const noexcept { return flow_; }
    [[nodiscard]] HeaderDiagramView* headerDiagram() const noexcept;
    [[nodiscard]] QString narrationText() const;
    [[nodiscard]] QString titleText() const;
    /// The line under the header diagram naming what changed since the sender's previous packet.
    [[nodiscard]] QString changesText() const;
    /// True while the newest arrow is still travelling.
    [[nodiscard]] bool isAnimating() const;
    /// What the first slide shows in place of the header diagram (the lab scenario's paragraph).
    void setIntroduction(PresentationIntroductionSource source);
    [[nodiscard]] PresentationIntroPane* introPane() const noexcept { return intro_; }

public slots:
    /// Reveals the next packet, its arrow travelling; a running animation ends first.
    void next();
    void back();
    void home();
    void end();
    /// Shows the first `step` packets at once (clamped to the conversation).
    void goToStep(int step);
    /// Ends the running animation: the arrow arrives at once.
    void finishAnimation();

signals:
    /// The teacher pressed Esc (or F5) or closed the window.
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildWidgets();
    void applySizes();
    void showStep(bool animate);
    void showHeader(std::size_t index);
    void showNarration(std::size_t index);
    /// The flow graph's width: what its texts need, at most 62% of the window.
    void fitNarrationHeight();
    void fitFlowWidth();
    void scrollToNewest();
    [[nodiscard]] QString keyHints() const;

    const PacketListModel& packets_;
    std::uint32_t stream_;
    FlowGraphModel graph_;
    FlowNarrator narrator_;
    /// Each data direction's limiting factors, for the narration when they change.
    std::array<std::vector<LimitSegment>, 2> limits_;
    std::int64_t limitsZeroNs_ = 0;
    PresentationSteps steps_;
    FittedLabel* title_ = nullptr;
    FlowGraphView* flow_ = nullptr;
    PresentationHeaderPane* header_ = nullptr;
    PresentationIntroPane* intro_ = nullptr;
    PresentationIntroductionSource introduction_;
    FittedLabel* narrationLine_ = nullptr;
    FittedLabel* keys_ = nullptr;
    QVariantAnimation* travel_ = nullptr;
};

} // namespace tcplens::ui
