#pragma once
// The tcplens main window, a composition of panels: the flow graph of the current conversation
// in the middle, the conversation list as a sidebar, the packet inspector on the right, the
// packet list and the charts as tabs below (WindowLayout arranges them). One selection drives
// them all: the packet picked anywhere is shown in every panel, its conversation in the graph.

#include "capture/CaptureCoordinator.h"
#include "loading/LoadResult.h"
#include <export/ChartCsv.h>
#include "Appearance.h"
#include "DisplayScope.h"
#include "ThemeKind.h"
#include "WindowLayout.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <optional>

class QCloseEvent;
class QResizeEvent;
class QTableView;
class QToolBar;

namespace tcplens { class PacketStore; struct LiveCaptureOptions; }

namespace tcplens::ui {

class CaptureLoadController;
class ColouringRulesDialog;
class PacketColouring;
class CaptureStatusBar;
class ExpertController;
class ExportJob;
class ExpertPanel;
class ChartsPanel;
class ConversationsPanel;
class ConversationReportDialog;
class ConversationReports;
class KernelChartFeed;
class ConversationFilterModel;
class ConversationModel;
class FieldTreeModel;
class FieldTreeView;
class FilterBar;
class FlowGraphPanel;
class HeaderDiagramView;
class HexView;
class InspectorPanel;
class MainMenus;
class PacketFilterModel;
class PacketListModel;
class PacketNavigation;
class PacketTableView;
class PresentationController;
struct PacketBatch;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Tells the user a file could not be opened; a modal box by default, swappable in tests.
    using ErrorReporter = std::function<void(const QString& title, const QString& message)>;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the window where the user left it, or maximized the first time.
    void showRemembered();
    /// View › Reset Layout: every panel back in its default place and size.
    void resetLayout() { layout_.reset(); }
    /// Starts loading `path` in the background; the current packets stay until it opens.
    void openCapture(const QString& path);
    /// Opens the bundled sample; false when it cannot be found.
    bool openSample();
    void setErrorReporter(ErrorReporter reporter) { reportError_ = std::move(reporter); }
    /// Starts a live capture (after asking about an unsaved one); its packets fill every panel.
    void startCapture(const LiveCaptureOptions& options) { capture_->start(options); }
    /// File › Capture…: the Capture dialog, then startCapture().
    void chooseAndCapture() { capture_->chooseAndCapture(); }
    /// File › Capture from Remote Host…: its dialog, then a capture over ssh.
    void chooseAndCaptureRemote() { capture_->chooseAndCaptureRemote(); }
    /// Starts a capture on another host over ssh (after asking about an unsaved one).
    void startRemoteCapture(const RemoteCaptureRequest& request) { capture_->startRemote(request); }
    void stopCapture() { capture_->stop(); }
    /// File › Save As…: the capture on screen as pcapng or pcap.
    void saveAs();
    /// File › Close (Ctrl+W): back to the empty window of the start; a running capture or unsaved
    /// packets are asked about first (CaptureSession::confirmReplace).
    void closeCapture();
    [[nodiscard]] bool isCapturing() const { return capture_->isCapturing(); }
    /// The file whose packets are on screen (a live capture's temporary file, "-" for standard
    /// input); empty when nothing is open.
    [[nodiscard]] const QString& shownPath() const noexcept { return shownPath_; }
    /// The file the packets on screen can be read again from (exports, Follow TCP Stream): empty
    /// while a capture runs or when they came from a pipe or standard input.
    [[nodiscard]] QString rereadablePath() const;
    [[nodiscard]] CaptureSession* captureSession() const noexcept { return capture_->session(); }
    /// Offers the captures a killed run left unsaved, one by one (File › Recover also does).
    void offerRecovery() { capture_->offerRecovery(); }
    /// Shows the recovery question (a QMessageBox to exec); swappable in tests.
    void setRecoveryPrompt(CaptureCoordinator::Prompt prompt) { capture_->setRecoveryPrompt(std::move(prompt)); }

