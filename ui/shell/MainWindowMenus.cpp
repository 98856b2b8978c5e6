// MainWindow's File, View and Analyze menus (Edit and Go are PacketNavigation's, Help is HelpMenu's),
// each entry a call on the window or a panel; rebuilt in place when the language changes.
#include "MainWindow.h"

#include "CapturePropertiesDialog.h"
#include "ExportDissectionsDialog.h"
#include "ExportPacketsDialog.h"
#include "PacketNavigation.h"
#include "capture/CaptureSession.h"
#include "follow/FollowStreamDialog.h"
#include "packets/FilterBar.h"
#include "flowgraph/FlowGraphPanel.h"
#include "inspector/HexView.h"
#include "inspector/InspectorPanel.h"
#include "Language.h"
#include "packets/PacketFilterModel.h"
#include "packets/PacketListModel.h"
#include "packets/PacketTableView.h"
#include "report/ConversationReportDialog.h"
#include "capture/CaptureStatusBar.h"
#include "SampleCaptures.h"
#include "Theme.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

#include <tuple>

namespace tcplens::ui {

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
    file->addAction(tr("Export Specified &Packets…"), this, [this] {
        exportSpecifiedPackets(this, rereadablePath(), *packets_, *filter_,
                               *navigation_->marks(), packetView_->currentPacketRow());
    })->setObjectName(QStringLiteral("exportSpecifiedPackets"));
    auto* dissections = file->addMenu(tr("Export Packet &Dissections"));
    dissections->setObjectName(QStringLiteral("exportDissectionsMenu"));
    using Format = ExportDissectionsDialog::Format;
    for (const auto& [format, label, name] : {std::tuple{Format::Csv, tr("As &CSV…"), "exportCsv"},
                                              std::tuple{Format::Json, tr("As &JSON…"), "exportJson"}})
        dissections
            ->addAction(label, this,
                        [this, format = format] {
                            exportPacketDissections(this, format, *packetView_, *navigation_->marks(),
                                                    isCapturing() || isLoading());
                        })
            ->setObjectName(QLatin1String(name));
    propertiesAction_ = file->addAction(tr("Capture File P&roperties…"), this,
                                        [this] { showCaptureProperties(this, rereadablePath()); });
    propertiesAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_C)); // as Wireshark
    propertiesAction_->setObjectName(QStringLiteral("capturePropertiesAction"));
    propertiesAction_->setEnabled(false);
    file->addSeparator();
    closeAction_ = file->addAction(tr("&Close"), this, &MainWindow::closeCapture);
    closeAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W)); // as Wireshark
    closeAction_->setEnabled(false);  // until something is open (updateCaptureActions)
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
        auto* action = samples->addAction(label, this, [this, path] { openCapture(path); });
        action->setEnabled(!path.isEmpty());
    }
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
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
    bits->setChecked(hexView()->bitsMode());
    connect(bits, &QAction::toggled, hexView(), &HexView::setBitsMode);
    connect(hexView(), &HexView::bitsModeChanged, bits, &QAction::setChecked);
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
    for (auto* dock : layout_.docks())
        panels->addAction(dock->toggleViewAction());
    auto* reset = viewMenu_->addAction(tr("Reset &Layout"), this, &MainWindow::resetLayout);
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    reset->setStatusTip(tr("Put every panel back in its default place and size"));

    auto* analyze = freshMenu(analyzeMenu_, tr("&Analyze"));
    analyze->addAction(tr("&Follow This Conversation"), this, &MainWindow::followCurrentConversation);
    auto* followTcp = analyze->addAction(tr("Follow &TCP Stream"), this, [this] {
        const int row = packetView_->currentPacketRow();
        const bool tcp = row >= 0 && packets_->analysis(row).isTcp();
        openFollowStream(this, rereadablePath(), tcp ? std::optional(packets_->analysis(row).stream) : std::nullopt,
                         [this](quint32 frame) { navigation_->goToPacket(frame); });
    });
    followTcp->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_T)); // as Wireshark
    followTcp->setObjectName(QStringLiteral("followTcpStream"));
    analyze->addAction(tr("&Show All Conversations"), this, [this] { followStream(std::nullopt); });
    auto* handshakes = analyze->addAction(tr("Only &Handshakes and Closes (SYN, FIN, RST)"));
    handshakes->setCheckable(true);
    handshakes->setChecked(filter_->handshakesAndClosesOnly());
    connect(handshakes, &QAction::toggled, filter_, &PacketFilterModel::setHandshakesAndClosesOnly);
    analyze->addAction(tr("&Charts of This Conversation"), this, [this] { showCharts(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    auto* report = analyze->addAction(tr("Conversation &Report"), this, [this] { showConversationReport(); });
    report->setObjectName(QStringLiteral("conversationReportAction"));
    report->setStatusTip(tr("The TCP lab's answers for this conversation: sequence numbers, RTT estimates, window, "
                            "retransmissions, throughput"));
    analyze->addAction(tr("Edit Display &Filter"), this, [this] { filterBar_->setFocus(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
}

ConversationReportDialog* MainWindow::showConversationReport(std::optional<std::uint32_t> stream)
{
    if (!stream)
        stream = currentStream();
    if (!stream) {
        status_->setNotice(tr("There is no TCP conversation to report on."), CaptureStatusBar::NoticeKind::Warning);
        return nullptr;
    }
    if (!report_) {
        report_ = new ConversationReportDialog(this);
        connect(report_, &ConversationReportDialog::frameActivated, this,
                [this](quint32 frame) { selectPacketRow(int(frame) - 1); });
    }
    report_->showStream(packets_->store(), packets_->analyses(), *stream);
    report_->show();
    report_->raise();
    report_->activateWindow();
    return report_;
}

QMenu* MainWindow::freshMenu(QMenu*& menu, const QString& title)
{
    if (!menu)
        return menu = menuBar()->addMenu(title);
    menu->clear(); // rebuilt in place: the menu keeps its position on the bar
    menu->setTitle(title);
    return menu;
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

} // namespace tcplens::ui
