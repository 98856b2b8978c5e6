#include "FollowStreamView.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace tcplens::ui {
namespace {

bool darkPalette(const QPalette& palette) { return palette.color(QPalette::Base).lightness() < 128; }

constexpr int kTopMargin = 3; // the first line does not touch the frame

} // namespace

FollowStreamView::FollowStreamView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setCursor(Qt::IBeamCursor);
    setFocusPolicy(Qt::StrongFocus);
}

void FollowStreamView::setText(const FollowStreamText* text)
{
    text_ = text;
    relayout();
}

void FollowStreamView::relayout()
{
    current_ = -1;
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

int FollowStreamView::lineHeight() const { return fontMetrics().height(); }

QColor FollowStreamView::sideBackground(int node) const
{
    // Wireshark's habit: the first side on red, the other on blue; deep tones on a dark theme.
    if (darkPalette(palette()))
        return node == 0 ? QColor(0x4a, 0x1c, 0x22) : QColor(0x1a, 0x2c, 0x4e);
    return node == 0 ? QColor(0xfb, 0xed, 0xed) : QColor(0xed, 0xed, 0xfb);
}

QColor FollowStreamView::sideForeground(int node) const
{
    if (darkPalette(palette()))
        return node == 0 ? QColor(0xff, 0xb4, 0xb4) : QColor(0xb4, 0xc8, 0xff);
    return node == 0 ? QColor(0x80, 0x00, 0x00) : QColor(0x00, 0x00, 0x80);
}

void FollowStreamView::updateScrollBars()
{
    const int lines = text_ ? text_->lineCount() : 0;
    const int visible = std::max(1, (viewport()->height() - kTopMargin) / std::max(1, lineHeight()));
    verticalScrollBar()->setRange(0, std::max(0, lines - visible));
    verticalScrollBar()->setPageStep(visible);
    const int width = text_ ? (text_->longestLine() + 2) * fontMetrics().horizontalAdvance(QLatin1Char('0')) : 0;
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void FollowStreamView::setCurrentLine(int line)
{
    current_ = line;
    if (line >= 0) {
        const int visible = verticalScrollBar()->pageStep();
        if (line < verticalScrollBar()->value() || line >= verticalScrollBar()->value() + visible)
            verticalScrollBar()->setValue(std::max(0, line - visible / 3));
    }
    viewport()->update();
}

void FollowStreamView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    if (!text_)
        return;
    const int height = lineHeight();
    const int first = verticalScrollBar()->value();
    const int x = 4 - horizontalScrollBar()->value();
    const int ascent = fontMetrics().ascent();
    for (int line = first, y = kTopMargin; line < text_->lineCount() && y < viewport()->height(); ++line, y += height) {
        const auto& chunk = text_->chunkOfLine(line);
        const QRect row(0, y, viewport()->width(), height);
        painter.fillRect(row, line == current_ ? palette().color(QPalette::Highlight) : sideBackground(chunk.node));
        QColor ink = line == current_ ? palette().color(QPalette::HighlightedText) : sideForeground(chunk.node);
        if (chunk.missing > 0 && line != current_)
            ink = palette().color(QPalette::PlaceholderText);
        painter.setPen(ink);
        // The second side is indented, as tshark and Wireshark's hex dump do.
        const int indent = chunk.node == 1 && text_->sides() == FollowStreamText::Sides::Both
                               ? 2 * fontMetrics().horizontalAdvance(QLatin1Char('0'))
                               : 0;
        painter.drawText(x + indent, y + ascent, text_->lineText(line));
    }
}

void FollowStreamView::mousePressEvent(QMouseEvent* event)
{
    if (!text_)
        return;
    const int y = static_cast<int>(event->position().y()) - kTopMargin;
    const int line = verticalScrollBar()->value() + (y < 0 ? -1 : y / std::max(1, lineHeight()));
    if (y < 0 || line >= text_->lineCount())
        return;
    setCurrentLine(line);
    emit frameClicked(text_->chunkOfLine(line).frame);
}

void FollowStreamView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void FollowStreamView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateScrollBars();
}

} // namespace tcplens::ui
