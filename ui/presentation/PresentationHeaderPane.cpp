#include "PresentationHeaderPane.h"

#include "FittedLabel.h"
#include "inspector/HeaderDiagramLabels.h"
#include "inspector/HeaderDiagramView.h"

#include <decode/FieldSpanDiff.h>

#include <QCoreApplication>
#include <QEvent>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tcplens::ui {

namespace {

// The pane's texts keep the translation context of the window they were written in (lupdate
// reads the literal context).
QString senderName(bool fromClient)
{
    return fromClient ? QCoreApplication::translate("tcplens::ui::PresentationWindow", "client")
                      : QCoreApplication::translate("tcplens::ui::PresentationWindow", "server");
}

} // namespace

PresentationHeaderPane::PresentationHeaderPane(QWidget* parent) : QWidget(parent)
{
    caption_ = new FittedLabel(Qt::AlignLeft | Qt::AlignVCenter, true);
    holder_ = new QWidget;
    holder_->installEventFilter(this);
    diagram_ = new HeaderDiagramView(holder_);
    diagram_->setFocusPolicy(Qt::NoFocus);
    changes_ = new FittedLabel(Qt::AlignLeft | Qt::AlignTop, true);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(caption_);
    column->addWidget(holder_, 1);
    column->addWidget(changes_);
}

QString PresentationHeaderPane::changesText() const
{
    return changes_->fullText();
}

int PresentationHeaderPane::leastWidth(int screenHeight) const
{
    const int h = std::max(300, screenHeight);
    // The figure's own type is at most a 48th of the screen (fitDiagram).
    const qreal line = QFontMetricsF(diagram_->font()).lineSpacing() * (h / 48) / std::max(1, QFontInfo(diagram_->font()).pixelSize());
    return static_cast<int>(std::ceil(HeaderDiagramLayout::narrowWidthFor(std::ceil(h / 45.0), line)));
}

void PresentationHeaderPane::applySizes(int screenHeight)
{
    const int h = std::max(300, screenHeight);
    screenHeight_ = h;
    layout()->setSpacing(h / 180);
    // One line, smaller type for a long caption: the diagram keeps the same room at every step.
    FittedLabel::setPixelFont(caption_, h / 40, true);
    caption_->setFixedHeight(QFontMetrics(caption_->font()).lineSpacing());
    caption_->setFits({{h / 40, h / 60, 1}, {h / 50, h / 60, 2}});
    // Field names and values at least a sixtieth of the screen, flag letters a forty-fifth.
    diagram_->setLeastTextSizes(std::ceil(h / 60.0), std::ceil(h / 45.0), smallFloor());
    fitChanges();
    fitDiagram();
}

void PresentationHeaderPane::fitChanges()
{
    const int h = screenHeight_;
    {
        // The caption in one line, or two of small type in a narrow column (4:3) rather than "…".
        QFont largest = caption_->font();
        largest.setPixelSize(std::max(6, h / 40));
        QFont least = largest;
        least.setPixelSize(std::max(6, h / 60));
        const int room = caption_->width() > 0 ? caption_->width() : std::max(1, this->width());
        const QFontMetrics lm(least);
        const bool oneLine = lm.horizontalAdvance(caption_->fullText()) <= room;
        const int leastLine = std::max(lm.lineSpacing(), lm.boundingRect(caption_->fullText()).height()); // CJK's taller line
        caption_->setFixedHeight(std::max(QFontMetrics(largest).lineSpacing(), oneLine ? 0 : 2 * leastLine));
        caption_->refit();
    }
    QFont font = changes_->font();
    font.setPixelSize(std::max(6, h / 42));
    const QFontMetrics fm(font);
    const int width = changes_->width() > 0 ? changes_->width() : std::max(1, this->width());
    const auto linesAt = [&](const QFontMetrics& metrics) {
        const int needed = metrics.boundingRect(QRect(0, 0, width, 100'000), Qt::TextWordWrap, changes_->fullText()).height();
        return (needed + metrics.lineSpacing() - 1) / std::max(1, metrics.lineSpacing());
    };
    int lines = std::clamp(linesAt(fm), 1, 3);
    // A long list in two lines of slightly smaller type rather than three: the figure keeps a line.
    QFont smaller = font;
    smaller.setPixelSize(std::max(6, h / 50));
    if (lines == 3 && linesAt(QFontMetrics(smaller)) <= 2)
        lines = 2;
    // A long list in a narrow column (Chinese names with their English terms): as many lines as
    // it takes at the smallest size, rather than "…".
    QFont least = font;
    least.setPixelSize(std::max(6, h / 60));
    lines = std::max(lines, std::min(linesAt(QFontMetrics(least)), 5));
    changes_->setFixedHeight(fm.lineSpacing() * lines);
    changes_->setFits({{h / 42, h / 60, lines}});
    layout()->activate(); // the figure's holder takes what the line leaves, now rather than later
}

void PresentationHeaderPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitChanges();
}

bool PresentationHeaderPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == holder_ && event->type() == QEvent::Resize)
        fitDiagram();
    return QWidget::eventFilter(watched, event);
}

