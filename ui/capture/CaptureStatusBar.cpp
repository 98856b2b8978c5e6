#include "CaptureStatusBar.h"

#include "WarningStyle.h"

#include <QEvent>

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace tcplens::ui {

namespace {
constexpr int kProgressSteps = 1000;
}

CaptureStatusBar::CaptureStatusBar(QWidget* parent)
    : QStatusBar(parent), notice_(new QLabel(this)), progress_(new QProgressBar(this)),
      cancel_(new QPushButton(tr("Cancel"), this)), file_(new QLabel(this)), count_(new QLabel(this)),
      captureStats_(new QLabel(this)), stopCapture_(new QPushButton(tr("Stop"), this))
{
    notice_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progress_->setRange(0, kProgressSteps);
    progress_->setTextVisible(true);
    progress_->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    progress_->hide();
    cancel_->hide();
    file_->setContentsMargins(fontMetrics().averageCharWidth(), 0, fontMetrics().averageCharWidth(), 0);
    count_->setContentsMargins(0, 0, fontMetrics().averageCharWidth(), 0);

    addWidget(notice_, 1);
    addPermanentWidget(progress_);
    addPermanentWidget(cancel_);
    addPermanentWidget(file_);
    addPermanentWidget(count_);
    captureStats_->setContentsMargins(0, 0, fontMetrics().averageCharWidth(), 0);
    captureStats_->hide();
    addPermanentWidget(captureStats_);
    stopCapture_->setObjectName(QStringLiteral("stopCaptureButton"));
    stopCapture_->hide();
    addPermanentWidget(stopCapture_);
    connect(stopCapture_, &QPushButton::clicked, this, &CaptureStatusBar::stopCaptureRequested);
    connect(cancel_, &QPushButton::clicked, this, &CaptureStatusBar::cancelRequested);
    retranslate();
}

void CaptureStatusBar::retranslate()
{
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop loading; the packets read so far stay listed"));
    stopCapture_->setText(tr("Stop"));
    stopCapture_->setToolTip(tr("Stop the capture; its packets stay on screen (Ctrl+E)"));
    if (displayed_)
        setDisplayed(displayed_->first, displayed_->second);
}

void CaptureStatusBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Another theme: the warning's colour follows its background.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        setNotice(notice_->text(), noticeKind_);
    QStatusBar::changeEvent(event);
}

void CaptureStatusBar::setFile(const QString& path)
{
    file_->setText(QFileInfo(path).fileName());
    file_->setToolTip(QFileInfo(path).absoluteFilePath());
}

void CaptureStatusBar::setDisplayed(quint64 displayed, quint64 total)
{
    displayed_ = {displayed, total};
    const QLocale locale;
    count_->setText(tr("Displayed %1 of %2").arg(locale.toString(displayed), locale.toString(total)));
    count_->setToolTip(tr("Packets the display filter and the followed conversation let through, of the packets loaded"));
}

QString CaptureStatusBar::displayedText() const
{
    return count_->text();
}

void CaptureStatusBar::setCaptureStats(quint64 received, quint64 droppedByKernel, quint64 droppedByInterface,
                                       qint64 durationNs)
{
    const QLocale locale;
    const qint64 seconds = durationNs / 1'000'000'000;
    const QString duration = QStringLiteral("%1:%2:%3")
                                 .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                                 .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                                 .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    captureStats_->setText(tr("Received %1 · dropped by kernel %2 · by interface %3 · %4")
                               .arg(locale.toString(received), locale.toString(droppedByKernel),
                                    locale.toString(droppedByInterface), duration));
    captureStats_->setToolTip(tr("Packets that passed the capture filter; dropped by the kernel because the buffer "
                                 "was full; dropped by the interface or its driver; capture duration"));
    captureStats_->setStyleSheet(droppedByKernel + droppedByInterface > 0 ? QStringLiteral("color: #b00020;") : QString());
    captureStats_->show();
}

void CaptureStatusBar::setCapturing(bool capturing)
{
    stopCapture_->setVisible(capturing);
}

void CaptureStatusBar::clearCaptureStats()
{
    captureStats_->clear();
    captureStats_->hide();
}

QString CaptureStatusBar::captureStatsText() const
{
    return captureStats_->text();
}

void CaptureStatusBar::startProgress()
{
    progress_->setValue(0);
    progress_->show();
    cancel_->show();
}

void CaptureStatusBar::setProgress(quint64 done, quint64 total)
{
    if (total == 0) {
        progress_->setRange(0, 0); // size unknown: a busy indicator
        return;
    }
    progress_->setRange(0, kProgressSteps);
    progress_->setValue(static_cast<int>(std::min<quint64>(done, total) * kProgressSteps / total));
}

void CaptureStatusBar::stopProgress()
{
    progress_->hide();
    cancel_->hide();
}

void CaptureStatusBar::showLoadEnd(const LoadResult& result)
{
    const QString shown = result.packets == 1 ? tr("1 packet") : tr("%1 packets").arg(result.packets);
    switch (result.status) {
    case LoadStatus::Complete: setNotice({}); break;
    case LoadStatus::Incomplete:
        setNotice(tr("%1 — showing the %2 before it").arg(result.message, shown), NoticeKind::Warning);
        break;
    case LoadStatus::Cancelled: setNotice(tr("Loading cancelled — showing the first %1").arg(shown), NoticeKind::Warning); break;
    case LoadStatus::Failed:
        setNotice(tr("Could not open %1").arg(QFileInfo(result.path).fileName()), NoticeKind::Warning);
        break;
    }
}

void CaptureStatusBar::setNotice(const QString& text, NoticeKind kind)
{
    notice_->setText(text);
    noticeKind_ = kind;
    notice_->setStyleSheet(kind == NoticeKind::Warning ? warningStyleSheet(palette(), true) : QString());
}

QString CaptureStatusBar::notice() const
{
    return notice_->text();
}

bool CaptureStatusBar::isShowingProgress() const
{
    return !progress_->isHidden();
}

} // namespace tcplens::ui
