#include "MainWindow.h"

#include "Appearance.h"
#include "DisplayScope.h"
#include "ExportJob.h"

#include "HelpMenu.h"
#ifdef TCPLENS_HAVE_LAB
#include "lab/LabMenu.h"
#endif
#include "PacketNavigation.h"

#include "CaptureDropTarget.h"
#include "MainMenus.h"
#include "loading/CaptureLoadController.h"
#include "packets/FilterBar.h"
#include "flowgraph/FlowGraphPanel.h"
#include "charts/ChartsPanel.h"
#include "expert/ExpertController.h"
#include "expert/ExpertPanel.h"
#include "charts/KernelChartFeed.h"
#include "conversations/ConversationFilterModel.h"
#include "conversations/ConversationModel.h"
#include "conversations/ConversationsPanel.h"
#include "inspector/InspectorPanel.h"
#include "packets/PacketFilterModel.h"
#include "packets/PacketListModel.h"
#include "packets/PacketTableView.h"
#include "presentation/PresentationController.h"
#include "packets/PacketMarks.h"
#include "report/ConversationReports.h"
#include "capture/CaptureStatusBar.h"
#include "inspector/FieldTreeView.h"
#include "inspector/HeaderDiagramView.h"
#include "inspector/HexView.h"
#include "SampleCaptures.h"
#include "Fonts.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplens::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), packets_(new PacketListModel(this)), filter_(new PacketFilterModel(this)),
      conversations_(new ConversationModel(this)), conversationProxy_(new ConversationFilterModel(this)),
      layout_(*this), loader_(new CaptureLoadController(this))
{
    setWindowTitle(QStringLiteral("tcplens"));
    connect(new CaptureDropTarget(*this), &CaptureDropTarget::fileDropped, this, &MainWindow::openCapture);
    packets_->setRelativeSequenceNumbers(
        QSettings().value(QStringLiteral("view/relativeSequenceNumbers"), true).toBool());
    reportError_ = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    resize(1280, 800);
    createPanels();
    connect(packets_, &PacketListModel::relativeSequenceNumbersChanged, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/relativeSequenceNumbers"), on);
        inspector_->showPacket(*packets_, packetView_->currentPacketRow()); // details, bytes and diagram follow too
    });
    status_ = new CaptureStatusBar(this);
    setStatusBar(status_);
    appearance_ = new Appearance(*this);
    capture_ = new CaptureCoordinator(this, status_);
    menus_ = new MainMenus(*this); // File, View, Analyze
    status_->setNotice(tr("Open a capture with File › Open, or drop one on this window."));
    scope_ = new DisplayScope(*this);
    scope_->updateDisplayedCount();
    connectPanels();
    connectLoader();
    presentation_ = new PresentationController(
        *packets_, this, {[this] { return theme(); }, [this](ThemeKind theme) { setTheme(theme, false); }});
    connectCapture();
    navigation_ = new PacketNavigation(*this, conversationsPanel_->view());
    createExpert();
#ifdef TCPLENS_HAVE_LAB
    new LabMenu(*this); // Lab › Record a Scenario…
#endif
    new HelpMenu(*this); // last on the menu bar
    geometryRestored_ = layout_.restore();
}

MainWindow::~MainWindow()
{
    qDeleteAll(findChildren<ExportJob*>(Qt::FindDirectChildrenOnly)); // each waits for its worker, which reads the packets
    expert_->stop(); // its worker reads the packet store, which goes before the controller
}

FieldTreeModel* MainWindow::fieldModel() const noexcept { return inspector_->fieldModel(); }
HexView* MainWindow::hexView() const noexcept { return inspector_->hexView(); }
HeaderDiagramView* MainWindow::headerDiagram() const noexcept { return inspector_->headerDiagram(); }
FieldTreeView* MainWindow::fieldView() const noexcept { return inspector_->fieldView(); }
QTableView* MainWindow::conversationView() const noexcept { return conversationsPanel_->view(); }

void MainWindow::showRemembered()
{
    if (geometryRestored_)
        show();
    else
        showMaximized(); // the first time: the flow graph wants the whole screen
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!capture_->confirmReplace(CaptureSession::Leaving::Quit)) {
        event->ignore();
        return;
    }
    layout_.save();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && filterToolBar_)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    layout_.setTitles(tr("Conversations"), tr("Packet"), tr("Packets"), tr("Charts"));
    layout_.setExpertTitle(tr("Expert Information"));
    filterToolBar_->setWindowTitle(tr("Display Filter"));
    // Column titles come from tr() in headerData(); texts from data().
    for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(packets_), static_cast<QAbstractItemModel*>(conversations_)}) {
        emit model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
        if (model->rowCount() > 0)
            emit model->dataChanged(model->index(0, 0), model->index(model->rowCount() - 1, model->columnCount() - 1));
    }
}

