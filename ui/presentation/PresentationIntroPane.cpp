#include "PresentationIntroPane.h"

#include "FittedLabel.h"

#include <QVBoxLayout>

#include <cmath>

namespace tcplens::ui {

PresentationIntroPane::PresentationIntroPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("presentationIntro"));
    heading_ = new FittedLabel(Qt::AlignLeft | Qt::AlignBottom, true);
    heading_->setObjectName(QStringLiteral("presentationIntroHeading"));
    paragraph_ = new FittedLabel(Qt::AlignLeft | Qt::AlignTop, true);
    paragraph_->setObjectName(QStringLiteral("presentationIntroParagraph"));
    // The paragraph takes the height the pane has left and its type fits that, not the other way
    // round: a hundred words would otherwise ask for more than the screen.
    QSizePolicy fill = paragraph_->sizePolicy();
    fill.setVerticalPolicy(QSizePolicy::Ignored);
    paragraph_->setSizePolicy(fill);
    QSizePolicy pane = sizePolicy();
    pane.setVerticalPolicy(QSizePolicy::Ignored);
    setSizePolicy(pane);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading_);
    layout->addWidget(paragraph_, 1);
}

void PresentationIntroPane::applySizes(int screenHeight)
{
    const int h = std::max(300, screenHeight);
    layout()->setSpacing(h / 60);
    layout()->setContentsMargins(0, h / 60, 0, 0);
    // The heading as the title's second size, the paragraph as the narration (a thirtieth of the
    // screen), both smaller rather than cut: a paragraph of a hundred words on a 4:3 projector.
    FittedLabel::setPixelFont(heading_, h / 30, true);
    heading_->setFixedHeight(QFontMetrics(heading_->font()).lineSpacing() * 2);
    heading_->setFits({{h / 30, h / 40, 2}, {h / 40, h / 54, 3}}); // a long title in a narrow column
    const int paragraphPx = static_cast<int>(std::ceil(h / 30.0));
    FittedLabel::setPixelFont(paragraph_, paragraphPx);
    paragraph_->setFits({{paragraphPx, h / 60, 0}});
}

void PresentationIntroPane::setIntroduction(const PresentationIntroduction& introduction)
{
    heading_->setFullText(introduction.heading);
    heading_->setVisible(!introduction.heading.isEmpty());
    paragraph_->setFullText(introduction.paragraph);
}

QString PresentationIntroPane::headingText() const
{
    return heading_->fullText();
}

QString PresentationIntroPane::paragraphText() const
{
    return paragraph_->fullText();
}

} // namespace tcplens::ui
