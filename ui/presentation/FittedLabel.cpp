#include "FittedLabel.h"

#include <QResizeEvent>

#include <algorithm>

namespace tcplens::ui {

FittedLabel::FittedLabel(Qt::Alignment alignment, bool wrap, QWidget* parent) : QLabel(parent)
{
    setAlignment(alignment);
    setWordWrap(wrap);
    setTextFormat(Qt::PlainText);
    setFocusPolicy(Qt::NoFocus);
    // The screen decides the widths: a long text wraps, shrinks or is shortened, it never widens
    // the window (a label's own minimum width is the whole text).
    QSizePolicy policy = sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    setSizePolicy(policy);
    setMinimumWidth(0);
}

void FittedLabel::setPixelFont(QWidget* widget, int px, bool bold)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(6, px));
    font.setBold(bold);
    widget->setFont(font);
}

void FittedLabel::setFits(std::vector<Fit> fits)
{
    fits_ = std::move(fits);
    refit();
}

void FittedLabel::setFullText(const QString& text)
{
    fullText_ = text;
    refit();
}

void FittedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    refit();
}

void FittedLabel::refit()
{
    if (fits_.empty()) {
        setText(fullText_);
        return;
    }
    for (std::size_t i = 0; i < fits_.size(); ++i)
        if (apply(fits_[i], i + 1 == fits_.size()))
            return;
}

bool FittedLabel::apply(const Fit& fit, bool shorten)
{
    const int room = width();
    if (room <= 0 || fullText_.isEmpty()) {
        setText(fullText_);
        return true;
    }
    // Lines are counted in the text's own line height (a Chinese line drawn in the CJK fallback
    // font is taller than the Latin font's line spacing); a label of fixed height must hold it too.
    const bool fixedBox = minimumHeight() == maximumHeight();
    const auto fits = [&](const QFontMetrics& fm, const QString& candidate) {
        const QRect needed = fm.boundingRect(QRect(0, 0, room, 100'000), Qt::TextWordWrap, candidate);
        if (needed.width() > room)
            return false;
        if (fit.lines <= 0)
            return needed.height() <= height();
        const int line = std::max(fm.lineSpacing(), fm.boundingRect(QRect(0, 0, 1'000'000, 100'000), Qt::TextSingleLine, candidate).height());
        return needed.height() <= line * fit.lines && (!fixedBox || needed.height() <= height());
    };
    for (int px = fit.largestPx; px > fit.smallestPx; --px) {
        setPixelFont(this, px, font().bold());
        if (fits(QFontMetrics(font()), fullText_)) {
            setText(fullText_);
            return true;
        }
    }
    setPixelFont(this, fit.smallestPx, font().bold());
    const QFontMetrics fm(font());
    if (fits(fm, fullText_)) {
        setText(fullText_);
        return true;
    }
    if (!shorten)
        return false;
    // Shorten until it fits: one line is elided at its end; several lose words from the end.
    QString shortened = fm.elidedText(fullText_, Qt::ElideRight, room);
    const bool oneLine = fit.lines > 0 ? fit.lines <= 1 : height() < fm.lineSpacing() * 2;
    for (qsizetype keep = fullText_.size(); !oneLine && keep > 0 && !fits(fm, shortened);) {
        keep = std::max<qsizetype>(0, keep - std::max<qsizetype>(1, keep / 12));
        shortened = fullText_.left(keep).trimmed() + QStringLiteral("…");
    }
    setText(shortened);
    return false;
}

} // namespace tcplens::ui