void MainWindow::createPanels()
{
    filter_->setPacketModel(packets_);
    packetView_ = new PacketTableView;
    packetView_->setPacketModel(packets_, filter_);
    filterBar_ = new FilterBar;
    filterToolBar_ = addToolBar(tr("Display Filter"));
    filterToolBar_->setObjectName(QStringLiteral("filterToolBar"));
    filterToolBar_->setMovable(false);
    // A column under the filter bar, where the Go to packet and Find bars open.
    auto* filterColumn = new QWidget;
    auto* column = new QVBoxLayout(filterColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(filterBar_);
    filterToolBar_->addWidget(filterColumn);

    flowPanel_ = new FlowGraphPanel;
    flowPanel_->setPacketModel(packets_);
    setCentralWidget(flowPanel_); // the picture tcplens exists for
    conversationsPanel_ = new ConversationsPanel(conversations_, conversationProxy_);
    flowPanel_->setShownStreamsProvider([this] { return conversationsPanel_->shownStreams(); });
    inspector_ = new InspectorPanel;
    charts_ = new ChartsPanel;
    charts_->setSource(&packets_->store(), &packets_->analyses());
    kernelFeed_ = new KernelChartFeed(charts_, conversations_, this);
    // The charts' controls want more room than a bottom tab has at first: they scroll rather than
    // hold the tab (and the flow graph above it) at their size.
    auto* chartsArea = new QScrollArea;
    chartsArea->setWidget(charts_);
    chartsArea->setWidgetResizable(true);
    chartsArea->setFrameShape(QFrame::NoFrame);
    expertPanel_ = new ExpertPanel;
    layout_.createDocks({conversationsPanel_, inspector_, packetView_, chartsArea, expertPanel_, flowPanel_->view()});
    layout_.setTitles(tr("Conversations"), tr("Packet"), tr("Packets"), tr("Charts"));
    layout_.setExpertTitle(tr("Expert Information"));
}

void MainWindow::createExpert()
{
    expert_ = new ExpertController(*packets_, *expertPanel_, *status_,
                                   {[this] { return packetView_->currentPacketRow(); },
                                    [this](int row) { return filter_->rowOfSource(row) >= 0; },
                                    [this](int row) { selectPacketRow(row); }},
                                   this);
    expert_->addGoActions(*navigation_->goMenu());
    expert_->setTheme(theme());
    connect(expert_, &ExpertController::showRequested, this, [this] { layout_.showExpert(); });
    connect(expert_, &ExpertController::infoChanged, conversations_, &ConversationModel::setExpert);
    connect(expertPanel_, &ExpertPanel::frameActivated, this, [this](quint32 frame) { selectPacketRow(int(frame) - 1); });
}

void MainWindow::connectPanels()
{
    // One selection drives every panel: the packet picked anywhere, and its conversation in the graph.
    connect(packetView_, &PacketTableView::currentPacketRowChanged, this, &MainWindow::showPacket);
    connect(flowPanel_, &FlowGraphPanel::packetRowActivated, this, &MainWindow::selectPacketRow);
    connect(charts_, &ChartsPanel::packetClicked, this, [this](quint32 frame) { selectPacketRow(int(frame) - 1); });
    // The sidebar shows which conversation the graph draws (selecting it there is not choosing it).
    connect(flowPanel_, &FlowGraphPanel::currentStreamChanged, conversationsPanel_, &ConversationsPanel::showStream);
    connect(&flowRefresh_, &QTimer::timeout, kernelFeed_, &KernelChartFeed::refresh); // a live capture's sidecar grows
}

void MainWindow::showPacket(int row)
{
    inspector_->showPacket(*packets_, row);
    inspector_->revealTransportHeader();
    flowPanel_->showPacketRow(row); // its conversation becomes the graph's
    const auto& record = packets_->analysis(row);
    if (row >= 0 && record.isTcp())
        charts_->showStream(record.stream);
    charts_->setCurrentPacket(row);
}

void MainWindow::showFirstConversation()
{
    if (packetView_->currentPacketRow() >= 0)
        return;
    const auto* first = conversations_->conversation(conversations_->firstConversationWithHandshake());
    if (first && first->firstFrame > 0)
        selectPacketRow(static_cast<int>(first->firstFrame) - 1);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    layout_.windowResized();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // The docks have their real sizes once the shown window's layout ran: size them then.
    QTimer::singleShot(0, this, [this] { layout_.windowResized(); });
}

void MainWindow::selectField(int spanIndex)
{
    inspector_->selectField(spanIndex);
}

void MainWindow::showCharts(std::optional<ChartKind> kind)
{
    if (kind)
        charts_->setCurrentChart(*kind);
    layout_.showCharts();
    charts_->setFocus();
}

std::optional<std::uint32_t> MainWindow::currentStream() const
{
    const int row = packetView_->currentPacketRow();
    if (row >= 0 && packets_->analysis(row).isTcp())
        return packets_->analysis(row).stream;
    if (filter_->streamFilter())
        return filter_->streamFilter();
    if (const int first = packets_->firstTcpRow(); first >= 0)
        return packets_->analysis(first).stream;
    return std::nullopt;
}

bool MainWindow::present(std::optional<std::uint32_t> stream)
{
    if (!stream)
        stream = currentStream();
    if (!stream || !presentation_->start(*stream)) {
        status_->setNotice(stream ? tr("There is no conversation %1 to present.").arg(*stream)
                                  : tr("There is no TCP conversation to present."),
                           CaptureStatusBar::NoticeKind::Warning);
        return false;
    }
    return true;
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
    if (!capture_->confirmReplace(CaptureSession::Leaving::OpenFile))
        return;
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

bool MainWindow::isLoading() const
{
    return loader_->isLoading();
}

void MainWindow::watchExport(ExportJob* job)
{
    if (job)
        reportExport(job, [this](const QString& text) { status_->setNotice(text); }, reportError_);
}

void MainWindow::selectPacketRow(int row)
{
    packetView_->selectPacketRow(row);
}

void MainWindow::showStore(const PacketStore& store)
{
    presentation_->stop(); // it shows the packets that are about to go
    inspector_->clear();
    followStream(std::nullopt);
    charts_->clear();
    conversations_->clear();
    packets_->reset(store);
    flowPanel_->setPacketModel(packets_);
    filterBar_->setPackets(&packets_->store(), &packets_->analyses());
    scope_->updateDisplayedCount();
    status_->clearCaptureStats();
}

void MainWindow::onOpened(const PacketStore& store)
{
    shownPath_ = loadingPath_;
    showStore(store);
    kernelFeed_->open(loadingPath_);
    if (openingLive_) { // a live capture: its file is a temporary one, not a recent file
        menus_->updateActions();
        return;
    }
    // A pipe (tcplens -, a FIFO) fills the window as packets come, like a live capture.
    followingPipe_ = store.info().streamed && store.info().fileSize == 0;
    const QString name = loadingPath_ == QLatin1String("-") ? tr("standard input") : QFileInfo(loadingPath_).fileName();
    status_->setFile(loadingPath_);
    status_->setNotice(followingPipe_ ? tr("Reading %1 as packets arrive…").arg(name) : tr("Loading %1…").arg(name));
    setWindowTitle(tr("tcplens — %1").arg(name));
    if (loadingPath_ != captureSession()->unsavedPath() && !followingPipe_) // a recovered capture or a pipe is not a recent file
        menus_->addRecent(loadingPath_);
    menus_->updateActions();
}

void MainWindow::onBatch(const PacketBatch& batch)
{
    packets_->append(batch);
    filterBar_->resumeFiltering(); // the applied filter keeps up with the packets as they come
    conversations_->append(batch);
    scope_->updateDisplayedCount();
    captureSession()->setPacketCount(static_cast<quint64>(packets_->rowCount()));
    if ((isCapturing() || followingPipe_) && !flowRefresh_.isActive())
        flowRefresh_.start(); // the flow graph follows a live capture a few times a second
}

void MainWindow::onFinished(const LoadResult& result)
{
    followingPipe_ = false;
    menus_->updateActions();
    status_->stopProgress();
    flowPanel_->refresh(); // the followed conversation may have grown while loading
    charts_->refresh();
    kernelFeed_->refresh();
    status_->showLoadEnd(result);
    if (result.status == LoadStatus::Complete) {
        conversationsPanel_->fitColumns(); // the sidebar follows (in the default layout)
        refilterRevised();
    } else if (result.status == LoadStatus::Failed) {
        reportError_(tr("Cannot open capture"), result.message);
    }
    if (result.status != LoadStatus::Failed) {
        conversations_->setLimits(result.limits);
        showFirstConversation(); // the picture first: its first conversation in the graph
        layout_.conversationShown();
        expert_->recompute();
    }
    scope_->updateDisplayedCount();
    emit loadFinished(result);
}

void MainWindow::connectCapture()
{
    connect(capture_, &CaptureCoordinator::opened, this, [this](const PacketStore& store) {
        loadingPath_ = QFile::decodeName(store.info().path.c_str());
        openingLive_ = true;
        onOpened(store);
        openingLive_ = false;
    });
    connect(capture_, &CaptureCoordinator::batchReady, this, &MainWindow::onBatch);
    connect(capture_, &CaptureCoordinator::stopped, this, &MainWindow::onCaptureStopped);
    connect(capture_, &CaptureCoordinator::finished, this, &MainWindow::captureFinished);
    connect(capture_, &CaptureCoordinator::aboutToStart, this, &MainWindow::abandonLoading);
    connect(capture_, &CaptureCoordinator::stateChanged, menus_, &MainMenus::updateActions);
    connect(capture_, &CaptureCoordinator::titleChanged, this, &QWidget::setWindowTitle);
    connect(capture_, &CaptureCoordinator::failed, this,
            [this](const QString& title, const QString& message) { reportError_(title, message); });
    connect(capture_, &CaptureCoordinator::saved, this, [this](const QString& path) {
        shownPath_ = path;
        menus_->addRecent(path);
    });
    connect(capture_, &CaptureCoordinator::recoveryChosen, this, [this](const QString& path) {
        loadingPath_ = path;
        status_->startProgress();
        loader_->start(path);
    });
    flowRefresh_.setSingleShot(true);
    flowRefresh_.setInterval(250); // rebuilding the graph's rows costs more than appending a batch
    connect(&flowRefresh_, &QTimer::timeout, flowPanel_, &FlowGraphPanel::refreshFollowingNewest);
}

void MainWindow::onCaptureStopped()
{
    flowRefresh_.stop(); // what arrived last, and the panels sized for what they now hold
    flowPanel_->refreshFollowingNewest();
    charts_->refresh();
    expert_->recompute();
    kernelFeed_->refresh();
    conversationsPanel_->fitColumns();
    refilterRevised();
}

void MainWindow::refilterRevised()
{
    // Packets filtered as they came were tested with the analysis known then; where later packets
    // corrected it, the filter runs again over the whole capture.
    if (!filterBar_->expression().isEmpty() && packets_->revisions() > 0)
        filterBar_->reapply();
}

QString MainWindow::rereadablePath() const
{
    return !isCapturing() && QFileInfo(shownPath_).isFile() ? shownPath_ : QString();
}

void MainWindow::saveAs()
{
    capture_->saveAs(shownPath_, packets_->store());
}

void MainWindow::abandonLoading()
{
    if (loader_->isLoading()) { // its remaining batches must not land in what replaces it
        loader_->abandon();
        status_->stopProgress();
    }
}

void MainWindow::closeCapture()
{
    if (shownPath_.isEmpty() && packets_->rowCount() == 0 && !isCapturing() && !loader_->isLoading())
        return;
    if (!capture_->confirmReplace(CaptureSession::Leaving::Close))
        return;
    abandonLoading();
    navigation_->marks()->clear();
    showStore(PacketStore{});
    kernelFeed_->clear();
    shownPath_.clear();
    loadingPath_.clear();
    followingPipe_ = false;
    status_->setFile(QString());
    status_->setNotice(tr("Open a capture with File › Open, or drop one on this window."));
    setWindowTitle(QStringLiteral("tcplens"));
    menus_->updateActions();
}

ConversationReportDialog* MainWindow::showConversationReport(std::optional<std::uint32_t> stream)
{
    if (!stream)
        stream = currentStream();
    if (!stream) {
        status_->setNotice(tr("There is no TCP conversation to report on."), CaptureStatusBar::NoticeKind::Warning);
        return nullptr;
    }
    if (!reports_)
        reports_ = new ConversationReports(this, [this](quint32 frame) { selectPacketRow(int(frame) - 1); });
    std::optional<std::vector<TcpInfoSample>> kernel;
    if (kernelFeed_->hasSidecar())
        kernel = kernelFeed_->samples();
    return reports_->show(packets_->store(), packets_->analyses(), *stream, std::move(kernel));
}

} // namespace tcplens::ui
