#pragma once
// The main window's status bar: a notice on the left; the progress of a load with its
// Cancel button, the file name and "Displayed N of M" packets on the right.

#include "loading/LoadResult.h"

#include <QStatusBar>

#include <optional>
#include <utility>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tcplens::ui {

class CaptureStatusBar : public QStatusBar {
    Q_OBJECT
public:
    enum class NoticeKind { Info, Warning };

    explicit CaptureStatusBar(QWidget* parent = nullptr);

    void setFile(const QString& path);
    /// The permanent "Displayed N of M": packets the filters let through, of those loaded.
    void setDisplayed(quint64 displayed, quint64 total);
    [[nodiscard]] QString displayedText() const;
    /// A live capture's counters: received, dropped by the kernel and by the interface, duration
    /// (hidden again by clearCaptureStats()).
    void setCaptureStats(quint64 received, quint64 droppedByKernel, quint64 droppedByInterface, qint64 durationNs);
    void clearCaptureStats();
    /// Shows or hides the Stop button of a running capture.
    void setCapturing(bool capturing);
    [[nodiscard]] QString captureStatsText() const;
    /// Shows the progress bar and the Cancel button.
    void startProgress();
    void setProgress(quint64 done, quint64 total);
    void stopProgress();
    /// The notice of how loading `result` ended (none when every packet was read).
    void showLoadEnd(const LoadResult& result);
    /// A message that stays until replaced (menu status tips do not wipe it for good).
    void setNotice(const QString& text, NoticeKind kind = NoticeKind::Info);
    [[nodiscard]] QString notice() const;
    [[nodiscard]] bool isShowingProgress() const;

signals:
    void cancelRequested();
    void stopCaptureRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QLabel* notice_;
    NoticeKind noticeKind_ = NoticeKind::Info;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QLabel* file_;
    QLabel* count_;
    std::optional<std::pair<quint64, quint64>> displayed_; // the counts shown, to say them again in another language
    QLabel* captureStats_;
    QPushButton* stopCapture_;
};

} // namespace tcplens::ui
