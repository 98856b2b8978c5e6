#include "FindBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace tcplens::ui {

FindBar::FindBar(QWidget* parent)
    : QWidget(parent), label_(new QLabel(this)), mode_(new QComboBox(this)), edit_(new QLineEdit(this)),
      next_(new QPushButton(this)), previous_(new QPushButton(this)), message_(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    edit_->setObjectName(QStringLiteral("findEdit"));
    edit_->setClearButtonEnabled(true);
    for (int i = 0; i < 3; ++i)
        mode_->addItem(QString());
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(label_);
    layout->addWidget(mode_);
    layout->addWidget(edit_, 1);
    layout->addWidget(previous_);
    layout->addWidget(next_);
    layout->addWidget(message_);
    layout->addWidget(close);
    label_->setBuddy(edit_);
    connect(next_, &QPushButton::clicked, this, [this] { emit findRequested(true); });
    connect(previous_, &QPushButton::clicked, this, [this] { emit findRequested(false); });
    connect(edit_, &QLineEdit::textChanged, this, [this] { setMessage({}); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void FindBar::retranslate()
{
    label_->setText(tr("Find:"));
    mode_->setItemText(0, tr("Info text"));
    mode_->setItemText(1, tr("Bytes (hex)"));
    mode_->setItemText(2, tr("Field text"));
    edit_->setPlaceholderText(tr("e.g. Retransmission, 48 54 54 50, or Window: 0"));
    next_->setText(tr("Find &Next"));
    previous_->setText(tr("Find &Previous"));
}

void FindBar::open()
{
    show();
    edit_->setFocus(Qt::ShortcutFocusReason);
    edit_->selectAll();
}

PacketFinder::Query FindBar::query() const
{
    return {static_cast<PacketFinder::Mode>(mode_->currentIndex()), edit_->text()};
}

void FindBar::setMessage(const QString& message)
{
    message_->setText(message);
}

QString FindBar::message() const
{
    return message_->text();
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit findRequested(!(event->modifiers() & Qt::ShiftModifier));
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tcplens::ui
