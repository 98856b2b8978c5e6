#include "LabDialog.h"

#include "LabProblemText.h"
#include "LabRecordingWorker.h"
#include "shell/Language.h"

#include "capture/HelperFailure.h"

#include <capture/CaptureHelperAccess.h>
#include <lab/LabCatalog.h>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTextBrowser>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <unistd.h>

#include <algorithm>

namespace tcplens::ui {
namespace {

constexpr auto kFolderKey = "lab/folder";

QString text(const LabText& text)
{
    return QString::fromStdString(text.in(installedLanguage().toStdString()));
}

QString defaultFolder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(QStringLiteral("tcplens-lab"));
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

LabDialog::LabDialog(Hooks hooks, const LabRecorderOptions& options, QWidget* parent)
    : QDialog(parent), hooks_(std::move(hooks)), worker_(new LabRecordingWorker(options, this)),
      helperPath_(QString::fromStdString(options.helperPath))
{
    setObjectName(QStringLiteral("labDialog"));
    // What the Capture dialog says before Start: the helper missing, not in its group, no capability.
    access_ = helperAccess();
    helperProblem_ = HelperFailure::forAccess(access_);
    buildWidgets();
    connect(worker_, &LabRecordingWorker::stageReached, this, &LabDialog::onStage);
    connect(worker_, &LabRecordingWorker::finished, this, &LabDialog::onFinished);
    setFolder(QSettings().value(QLatin1String(kFolderKey), defaultFolder()).toString());
    retranslate();
    list_->setCurrentRow(0);
    // Large enough for a paragraph and a check without scrolling, never larger than the screen.
    QSize size(980, 640);
    if (const QScreen* screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    resize(size);
}

LabDialog::~LabDialog() = default;

void LabDialog::buildWidgets()
{
    list_ = new QListWidget;
    list_->setObjectName(QStringLiteral("labScenarioList"));
    list_->setWordWrap(true);
    list_->setTextElideMode(Qt::ElideNone);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setMinimumWidth(250);
    connect(list_, &QListWidget::currentRowChanged, this, [this] { showScenario(); });

    // One document for the title, the explanation, what it needs and the check: it wraps and
    // scrolls as a whole, in either language.
    page_ = new QTextBrowser;
    page_->setObjectName(QStringLiteral("labPage"));
    page_->setOpenLinks(false);
    page_->setFrameShape(QFrame::NoFrame);
    page_->viewport()->setAutoFillBackground(false);
    page_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* top = new QHBoxLayout;
    top->addWidget(list_, 2);
    top->addWidget(page_, 5);

    folderLabel_ = new QLabel;
    folder_ = new QLineEdit;
    folder_->setObjectName(QStringLiteral("labFolder"));
    folderLabel_->setBuddy(folder_);
    browse_ = new QPushButton;
    connect(browse_, &QPushButton::clicked, this, &LabDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel_);
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(browse_);

    progress_ = new QProgressBar;
    progress_->setRange(0, 4); // the recorder's stages
    progress_->setTextVisible(false);
    progress_->setMaximumWidth(160);
    progress_->hide();
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("labStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(progress_, 0, Qt::AlignTop);
    statusRow->addWidget(status_, 1);

    recordButton_ = new QPushButton;
    recordButton_->setObjectName(QStringLiteral("labRecordButton"));
    recordButton_->setDefault(true);
    presentButton_ = new QPushButton;
    presentButton_->setObjectName(QStringLiteral("labPresentButton"));
    closeButton_ = new QPushButton;
    closeButton_->setObjectName(QStringLiteral("labCloseButton"));
    connect(recordButton_, &QPushButton::clicked, this, &LabDialog::record);
    connect(presentButton_, &QPushButton::clicked, this, &LabDialog::presentRecording);
    connect(closeButton_, &QPushButton::clicked, this, &LabDialog::reject);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(recordButton_, QDialogButtonBox::ActionRole);
    buttons->addButton(presentButton_, QDialogButtonBox::ActionRole);
    buttons->addButton(closeButton_, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(folderRow);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);
}

void LabDialog::retranslate()
{
    setWindowTitle(tr("Record a Lab Scenario"));
    folderLabel_->setText(tr("Save &in:"));
    folder_->setToolTip(tr("Each recording is a new file here, named after the scenario and the time"));
    browse_->setText(tr("&Browse…"));
    recordButton_->setText(tr("&Record"));
    presentButton_->setText(tr("&Present"));
    presentButton_->setToolTip(tr("Full screen, one packet per key press, starting with the scenario's explanation"));
    fillList();
    showScenario();
    if (!isRecording() && !recordingId_.isEmpty())
        showOutcome(); // the last recording's check and status in the new language
    updateButtons();
}

void LabDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && page_)
        renderPage(); // the requirement's colour is the theme's
}

void LabDialog::fillList()
{
    const int row = std::max(0, list_->currentRow());
    const QSignalBlocker quiet(list_);
    list_->clear();
    for (const auto& scenario : labScenarios()) {
        const QString title = text(scenario.title);
        auto* item = new QListWidgetItem(scenario.needsRoot() ? tr("%1 (root)").arg(title) : title, list_);
        item->setData(Qt::UserRole, QString::fromStdString(scenario.id));
        item->setToolTip(QString::fromStdString(scenario.id));
        if (scenario.needsRoot() && !isRoot())
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    list_->setCurrentRow(std::min(row, list_->count() - 1));
}

const LabScenario* LabDialog::scenario() const
{
    const auto* item = list_->currentItem();
    return item ? findLabScenario(item->data(Qt::UserRole).toString().toStdString()) : nullptr;
}

QString LabDialog::selectedScenario() const
{
    const auto* item = list_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool LabDialog::selectScenario(const QString& id)
{
    for (int row = 0; row < list_->count(); ++row)
        if (list_->item(row)->data(Qt::UserRole).toString() == id) {
            list_->setCurrentRow(row);
            return true;
        }
    return false;
}

QString LabDialog::blocker() const
{
    const LabScenario* chosen = scenario();
    if (!chosen)
        return tr("Choose a scenario.");
    if (!helperProblem_.isEmpty())
        return helperProblem_;
    if (chosen->needsRoot() && !isRoot())
        return tr("Needs root: this scenario makes a network namespace of its own (its loopback shaped with tc), "
                  "which only root may do. Start tcplens as root (sudo) to record it.");
    return {};
}

void LabDialog::showScenario()
{
    const LabScenario* chosen = scenario();
    titleText_ = chosen ? text(chosen->title) : QString();
    explanationText_ = chosen ? text(chosen->explanation) : QString();
    const QString reason = blocker();
    requirementBlocks_ = !reason.isEmpty();
    if (requirementBlocks_)
        requirementText_ = reason;
    else if (chosen && chosen->needsRoot())
        requirementText_ = tr("Recorded as root in a network namespace of its own; the rest of the machine is not touched.");
    else
        requirementText_ = tr("Recorded on the loopback interface between tcplens's own client and server, "
                              "through the capture helper tcplens-capture.");
    renderPage();
    updateButtons();
}

void LabDialog::renderPage()
{
    const auto paragraph = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(paragraph(titleText_), paragraph(explanationText_));
    html += requirementBlocks_ ? QStringLiteral("<p><b>%1</b></p>").arg(paragraph(requirementText_))
                               : QStringLiteral("<p style=\"color: %1\">%2</p>")
                                     .arg(palette().color(QPalette::PlaceholderText).name(), paragraph(requirementText_));
    // The check belongs to the scenario that was recorded: shown again when it is selected.
    if (!resultsHtml_.isEmpty() && !isRecording() && selectedScenario() == recordingId_)
        html += resultsHtml_;
    page_->setHtml(html);
}

void LabDialog::updateButtons()
{
    const bool recording = isRecording();
    recordButton_->setEnabled(!recording && blocker().isEmpty());
    presentButton_->setEnabled(!recording && presentable_);
    presentButton_->setDefault(presentable_);
    recordButton_->setDefault(!presentable_);
    closeButton_->setText(recording ? tr("&Cancel") : tr("&Close"));
    closeButton_->setEnabled(!cancelling_);
    list_->setEnabled(!recording);
    folder_->setEnabled(!recording);
    browse_->setEnabled(!recording);
}

void LabDialog::setFolder(const QString& folder)
{
    folder_->setText(QDir::toNativeSeparators(folder));
}

QString LabDialog::folder() const
{
    return QDir::fromNativeSeparators(folder_->text().trimmed());
}

void LabDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Save Lab Recordings In"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void LabDialog::setStatus(const QString& text, bool warning)
{
    status_->setText(text);
    QFont font = status_->font();
    font.setBold(warning);
    status_->setFont(font);
}

bool LabDialog::isRecording() const
{
    return worker_->isRunning();
}

bool LabDialog::record()
{
    const LabScenario* chosen = scenario();
    if (isRecording() || !chosen || !blocker().isEmpty())
        return false;
    const QString directory = folder();
    if (directory.isEmpty() || !QDir().mkpath(directory)) {
        setStatus(tr("Cannot make the folder %1: choose another one.").arg(QDir::toNativeSeparators(directory)), true);
        return false;
    }
    QSettings().setValue(QLatin1String(kFolderKey), directory);
    recordingId_ = QString::fromStdString(chosen->id);
    recordingPath_ = QDir(directory).filePath(
        recordingId_ + QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + ".pcapng");
    presentable_ = false;
    openFailed_ = false;
    cancelling_ = false;
    recordedPath_.clear();
    resultsHtml_.clear();
    renderPage();
    progress_->setValue(0);
    progress_->show();
    worker_->start(*chosen, recordingPath_);
    onStage(LabStage::StartingHelper);
    updateButtons();
    return true;
}

void LabDialog::onStage(LabStage stage)
{
    if (!isRecording() || cancelling_)
        return;
    progress_->setValue(static_cast<int>(stage) + 1);
    switch (stage) {
    case LabStage::StartingHelper: setStatus(tr("Starting the capture helper on the loopback interface…")); break;
    case LabStage::RunningSockets: setStatus(tr("Recording: the client and the server are at work…")); break;
    case LabStage::WaitingForLast: setStatus(tr("Waiting for the last packets to reach the file…")); break;
    case LabStage::Checking: setStatus(tr("Checking that the capture shows what the explanation promises…")); break;
    }
}

CaptureHelperAccess LabDialog::helperAccess() const
{
    return helperPath_.isEmpty() ? CaptureHelperAccess::check()
                                 : CaptureHelperAccess::checkPath(QFile::encodeName(helperPath_).toStdString());
}

QString LabDialog::failureText(const LabRecording& recording) const
{
    const QString detail = recording.problem.empty() ? QString::fromStdString(recording.error)
                                                     : LabProblemText::of(recording.problem);
    switch (recording.failure) {
    case LabFailure::None: break;
    case LabFailure::Cancelled: return tr("Cancelled; the partial recording was removed.");
    case LabFailure::HelperMissing: {
        // The recorder's detail is the command line's English: where the helper is, is worded here.
        const CaptureHelperAccess now = helperAccess();
        if (now.state == CaptureHelperAccess::State::NotFound)
            return HelperFailure::notFound();
        return tr("The capture helper %1 could not be started: install it again with tcplens, or set "
                  "TCPLENS_CAPTURE_HELPER to another copy.")
            .arg(QFile::decodeName(now.helperPath.c_str()));
    }
    case LabFailure::HelperRefused:
        return tr("The capture helper may not capture. %1 (%2)")
            .arg(HelperFailure::permissionFix(QFile::decodeName(access_.helperPath.c_str()),
                                              QString::fromStdString(access_.group), QString::fromStdString(access_.userName)),
                 detail);
    case LabFailure::HelperSilent: return tr("The capture helper did not capture: %1").arg(detail);
    case LabFailure::Unwritable: return tr("The recording cannot be written: %1. Choose another folder.").arg(detail);
    case LabFailure::Network:
        return tr("This scenario's network namespace could not be made: %1. It needs root and the ip, tc and "
                  "ethtool programs.")
            .arg(detail);
    case LabFailure::Sockets:
        return tr("The scenario's sockets failed: %1. Record it again (a busy machine can miss a timeout).").arg(detail);
    case LabFailure::Damaged: return tr("The recording cannot be read back: %1").arg(detail);
    }
    return detail;
}

void LabDialog::onFinished()
{
    cancelling_ = false;
    progress_->hide();
    const LabRecording& recording = worker_->result();
    if (recording.recorded)
        recordedPath_ = QString::fromStdString(recording.path);
    showOutcome();
    emit recordingFinished(recording.recorded);
    if (recording.recorded && hooks_.open)
        hooks_.open(recordedPath_);
}

void LabDialog::showOutcome()
{
    const LabRecording& recording = worker_->result();
    if (!recording.recorded) {
        resultsHtml_.clear();
        renderPage();
        setStatus(failureText(recording), recording.failure != LabFailure::Cancelled);
        updateButtons();
        return;
    }
    showResults(recording);
    const QString where = QDir::toNativeSeparators(QString::fromStdString(recording.path));
    const int packets = static_cast<int>(recording.packets);
    if (openFailed_)
        setStatus(tr("Recorded %n TCP packets into %1, but the window could not open it.", nullptr, packets).arg(where), true);
    else if (presentable_)
        setStatus(tr("Recorded %n TCP packets into %1 and opened it in the window. Present it to the class?", nullptr, packets)
                      .arg(where));
    else
        setStatus(tr("Recorded %n TCP packets into %1; opening it…", nullptr, packets).arg(where));
    updateButtons();
}

void LabDialog::showResults(const LabRecording& recording)
{
    const auto escaped = [](const LabText& part) { return text(part).toHtmlEscaped(); };
    QString html = QStringLiteral("<p><b>%1</b></p><table cellspacing=\"1\">").arg(tr("What the capture shows").toHtmlEscaped());
    for (const auto& item : recording.check.items)
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(item.passed ? QStringLiteral("✓") : QStringLiteral("✗"),
                         tr("%1: %2", "a promise of the explanation: the frames that keep it").arg(escaped(item.what), escaped(item.evidence)));
    html += QStringLiteral("</table><p>%1</p>")
                .arg((recording.check.passed() ? tr("The capture shows what the explanation promises.")
                                               : tr("The capture does not show everything the explanation promises; "
                                                    "record it again."))
                         .toHtmlEscaped());
    QStringList seen;
    for (const auto& observation : recording.observations)
        if (!observation.text.en.empty())
            seen << escaped(observation.text);
    if (!seen.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Seen beside the capture").toHtmlEscaped(), seen.join(QStringLiteral("<br>")));
    resultsHtml_ = html;
    renderPage();
}

void LabDialog::recordingOpened(const QString& path, bool ok)
{
    if (path.isEmpty() || path != recordedPath_ || isRecording())
        return;
    presentable_ = ok;
    openFailed_ = !ok;
    showOutcome();
    if (ok)
        presentButton_->setFocus();
}

bool LabDialog::presentRecording()
{
    if (!presentable_ || !hooks_.present)
        return false;
    accept();
    return hooks_.present();
}

void LabDialog::reject()
{
    if (isRecording()) { // Cancel: the recording stops at its next step, then the dialog stays
        cancelling_ = true;
        worker_->cancel();
        setStatus(tr("Cancelling: the scenario's sockets finish their step first…"));
        updateButtons();
        return;
    }
    QDialog::reject();
}

QString LabDialog::explanationText() const
{
    return explanationText_;
}

QString LabDialog::requirementText() const
{
    return requirementText_;
}

QString LabDialog::statusText() const
{
    return status_->text();
}

QString LabDialog::resultsText() const
{
    return resultsHtml_;
}

} // namespace tcplens::ui
