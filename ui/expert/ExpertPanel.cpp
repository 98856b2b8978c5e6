#include "ExpertPanel.h"

#include "ExpertModel.h"
#include "ExpertStyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace tcplens::ui {

ExpertPanel::ExpertPanel(QWidget* parent)
    : QWidget(parent), model_(new ExpertModel(this)), view_(new QTreeView(this)), summary_(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    summary_->setObjectName(QStringLiteral("expertSummary"));
    summary_->setWordWrap(true);
    layout->addWidget(summary_);
    view_->setObjectName(QStringLiteral("expertTree"));
    view_->setModel(model_);
    view_->setUniformRowHeights(true);
    view_->setAlternatingRowColors(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->header()->setStretchLastSection(false);
    view_->header()->setSectionResizeMode(ExpertModel::SummaryColumn, QHeaderView::Stretch);
    for (int column = ExpertModel::GroupColumn; column < ExpertModel::ColumnCount; ++column)
        view_->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(view_, 1);
    connect(view_, &QTreeView::clicked, this, &ExpertPanel::activate);
    connect(view_, &QTreeView::activated, this, &ExpertPanel::activate);
    retranslate();
}

void ExpertPanel::setInfo(std::shared_ptr<const ExpertInfo> info, bool working)
{
    working_ = working && !info;
    model_->setInfo(std::move(info));
    // Errors and warnings open; notes and chats stay one line each until asked for.
    for (int row = 0; row < model_->rowCount(); ++row) {
        const auto severity = static_cast<ExpertSeverity>(model_->index(row, 0).data(ExpertModel::SeverityRole).toInt());
        view_->setExpanded(model_->index(row, 0), severity >= ExpertSeverity::Warning);
    }
    retranslate();
}

void ExpertPanel::setTheme(ThemeKind theme)
{
    model_->setTheme(theme);
}

QString ExpertPanel::summaryText() const
{
    return summary_->text();
}

void ExpertPanel::activate(const QModelIndex& index)
{
    const auto frame = index.data(ExpertModel::FrameRole).toUInt();
    if (frame > 0)
        emit frameActivated(frame);
}

void ExpertPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        model_->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ExpertPanel::retranslate()
{
    const auto* info = model_->info();
    if (working_) {
        summary_->setText(tr("Collecting the expert items…"));
        return;
    }
    if (!info || info->items().empty()) {
        summary_->setText(info ? tr("No expert items: no TCP segment raised one.") : tr("Open a capture to see its expert items."));
        return;
    }
    QStringList parts;
    for (int level = kExpertSeverityCount - 1; level >= 0; --level) {
        const auto severity = static_cast<ExpertSeverity>(level);
        if (const auto count = info->count(severity))
            parts << tr("%1: %2").arg(severityDisplayName(severity)).arg(count);
    }
    summary_->setText(tr("%n expert item(s) — %1. Click a frame to select it; Go › Next Problem steps through them.",
                         nullptr, int(info->items().size()))
                          .arg(parts.join(QStringLiteral(", "))));
}

} // namespace tcplens::ui