void PresentationHeaderPane::fitDiagram()
{
    const QSize room = holder_->size();
    if (room.width() <= 0 || room.height() <= 0)
        return;
    // The largest type whose figure fits the column's height at its full width; the boxes and
    // their labels grow with the width.
    const int h = screenHeight_;
    const qreal labelFloor = std::ceil(h / 60.0);
    const qreal flagFloor = std::ceil(h / 45.0);
    // 16 bits to a row when 32 would shrink the flag letters, if the column is tall enough for them
    // (at floors a little lower, if need be), else 32 with the flags as large as their bits allow.
    struct Try {
        int bits;
        qreal scale;
    };
    for (const Try attempt : {Try{0, 1.0}, Try{0, 0.95}, Try{0, 0.9}, Try{0, 0.85}, Try{32, 1.0}}) {
        diagram_->setLeastTextSizes(std::floor(labelFloor * attempt.scale), std::floor(flagFloor * attempt.scale), smallFloor());
        diagram_->setBitsPerRowChoice(attempt.bits);
        int px = h / 48; // the figure's own type (title, ruler, gutter): larger only narrows the bits
        for (; px >= smallFloor(); --px) { // the labels keep their own floors (setLeastTextSizes)
            FittedLabel::setPixelFont(diagram_, px);
            if (diagram_->heightForWidth(room.width()) <= room.height())
                break;
        }
        if (diagram_->heightForWidth(room.width()) <= room.height())
            break;
    }
    // A column too short for the figure at its floors (a long header on a 4:3 screen): smaller
    // floors, then a narrower figure.
    for (qreal scale = 0.95; scale > 0.5 && diagram_->heightForWidth(room.width()) > room.height(); scale -= 0.05)
        diagram_->setLeastTextSizes(std::floor(labelFloor * scale), std::floor(flagFloor * scale), smallFloor());
    int width = room.width();
    while (width > 200 && diagram_->heightForWidth(width) > room.height())
        width -= 8; // a very short column: a narrower figure
    diagram_->setGeometry(0, 0, width, std::min(room.height(), diagram_->heightForWidth(width)));
}

int PresentationHeaderPane::smallFloor() const
{
    // The figure's small type (title, ruler digits, row offsets, footnote): a 90th of the screen.
    return std::max(6, static_cast<int>(std::ceil(screenHeight_ / 90.0)));
}

void PresentationHeaderPane::showNothing()
{
    caption_->setFullText(QCoreApplication::translate("tcplens::ui::PresentationWindow", "Each packet's header will appear here."));
    diagram_->clear();
    diagram_->setVisible(false);
    changes_->setFullText(QString());
    fitChanges();
}

void PresentationHeaderPane::showPacket(const Packet& packet, const std::optional<Packet>& previous)
{
    showTexts(packet, previous);
    fitChanges(); // before the figure is fitted to what the line leaves
    fitDiagram();
}

void PresentationHeaderPane::showTexts(const Packet& packet, const std::optional<Packet>& previous)
{
    diagram_->setVisible(true);
    std::vector<int> changed;
    if (previous)
        changed = changedHeaderFields(previous->spans, packet.spans);
    diagram_->setSpans(packet.spans);
    diagram_->setChangedFields(changed);
    const QString sender = senderName(packet.fromClient);
    caption_->setFullText(QCoreApplication::translate("tcplens::ui::PresentationWindow", "TCP header of packet %1 (frame %2), sent by the %3")
                              .arg(packet.index + 1)
                              .arg(packet.frameNumber)
                              .arg(sender));
    if (!previous) {
        changes_->setFullText(QCoreApplication::translate("tcplens::ui::PresentationWindow", "The %1's first packet: nothing to compare with yet.").arg(sender));
        return;
    }
    // Name the boxes the diagram outlines, in header order, once each.
    QStringList names;
    for (const int span : diagram_->changedFields()) {
        if (!diagram_->diagramLayout().box(span))
            continue;
        const QString name = headerDiagramLabel(packet.spans, span).name;
        if (!names.contains(name))
            names << name;
    }
    const int before = static_cast<int>(previous->index) + 1;
    if (names.isEmpty())
        changes_->setFullText(QCoreApplication::translate("tcplens::ui::PresentationWindow", "Nothing changed since the %1's packet %2.").arg(sender).arg(before));
    else
        changes_->setFullText(
            QCoreApplication::translate("tcplens::ui::PresentationWindow", "Outlined: changed since the %1's packet %2 — %3").arg(sender).arg(before).arg(names.join(QCoreApplication::translate("tcplens::ui::PresentationWindow", ", "))));
}

} // namespace tcplens::ui
