#include "CaptureStatusBar.h"

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
      cancel_(new QPushButton(tr("Cancel"), this)), file_(new QLabel(this)), count_(new QLabel(this))
{
    notice_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progress_->setRange(0, kProgressSteps);
    progress_->setTextVisible(true);
    progress_->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    progress_->hide();
    cancel_->setToolTip(tr("Stop loading; the packets read so far stay listed"));
    cancel_->hide();
    file_->setContentsMargins(fontMetrics().averageCharWidth(), 0, fontMetrics().averageCharWidth(), 0);
    count_->setContentsMargins(0, 0, fontMetrics().averageCharWidth(), 0);

    addWidget(notice_, 1);
    addPermanentWidget(progress_);
    addPermanentWidget(cancel_);
    addPermanentWidget(file_);
    addPermanentWidget(count_);
    connect(cancel_, &QPushButton::clicked, this, &CaptureStatusBar::cancelRequested);
}

void CaptureStatusBar::setFile(const QString& path)
{
    file_->setText(QFileInfo(path).fileName());
    file_->setToolTip(QFileInfo(path).absoluteFilePath());
}

void CaptureStatusBar::setPacketCount(quint64 packets)
{
    count_->setText(packets == 1 ? tr("1 packet") : tr("%1 packets").arg(QLocale().toString(packets)));
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

void CaptureStatusBar::setNotice(const QString& text, NoticeKind kind)
{
    notice_->setText(text);
    notice_->setStyleSheet(kind == NoticeKind::Warning ? QStringLiteral("color: #8a1c00; font-weight: 600;")
                                                       : QString());
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
