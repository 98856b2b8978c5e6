#include "FlowGraphPanel.h"

#include <QEvent>

#include "packets/PacketListModel.h"
#include "FlowGraphView.h"

#include "FlowGraphExport.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace tcplens::ui {

FlowGraphPanel::FlowGraphPanel(QWidget* parent)
    : QWidget(parent), view_(new FlowGraphView), toolBar_(new QToolBar)
{
    reportError_ = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    choosePath_ = [this](const QString& caption, const QString& filter, const QString& suffix) {
        QFileDialog dialog(this, caption, QString(), filter);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(suffix);
        dialog.selectFile(tr("flow-graph.%1").arg(suffix));
        return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar_);
    layout->addWidget(view_, 1);
    createToolBar();
    view_->setModel(&model_);
    connect(view_, &FlowGraphView::packetActivated, this,
            [this](PacketNumber packet) { emit packetRowActivated(static_cast<int>(packet)); });
}

FlowGraphPanel::~FlowGraphPanel()
{
    view_->setModel(nullptr); // the view outlives the model during QWidget's child deletion
}

void FlowGraphPanel::createToolBar()
{
    toolBar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    scopeBox_ = new QComboBox;
    scopeBox_->addItem(QString());
    scopeBox_->addItem(QString());
    connect(scopeBox_, &QComboBox::currentIndexChanged, this,
            [this](int index) { setScope(index == 1 ? Scope::AllShown : Scope::Followed); });
    toolBar_->addWidget(scopeBox_);

    spacingBox_ = new QComboBox;
    spacingBox_->addItem(QString());
    spacingBox_->addItem(QString());
    connect(spacingBox_, &QComboBox::currentIndexChanged, this, [this](int index) {
        view_->setSpacing(index == 1 ? FlowSpacing::TimeProportional : FlowSpacing::Uniform);
    });
    toolBar_->addWidget(spacingBox_);

    slanted_ = toolBar_->addAction(QString());
    slanted_->setCheckable(true);
    connect(slanted_, &QAction::toggled, view_, &FlowGraphView::setSlanted);

    toolBar_->addSeparator();
    smaller_ = toolBar_->addAction(QStringLiteral("A\u2212"), view_, [this] { view_->setLabelScale(view_->labelScale() / 1.15); });
    bigger_ = toolBar_->addAction(QStringLiteral("A+"), view_, [this] { view_->setLabelScale(view_->labelScale() * 1.15); });

    toolBar_->addSeparator();
    auto* exportMenu = new QMenu(this);
    for (const char* format : {"png", "svg", "pdf", "txt", "mmd", "puml"})
        exportActions_.push_back(exportMenu->addAction(QString(), this, [this, format] { exportAs(QLatin1String(format)); }));
    exportMenu->addSeparator();
    rangeOnly_ = exportMenu->addAction(QString());
    rangeOnly_->setCheckable(true);
    exportButton_ = new QToolButton;
    exportButton_->setObjectName(QStringLiteral("flowExportButton"));
    exportButton_->setMenu(exportMenu);
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    toolBar_->addWidget(exportButton_);
    retranslate();
}

void FlowGraphPanel::retranslate()
{
    scopeBox_->setItemText(0, tr("Current conversation"));
    scopeBox_->setItemText(1, tr("All listed conversations"));
    scopeBox_->setToolTip(tr("The conversation of the selected packet or conversation, or every conversation the "
                             "Conversations panel lists (after the display filter)"));
    spacingBox_->setItemText(0, tr("Rows evenly spaced"));
    spacingBox_->setItemText(1, tr("Rows spaced by time"));
    spacingBox_->setToolTip(tr("Evenly spaced rows, or gaps as long as the time between packets"));
    slanted_->setText(tr("Slanted"));
    slanted_->setToolTip(tr("Draw arrows sloping down, to suggest the time a packet travels"));
    smaller_->setToolTip(tr("Smaller (Ctrl+wheel)"));
    bigger_->setToolTip(tr("Larger (Ctrl+wheel)"));
    const QString formats[] = {tr("PNG Image…"),   tr("SVG Vector Image…"), tr("PDF Document…"),
                               tr("ASCII Text…"),  tr("Mermaid Diagram…"),  tr("PlantUML Diagram…")};
    for (std::size_t i = 0; i < exportActions_.size() && i < std::size(formats); ++i)
        exportActions_[i]->setText(formats[i]);
    rangeOnly_->setText(tr("Only the Selected Rows (Shift+Click)"));
    exportButton_->setText(tr("Export"));
}

void FlowGraphPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        model_.refresh(); // the lifelines' roles, "not received" and the tooltips are the model's texts
        view_->modelChanged();
    }
    QWidget::changeEvent(event);
}

void FlowGraphPanel::setPacketModel(const PacketListModel* packets)
{
    packets_ = packets;
    setFollowed(std::nullopt);
    refresh();
}

void FlowGraphPanel::setShownStreamsProvider(std::function<std::vector<std::uint32_t>()> provider)
{
    shownStreams_ = std::move(provider);
}

