#include "MainWindow.h"

#include "HelpMenu.h"
#include "PacketNavigation.h"

#include "AppInfo.h"
#include "loading/CaptureLoadController.h"
#include "capture/CaptureSession.h"
#include "capture/LiveCaptureController.h"
#include "capture/CaptureDialog.h"
#include "SampleCaptures.h"
#include "packets/FilterBar.h"
#include "flowgraph/FlowGraphPanel.h"
#include "Language.h"
#include "Theme.h"
#include "charts/ChartsPanel.h"
#include "charts/KernelChartFeed.h"
#include "conversations/ConversationFilterModel.h"
#include "conversations/ConversationModel.h"
#include "inspector/FieldTreeModel.h"
#include "packets/PacketFilterModel.h"
#include "packets/PacketListModel.h"
#include "presentation/PresentationController.h"
#include "capture/CaptureStatusBar.h"
#include "inspector/FieldTreeView.h"
#include "inspector/HeaderDiagramView.h"
#include "inspector/HexView.h"
#include "packets/PacketTableView.h"

#ifdef TCPLENS_HAVE_TCP_INFO
#include <kernel/TcpInfoCaptureObserver.h>
#endif

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QResizeEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>

#include <algorithm>

namespace tcplens::ui {

namespace {

QString packetsPhrase(quint64 packets)
{
    return packets == 1 ? MainWindow::tr("1 packet") : MainWindow::tr("%1 packets").arg(packets);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), packets_(new PacketListModel(this)), fields_(new FieldTreeModel(this)),
      filter_(new PacketFilterModel(this)), conversations_(new ConversationModel(this)),
      conversationProxy_(new ConversationFilterModel(this)), loader_(new CaptureLoadController(this))
{
    setWindowTitle(QStringLiteral("tcplens"));
    setAcceptDrops(true);
    packets_->setRelativeSequenceNumbers(
        QSettings().value(QStringLiteral("view/relativeSequenceNumbers"), true).toBool());
    reportError_ = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    createMenus();
    createCentralWidget();
    createDocks();
    createViewMenu();
    connect(packets_, &PacketListModel::relativeSequenceNumbersChanged, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/relativeSequenceNumbers"), on);
        showPacketFields(packetView_->currentPacketRow()); // details, bytes and diagram follow too
    });
    status_ = new CaptureStatusBar(this);
    setStatusBar(status_);
    status_->setNotice(tr("Open a capture with File › Open, or drop one on this window."));
    connectLoader();
    presentation_ = new PresentationController(
        *packets_, this, {[this] { return theme_; }, [this](ThemeKind theme) { setTheme(theme, false); }});
    connectCapture();
    navigation_ = new PacketNavigation(*this, conversationView_);
    new HelpMenu(*this); // last on the menu bar
    resize(1280, 800);
    const QSettings settings;
    layoutRestored_ = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!session_->confirmReplace()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

QMenu* MainWindow::freshMenu(QMenu*& menu, const QString& title)
{
    if (!menu)
        return menu = menuBar()->addMenu(title);
    menu->clear(); // rebuilt in place: the menu keeps its position on the bar
    menu->setTitle(title);
    return menu;
}

void MainWindow::setLanguage(const QString& code)
{
    if (auto* app = QCoreApplication::instance(); app && installLanguage(*app, code))
        QSettings().setValue(QStringLiteral("view/language"), code); // LanguageChange reaches every widget
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && fileMenu_)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    createMenus();
    createViewMenu();
    updateCaptureActions();
    const std::pair<const char*, QString> docks[] = {
        {"conversationsDock", tr("Conversations")}, {"detailsDock", tr("Details")}, {"bytesDock", tr("Bytes")},
        {"diagramDock", tr("Header diagram")},      {"flowGraphDock", tr("Flow graph")}, {"chartsDock", tr("Charts")}};
    for (const auto& [name, title] : docks)
        if (auto* dock = findChild<QDockWidget*>(QLatin1String(name)))
            dock->setWindowTitle(title);
    if (auto* find = findChild<QLineEdit*>(QStringLiteral("conversationFind")))
        find->setPlaceholderText(tr("Find conversations (address, port, state, history)…"));
    // Column titles come from tr() in headerData(); texts from data().
    for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(packets_), static_cast<QAbstractItemModel*>(conversations_)}) {
        emit model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
        if (model->rowCount() > 0)
            emit model->dataChanged(model->index(0, 0), model->index(model->rowCount() - 1, model->columnCount() - 1));
    }
}