    [[nodiscard]] PacketListModel* packetModel() const noexcept { return packets_; }
    [[nodiscard]] FieldTreeModel* fieldModel() const noexcept;
    [[nodiscard]] PacketTableView* packetView() const noexcept { return packetView_; }
    [[nodiscard]] CaptureStatusBar* captureStatusBar() const noexcept { return status_; }
    [[nodiscard]] PacketFilterModel* packetFilter() const noexcept { return filter_; }
    [[nodiscard]] ConversationModel* conversationModel() const noexcept { return conversations_; }
    [[nodiscard]] ConversationFilterModel* conversationFilter() const noexcept { return conversationProxy_; }
    [[nodiscard]] ConversationsPanel* conversationsPanel() const noexcept { return conversationsPanel_; }
    [[nodiscard]] FilterBar* filterBar() const noexcept { return filterBar_; }
    [[nodiscard]] InspectorPanel* inspector() const noexcept { return inspector_; }
    [[nodiscard]] HexView* hexView() const noexcept;
    [[nodiscard]] HeaderDiagramView* headerDiagram() const noexcept;
    [[nodiscard]] FieldTreeView* fieldView() const noexcept;
    [[nodiscard]] FlowGraphPanel* flowGraph() const noexcept { return flowPanel_; }
    [[nodiscard]] ChartsPanel* chartsPanel() const noexcept { return charts_; }
    /// Expert Information: the bottom tab, the status bar badge and Go › Next/Previous Problem.
    [[nodiscard]] ExpertController* expert() const noexcept { return expert_; }
    [[nodiscard]] ExpertPanel* expertPanel() const noexcept { return expertPanel_; }
    [[nodiscard]] const WindowLayout& windowLayout() const noexcept { return layout_; }
    /// Go to packet, marks, next/previous in the conversation, the right-click menus.
    [[nodiscard]] PacketNavigation* navigation() const noexcept { return navigation_; }
    /// Theme, language, zoom and the packet list's colouring rules, as the View menu sets them.
    [[nodiscard]] Appearance* appearance() const noexcept { return appearance_; }
    /// The packet list's colouring rules and View › Colorize Packet List.
    [[nodiscard]] PacketColouring* colouring() const noexcept { return appearance_->colouring(); }
    /// View › Coloring Rules…: opens the dialog (window-modal, not blocking); OK applies and saves.
    ColouringRulesDialog* openColouringRules() { return appearance_->openColouringRules(); }
    [[nodiscard]] QTableView* conversationView() const noexcept;
    /// The kernel's tcp_info lines on the Windows chart (from the capture's sidecar file).
    [[nodiscard]] KernelChartFeed* kernelChartFeed() const noexcept { return kernelFeed_; }
    /// Shows the Charts panel (on the chart `kind`, if given) for the selected conversation.
    void showCharts(std::optional<ChartKind> kind = std::nullopt);
    /// Shows only conversation `stream` in the packet list and the graph (nullopt: every packet).
    void followStream(std::optional<std::uint32_t> stream) { scope_->followStream(stream); }
    /// Analyze › Follow This Conversation: the selected packet's.
    void followCurrentConversation() { scope_->followCurrentConversation(); }
    /// View › Zoom: scales every font by `factor`; 0 goes back to the normal size.
    void zoom(double factor) { appearance_->zoom(factor); }
    /// Selects field `spanIndex` of the current packet in the tree, bytes and diagram.
    void selectField(int spanIndex);
    /// Installs the interface language `code` ("en", "zh_CN") at once, in every panel, and remembers it.
    void setLanguage(const QString& code) { appearance_->setLanguage(code); }
    /// Applies a theme to the application and the packet colours; `remember` saves it for next time.
    void setTheme(ThemeKind theme, bool remember = true) { appearance_->setTheme(theme, remember); }
    [[nodiscard]] ThemeKind theme() const noexcept { return appearance_->theme(); }
    /// Presents conversation `stream` (default: the current packet's, else the followed one, else
    /// the first) full screen, step by step; false when there is no TCP conversation to present.
    bool present(std::optional<std::uint32_t> stream = std::nullopt);
    [[nodiscard]] PresentationController* presentation() const noexcept { return presentation_; }
    /// Analyze › Conversation Report: the lab answers of conversation `stream` (default: as
    /// present() picks it) in a window of their own; null when there is no TCP conversation.
    ConversationReportDialog* showConversationReport(std::optional<std::uint32_t> stream = std::nullopt);
    [[nodiscard]] bool isLoading() const;
    /// Says how an export on a worker ended: written or cancelled in the status bar, a failure
    /// through the error reporter (null: nothing was started).
    void watchExport(ExportJob* job);
    /// Selects a packet (a row of packetModel()), which shows it in every panel.
    void selectPacketRow(int row);

signals:
    /// A load ended (any status, after the error reporter for Failed).
    void loadFinished(const tcplens::ui::LoadResult& result);
    /// A live capture ended (or could not start; after the error reporter).
    void captureFinished(const tcplens::ui::CaptureEnd& end);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// The selected packet's conversation, else the one the packet list is narrowed to, else the
    /// first TCP conversation; what Present and Conversation Report show when not told.
    [[nodiscard]] std::optional<std::uint32_t> currentStream() const;
    /// Dock titles and column titles again in the language just installed (MainMenus redoes the menus).
    void retranslate();
    void createPanels();
    void createExpert();
    void connectPanels();
    void showPacket(int row);
    void showFirstConversation();
    void connectLoader();
    void abandonLoading();
    /// Every panel emptied and then fed from `store` (a file opening, a capture starting, Close).
    void showStore(const PacketStore& store);
    void onOpened(const PacketStore& store);
    void onBatch(const PacketBatch& batch);
    void onFinished(const LoadResult& result);
    void connectCapture();
    void onCaptureStopped();
    /// Applies the filter again from the first packet when packets corrected earlier ones.
    void refilterRevised();

    PacketListModel* packets_;
    PacketFilterModel* filter_;
    ConversationModel* conversations_;
    ConversationFilterModel* conversationProxy_;
    PacketTableView* packetView_ = nullptr;
    ConversationsPanel* conversationsPanel_ = nullptr;
    InspectorPanel* inspector_ = nullptr;
    FilterBar* filterBar_ = nullptr;
    FlowGraphPanel* flowPanel_ = nullptr;
    ChartsPanel* charts_ = nullptr;
    ExpertPanel* expertPanel_ = nullptr;
    ExpertController* expert_ = nullptr;
    KernelChartFeed* kernelFeed_ = nullptr;
    WindowLayout layout_;
    bool geometryRestored_ = false;
    QToolBar* filterToolBar_ = nullptr;
    CaptureStatusBar* status_ = nullptr;
    CaptureCoordinator* capture_ = nullptr;
    MainMenus* menus_ = nullptr;
    CaptureLoadController* loader_;
    PresentationController* presentation_ = nullptr;
    ConversationReports* reports_ = nullptr;
    PacketNavigation* navigation_ = nullptr;
    Appearance* appearance_ = nullptr;
    DisplayScope* scope_ = nullptr;
    ErrorReporter reportError_;
    QString loadingPath_;
    QString shownPath_;            // the file whose packets are on screen
    bool followingPipe_ = false;   // loading a pipe or standard input: panels follow as packets come
    bool openingLive_ = false;     // onOpened() is for a live capture, not a file
    QTimer flowRefresh_;
};

} // namespace tcplens::ui
