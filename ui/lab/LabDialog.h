#pragma once
// Lab › Record a Scenario…: the TCP lab's scenarios, each one's explanation in the interface
// language and whether it needs root; records the chosen one into a folder on a worker thread
// (stage, Cancel, an error that names the fix), shows the check of what the explanation promises,
// has the window open the recording and offers to present it.

#include <capture/CaptureHelperAccess.h>

#include <QDialog>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace tcplens { struct LabScenario; struct LabRecording; struct LabRecorderOptions; enum class LabStage; }

namespace tcplens::ui {

class LabRecordingWorker;

class LabDialog : public QDialog {
    Q_OBJECT
public:
    /// What the dialog asks of the window: open the recording (the window answers with
    /// recordingOpened()), and present it (false when there is nothing to present).
    struct Hooks {
        std::function<void(const QString& path)> open;
        std::function<bool()> present;
    };

    LabDialog(Hooks hooks, const LabRecorderOptions& options, QWidget* parent = nullptr);
    ~LabDialog() override;

    /// Selects scenario `id`; false when there is none.
    bool selectScenario(const QString& id);
    [[nodiscard]] QString selectedScenario() const;
    /// The folder recordings go into (remembered for next time).
    void setFolder(const QString& folder);
    [[nodiscard]] QString folder() const;
    /// Records the selected scenario (what Record does); false when it cannot start.
    bool record();
    /// Leaves the dialog and presents the recording (what Present does).
    bool presentRecording();
    /// The window opened `path` (ok) or could not; a recording just made becomes presentable.
    void recordingOpened(const QString& path, bool ok);

    [[nodiscard]] bool isRecording() const;
    /// The file of the last recording that succeeded, empty before.
    [[nodiscard]] const QString& recordedPath() const noexcept { return recordedPath_; }
    [[nodiscard]] QPushButton* recordButton() const noexcept { return recordButton_; }
    [[nodiscard]] QPushButton* presentButton() const noexcept { return presentButton_; }
    [[nodiscard]] QPushButton* closeButton() const noexcept { return closeButton_; }
    [[nodiscard]] QListWidget* scenarioList() const noexcept { return list_; }
    [[nodiscard]] QString explanationText() const;
    [[nodiscard]] QString requirementText() const;
    [[nodiscard]] QString statusText() const;
    /// The check of the last recording (HTML), empty before one.
    [[nodiscard]] QString resultsText() const;
    [[nodiscard]] QTextBrowser* page() const noexcept { return page_; }

signals:
    /// A recording ended: `recorded` when the file was written and checked.
    void recordingFinished(bool recorded);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void buildWidgets();
    void retranslate();
    void fillList();
    void showScenario();
    void renderPage();
    /// Why the selected scenario cannot be recorded here (empty: it can), and whether Record is on.
    [[nodiscard]] QString blocker() const;
    void updateButtons();
    void chooseFolder();
    void onStage(tcplens::LabStage stage);
    void onFinished();
    /// The last recording's status line and check, in the current language.
    void showOutcome();
    void showResults(const LabRecording& recording);
    [[nodiscard]] QString failureText(const LabRecording& recording) const;
    /// Whether this user can run the helper the recordings use, checked now.
    [[nodiscard]] CaptureHelperAccess helperAccess() const;
    [[nodiscard]] const LabScenario* scenario() const;
    void setStatus(const QString& text, bool warning = false);

    Hooks hooks_;
    LabRecordingWorker* worker_;
    QString helperPath_;     ///< The helper the recordings use (empty: CaptureHelperProcess::locate()).
    CaptureHelperAccess access_;  ///< Whether this user can run the helper, found when the dialog opened.
    QString helperProblem_;  ///< What to do before recording can work (empty: nothing).
    QListWidget* list_ = nullptr;
    QTextBrowser* page_ = nullptr;  ///< The selected scenario: title, explanation, needs, check.
    QString titleText_;
    QString explanationText_;
    QString requirementText_;
    bool requirementBlocks_ = false;
    QString resultsHtml_;           ///< The check of the recording of recordingId_.
    QLabel* folderLabel_ = nullptr;
    QLineEdit* folder_ = nullptr;
    QPushButton* browse_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* recordButton_ = nullptr;
    QPushButton* presentButton_ = nullptr;
    QPushButton* closeButton_ = nullptr;
    QString recordingPath_;  ///< The file being recorded or opened.
    QString recordedPath_;
    QString recordingId_;    ///< The scenario of the running or last recording.
    bool cancelling_ = false;
    bool presentable_ = false;
    bool openFailed_ = false;
};

} // namespace tcplens::ui