void MainWindow::createMenus()
{
    auto* file = freshMenu(fileMenu_, tr("&File"));
    auto* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu(); // sets whether the submenu is enabled
    if (!session_)
        session_ = new CaptureSession(this);
    file->addSeparator();
    captureAction_ = file->addAction(tr("&Capture…"), this, &MainWindow::chooseAndCapture);
    captureAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    captureAction_->setStatusTip(tr("Capture live from a network interface"));
    stopAction_ = file->addAction(tr("S&top Capture"), this, &MainWindow::stopCapture);
    stopAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    stopAction_->setEnabled(false);
    saveAsAction_ = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveAsAction_->setObjectName(QStringLiteral("saveAsAction"));
    captureAction_->setObjectName(QStringLiteral("captureAction"));
    stopAction_->setObjectName(QStringLiteral("stopCaptureAction"));
    saveAsAction_->setEnabled(false);
    file->addSeparator();
    auto* samples = file->addMenu(tr("&Samples"));
    const std::pair<const char*, QString> bundled[] = {
        {kHelloExchangeSample, tr("Hello exchange: handshake, three messages, close (seed 004)")},
        {"http-exchange.pcap", tr("HTTP: two small page requests")},
        {"lossy-bulk.pcap", tr("Lossy bulk transfer: retransmissions, fast retransmissions, SACK")}};
    for (const auto& [name, label] : bundled) {
        const QString path = findSample(QString::fromLatin1(name));
        auto* action = samples->addAction(label, this, [this, path] { openCapture(path); });
        action->setEnabled(!path.isEmpty());
    }
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

}

void MainWindow::createCentralWidget()
{
    filter_->setPacketModel(packets_);
    packetView_ = new PacketTableView;
    packetView_->setPacketModel(packets_, filter_);
    filterBar_ = new FilterBar;

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(filterBar_);
    layout->addWidget(packetView_, 1);
    setCentralWidget(central);

    connect(packetView_, &PacketTableView::currentPacketRowChanged, this, &MainWindow::showPacketFields);
    flowPanel_ = new FlowGraphPanel;
    flowPanel_->setPacketModel(packets_);
    connect(packetView_, &PacketTableView::currentPacketRowChanged, flowPanel_, &FlowGraphPanel::showPacketRow);
    connect(flowPanel_, &FlowGraphPanel::packetRowActivated, this, &MainWindow::selectPacketRow);
    connect(filterBar_, &FilterBar::filterApplied, this,
            [this](std::shared_ptr<const std::vector<bool>> mask, const QString& expression) {
                std::shared_ptr<std::vector<bool>> streams;
                if (mask) {
                    streams = std::make_shared<std::vector<bool>>(
                        static_cast<std::size_t>(conversations_->rowCount()), false);
                    for (std::size_t n = 0; n < mask->size(); ++n) {
                        const auto& record = packets_->analysis(static_cast<int>(n));
                        if ((*mask)[n] && record.isTcp() && record.stream < streams->size())
                            (*streams)[record.stream] = true;
                    }
                }
                conversationProxy_->setMatchingStreams(std::move(streams));
                filter_->setFrameMask(std::move(mask));
                if (flowPanel_->scope() == FlowGraphPanel::Scope::AllShown)
                    flowPanel_->refresh();
                status_->setNotice(expression.isEmpty() ? QString()
                                                        : tr("Filter %1: %2 of %3 packets")
                                                              .arg(expression)
                                                              .arg(filter_->rowCount())
                                                              .arg(packets_->rowCount()));
            });
    connect(filterBar_, &FilterBar::streamChipClosed, this, [this] { followStream(std::nullopt); });
}

