#pragma once
// A presentation text that fits the screen instead of widening the window: it keeps its whole
// text and shows it at the largest size its box holds, trying each of its fits in turn (smaller
// type, then more lines), and shortens it with "…" only when even the last fit does not hold it.

#include <QLabel>

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

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The largest size of `fit` at which the text fits; true when it does. Otherwise, with
    /// `shorten`, the text is shortened with "…" at the smallest size.
    bool apply(const Fit& fit, bool shorten);

    QString fullText_;
    std::vector<Fit> fits_;
};

} // namespace tcplens::ui
