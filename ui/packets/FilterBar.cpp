#include "FilterBar.h"

#include "FilterMessageText.h"
#include "FilterRunner.h"

#include <capture/PacketAnalysisStore.h>
#include <capture/PacketStore.h>
#include <filter/DisplayFilterBpf.h>

#include <QActionGroup>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QToolButton>

#include <algorithm>

namespace tcplens::ui {
namespace {

const QString kHistoryKey = QStringLiteral("filter/history");
const QString kSyntaxKey = QStringLiteral("filter/syntax");

// Wireshark's filter bar colours: valid, questionable, invalid; dark text on each in every theme.
const QString kValid = QStringLiteral("QLineEdit { background: #afffaf; color: #002b00; }");
const QString kOther = QStringLiteral("QLineEdit { background: #ffffaf; color: #2b2b00; }");
const QString kInvalid = QStringLiteral("QLineEdit { background: #ffafaf; color: #5c0000; }");

QString syntaxKey(FilterSyntax syntax)
{
    switch (syntax) {
    case FilterSyntax::Display: return QStringLiteral("display");
    case FilterSyntax::Bpf: return QStringLiteral("bpf");
    case FilterSyntax::Automatic: break;
    }
    return QStringLiteral("automatic");
}

FilterSyntax syntaxFromKey(const QString& key)
{
    if (key == QLatin1String("display"))
        return FilterSyntax::Display;
    if (key == QLatin1String("bpf"))
        return FilterSyntax::Bpf;
    return FilterSyntax::Automatic;
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent), edit_(new QLineEdit(this)), message_(new QLabel(this)), chip_(new QToolButton(this)),
      historyButton_(new QToolButton(this)), syntaxButton_(new QToolButton(this)), bpfButton_(new QToolButton(this)),
      syntaxGroup_(new QActionGroup(this)), runner_(new FilterRunner(this)),
      synchronousPackets_(FilterRunner::kSynchronousPackets)
{
    edit_->setClearButtonEnabled(true);
    edit_->setObjectName(QStringLiteral("filterEdit"));
    message_->setObjectName(QStringLiteral("filterMessage"));
    message_->setWordWrap(false);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();
    chip_->setObjectName(QStringLiteral("streamChip"));
    chip_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    chip_->setAutoRaise(false);
    chip_->hide();
    historyButton_->setObjectName(QStringLiteral("filterHistoryButton"));
    historyButton_->setArrowType(Qt::DownArrow);
    historyButton_->setPopupMode(QToolButton::InstantPopup);
    historyButton_->setMenu(new QMenu(historyButton_));
    connect(historyButton_->menu(), &QMenu::aboutToShow, this, &FilterBar::fillHistoryMenu);
    historyButton_->setEnabled(!history().isEmpty());

    // The language switch: its text names the language the current text is read in.
    syntaxButton_->setObjectName(QStringLiteral("filterSyntaxButton"));
    syntaxButton_->setPopupMode(QToolButton::InstantPopup);
    syntaxButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* syntaxMenu = new QMenu(syntaxButton_);
    for (const auto syntax : {FilterSyntax::Automatic, FilterSyntax::Display, FilterSyntax::Bpf}) {
        auto* action = syntaxMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(static_cast<int>(syntax));
        action->setObjectName(QStringLiteral("filterSyntax_") + syntaxKey(syntax));
        syntaxGroup_->addAction(action);
        connect(action, &QAction::triggered, this, [this, syntax] { setRequestedSyntax(syntax); });
    }
    syntaxButton_->setMenu(syntaxMenu);
    requested_ = syntaxFromKey(QSettings().value(kSyntaxKey).toString());
    syntaxGroup_->actions().at(static_cast<int>(requested_))->setChecked(true);

    bpfButton_->setObjectName(QStringLiteral("copyAsBpfButton"));
    bpfButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(bpfButton_, &QToolButton::clicked, this, [this] { (void)copyAsBpf(); });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    label_ = new QLabel(this);
    label_->setBuddy(edit_);
    layout->addWidget(label_);
    layout->addWidget(edit_, 1);
    layout->addWidget(historyButton_);
    layout->addWidget(syntaxButton_);
    layout->addWidget(bpfButton_);
    layout->addWidget(message_);
    layout->addWidget(chip_);

    connect(edit_, &QLineEdit::textChanged, this, &FilterBar::validate);
    connect(edit_, &QLineEdit::returnPressed, this, &FilterBar::submit);
    connect(chip_, &QToolButton::clicked, this, &FilterBar::streamChipClosed);
    connect(runner_, &FilterRunner::finished, this, &FilterBar::finished);
    connect(runner_, &FilterRunner::progress, this, [this](quint64 done, quint64 total) {
        showMessage(tr("Filtering… %1%").arg(total ? done * 100 / total : 0), QString());
    });
    retranslate();
    validate();
}

FilterBar::~FilterBar() = default;

void FilterBar::retranslate()
{
    edit_->setPlaceholderText(tr("Display filter, e.g.  tcp.analysis.retransmission   or   ip.addr == 10.0.0.5   "
                                 "(tcpdump syntax works too: port 8888)"));
    chip_->setToolTip(tr("Showing one conversation; click to show all packets again"));
    historyButton_->setToolTip(tr("Filters used before"));
    label_->setText(tr("Filter:"));
    const auto actions = syntaxGroup_->actions();
    actions.at(0)->setText(tr("Automatic: display filter, else BPF (tcpdump)"));
    actions.at(1)->setText(tr("Display filter (Wireshark) only"));
    actions.at(2)->setText(tr("BPF (tcpdump) only"));
    syntaxButton_->setToolTip(tr("The language the filter is read in; click to choose"));
    bpfButton_->setText(tr("Copy as BPF"));
    bpfButton_->setToolTip(tr("Copy the tcpdump (BPF) expression that keeps the same packets, e.g. for a capture filter"));
    // The error is worded again in the new language.
    current_ = FilterExpression::compile(expression(), requested_, store_);
    showState();
}

void FilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::setPackets(const PacketStore* store, const PacketAnalysisStore* analyses)
{
    runner_->clear();
    store_ = store;
    analyses_ = analyses;
    validate();
}

void FilterBar::stopFiltering()
{
    runner_->stop();
}

void FilterBar::resumeFiltering()
{
    if (store_ && analyses_ && runner_->active())
        runner_->resume(*store_, *analyses_);
}

bool FilterBar::isFiltering() const
{
    return runner_->isRunning();
}

QString FilterBar::expression() const
{
    return edit_->text().trimmed();
}

void FilterBar::setRequestedSyntax(FilterSyntax syntax)
{
    requested_ = syntax;
    syntaxGroup_->actions().at(static_cast<int>(syntax))->setChecked(true);
    QSettings().setValue(kSyntaxKey, syntaxKey(syntax));
    validate();
}

void FilterBar::applyExpression(const QString& expression)
{
    edit_->setText(expression);
    submit();
}

void FilterBar::prepareExpression(const QString& expression)
{
    edit_->setText(expression);
    edit_->setFocus(Qt::OtherFocusReason);
    edit_->end(false);
}

void FilterBar::reapply()
{
    apply();
}

void FilterBar::submit()
{
    // A conversation followed from before would silently narrow what the new expression matches.
    if (chip_->isVisibleTo(this))
        emit streamChipClosed();
    apply();
}

QStringList FilterBar::history() const
{
    return QSettings().value(kHistoryKey).toStringList();
}

void FilterBar::remember(const QString& expression)
{
    QStringList list = history();
    list.removeAll(expression);
    list.prepend(expression);
    while (list.size() > kHistorySize)
        list.removeLast();
    QSettings().setValue(kHistoryKey, list);
    historyButton_->setEnabled(true);
}

void FilterBar::fillHistoryMenu()
{
    auto* menu = historyButton_->menu();
    menu->clear();
    for (const auto& expression : history())
        menu->addAction(expression, this, [this, expression] { applyExpression(expression); });
    if (!menu->isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Clear History"), this, [this] {
            QSettings().remove(kHistoryKey);
            historyButton_->setEnabled(false);
        });
    }
}