QDockWidget* MainWindow::addPanel(const QString& title, const QString& name, QWidget* widget, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name); // saveState() needs it to remember the layout
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    conversationProxy_->setSourceModel(conversations_);
    conversationProxy_->setSortRole(ConversationModel::SortRole);
    conversationProxy_->setFilterKeyColumn(-1);
    conversationProxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    conversationView_ = new QTableView;
    conversationView_->setModel(conversationProxy_);
    conversationView_->setSortingEnabled(true);
    conversationView_->sortByColumn(0, Qt::AscendingOrder);
    conversationView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    conversationView_->setSelectionMode(QAbstractItemView::SingleSelection);
    conversationView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    conversationView_->setWordWrap(false);
    conversationView_->verticalHeader()->hide();
    conversationView_->horizontalHeader()->setStretchLastSection(true);
    auto* conversationFilter = new QLineEdit;
    conversationFilter->setPlaceholderText(tr("Find conversations (address, port, state, history)…"));
    conversationFilter->setClearButtonEnabled(true);
    conversationFilter->setObjectName(QStringLiteral("conversationFind"));
    connect(conversationFilter, &QLineEdit::textChanged, conversationProxy_,
            &QSortFilterProxyModel::setFilterFixedString);
    auto* conversationPanel = new QWidget;
    auto* conversationLayout = new QVBoxLayout(conversationPanel);
    conversationLayout->setContentsMargins(0, 0, 0, 0);
    conversationLayout->addWidget(conversationFilter);
    conversationLayout->addWidget(conversationView_, 1);
    connect(conversationView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const auto stream = conversationProxy_->data(current, ConversationModel::StreamRole);
                if (stream.isValid())
                    followStream(stream.toUInt());
            });

    fieldView_ = new FieldTreeView;
    fieldView_->setFieldModel(fields_);
    hexView_ = new HexView;
    diagram_ = new HeaderDiagramView;
    auto* diagramScroll = new QScrollArea;
    diagramScroll->setWidget(diagram_);
    diagramScroll->setWidgetResizable(true);

    setDockNestingEnabled(true);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea); // the flow graph runs down to the status bar
    addPanel(tr("Conversations"), QStringLiteral("conversationsDock"), conversationPanel, Qt::TopDockWidgetArea);
    auto* details = addPanel(tr("Details"), QStringLiteral("detailsDock"), fieldView_, Qt::BottomDockWidgetArea);
    auto* bytes = addPanel(tr("Bytes"), QStringLiteral("bytesDock"), hexView_, Qt::BottomDockWidgetArea);
    auto* headers = addPanel(tr("Header diagram"), QStringLiteral("diagramDock"), diagramScroll,
                             Qt::RightDockWidgetArea);
    flowPanel_->setShownStreamsProvider([this] {
        std::vector<std::uint32_t> streams;
        for (int row = 0; row < conversationProxy_->rowCount(); ++row)
            streams.push_back(conversationProxy_->index(row, 0).data(ConversationModel::StreamRole).toUInt());
        return streams;
    });
    auto* flowDock = addPanel(tr("Flow graph"), QStringLiteral("flowGraphDock"), flowPanel_, Qt::RightDockWidgetArea);
    splitDockWidget(flowDock, headers, Qt::Vertical); // before the charts join the flow graph as a tab
    charts_ = new ChartsPanel;
    charts_->setSource(&packets_->store(), &packets_->analyses());
    chartsDock_ = addPanel(tr("Charts"), QStringLiteral("chartsDock"), charts_, Qt::RightDockWidgetArea);
    tabifyDockWidget(flowDock, chartsDock_);
    chartsDock_->hide(); // Analyze › Charts opens it, as a tab beside the flow graph
    connect(charts_, &ChartsPanel::packetClicked, this, [this](quint32 frame) { selectPacketRow(int(frame) - 1); });
    kernelFeed_ = new KernelChartFeed(charts_, conversations_, this);
    connect(&flowRefresh_, &QTimer::timeout, kernelFeed_, &KernelChartFeed::refresh); // a live capture's sidecar grows
    connect(packetView_, &PacketTableView::currentPacketRowChanged, this, [this](int row) {
        const auto& record = packets_->analysis(row);
        if (row >= 0 && record.isTcp())
            charts_->showStream(record.stream);
        charts_->setCurrentPacket(row);
    });
    // The right column pairs the two pictures of a packet: its arrow in the conversation above,
    // its header's bits below; the tree and the bytes share the lower left.
    splitDockWidget(details, bytes, Qt::Horizontal);
    layoutDocks();

    // One selection drives every panel: a field chosen anywhere is shown everywhere.
    connect(fieldView_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { selectField(fields_->spanIndexOf(current)); });
    connect(hexView_, &HexView::fieldClicked, this, &MainWindow::selectField);
    connect(diagram_, &HeaderDiagramView::fieldClicked, this, &MainWindow::selectField);
}

