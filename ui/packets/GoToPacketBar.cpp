#include "GoToPacketBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace tcplens::ui {

GoToPacketBar::GoToPacketBar(Check check, QWidget* parent)
    : QWidget(parent), check_(std::move(check)), label_(new QLabel(this)), edit_(new QLineEdit(this)),
      goButton_(new QPushButton(this)), message_(new QLabel(this))
{
    setObjectName(QStringLiteral("goToPacketBar"));
    edit_->setObjectName(QStringLiteral("goToPacketEdit"));
    edit_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,19}")), edit_));
    edit_->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    message_->setObjectName(QStringLiteral("goToPacketMessage"));
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(label_);
    layout->addWidget(edit_);
    layout->addWidget(goButton_);
    layout->addWidget(message_, 1);
    layout->addWidget(close);
    label_->setBuddy(edit_);
    connect(edit_, &QLineEdit::textChanged, this, &GoToPacketBar::validate);
    connect(edit_, &QLineEdit::returnPressed, this, &GoToPacketBar::go);
    connect(goButton_, &QPushButton::clicked, this, &GoToPacketBar::go);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    retranslate();
    validate();
    hide();
}

void GoToPacketBar::retranslate()
{
    label_->setText(tr("Go to packet:"));
    goButton_->setText(tr("Go"));
    edit_->setPlaceholderText(tr("number"));
    validate();
}

void GoToPacketBar::open()
{
    show();
    edit_->setFocus(Qt::ShortcutFocusReason);
    edit_->selectAll();
}

QString GoToPacketBar::message() const
{
    return message_->text();
}

void GoToPacketBar::validate()
{
    const QString text = edit_->text().trimmed();
    bool ok = false;
    const qulonglong number = text.toULongLong(&ok);
    const QString why = text.isEmpty() ? QString() : !ok || number == 0 ? tr("Packets are numbered from 1.") : check_(number);
    message_->setText(why);
    goButton_->setEnabled(!text.isEmpty() && why.isEmpty());
}

void GoToPacketBar::go()
{
    validate();
    if (!goButton_->isEnabled())
        return;
    emit goToPacket(edit_->text().trimmed().toULongLong());
    hide();
}

void GoToPacketBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QWidget::keyPressEvent(event);
}

void GoToPacketBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tcplens::ui