void FilterBar::setStreamChip(const QString& text)
{
    chip_->setText(text.isEmpty() ? QString() : text + QStringLiteral("  ✕"));
    chip_->setVisible(!text.isEmpty());
}

void FilterBar::showMessage(const QString& message, const QString& tone)
{
    message_->setText(message);
    message_->setStyleSheet(tone.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(tone));
    message_->setVisible(!message.isEmpty());
}

void FilterBar::showState()
{
    const bool empty = expression().isEmpty();
    const auto syntax = empty && requested_ != FilterSyntax::Automatic ? requested_ : current_.syntax();
    syntaxButton_->setText(FilterExpression::syntaxName(empty && requested_ == FilterSyntax::Automatic ? FilterSyntax::Display : syntax));
    bpfButton_->setEnabled(!empty && current_.ok());
    if (empty) {
        edit_->setStyleSheet(QString());
        edit_->setToolTip(QString());
        showMessage(QString(), QString());
        return;
    }
    if (!current_.ok()) {
        edit_->setStyleSheet(kInvalid);
        const QString other = current_.otherError();
        edit_->setToolTip(other.isEmpty() ? current_.error() : current_.error() + QLatin1Char('\n') + other);
        showMessage(current_.error(), QStringLiteral("#c00000"));
        return;
    }
    // Yellow: valid, but as tcpdump syntax, which cannot see what tcplens computes (analysis, stream).
    const bool other = requested_ == FilterSyntax::Automatic && current_.syntax() == FilterSyntax::Bpf;
    edit_->setStyleSheet(other ? kOther : kValid);
    edit_->setToolTip(other ? tr("Read as a tcpdump (BPF) expression: it is not a display filter") : tr("A valid display filter"));
    if (runner_->isRunning())
        return; // the progress message stays
    showMessage(QString(), QString());
}

