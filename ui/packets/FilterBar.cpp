#include "FilterBar.h"

#include <capture/BpfFilter.h>
#include <capture/PacketStore.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace tcplens::ui {
namespace {

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
    : QWidget(parent), edit_(new QLineEdit(this)), message_(new QLabel(this)), chip_(new QToolButton(this))
{
    edit_->setPlaceholderText(tr("Filter (tcpdump syntax), e.g.  tcp[13] & 2 != 0   or   port 8888"));
    edit_->setClearButtonEnabled(true);
    edit_->setObjectName(QStringLiteral("filterEdit"));
    message_->setObjectName(QStringLiteral("filterMessage"));
    message_->setWordWrap(false);
    message_->hide();
    chip_->setObjectName(QStringLiteral("streamChip"));
    chip_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    chip_->setAutoRaise(false);
    chip_->setToolTip(tr("Showing one conversation; click to show all packets again"));
    chip_->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* label = new QLabel(tr("Filter:"), this);
    label->setBuddy(edit_);
    layout->addWidget(label);
    layout->addWidget(edit_, 1);
    layout->addWidget(message_);
    layout->addWidget(chip_);

    connect(edit_, &QLineEdit::textChanged, this, &FilterBar::validate);
    connect(edit_, &QLineEdit::returnPressed, this, &FilterBar::apply);
    connect(chip_, &QToolButton::clicked, this, &FilterBar::streamChipClosed);
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
    apply();
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
