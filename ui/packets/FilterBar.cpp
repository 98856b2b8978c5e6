#include "FilterBar.h"

#include <capture/BpfFilter.h>
#include <capture/PacketStore.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QToolButton>

namespace tcplens::ui {
namespace {

const QString kHistoryKey = QStringLiteral("filter/history");

std::optional<BpfFilter> compileFor(const PacketStore* store, const QString& expression, std::string& error)
{
    if (!store)
        return BpfFilter::compile(expression.toStdString(), 1, 262144, error);
    // The file's own handle: a big-endian BSD loopback capture needs libpcap to know its byte order.
    const auto& info = store->info();
    return BpfFilter::compileForFile(expression.toStdString(), info.path, info.interfaces, error);
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent), edit_(new QLineEdit(this)), message_(new QLabel(this)), chip_(new QToolButton(this)),
      historyButton_(new QToolButton(this))
{
    edit_->setClearButtonEnabled(true);
    edit_->setObjectName(QStringLiteral("filterEdit"));
    message_->setObjectName(QStringLiteral("filterMessage"));
    message_->setWordWrap(false);
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

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    label_ = new QLabel(this);
    label_->setBuddy(edit_);
    layout->addWidget(label_);
    layout->addWidget(edit_, 1);
    layout->addWidget(historyButton_);
    layout->addWidget(message_);
    layout->addWidget(chip_);

    connect(edit_, &QLineEdit::textChanged, this, &FilterBar::validate);
    connect(edit_, &QLineEdit::returnPressed, this, &FilterBar::submit);
    connect(chip_, &QToolButton::clicked, this, &FilterBar::streamChipClosed);
    retranslate();
}

void FilterBar::retranslate()
{
    edit_->setPlaceholderText(tr("Filter (tcpdump syntax), e.g.  tcp[13] & 2 != 0   or   port 8888"));
    chip_->setToolTip(tr("Showing one conversation; click to show all packets again"));
    historyButton_->setToolTip(tr("Filters used before"));
    label_->setText(tr("Filter:"));
}

void FilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::setStore(const PacketStore* store)
{
    store_ = store;
    validate();
}

QString FilterBar::expression() const
{
    return edit_->text().trimmed();
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

void FilterBar::showError(const QString& message)
{
    edit_->setStyleSheet(message.isEmpty() ? QString()
                                           : QStringLiteral("QLineEdit { background: #ffd6d6; color: #5c0000; }"));
    message_->setText(message);
    message_->setVisible(!message.isEmpty());
    edit_->setToolTip(message);
}

void FilterBar::validate()
{
    const QString text = expression();
    if (text.isEmpty()) {
        showError({});
        return;
    }
    std::string error;
    showError(compileFor(store_, text, error) ? QString() : QString::fromStdString(error));
}

void FilterBar::apply()
{
    const QString text = expression();
    if (text.isEmpty()) {
        showError({});
        emit filterApplied(nullptr, text);
        return;
    }
    std::string error;
    const auto filter = compileFor(store_, text, error);
    if (!filter) {
        showError(QString::fromStdString(error));
        emit filterRejected(QString::fromStdString(error));
        return;
    }
    showError({});
    remember(text);
    auto mask = std::make_shared<std::vector<bool>>();
    if (store_) {
        const auto& index = store_->index();
        mask->resize(store_->size());
        for (PacketNumber n = 0; n < store_->size(); ++n) {
            RawPacket raw;
            raw.bytes = store_->bytes(n);
            raw.capturedLength = static_cast<std::uint32_t>(raw.bytes.size());
            raw.wireLength = index.wireLength(n);
            raw.linkType = store_->linkType(n);
            (*mask)[n] = !raw.bytes.empty() && filter->matches(raw);
        }
    }
    emit filterApplied(std::move(mask), text);
}

} // namespace tcplens::ui
