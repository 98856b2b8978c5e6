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
    last_ = {};
    refit();
    updateGeometry();
}

void FittedLabel::setFullText(const QString& text)
{
    fullText_ = text;
    refit();
    updateGeometry(); // the height for the column's width may change with the text, the font or not
}

void FittedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    refit();
}

void FittedLabel::refit()
{
    const Shown shown = choose(width(), height());
    if (shown.font != font())
        setFont(shown.font);
    setText(shown.text);
}

int FittedLabel::heightForWidth(int width) const
{
    if (fits_.empty() || !wordWrap())
        return QLabel::heightForWidth(width);
    const Shown shown = choose(width, height());
    if (shown.text.isEmpty())
        return QLabel::heightForWidth(width);
    const QMargins margins = contentsMargins();
    const int room = std::max(1, width - margins.left() - margins.right());
    return QFontMetrics(shown.font).boundingRect(QRect(0, 0, room, 100'000), Qt::TextWordWrap, shown.text).height()
        + margins.top() + margins.bottom();
}

FittedLabel::Shown FittedLabel::choose(int width, int height) const
{
    if (fits_.empty() || width <= 0 || fullText_.isEmpty())
        return {font(), fullText_};
    // Only the family and weight of the font matter: each fit sets the size.
    QFont base = font();
    base.setPixelSize(12);
    const bool fixedBox = minimumHeight() == maximumHeight();
    if (last_.width == width && last_.height == height && last_.fixedBox == fixedBox && last_.text == fullText_
        && last_.font == base)
        return last_.shown;
    Shown shown{font(), fullText_};
    for (std::size_t i = 0; i < fits_.size(); ++i)
        if (auto fitted = tryFit(fits_[i], width, height, i + 1 == fits_.size())) {
            shown = *std::move(fitted);
            break;
        }
    last_ = {width, height, fixedBox, fullText_, base, shown};
    return shown;
}

std::optional<FittedLabel::Shown> FittedLabel::tryFit(const Fit& fit, int width, int height, bool shorten) const
{
    const int room = width;
    // Lines are counted in the text's own line height (a Chinese line drawn in the CJK fallback
    // font is taller than the Latin font's line spacing); a label of fixed height must hold it too.
    const bool fixedBox = minimumHeight() == maximumHeight();
    const auto fits = [&](const QFontMetrics& fm, const QString& candidate) {
        const QRect needed = fm.boundingRect(QRect(0, 0, room, 100'000), Qt::TextWordWrap, candidate);
        if (needed.width() > room)
            return false;
        if (fit.lines <= 0)
            return needed.height() <= height;
        const int line = std::max(fm.lineSpacing(), fm.boundingRect(QRect(0, 0, 1'000'000, 100'000), Qt::TextSingleLine, candidate).height());
        return needed.height() <= line * fit.lines && (!fixedBox || needed.height() <= height);
    };
    QFont font = this->font();
    for (int px = fit.largestPx; px > fit.smallestPx; --px) {
        font.setPixelSize(std::max(6, px));
        if (fits(QFontMetrics(font), fullText_))
            return Shown{font, fullText_};
    }
    font.setPixelSize(std::max(6, fit.smallestPx));
    const QFontMetrics fm(font);
    if (fits(fm, fullText_))
        return Shown{font, fullText_};
    if (!shorten)
        return std::nullopt;
    // Shorten until it fits: one line is elided at its end; several lose words from the end.
    QString shortened = fm.elidedText(fullText_, Qt::ElideRight, room);
    const bool oneLine = fit.lines > 0 ? fit.lines <= 1 : height < fm.lineSpacing() * 2;
    for (qsizetype keep = fullText_.size(); !oneLine && keep > 0 && !fits(fm, shortened);) {
        keep = std::max<qsizetype>(0, keep - std::max<qsizetype>(1, keep / 12));
        shortened = fullText_.left(keep).trimmed() + QStringLiteral("…");
    }
    return Shown{font, shortened};
}

} // namespace tcplens::ui
