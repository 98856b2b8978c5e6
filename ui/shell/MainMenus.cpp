#include "MainMenus.h"

#include "CapturePropertiesDialog.h"
#include "ExportDissectionsDialog.h"
#include "ExportPacketsDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "PacketNavigation.h"
#include "SampleCaptures.h"
#include "Theme.h"
#include "flowgraph/FlowGraphPanel.h"
#include "follow/FollowStreamDialog.h"
#include "inspector/HexView.h"
#include "packets/FilterBar.h"
#include "packets/PacketFilterModel.h"
#include "packets/PacketListModel.h"
#include "packets/PacketColouring.h"
#include "packets/PacketTableView.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>

#include <tuple>

namespace tcplens::ui {

MainMenus::MainMenus(MainWindow& window) : QObject(&window), window_(window)
{
    createFileMenu();
    createViewMenu();
    createAnalyzeMenu();
    window_.installEventFilter(this);
}

bool MainMenus::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &window_ && event->type() == QEvent::LanguageChange) {
        createFileMenu();
        createViewMenu();
        createAnalyzeMenu();
        updateActions();
    }
    return QObject::eventFilter(watched, event);
}

QMenu* MainMenus::freshMenu(QMenu*& menu, const QString& title)
{
    if (!menu)
        return menu = window_.menuBar()->addMenu(title);
    menu->clear(); // rebuilt in place: the menu keeps its position on the bar
    menu->setTitle(title);
    return menu;
}

void MainMenus::createFileMenu()
{
    auto& w = window_;
    auto* file = freshMenu(file_, tr("&File"));
    file->addAction(tr("&Open…"), this, &MainMenus::chooseAndOpen)->setShortcut(QKeySequence::Open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainMenus::fillRecentMenu);
    fillRecentMenu(); // sets whether the submenu is enabled
    file->addSeparator();
    captureAction_ = file->addAction(tr("&Capture…"), &w, &MainWindow::chooseAndCapture);
    captureAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    captureAction_->setStatusTip(tr("Capture live from a network interface"));
    captureAction_->setObjectName(QStringLiteral("captureAction"));
    auto* remote = file->addAction(tr("Capture from &Remote Host…"), &w, &MainWindow::chooseAndCaptureRemote);
    remote->setStatusTip(tr("Capture on another machine with its tcpdump, over ssh"));
    remote->setObjectName(QStringLiteral("remoteCaptureAction"));
    stopAction_ = file->addAction(tr("S&top Capture"), &w, &MainWindow::stopCapture);
    stopAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    stopAction_->setObjectName(QStringLiteral("stopCaptureAction"));
    saveAsAction_ = file->addAction(tr("Save &As…"), &w, &MainWindow::saveAs);
    saveAsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveAsAction_->setObjectName(QStringLiteral("saveAsAction"));
    file->addAction(tr("Export Specified &Packets…"), this, [&w] {
        w.watchExport(exportSpecifiedPackets(&w, w.rereadablePath(), *w.packetModel(), *w.packetFilter(),
                                             *w.navigation()->marks(), w.packetView()->currentPacketRow()));
    })->setObjectName(QStringLiteral("exportSpecifiedPackets"));
    auto* dissections = file->addMenu(tr("Export Packet &Dissections"));
    dissections->setObjectName(QStringLiteral("exportDissectionsMenu"));
    using Format = ExportDissectionsDialog::Format;
    for (const auto& [format, label, name] : {std::tuple{Format::Csv, tr("As &CSV…"), "exportCsv"},
                                              std::tuple{Format::Json, tr("As &JSON…"), "exportJson"}})
        dissections
            ->addAction(label, this,
                        [&w, format = format] {
                            w.watchExport(exportPacketDissections(&w, format, *w.packetView(), *w.navigation()->marks(),
                                                                  w.isCapturing() || w.isLoading()));
                        })
            ->setObjectName(QLatin1String(name));
    propertiesAction_ = file->addAction(tr("Capture File P&roperties…"), this,
                                        [&w] { showCaptureProperties(&w, w.rereadablePath()); });
    propertiesAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_C)); // as Wireshark
    propertiesAction_->setObjectName(QStringLiteral("capturePropertiesAction"));
    file->addSeparator();
    closeAction_ = file->addAction(tr("&Close"), &w, &MainWindow::closeCapture);
    closeAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W)); // as Wireshark
    closeAction_->setObjectName(QStringLiteral("closeAction"));
    closeAction_->setStatusTip(tr("Empty the window: back to the start, no capture open"));
    file->addSeparator();
    auto* samples = file->addMenu(tr("&Samples"));
    const std::pair<const char*, QString> bundled[] = {
        {kHelloExchangeSample, tr("Hello exchange: handshake, three messages, close (seed 004)")},
        {"http-exchange.pcap", tr("HTTP: two small page requests")},
        {"lossy-bulk.pcap", tr("Lossy bulk transfer: retransmissions, fast retransmissions, SACK")}};
    for (const auto& [name, label] : bundled) {
        const QString path = findSample(QString::fromLatin1(name));
        samples->addAction(label, this, [&w, path] { w.openCapture(path); })->setEnabled(!path.isEmpty());
    }
    file->addSeparator();
    file->addAction(tr("&Quit"), &w, &QWidget::close)->setShortcut(QKeySequence::Quit);
    updateActions();
}

