#include "MainWindow.h"

#include "AppInfo.h"
#include "CaptureLoadController.h"
#include "SampleCaptures.h"
#include "models/FieldTreeModel.h"
#include "models/PacketListModel.h"
#include "views/CaptureStatusBar.h"
#include "views/FieldTreeView.h"
#include "views/PacketTableView.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>

namespace tcplens::ui {

namespace {

QString packetsPhrase(quint64 packets)
{
    return packets == 1 ? MainWindow::tr("1 packet") : MainWindow::tr("%1 packets").arg(packets);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), packets_(new PacketListModel(this)), fields_(new FieldTreeModel(this)),
      loader_(new CaptureLoadController(this))
{
    setWindowTitle(QStringLiteral("tcplens"));
    setAcceptDrops(true);
    reportError_ = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    createMenus();
    createCentralWidget();
    status_ = new CaptureStatusBar(this);
    setStatusBar(status_);
    status_->setNotice(tr("Open a capture with File › Open, or drop one on this window."));
    connectLoader();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu(); // sets whether the submenu is enabled
    auto* sample = file->addAction(tr("Open &Sample"), this, &MainWindow::openSample);
    sample->setStatusTip(tr("The bundled hello-exchange capture: handshake, two messages, close"));
    sample->setEnabled(!findSample().isEmpty());
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About tcplens"), this, &MainWindow::showAbout);
}

void MainWindow::createCentralWidget()
{
    packetView_ = new PacketTableView;
    packetView_->setPacketModel(packets_);
    fieldView_ = new FieldTreeView;
    fieldView_->setFieldModel(fields_);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(packetView_);
    splitter->addWidget(fieldView_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    connect(packetView_, &PacketTableView::currentPacketRowChanged, this, &MainWindow::showPacketFields);
}

void MainWindow::connectLoader()
{
    connect(loader_, &CaptureLoadController::opened, this, &MainWindow::onOpened);
    connect(loader_, &CaptureLoadController::batchReady, this, &MainWindow::onBatch);
    connect(loader_, &CaptureLoadController::progress, status_, &CaptureStatusBar::setProgress);
    connect(loader_, &CaptureLoadController::finished, this, &MainWindow::onFinished);
    connect(status_, &CaptureStatusBar::cancelRequested, loader_, &CaptureLoadController::cancel);
}

void MainWindow::openCapture(const QString& path)
{
    loadingPath_ = path;
    status_->setNotice(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    status_->startProgress();
    loader_->start(path);
}

bool MainWindow::openSample()
{
    const QString sample = findSample();
    if (sample.isEmpty()) {
        reportError_(tr("Sample not found"),
                     tr("The bundled sample %1 is not in any of:\n%2")
                         .arg(QLatin1String(kHelloExchangeSample), sampleDirectories().join(QLatin1Char('\n'))));
        return false;
    }
    openCapture(sample);
    return true;
}

void MainWindow::setErrorReporter(ErrorReporter reporter)
{
    reportError_ = std::move(reporter);
}

bool MainWindow::isLoading() const
{
    return loader_->isLoading();
}

void MainWindow::selectPacketRow(int row)
{
    packetView_->selectPacketRow(row);
}

void MainWindow::chooseAndOpen()
{
    const QString start = recent_.paths().isEmpty() ? QString() : QFileInfo(recent_.paths().first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Capture"), start, tr("Captures (*.pcap *.pcapng *.cap *.pcap.gz);;All files (*)"));
    if (!path.isEmpty())
        openCapture(path);
}

void MainWindow::fillRecentMenu()
{
    recentMenu_->clear();
    const QStringList paths = recent_.paths();
    for (const auto& path : paths) {
        auto* action = recentMenu_->addAction(QFileInfo(path).fileName(), this, [this, path] { openCapture(path); });
        action->setStatusTip(path);
    }
    if (!paths.isEmpty()) {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("Clear Menu"), this, [this] {
            recent_.clear();
            recentMenu_->setEnabled(false);
        });
    }
    recentMenu_->setEnabled(!paths.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About tcplens"),
                       tr("<h3>tcplens %1</h3><p>Makes TCP visible: open a capture and follow every "
                          "segment, flag and option of its connections.</p>")
                           .arg(versionText()));
}

void MainWindow::showPacketFields(int row)
{
    if (row < 0)
        fields_->clear();
    else
        fields_->setSpans(packets_->fieldSpans(row));
}

void MainWindow::onOpened(const PacketStore& store)
{
    fields_->clear();
    packets_->reset(store);
    status_->setFile(loadingPath_);
    status_->setPacketCount(0);
    status_->setNotice(tr("Loading %1…").arg(QFileInfo(loadingPath_).fileName()));
    setWindowTitle(tr("tcplens — %1").arg(QFileInfo(loadingPath_).fileName()));
    recent_.add(loadingPath_);
    fillRecentMenu();
}

void MainWindow::onBatch(const PacketBatch& batch)
{
    packets_->append(batch);
    status_->setPacketCount(static_cast<quint64>(packets_->rowCount()));
}

void MainWindow::onFinished(const LoadResult& result)
{
    status_->stopProgress();
    const QString shown = packetsPhrase(result.packets);
    switch (result.status) {
    case LoadStatus::Complete: status_->setNotice({}); break;
    case LoadStatus::Incomplete:
        status_->setNotice(tr("%1 — showing the %2 before it").arg(result.message, shown),
                           CaptureStatusBar::NoticeKind::Warning);
        break;
    case LoadStatus::Cancelled:
        status_->setNotice(tr("Loading cancelled — showing the first %1").arg(shown),
                           CaptureStatusBar::NoticeKind::Warning);
        break;
    case LoadStatus::Failed:
        status_->setNotice(tr("Could not open %1").arg(QFileInfo(result.path).fileName()),
                           CaptureStatusBar::NoticeKind::Warning);
        reportError_(tr("Cannot open capture"), result.message);
        break;
    }
    emit loadFinished(result);
}

QString MainWindow::localCaptureOf(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const auto& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localCaptureOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = localCaptureOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openCapture(path);
}

} // namespace tcplens::ui
