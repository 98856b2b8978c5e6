#pragma once
// The tcplens main window, a composition of panels: the flow graph of the current conversation
// in the middle, the conversation list as a sidebar, the packet inspector on the right, the
// packet list and the charts as tabs below (WindowLayout arranges them). One selection drives
// them all: the packet picked anywhere is shown in every panel, its conversation in the graph.

#include "loading/LoadResult.h"
#include <export/ChartCsv.h>
#include "RecentFiles.h"
#include "ThemeKind.h"
#include "WindowLayout.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <optional>

class QAction;
class QCloseEvent;
class QDragEnterEvent;
class QDropEvent;
class QMenu;
class QMessageBox;
class QMimeData;
class QResizeEvent;
class QTableView;
class QToolBar;

namespace tcplens { class PacketStore; struct LiveCaptureOptions; }

namespace tcplens::ui {

class CaptureLoadController;
class CaptureSession;
struct CaptureEnd;
class CaptureStatusBar;
class ExpertController;
class ExpertPanel;
class ChartsPanel;
class ConversationsPanel;
class ConversationReportDialog;
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
    void resetLayout();
    /// Starts loading `path` in the background; the current packets stay until it opens.
    void openCapture(const QString& path);
    /// Opens the bundled sample; false when it cannot be found.
    bool openSample();
    void setErrorReporter(ErrorReporter reporter);
    /// Starts a live capture (after asking about an unsaved one); its packets fill every panel.
    void startCapture(const LiveCaptureOptions& options);
    /// File › Capture…: the Capture dialog, then startCapture().
    void chooseAndCapture();
    void stopCapture();
    /// File › Save As…: the capture on screen as pcapng or pcap.
    void saveAs();
    /// File › Close (Ctrl+W): back to the empty window of the start; a running capture is asked
    /// about first (then stopped), an unsaved one offered for saving.
    void closeCapture();
    /// Shows the "stop the running capture?" question of closeCapture (a QMessageBox to exec); swappable in tests.
    void setClosePrompt(std::function<void(QMessageBox&)> prompt) { closePrompt_ = std::move(prompt); }
    [[nodiscard]] bool isCapturing() const;
    /// The file the packets on screen can be read again from (exports, Follow TCP Stream): empty
    /// while a capture runs or when they came from a pipe or standard input.
    [[nodiscard]] QString rereadablePath() const;
    [[nodiscard]] CaptureSession* captureSession() const noexcept { return session_; }
    /// Offers the captures a killed run left unsaved, one by one (File › Recover also does).
    void offerRecovery();
    /// Shows the recovery question (a QMessageBox to exec); swappable in tests.
    void setRecoveryPrompt(std::function<void(QMessageBox&)> prompt) { recoveryPrompt_ = std::move(prompt); }

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
    [[nodiscard]] QTableView* conversationView() const noexcept;
    /// The kernel's tcp_info lines on the Windows chart (from the capture's sidecar file).
    [[nodiscard]] KernelChartFeed* kernelChartFeed() const noexcept { return kernelFeed_; }
    /// Shows the Charts panel (on the chart `kind`, if given) for the selected conversation.
    void showCharts(std::optional<ChartKind> kind = std::nullopt);
    /// Shows only conversation `stream` in the packet list and the graph (nullopt: every packet).
    void followStream(std::optional<std::uint32_t> stream);
    /// Selects field `spanIndex` of the current packet in the tree, bytes and diagram.
    void selectField(int spanIndex);
    /// Installs the interface language `code` ("en", "zh_CN") at once, in every panel, and remembers it.
    void setLanguage(const QString& code);
    /// Applies a theme to the application and the packet colours; `remember` saves it for next time.
    void setTheme(ThemeKind theme, bool remember = true);
    [[nodiscard]] ThemeKind theme() const noexcept { return theme_; }
    /// Presents conversation `stream` (default: the current packet's, else the followed one, else
    /// the first) full screen, step by step; false when there is no TCP conversation to present.
    bool present(std::optional<std::uint32_t> stream = std::nullopt);
    [[nodiscard]] PresentationController* presentation() const noexcept { return presentation_; }
    /// Analyze › Conversation Report: the lab answers of conversation `stream` (default: as
    /// present() picks it) in a window of their own; null when there is no TCP conversation.
    ConversationReportDialog* showConversationReport(std::optional<std::uint32_t> stream = std::nullopt);
    [[nodiscard]] bool isLoading() const;
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
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// The selected packet's conversation, else the one the packet list is narrowed to, else the
    /// first TCP conversation; what Present and Conversation Report show when not told.
    [[nodiscard]] std::optional<std::uint32_t> currentStream() const;
    void createMenus();
    QMenu* freshMenu(QMenu*& menu, const QString& title);
    /// Menus, dock titles and column titles again in the language just installed.
    void retranslate();
    void createViewMenu();
    void createPanels();
    void createExpert();
    void connectPanels();
    void applyFilter(std::shared_ptr<const std::vector<bool>> mask, const QString& expression);
    void showPacket(int row);
    void showFirstConversation();
    void updateDisplayedCount();
    void followCurrentConversation();
    void scaleFont(double factor);
    void connectLoader();
    void chooseAndOpen();
    void fillRecentMenu();
    void onOpened(const PacketStore& store);
    void onBatch(const PacketBatch& batch);
    void onFinished(const LoadResult& result);
    void connectCapture();
    void onCaptureFinished(const CaptureEnd& end);
    void updateCaptureActions();
    [[nodiscard]] static QString localCaptureOf(const QMimeData* mime);

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
    QMenu* fileMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* analyzeMenu_ = nullptr;
    QToolBar* filterToolBar_ = nullptr;
    CaptureStatusBar* status_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    CaptureLoadController* loader_;
    PresentationController* presentation_ = nullptr;
    QPointer<ConversationReportDialog> report_;
    PacketNavigation* navigation_ = nullptr;
    ThemeKind theme_ = ThemeKind::Light;
    RecentFiles recent_;
    ErrorReporter reportError_;
    QString loadingPath_;
    CaptureSession* session_ = nullptr;
    QString shownPath_;            // the file whose packets are on screen
    bool followingPipe_ = false;   // loading a pipe or standard input: panels follow as packets come
    bool openingLive_ = false;     // onOpened() is for a live capture, not a file
    QAction* captureAction_ = nullptr;
    QAction* relativeAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QAction* saveAsAction_ = nullptr;
    QAction* closeAction_ = nullptr;
    QAction* propertiesAction_ = nullptr;
    QString captureInterface_;
    QTimer flowRefresh_;
    std::function<void(QMessageBox&)> recoveryPrompt_;
    std::function<void(QMessageBox&)> closePrompt_;
};

} // namespace tcplens::ui
