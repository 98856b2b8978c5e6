#pragma once
// The tcplens main window: packet list above, the selected packet's detail tree below,
// captures opened from the File menu, the recent list, the bundled sample or a drop.

#include "LoadResult.h"
#include "RecentFiles.h"

#include <QMainWindow>

#include <functional>

class QDragEnterEvent;
class QDropEvent;
class QMenu;
class QMimeData;

namespace tcplens { class PacketStore; }

namespace tcplens::ui {

class CaptureLoadController;
class CaptureStatusBar;
class FieldTreeModel;
class FieldTreeView;
class PacketListModel;
class PacketTableView;
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

    [[nodiscard]] PacketListModel* packetModel() const noexcept { return packets_; }
    [[nodiscard]] FieldTreeModel* fieldModel() const noexcept { return fields_; }
    [[nodiscard]] PacketTableView* packetView() const noexcept { return packetView_; }
    [[nodiscard]] CaptureStatusBar* captureStatusBar() const noexcept { return status_; }
    [[nodiscard]] bool isLoading() const;
    /// Selects a packet row, which shows its fields in the detail tree.
    void selectPacketRow(int row);

signals:
    /// A load ended (any status, after the error reporter for Failed).
    void loadFinished(const tcplens::ui::LoadResult& result);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createCentralWidget();
    void connectLoader();
    void chooseAndOpen();
    void fillRecentMenu();
    void showAbout();
    void showPacketFields(int row);
    void onOpened(const PacketStore& store);
    void onBatch(const PacketBatch& batch);
    void onFinished(const LoadResult& result);
    [[nodiscard]] static QString localCaptureOf(const QMimeData* mime);

    PacketListModel* packets_;
    FieldTreeModel* fields_;
    PacketTableView* packetView_ = nullptr;
    FieldTreeView* fieldView_ = nullptr;
    CaptureStatusBar* status_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    CaptureLoadController* loader_;
    RecentFiles recent_;
    ErrorReporter reportError_;
    QString loadingPath_;
};

} // namespace tcplens::ui