void MainWindow::layoutDocks()
{
    // Packets and the tree/bytes on the left; flow graph over the header diagram on the right.
    const auto docks = findChildren<QDockWidget*>();
    QDockWidget* byName[4] = {};
    const QString names[4] = {QStringLiteral("conversationsDock"), QStringLiteral("detailsDock"),
                              QStringLiteral("bytesDock"), QStringLiteral("diagramDock")};
    for (auto* dock : docks)
        for (int i = 0; i < 4; ++i)
            if (dock->objectName() == names[i])
                byName[i] = dock;
    const int w = width();
    const int h = height();
    const int right = w * 41 / 100;
    resizeDocks({byName[1], byName[2]}, {(w - right) * 45 / 100, (w - right) * 55 / 100}, Qt::Horizontal);
    resizeDocks({byName[0], byName[1]}, {h * 14 / 100, h * 40 / 100}, Qt::Vertical);
    if (auto* flow = findChild<QDockWidget*>(QStringLiteral("flowGraphDock"))) {
        resizeDocks({flow}, {right}, Qt::Horizontal);
        // A chart wants height more than the header diagram below it does.
        const bool charts = chartsDock_ && !chartsDock_->isHidden() && !chartsDock_->isFloating();
        resizeDocks({charts ? chartsDock_ : flow, byName[3]}, {h * (charts ? 70 : 55) / 100, h * (charts ? 30 : 45) / 100},
                    Qt::Vertical);
    }
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    if (!layoutRestored_)
        layoutDocks(); // until the user's saved layout takes over
}

void MainWindow::selectField(int spanIndex)
{
    if (selectingField_)
        return;
    ++selectingField_;
    const QModelIndex index = fields_->indexOfSpan(spanIndex);
    if (index.isValid()) {
        fieldView_->scrollTo(index);
        fieldView_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
    hexView_->setSelectedField(spanIndex);
    diagram_->setSelectedField(spanIndex);
    --selectingField_;
}

void MainWindow::followStream(std::optional<std::uint32_t> stream)
{
    const int current = packetView_->currentPacketRow();
    filter_->setStreamFilter(stream);
    if (stream)
        charts_->showStream(stream);
    filterBar_->setStreamChip(stream ? tr("Conversation %1").arg(*stream) : QString());
    flowPanel_->followStream(stream);
    if (!stream && conversationView_->selectionModel())
        conversationView_->selectionModel()->clearSelection();
    if (current >= 0)
        packetView_->selectPacketRow(current); // keeps the packet if it is still shown
}

void MainWindow::followCurrentConversation()
{
    const int row = packetView_->currentPacketRow();
    if (row < 0)
        return;
    const auto& record = packets_->analysis(row);
    if (record.isTcp())
        followStream(record.stream);
}

void MainWindow::scaleFont(double factor)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    scaleApplicationFont(*app, factor <= 0 ? 1.0 : applicationFontScale(*app) * factor);
    // Views that chose their own (fixed-width) fonts follow the application's size.
    for (QWidget* view : {static_cast<QWidget*>(packetView_), static_cast<QWidget*>(fieldView_),
                          static_cast<QWidget*>(hexView_), static_cast<QWidget*>(diagram_)}) {
        QFont font = view->font();
        font.setPointSizeF(QApplication::font().pointSizeF());
        view->setFont(font);
    }
}

