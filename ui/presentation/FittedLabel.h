#pragma once
// A presentation text that fits the screen instead of widening the window: it keeps its whole
// text and shows it at the largest size its box holds, trying each of its fits in turn (smaller
// type, then more lines), and shortens it with "…" only when even the last fit does not hold it.

#include <QLabel>

#include <optional>
#include <vector>

namespace tcplens::ui {

class FittedLabel : public QLabel {
    Q_OBJECT
public:
    /// Sizes from `largestPx` down to `smallestPx` in `lines` lines (0: as many as the label's
    /// height holds).
    struct Fit {
        int largestPx = 12;
        int smallestPx = 12;
        int lines = 1;
    };

    FittedLabel(Qt::Alignment alignment, bool wrap, QWidget* parent = nullptr);

    /// The fits to try, in order; the text is shortened at the last one when nothing holds it.
    void setFits(std::vector<Fit> fits);
    void setFullText(const QString& text);
    [[nodiscard]] const QString& fullText() const noexcept { return fullText_; }
    /// Shows the whole text at the first fit that holds it.
    void refit();

    /// Sets `widget`'s font to `px` pixels (at least 6).
    static void setPixelFont(QWidget* widget, int px, bool bold = false);

    /// The height of the text as refit() would show it at `width`, whatever the width now: the
    /// layout gives the label that height on its first pass (a title that takes a second line
    /// at this width, not the one line it took at the width it had before).
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The font and text shown at a width: the whole text, or shortened with "…".
    struct Shown {
        QFont font;
        QString text;
    };
    /// What refit() shows in a box `width` x `height`.
    [[nodiscard]] Shown choose(int width, int height) const;
    /// The largest size of `fit` at which the text fits in `width` x `height`, or nothing. With
    /// `shorten`, the text shortened with "…" at the smallest size instead of nothing.
    [[nodiscard]] std::optional<Shown> tryFit(const Fit& fit, int width, int height, bool shorten) const;

    QString fullText_;
    std::vector<Fit> fits_;
    /// The last choice and the box, text, fits and font it was made for: the layout asks the
    /// height for the same width again and again, and each answer measures the text at every size.
    struct Choice {
        int width = -1;
        int height = -1;
        bool fixedBox = false;
        QString text;
        QFont font;
        Shown shown;
    };
    mutable Choice last_;

};

} // namespace tcplens::ui
