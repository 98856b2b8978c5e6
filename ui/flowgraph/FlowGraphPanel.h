#pragma once
// The flow graph, the centre of the main window: a small toolbar (which conversations, row
// spacing, slanted arrows, relative numbers, zoom, export) over a FlowGraphView of the current
// conversation (the selected packet's or conversation's). Owns the flow model; the main window
// tells it what to show and hears which packet was picked.

#include <capture/PacketIndex.h>
#include "FlowGraphModel.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QToolBar;
class QToolButton;

namespace tcplens::ui {

class FlowGraphView;
class PacketListModel;

class FlowGraphPanel : public QWidget {
    Q_OBJECT
public:
    /// Which conversations the graph shows.
    enum class Scope { Followed, AllShown };
    /// Tells the user an export failed; a modal box by default, swappable in tests.
    using ErrorReporter = std::function<void(const QString& title, const QString& message)>;
    /// Asks for a file name to save to (a dialog by default); empty cancels.
    using SavePathChooser = std::function<QString(const QString& caption, const QString& filter, const QString& suffix)>;

    explicit FlowGraphPanel(QWidget* parent = nullptr);
    ~FlowGraphPanel() override;

    /// The packets to draw from; null forgets them.
    void setPacketModel(const PacketListModel* packets);
    /// The conversations the Conversations panel shows (for Scope::AllShown).
    void setShownStreamsProvider(std::function<std::vector<std::uint32_t>()> provider);
    /// Adds the global relative-numbers toggle to the toolbar and follows it.
    void setRelativeNumbersAction(QAction* action);
    void setErrorReporter(ErrorReporter reporter);
    void setSavePathChooser(SavePathChooser chooser);

    [[nodiscard]] FlowGraphView* view() const noexcept { return view_; }
    [[nodiscard]] const FlowGraphModel& model() const noexcept { return model_; }
    [[nodiscard]] Scope scope() const noexcept { return scope_; }
    [[nodiscard]] std::optional<std::uint32_t> followedStream() const noexcept { return followed_; }

    /// Writes the graph (every row, or the selected range) to `path`; empty string or the problem.
    [[nodiscard]] QString exportTo(const QString& path, const QString& format, bool selectedRangeOnly) const;

public slots:
    /// Shows conversation `stream` (nullopt: none) when the scope is Followed.
    void followStream(std::optional<std::uint32_t> stream);
    void setScope(tcplens::ui::FlowGraphPanel::Scope scope);
    /// Rebuilds rows from the packets (after a load, or a filter change in AllShown scope).
    void refresh();
    /// The same while packets arrive (a live capture, a pipe): when the newest row was whole in
    /// view, the view follows the rows that came, the newest one whole at the bottom.
    void refreshFollowingNewest();
    /// Shows the packet selected elsewhere (a packet-model row; -1 none): its conversation becomes
    /// the current one (Scope::Followed) and its arrow is highlighted and scrolled into view.
    void showPacketRow(int row);
    void setRelativeNumbers(bool relative);

signals:
    /// The user picked a packet in the graph (a packet-model row).
    void packetRowActivated(int row);
    /// The current conversation changed (-1: none), whoever changed it.
    void currentStreamChanged(qint64 stream);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createToolBar();
    void retranslate();
    void exportAs(const QString& format);
    [[nodiscard]] std::vector<std::uint32_t> wantedStreams() const;
    void setFollowed(std::optional<std::uint32_t> stream);

    FlowGraphModel model_;
    const PacketListModel* packets_ = nullptr;
    FlowGraphView* view_;
    QToolBar* toolBar_;
    QComboBox* scopeBox_ = nullptr;
    QComboBox* spacingBox_ = nullptr;
    QAction* rangeOnly_ = nullptr;
    QAction* slanted_ = nullptr;
    QAction* smaller_ = nullptr;
    QAction* bigger_ = nullptr;
    std::vector<QAction*> exportActions_;
    QToolButton* exportButton_ = nullptr;
    Scope scope_ = Scope::Followed;
    std::optional<std::uint32_t> followed_;
    std::function<std::vector<std::uint32_t>()> shownStreams_;
    ErrorReporter reportError_;
    SavePathChooser choosePath_;
};

} // namespace tcplens::ui