void MainWindow::setTheme(ThemeKind theme, bool remember)
{
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        applyTheme(*app, theme);
    theme_ = theme;
    charts_->setTheme(theme);
    packets_->setRowPalette(rowPaletteFor(theme));
    if (remember)
        QSettings().setValue(QStringLiteral("view/theme"), themeName(theme));
}

void MainWindow::createViewMenu()
{
    freshMenu(viewMenu_, tr("&View"));
    auto* timeMenu = viewMenu_->addMenu(tr("&Time Format"));
    auto* timeGroup = new QActionGroup(timeMenu);
    const std::pair<QString, PacketListModel::TimeFormat> formats[] = {
        {tr("Seconds Since &First Packet"), PacketListModel::TimeFormat::SinceFirstPacket},
        {tr("Seconds Since &Conversation Start"), PacketListModel::TimeFormat::SinceConversationStart},
        {tr("Seconds Since &Previous Displayed Packet"), PacketListModel::TimeFormat::SincePreviousDisplayed},
        {tr("Time of &Day"), PacketListModel::TimeFormat::TimeOfDay}};
    for (const auto& [label, format] : formats) {
        auto* action = timeMenu->addAction(label, this, [this, format = format] { packets_->setTimeFormat(format); });
        action->setCheckable(true);
        action->setChecked(format == packets_->timeFormat());
        timeGroup->addAction(action);
    }
    if (!relativeAction_) { // shared with the flow graph's toolbar: made once, kept across menu rebuilds
        relativeAction_ = new QAction(this);
        relativeAction_->setCheckable(true);
        relativeAction_->setChecked(packets_->relativeSequenceNumbers());
        connect(relativeAction_, &QAction::toggled, packets_, &PacketListModel::setRelativeSequenceNumbers);
        connect(packets_, &PacketListModel::relativeSequenceNumbersChanged, relativeAction_, &QAction::setChecked);
        flowPanel_->setRelativeNumbersAction(relativeAction_);
    }
    relativeAction_->setText(tr("&Relative Sequence Numbers"));
    relativeAction_->setIconText(QCoreApplication::translate("tcplens::ui::FlowGraphPanel", "Relative seq/ack"));
    viewMenu_->addAction(relativeAction_);
    auto* bits = viewMenu_->addAction(tr("&Bytes as Bits"));
    bits->setCheckable(true);
    bits->setChecked(hexView_->bitsMode());
    connect(bits, &QAction::toggled, hexView_, &HexView::setBitsMode);
    connect(hexView_, &HexView::bitsModeChanged, bits, &QAction::setChecked);
    viewMenu_->addSeparator();
    auto* bigger = viewMenu_->addAction(tr("Zoom &In"), this, [this] { scaleFont(1.15); });
    bigger->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    auto* smaller = viewMenu_->addAction(tr("Zoom &Out"), this, [this] { scaleFont(1 / 1.15); });
    smaller->setShortcut(QKeySequence::ZoomOut);
    auto* normal = viewMenu_->addAction(tr("&Normal Size"), this, [this] { scaleFont(0); });
    normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    viewMenu_->addSeparator();
    auto* themeMenu = viewMenu_->addMenu(tr("T&heme"));
    auto* themeGroup = new QActionGroup(themeMenu);
    const auto current = parseTheme(QSettings().value(QStringLiteral("view/theme")).toString())
                             .value_or(ThemeKind::Light);
    for (const auto theme : kAllThemes) {
        auto* action = themeMenu->addAction(themeDisplayName(theme), this, [this, theme] { setTheme(theme); });
        action->setCheckable(true);
        action->setChecked(theme == current);
        themeGroup->addAction(action);
    }
    auto* languageMenu = viewMenu_->addMenu(tr("&Language"));
    auto* languageGroup = new QActionGroup(languageMenu);
    for (const auto& code : availableLanguages()) {
        auto* action = languageMenu->addAction(languageDisplayName(code), this, [this, code] { setLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == installedLanguage());
        action->setObjectName(QStringLiteral("language_") + code);
        languageGroup->addAction(action);
    }
    viewMenu_->addSeparator();
    auto* present = viewMenu_->addAction(tr("&Present"), this, [this] { this->present(); });
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setStatusTip(tr("Full screen, one packet at a time, for a classroom projector"));
    auto* panels = viewMenu_->addMenu(tr("&Panels"));
    for (auto* dock : findChildren<QDockWidget*>())
        panels->addAction(dock->toggleViewAction());

    auto* analyze = freshMenu(analyzeMenu_, tr("&Analyze"));
    auto* follow = analyze->addAction(tr("&Follow This Conversation"), this, &MainWindow::followCurrentConversation);
    follow->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_T));
    analyze->addAction(tr("&Show All Conversations"), this, [this] { followStream(std::nullopt); });
    auto* handshakes = analyze->addAction(tr("Only &Handshakes and Closes (SYN, FIN, RST)"));
    handshakes->setCheckable(true);
    handshakes->setChecked(filter_->handshakesAndClosesOnly());
    connect(handshakes, &QAction::toggled, filter_, &PacketFilterModel::setHandshakesAndClosesOnly);
    analyze->addAction(tr("&Charts of This Conversation"), this, [this] { showCharts(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    analyze->addAction(tr("Edit Display &Filter"), this, [this] { filterBar_->setFocus(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
}

bool MainWindow::present(std::optional<std::uint32_t> stream)
{
    if (!stream) {
        const int row = packetView_->currentPacketRow();
        if (row >= 0 && packets_->analysis(row).isTcp())
            stream = packets_->analysis(row).stream;
        else if (filter_->streamFilter())
            stream = filter_->streamFilter();
        else if (const int first = packets_->firstTcpRow(); first >= 0)
            stream = packets_->analysis(first).stream;
    }
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
    if (!session_->confirmReplace())
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

void MainWindow::showCharts(std::optional<ChartKind> kind)
{
    if (kind)
        charts_->setCurrentChart(*kind);
    const bool wasHidden = chartsDock_->isHidden();
    chartsDock_->show();
    chartsDock_->raise();
    if (wasHidden && !chartsDock_->isFloating())
        layoutDocks(); // the charts take the most of the right column's height
    if (wasHidden && !chartsDock_->isFloating())
        resizeDocks({chartsDock_}, {width() / 2}, Qt::Horizontal);
    charts_->setFocus();
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

void MainWindow::showPacketFields(int row)
{
    if (row < 0) {
        fields_->clear();
        hexView_->clear();
        diagram_->clear();
        return;
    }
    auto spans = packets_->fieldSpans(row);
    fields_->setSpans(spans);
    hexView_->setPacket(packets_->decodedBytes(row), spans); // a reassembled datagram follows its last fragment
    diagram_->setSpans(std::move(spans));
}

void MainWindow::onOpened(const PacketStore& store)
{
    presentation_->stop(); // it shows the packets that are about to go
    shownPath_ = loadingPath_;
    fields_->clear();
    hexView_->clear();
    diagram_->clear();
    followStream(std::nullopt);
    charts_->clear();
    kernelFeed_->open(loadingPath_);
    conversations_->clear();
    packets_->reset(store);
    flowPanel_->setPacketModel(packets_);
    filterBar_->setStore(&packets_->store());
    status_->setPacketCount(0);
    status_->clearCaptureStats();
    if (openingLive_) { // a live capture: its file is a temporary one, not a recent file
        updateCaptureActions();
        return;
    }
    // A pipe (tcplens -, a FIFO) fills the window as packets come, like a live capture.
    followingPipe_ = store.info().streamed && store.info().fileSize == 0;
    const QString name = loadingPath_ == QLatin1String("-") ? tr("standard input") : QFileInfo(loadingPath_).fileName();
    status_->setFile(loadingPath_);
    status_->setNotice(followingPipe_ ? tr("Reading %1 as packets arrive…").arg(name) : tr("Loading %1…").arg(name));
    setWindowTitle(tr("tcplens — %1").arg(name));
    if (loadingPath_ != session_->unsavedPath() && !followingPipe_) { // a recovered capture or a pipe is not a recent file
        recent_.add(loadingPath_);
        fillRecentMenu();
    }
    updateCaptureActions();
}

void MainWindow::onBatch(const PacketBatch& batch)
{
    packets_->append(batch);
    conversations_->append(batch);
    status_->setPacketCount(static_cast<quint64>(packets_->rowCount()));
    session_->setPacketCount(static_cast<quint64>(packets_->rowCount()));
    if ((session_->isCapturing() || followingPipe_) && !flowRefresh_.isActive())
        flowRefresh_.start(); // the flow graph follows a live capture a few times a second
}

void MainWindow::onFinished(const LoadResult& result)
{
    followingPipe_ = false;
    updateCaptureActions();
    status_->stopProgress();
    flowPanel_->refresh(); // the followed conversation may have grown while loading
    charts_->refresh();
    kernelFeed_->refresh();
    const QString shown = packetsPhrase(result.packets);
    switch (result.status) {
    case LoadStatus::Complete:
        status_->setNotice({});
        conversationView_->resizeColumnsToContents();
        if (!filterBar_->expression().isEmpty()) // the mask must cover the packets that came later
            filterBar_->reapply();
        break;
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

void MainWindow::connectCapture()
{
    auto* controller = session_->controller();
    connect(controller, &LiveCaptureController::opened, this, [this](const PacketStore& store) {
        loadingPath_ = QFile::decodeName(store.info().path.c_str());
        openingLive_ = true;
        onOpened(store);
        openingLive_ = false;
        const QString name = captureInterface_;
        status_->setFile(tr("Capture on %1").arg(name));
        status_->setNotice(tr("Capturing on %1… (File › Stop Capture, Ctrl+E)").arg(name));
        setWindowTitle(tr("tcplens — capturing on %1").arg(name));
    });
    connect(controller, &LiveCaptureController::batchReady, this, &MainWindow::onBatch);
    connect(controller, &LiveCaptureController::statsChanged, this, [this](const LiveCaptureStats& stats) {
        status_->setCaptureStats(stats.received, stats.droppedByKernel, stats.droppedByInterface, stats.durationNs);
    });
    connect(controller, &LiveCaptureController::finished, this, &MainWindow::onCaptureFinished);
    connect(status_, &CaptureStatusBar::stopCaptureRequested, this, &MainWindow::stopCapture);
#ifdef TCPLENS_HAVE_TCP_INFO
    // The kernel's tcp_info of the local sockets among the conversations goes beside the capture file.
    controller->addObserverFactory([] { return std::make_unique<TcpInfoCaptureObserver>(); });
#endif
    flowRefresh_.setSingleShot(true);
    flowRefresh_.setInterval(250); // rebuilding the graph's rows costs more than appending a batch
    connect(&flowRefresh_, &QTimer::timeout, flowPanel_, &FlowGraphPanel::refresh);
}

void MainWindow::chooseAndCapture()
{
    CaptureDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        startCapture(dialog.options());
}

void MainWindow::startCapture(const LiveCaptureOptions& options)
{
    if (!session_->confirmReplace())
        return;
    if (loader_->isLoading()) { // its remaining batches must not land in the capture
        loader_->abandon();
        status_->stopProgress();
    }
    QString error;
    captureInterface_ = QString::fromStdString(options.interface);
    if (!session_->start(options, error)) {
        reportError_(tr("Cannot start the capture"), error);
        return;
    }
    status_->setNotice(tr("Starting the capture on %1…").arg(captureInterface_));
    updateCaptureActions();
}

void MainWindow::stopCapture()
{
    session_->stop();
}

bool MainWindow::isCapturing() const
{
    return session_->isCapturing();
}

void MainWindow::onCaptureFinished(const CaptureEnd& end)
{
    updateCaptureActions();
    if (!end.started) {
        status_->setNotice(tr("The capture on %1 did not start").arg(captureInterface_),
                           CaptureStatusBar::NoticeKind::Warning);
        reportError_(tr("Cannot start the capture"), end.message);
        emit captureFinished(end);
        return;
    }
    flowRefresh_.stop();
    flowPanel_->refresh();
    charts_->refresh();
    kernelFeed_->refresh();
    const auto& stats = end.stats;
    status_->setCaptureStats(stats.received, stats.droppedByKernel, stats.droppedByInterface, stats.durationNs);
    setWindowTitle(tr("tcplens — capture on %1 (not saved)").arg(captureInterface_));
    conversationView_->resizeColumnsToContents();
    if (!filterBar_->expression().isEmpty())
        filterBar_->reapply();
    if (end.message.isEmpty()) {
        status_->setNotice(tr("Capture stopped: %1 — File › Save As keeps it").arg(packetsPhrase(stats.captured)));
    } else {
        status_->setNotice(tr("%1 — showing the %2 captured").arg(end.message, packetsPhrase(stats.captured)),
                           CaptureStatusBar::NoticeKind::Warning);
        reportError_(tr("The capture stopped"), end.message);
    }
    emit captureFinished(end);
}

void MainWindow::saveAs()
{
    if (shownPath_.isEmpty() || session_->isCapturing())
        return;
    QString error;
    const auto& store = packets_->store();
    const QString saved =
        session_->saveAs(shownPath_, error, store.info().streamed ? store.mapping() : std::shared_ptr<const MappedFile>{});
    if (saved.isEmpty()) {
        if (!error.isEmpty())
            reportError_(tr("Cannot save the capture"), error);
        return;
    }
    shownPath_ = saved;
    status_->setFile(saved);
    status_->setNotice(tr("Saved as %1").arg(saved));
    setWindowTitle(tr("tcplens — %1").arg(QFileInfo(saved).fileName()));
    recent_.add(saved);
    fillRecentMenu();
    updateCaptureActions();
}

void MainWindow::updateCaptureActions()
{
    const bool capturing = session_->isCapturing();
    stopAction_->setEnabled(capturing);
    status_->setCapturing(capturing);
    saveAsAction_->setEnabled(!capturing && !shownPath_.isEmpty() && !loader_->isLoading());
}

void MainWindow::offerRecovery()
{
    for (const auto& path : CaptureSession::recoverableCaptures()) {
        const QFileInfo info(path);
        QMessageBox box(QMessageBox::Question, tr("Recover capture"),
                        tr("A capture from an earlier run was not saved: %1 (%2 KiB, %3).")
                            .arg(info.fileName())
                            .arg(info.size() / 1024)
                            .arg(QLocale().toString(info.lastModified(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        auto* open = box.addButton(tr("&Open It"), QMessageBox::AcceptRole);
        auto* discard = box.addButton(tr("&Discard It"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(open);
        recoveryPrompt_ ? recoveryPrompt_(box) : (void)box.exec();
        if (box.clickedButton() == discard) {
            QFile::remove(path);
        } else if (box.clickedButton() == open) {
            if (!session_->confirmReplace())
                return;
            session_->adoptUnsaved(path);
            captureInterface_.clear();
            loadingPath_ = path;
            status_->setNotice(tr("Opening the recovered capture %1…").arg(info.fileName()));
            status_->startProgress();
            loader_->start(path);
            return; // one capture on screen at a time
        }
    }
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
