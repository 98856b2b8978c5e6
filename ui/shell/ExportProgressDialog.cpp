#include "ExportProgressDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplens::ui {

ExportProgressDialog::ExportProgressDialog(const QString& title, const QString& text, QWidget* parent)
    : QDialog(parent), text_(new QLabel(text, this)), bar_(new QProgressBar(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("exportProgressDialog"));
    setWindowModality(Qt::WindowModal);
    text_->setWordWrap(true);
    bar_->setRange(0, 1000);
    bar_->setValue(0);
    auto* buttons = new QDialogButtonBox(this);
    cancel_ = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole); // Qt's own translations may be absent
    cancel_->setObjectName(QStringLiteral("exportCancelButton"));
    connect(cancel_, &QPushButton::clicked, this, &ExportProgressDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text_);
    layout->addWidget(bar_);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

void ExportProgressDialog::setProgress(std::uint64_t done, std::uint64_t total)
{
    if (total == 0) {
        bar_->setRange(0, 0);
        return;
    }
    bar_->setValue(static_cast<int>(1000 * std::min(done, total) / total));
}

void ExportProgressDialog::reject()
{
    if (finished_) {
        QDialog::reject();
        return;
    }
    if (cancelRequested_)
        return;
    cancelRequested_ = true;
    cancel_->setEnabled(false);
    text_->setText(tr("Cancelling: removing what was written…"));
    emit cancelClicked();
}

void ExportProgressDialog::finish()
{
    finished_ = true;
    done(cancelRequested_ ? QDialog::Rejected : QDialog::Accepted);
}

} // namespace tcplens::ui