void MainMenus::createViewMenu()
{
    auto& w = window_;
    auto* packets = w.packetModel();
    auto* view = freshMenu(view_, tr("&View"));
    auto* timeMenu = view->addMenu(tr("&Time Format"));
    auto* timeGroup = new QActionGroup(timeMenu);
    const std::pair<QString, PacketListModel::TimeFormat> formats[] = {
        {tr("Seconds Since &First Packet"), PacketListModel::TimeFormat::SinceFirstPacket},
        {tr("Seconds Since &Conversation Start"), PacketListModel::TimeFormat::SinceConversationStart},
        {tr("Seconds Since &Previous Displayed Packet"), PacketListModel::TimeFormat::SincePreviousDisplayed},
        {tr("Time of &Day"), PacketListModel::TimeFormat::TimeOfDay}};
    for (const auto& [label, format] : formats) {
        auto* action = timeMenu->addAction(label, packets, [packets, format = format] { packets->setTimeFormat(format); });
        action->setCheckable(true);
        action->setChecked(format == packets->timeFormat());
        timeGroup->addAction(action);
    }
    if (!relativeAction_) {
        relativeAction_ = new QAction(this);
        relativeAction_->setCheckable(true);
        relativeAction_->setChecked(packets->relativeSequenceNumbers());
        connect(relativeAction_, &QAction::toggled, packets, &PacketListModel::setRelativeSequenceNumbers);
        connect(packets, &PacketListModel::relativeSequenceNumbersChanged, relativeAction_, &QAction::setChecked);
        w.flowGraph()->setRelativeNumbersAction(relativeAction_);
    }
    relativeAction_->setText(tr("&Relative Sequence Numbers"));
    relativeAction_->setIconText(QCoreApplication::translate("tcplens::ui::FlowGraphPanel", "Relative seq/ack"));
    view->addAction(relativeAction_);
    auto* bits = view->addAction(tr("&Bytes as Bits"));
    bits->setCheckable(true);
    bits->setChecked(w.hexView()->bitsMode());
    connect(bits, &QAction::toggled, w.hexView(), &HexView::setBitsMode);
    connect(w.hexView(), &HexView::bitsModeChanged, bits, &QAction::setChecked);
    view->addSeparator();
    auto* colorize = view->addAction(tr("Colori&ze Packet List"));
    colorize->setObjectName(QStringLiteral("colorizeAction"));
    colorize->setCheckable(true);
    colorize->setChecked(w.colouring()->enabled());
    colorize->setStatusTip(tr("Colour the packet list's rows by the coloring rules"));
    connect(colorize, &QAction::toggled, w.colouring(), &PacketColouring::setEnabled);
    connect(w.colouring(), &PacketColouring::enabledChanged, colorize, &QAction::setChecked);
    auto* rulesAction = view->addAction(tr("&Coloring Rules…"), &w, [&w] { (void)w.openColouringRules(); });
    rulesAction->setObjectName(QStringLiteral("colouringRulesAction"));
    rulesAction->setStatusTip(tr("Edit the display filters that colour the packet list"));
    view->addSeparator();
    auto* bigger = view->addAction(tr("Zoom &In"), &w, [&w] { w.zoom(1.15); });
    bigger->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    view->addAction(tr("Zoom &Out"), &w, [&w] { w.zoom(1 / 1.15); })->setShortcut(QKeySequence::ZoomOut);
    view->addAction(tr("&Normal Size"), &w, [&w] { w.zoom(0); })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    auto* themeMenu = view->addMenu(tr("T&heme"));
    auto* themeGroup = new QActionGroup(themeMenu);
    const auto current = parseTheme(QSettings().value(QStringLiteral("view/theme")).toString()).value_or(ThemeKind::Light);
    for (const auto theme : kAllThemes) {
        auto* action = themeMenu->addAction(themeDisplayName(theme), &w, [&w, theme] { w.setTheme(theme); });
        action->setCheckable(true);
        action->setChecked(theme == current);
        themeGroup->addAction(action);
    }
    auto* languageMenu = view->addMenu(tr("&Language"));
    auto* languageGroup = new QActionGroup(languageMenu);
    for (const auto& code : availableLanguages()) {
        auto* action = languageMenu->addAction(languageDisplayName(code), &w, [&w, code] { w.setLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == installedLanguage());
        action->setObjectName(QStringLiteral("language_") + code);
        languageGroup->addAction(action);
    }
    view->addSeparator();
    auto* present = view->addAction(tr("&Present"), &w, [&w] { w.present(); });
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setStatusTip(tr("Full screen, one packet at a time, for a classroom projector"));
    auto* panels = view->addMenu(tr("&Panels"));
    for (auto* dock : w.windowLayout().docks())
        panels->addAction(dock->toggleViewAction());
    auto* reset = view->addAction(tr("Reset &Layout"), &w, &MainWindow::resetLayout);
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    reset->setStatusTip(tr("Put every panel back in its default place and size"));
}

void MainMenus::createAnalyzeMenu()
{
    auto& w = window_;
    auto* analyze = freshMenu(analyze_, tr("&Analyze"));
    analyze->addAction(tr("&Follow This Conversation"), &w, &MainWindow::followCurrentConversation);
    auto* followTcp = analyze->addAction(tr("Follow &TCP Stream"), &w, [&w] {
        const int row = w.packetView()->currentPacketRow();
        const auto& record = w.packetModel()->analysis(row);
        openFollowStream(&w, w.rereadablePath(), row >= 0 && record.isTcp() ? std::optional(record.stream) : std::nullopt,
                         [&w](quint32 frame) { w.navigation()->goToPacket(frame); });
    });
    followTcp->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_T)); // as Wireshark
    followTcp->setObjectName(QStringLiteral("followTcpStream"));
    analyze->addAction(tr("&Show All Conversations"), &w, [&w] { w.followStream(std::nullopt); });
    auto* handshakes = analyze->addAction(tr("Only &Handshakes and Closes (SYN, FIN, RST)"));
    handshakes->setCheckable(true);
    handshakes->setChecked(w.packetFilter()->handshakesAndClosesOnly());
    connect(handshakes, &QAction::toggled, w.packetFilter(), &PacketFilterModel::setHandshakesAndClosesOnly);
    analyze->addAction(tr("&Charts of This Conversation"), &w, [&w] { w.showCharts(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    auto* report = analyze->addAction(tr("Conversation &Report"), &w, [&w] { w.showConversationReport(); });
    report->setObjectName(QStringLiteral("conversationReportAction"));
    report->setStatusTip(tr("The TCP lab's answers for this conversation: sequence numbers, RTT estimates, window, "
                            "retransmissions, throughput"));
    analyze->addAction(tr("Edit Display &Filter"), &w, [&w] { w.filterBar()->setFocus(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    auto* copyBpf = analyze->addAction(tr("Copy Filter as &BPF"), &w, [&w] { (void)w.filterBar()->copyAsBpf(); });
    copyBpf->setObjectName(QStringLiteral("copyFilterAsBpfAction"));
    copyBpf->setStatusTip(tr("Copy the tcpdump (BPF) expression that keeps the packets the display filter keeps"));
}

void MainMenus::updateActions()
{
    if (!closeAction_)
        return;
    const bool capturing = window_.isCapturing();
    const bool loading = window_.isLoading();
    const bool hasFile = !window_.shownPath().isEmpty();
    stopAction_->setEnabled(capturing);
    saveAsAction_->setEnabled(!capturing && hasFile && !loading);
    closeAction_->setEnabled(capturing || hasFile || loading || window_.packetModel()->rowCount() > 0);
    propertiesAction_->setEnabled(!window_.rereadablePath().isEmpty());
}

void MainMenus::addRecent(const QString& path)
{
    recent_.add(path);
    fillRecentMenu();
}

void MainMenus::chooseAndOpen()
{
    const QString start = recent_.paths().isEmpty() ? QString() : QFileInfo(recent_.paths().first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(&window_, tr("Open Capture"), start,
                                                      tr("Captures (*.pcap *.pcapng *.cap *.pcap.gz);;All files (*)"));
    if (!path.isEmpty())
        window_.openCapture(path);
}

void MainMenus::fillRecentMenu()
{
    recentMenu_->clear();
    const QStringList paths = recent_.paths();
    for (const auto& path : paths)
        recentMenu_->addAction(QFileInfo(path).fileName(), &window_, [this, path] { window_.openCapture(path); })
            ->setStatusTip(path);
    if (!paths.isEmpty()) {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("Clear Menu"), this, [this] {
            recent_.clear();
            recentMenu_->setEnabled(false);
        });
    }
    recentMenu_->setEnabled(!paths.isEmpty());
}

} // namespace tcplens::ui