void FlowGraphPanel::setRelativeNumbersAction(QAction* action)
{
    action->setIconText(tr("Relative seq/ack")); // the menu keeps its long text; the toolbar is narrow
    toolBar_->insertAction(toolBar_->actions().value(4), action);
    setRelativeNumbers(action->isChecked());
    connect(action, &QAction::toggled, this, &FlowGraphPanel::setRelativeNumbers);
}

void FlowGraphPanel::setErrorReporter(ErrorReporter reporter)
{
    reportError_ = std::move(reporter);
}

void FlowGraphPanel::setSavePathChooser(SavePathChooser chooser)
{
    choosePath_ = std::move(chooser);
}

std::vector<std::uint32_t> FlowGraphPanel::wantedStreams() const
{
    if (scope_ == Scope::AllShown)
        return shownStreams_ ? shownStreams_() : std::vector<std::uint32_t>{};
    return followed_ ? std::vector<std::uint32_t>{*followed_} : std::vector<std::uint32_t>{};
}

void FlowGraphPanel::followStream(std::optional<std::uint32_t> stream)
{
    setFollowed(stream);
    if (scope_ == Scope::Followed)
        refresh();
}

void FlowGraphPanel::setFollowed(std::optional<std::uint32_t> stream)
{
    if (stream == followed_)
        return;
    followed_ = stream;
    emit currentStreamChanged(stream ? qint64{*stream} : -1);
}

void FlowGraphPanel::setScope(Scope scope)
{
    scope_ = scope;
    scopeBox_->setCurrentIndex(scope == Scope::AllShown ? 1 : 0);
    refresh();
}

void FlowGraphPanel::refresh()
{
    const int current = view_->currentRow();
    const auto packet = current >= 0 ? std::optional(model_.packetAt(current)) : std::nullopt;
    if (packets_)
        model_.setCapture(&packets_->store(), &packets_->analyses());
    else
        model_.setCapture(nullptr, nullptr);
    model_.setStreams(wantedStreams());
    view_->modelChanged();
    if (packet)
        view_->showPacket(*packet);
}

void FlowGraphPanel::refreshFollowingNewest()
{
    const bool following = view_->showsNewestRow();
    const int before = model_.rowCount();
    refresh();
    if (following && model_.rowCount() > before)
        view_->scrollToNewestRow();
}

void FlowGraphPanel::showPacketRow(int row)
{
    if (row < 0 || !packets_ || row >= packets_->rowCount())
        return;
    const auto& record = packets_->analysis(row);
    if (scope_ == Scope::Followed && record.isTcp() && followed_ != record.stream) {
        setFollowed(record.stream);
        refresh();
    }
    view_->showPacket(static_cast<PacketNumber>(row));
}

void FlowGraphPanel::setRelativeNumbers(bool relative)
{
    model_.setRelativeNumbers(relative);
    view_->modelChanged();
}

QString FlowGraphPanel::exportTo(const QString& path, const QString& format, bool selectedRangeOnly) const
{
    FlowImageOptions options;
    if (selectedRangeOnly) {
        const auto [first, last] = view_->selectedRange();
        if (first < 0)
            return tr("No rows are selected: click a packet, then Shift+click another.");
        options.firstRow = first;
        options.lastRow = last;
    }
    if (const auto image = parseFlowImageFormat(format)) {
        options.spacing = view_->spacing();
        options.slanted = view_->slanted();
        options.palette = view_->palette();
        options.font = view_->labelFont();
        options.width = std::max<qreal>(1200, view_->graphLayout().width());
        options.pixelRatio = *image == FlowImageFormat::Png ? 2.0 : 1.0;
        return exportFlowImage(model_, path, *image, options);
    }
    return exportFlowText(model_, path, format, options.firstRow, options.lastRow);
}

void FlowGraphPanel::exportAs(const QString& format)
{
    const std::pair<QString, QString> filters[] = {
        {QStringLiteral("png"), tr("PNG images (*.png)")},     {QStringLiteral("svg"), tr("SVG images (*.svg)")},
        {QStringLiteral("pdf"), tr("PDF documents (*.pdf)")},  {QStringLiteral("txt"), tr("Text files (*.txt)")},
        {QStringLiteral("mmd"), tr("Mermaid files (*.mmd)")},  {QStringLiteral("puml"), tr("PlantUML files (*.puml)")}};
    QString filter;
    for (const auto& [suffix, text] : filters)
        if (suffix == format)
            filter = text;
    if (model_.rowCount() == 0) {
        reportError_(tr("Nothing to export"), tr("Select a conversation first: the flow graph is empty."));
        return;
    }
    const QString path = choosePath_(tr("Export Flow Graph"), filter, format);
    if (path.isEmpty())
        return;
    const QString problem = exportTo(path, format, rangeOnly_->isChecked());
    if (!problem.isEmpty())
        reportError_(tr("Cannot export the flow graph"), problem);
}

} // namespace tcplens::ui
