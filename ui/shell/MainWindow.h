#pragma once
// The tcplens main window: packet list above, the selected packet's detail tree below,
// captures opened from the File menu, the recent list, the bundled sample or a drop.

#include "loading/LoadResult.h"
#include <export/ChartCsv.h>
#include "RecentFiles.h"
#include "ThemeKind.h"

#include <QMainWindow>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <optional>

class QAction;
class QCloseEvent;
class QDockWidget;
class QDragEnterEvent;
class QDropEvent;
class QMenu;
class QMessageBox;
class QMimeData;
class QResizeEvent;
class QSortFilterProxyModel;
class QTableView;

namespace tcplens { class PacketStore; struct LiveCaptureOptions; }

namespace tcplens::ui {

class CaptureLoadController;
class CaptureSession;
struct CaptureEnd;
class CaptureStatusBar;
class ChartsPanel;
class KernelChartFeed;
class ConversationFilterModel;
class ConversationModel;
class FieldTreeModel;
class FieldTreeView;
class FilterBar;
class FlowGraphPanel;
class HeaderDiagramView;
class HexView;
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
    [[nodiscard]] bool isCapturing() const;
    [[nodiscard]] CaptureSession* captureSession() const noexcept { return session_; }
    /// Offers the captures a killed run left unsaved, one by one (File › Recover also does).
    void offerRecovery();
    /// Shows the recovery question (a QMessageBox to exec); swappable in tests.
    void setRecoveryPrompt(std::function<void(QMessageBox&)> prompt) { recoveryPrompt_ = std::move(prompt); }

    [[nodiscard]] PacketListModel* packetModel() const noexcept { return packets_; }
    [[nodiscard]] FieldTreeModel* fieldModel() const noexcept { return fields_; }
    [[nodiscard]] PacketTableView* packetView() const noexcept { return packetView_; }
    [[nodiscard]] CaptureStatusBar* captureStatusBar() const noexcept { return status_; }
    [[nodiscard]] PacketFilterModel* packetFilter() const noexcept { return filter_; }
    [[nodiscard]] ConversationModel* conversationModel() const noexcept { return conversations_; }
    [[nodiscard]] ConversationFilterModel* conversationFilter() const noexcept { return conversationProxy_; }
    [[nodiscard]] FilterBar* filterBar() const noexcept { return filterBar_; }
    [[nodiscard]] HexView* hexView() const noexcept { return hexView_; }
    [[nodiscard]] HeaderDiagramView* headerDiagram() const noexcept { return diagram_; }
    [[nodiscard]] FieldTreeView* fieldView() const noexcept { return fieldView_; }
    [[nodiscard]] FlowGraphPanel* flowGraph() const noexcept { return flowPanel_; }
    [[nodiscard]] ChartsPanel* chartsPanel() const noexcept { return charts_; }
    /// Go to packet, marks, next/previous in the conversation, the right-click menus.
    [[nodiscard]] PacketNavigation* navigation() const noexcept { return navigation_; }
    [[nodiscard]] QTableView* conversationView() const noexcept { return conversationView_; }
    /// The kernel's tcp_info lines on the Windows chart (from the capture's sidecar file).
    [[nodiscard]] KernelChartFeed* kernelChartFeed() const noexcept { return kernelFeed_; }
    /// Shows the Charts panel (on the chart `kind`, if given) for the selected conversation.
    void showCharts(std::optional<ChartKind> kind = std::nullopt);
    /// Shows only conversation `stream` in the packet list (nullopt: every packet).
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
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    QMenu* freshMenu(QMenu*& menu, const QString& title);
    /// Menus, dock titles and column titles again in the language just installed.
    void retranslate();
    void createViewMenu();
    void createCentralWidget();
    void createDocks();
    QDockWidget* addPanel(const QString& title, const QString& name, QWidget* widget, Qt::DockWidgetArea area);
    void followCurrentConversation();
    void layoutDocks();
    void scaleFont(double factor);
    void connectLoader();
    void chooseAndOpen();
    void fillRecentMenu();
    void showPacketFields(int row);
    void onOpened(const PacketStore& store);
    void onBatch(const PacketBatch& batch);
    void onFinished(const LoadResult& result);
    void connectCapture();
    void onCaptureFinished(const CaptureEnd& end);
    void updateCaptureActions();
    [[nodiscard]] static QString localCaptureOf(const QMimeData* mime);

    PacketListModel* packets_;
    FieldTreeModel* fields_;
    PacketFilterModel* filter_;
    ConversationModel* conversations_;
    ConversationFilterModel* conversationProxy_;
    PacketTableView* packetView_ = nullptr;
    FieldTreeView* fieldView_ = nullptr;
    QTableView* conversationView_ = nullptr;
    HexView* hexView_ = nullptr;
    HeaderDiagramView* diagram_ = nullptr;
    FilterBar* filterBar_ = nullptr;
    FlowGraphPanel* flowPanel_ = nullptr;
    ChartsPanel* charts_ = nullptr;
    KernelChartFeed* kernelFeed_ = nullptr;
    QDockWidget* chartsDock_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* analyzeMenu_ = nullptr;
    int selectingField_ = 0; // re-entrancy guard while panels follow one another
    bool layoutRestored_ = false;
    CaptureStatusBar* status_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    CaptureLoadController* loader_;
    PresentationController* presentation_ = nullptr;
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
    QString captureInterface_;
    QTimer flowRefresh_;
    std::function<void(QMessageBox&)> recoveryPrompt_;
};

} // namespace tcplens::ui
