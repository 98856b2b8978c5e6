#include "ExpertController.h"

#include "ExpertPanel.h"
#include "ExpertStyle.h"
#include "packets/PacketListModel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

namespace tcplens::ui {

ExpertController::ExpertController(PacketListModel& packets, ExpertPanel& panel, QStatusBar& statusBar, Window window,
                                   QObject* parent)
    : QObject(parent), packets_(packets), panel_(panel), window_(std::move(window)), indicator_(new QToolButton(&statusBar))
{
    indicator_->setObjectName(QStringLiteral("expertIndicator"));
    indicator_->setAutoRaise(true);
    indicator_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    indicator_->hide();
    statusBar.addPermanentWidget(indicator_);
    connect(indicator_, &QToolButton::clicked, this, &ExpertController::showRequested);
    // The store is about to change under a running worker: stop it and forget what it described.
    connect(&packets_, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        stop();
        setInfo(nullptr);
    });
    connect(&packets_, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        if (worker_ || info_) {
            stop();
            setInfo(nullptr);
        }
    });
    indicator_->installEventFilter(this);
    retranslate();
}

ExpertController::~ExpertController()
{
    stop();
}

void ExpertController::addGoActions(QMenu& go)
{
    go.addSeparator();
    next_ = go.addAction(QString(), this, [this] { stepToProblem(true); });
    next_->setObjectName(QStringLiteral("nextProblemAction"));
    // Ctrl+Shift+N / B are Next / Previous Mark, as in Wireshark.
    next_->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    previous_ = go.addAction(QString(), this, [this] { stepToProblem(false); });
    previous_->setObjectName(QStringLiteral("previousProblemAction"));
    previous_->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    retranslate();
}

void ExpertController::recompute()
{
    stop();
    if (packets_.store().size() == 0) {
        setInfo(nullptr);
        return;
    }
    const auto generation = ++generation_;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    const auto* store = &packets_.store();
    const auto* analyses = &packets_.analyses();
    QPointer<ExpertController> self(this);
    worker_ = QThread::create([self, store, analyses, cancel = cancel_, generation] {
        auto info = std::make_shared<const ExpertInfo>(ExpertInfo::build(*store, *analyses, {}, cancel.get()));
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(qApp, [self, info = std::move(info), generation] {
            if (self && self->generation_ == generation)
                self->setInfo(info);
        });
    });
    connect(worker_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &QThread::finished, this, [this, generation] {
        if (generation_ == generation)
            worker_ = nullptr;
    });
    panel_.setInfo(nullptr, true);
    worker_->start();
}

void ExpertController::stop()
{
    if (!worker_)
        return;
    cancel_->store(true);
    worker_->wait();
    worker_ = nullptr; // deleteLater is queued by finished
    ++generation_;     // a result already posted is stale
}

void ExpertController::setInfo(std::shared_ptr<const ExpertInfo> info)
{
    info_ = std::move(info);
    panel_.setInfo(info_);
    updateIndicator();
    emit infoChanged(info_);
}

bool ExpertController::stepToProblem(bool forward)
{
    if (!info_)
        return false;
    const int current = window_.currentRow();
    auto frame = current < 0 ? 0U : std::uint32_t(current) + 1U;
    while ((frame = info_->nextFrame(frame, forward)) != 0) {
        const int row = int(frame) - 1;
        if (window_.isShown(row)) {
            window_.selectRow(row);
            return true;
        }
    }
    return false;
}

void ExpertController::setTheme(ThemeKind theme)
{
    theme_ = theme;
    panel_.setTheme(theme);
    updateIndicator();
}

bool ExpertController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == indicator_ && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ExpertController::updateIndicator()
{
    const auto worst = info_ ? info_->worstSeverity() : std::nullopt;
    indicator_->setVisible(worst.has_value());
    if (!worst)
        return;
    indicator_->setIcon(severityIcon(*worst, theme_));
    indicator_->setText(severityDisplayName(*worst));
    QStringList counts;
    for (int level = kExpertSeverityCount - 1; level >= 0; --level)
        if (const auto count = info_->count(static_cast<ExpertSeverity>(level)))
            counts << tr("%1: %2").arg(severityDisplayName(static_cast<ExpertSeverity>(level))).arg(count);
    indicator_->setToolTip(tr("Worst expert severity in the capture: %1 (%2). Click to open Expert Information.")
                               .arg(severityDisplayName(*worst), counts.join(QStringLiteral(", "))));
}

void ExpertController::retranslate()
{
    if (next_) {
        next_->setText(tr("Next &Problem"));
        next_->setStatusTip(tr("Select the next packet with an expert note, warning or error"));
        previous_->setText(tr("Previous Pro&blem"));
        previous_->setStatusTip(tr("Select the previous packet with an expert note, warning or error"));
    }
    updateIndicator();
}

} // namespace tcplens::ui