void FilterBar::validate()
{
    current_ = FilterExpression::compile(expression(), requested_, store_);
    showState();
}

void FilterBar::apply()
{
    const QString text = expression();
    current_ = FilterExpression::compile(text, requested_, store_);
    if (text.isEmpty()) {
        runner_->clear();
        appliedSyntax_ = FilterSyntax::Display;
        showState();
        emit filterApplied(nullptr, text);
        return;
    }
    if (!current_.ok()) {
        showState();
        if (current_.errorColumn() >= 0) // the mistake selected, to be typed over
            edit_->setSelection(current_.errorColumn(), std::max(1, current_.errorLength()));
        emit filterRejected(current_.error());
        return;
    }
    remember(text);
    appliedSyntax_ = current_.syntax();
    if (!store_ || !analyses_) {
        emit filterApplied(std::make_shared<const std::vector<bool>>(), text);
        showState();
        return;
    }
    showMessage(tr("Filtering…"), QString());
    runner_->start(current_, *store_, *analyses_, synchronousPackets_);
    showState();
}

void FilterBar::finished(std::shared_ptr<const std::vector<bool>> mask, quint64 shown, const QString& expression,
                         bool complete)
{
    Q_UNUSED(shown);
    if (complete)
        showState();
    emit filterApplied(std::move(mask), expression);
}

QString FilterBar::copyAsBpf()
{
    const QString text = expression();
    QString said;
    bool warning = false;
    if (text.isEmpty()) {
        said = tr("Nothing to copy: the filter is empty.");
        warning = true;
    } else if (!current_.ok()) {
        said = tr("Correct the filter first: %1").arg(current_.error());
        warning = true;
    } else if (current_.syntax() == FilterSyntax::Bpf) {
        QGuiApplication::clipboard()->setText(text);
        said = tr("Already tcpdump (BPF) syntax, copied: %1").arg(text);
    } else {
        const auto bpf = displayFilterToBpf(text.toStdString());
        if (bpf.ok()) {
            const QString copied = QString::fromStdString(bpf.text);
            QGuiApplication::clipboard()->setText(copied);
            said = tr("%1 → %2 (copied as BPF)").arg(text, copied);
        } else {
            said = tr("No BPF expression for %1: %2").arg(text, FilterMessageText::of(bpf.why));
            warning = true;
        }
    }
    showMessage(said, warning ? QStringLiteral("#a05000") : QString());
    bpfButton_->setToolTip(said);
    emit notice(said, warning);
    return said;
}

} // namespace tcplens::ui
