#pragma once
// What the presentation's first slide says before any packet, in place of the header diagram:
// a heading and a paragraph (the TCP lab's scenario that recorded the file, in the interface
// language), large enough for the back row and shrinking rather than cut.

#include <QString>
#include <QWidget>

#include <functional>

namespace tcplens::ui {

class FittedLabel;

/// The first slide's text; an empty paragraph means none.
struct PresentationIntroduction {
    QString heading;
    QString paragraph;
};
/// Asked whenever the first slide is shown (the language may have changed since).
using PresentationIntroductionSource = std::function<PresentationIntroduction()>;

class PresentationIntroPane : public QWidget {
    Q_OBJECT
public:
    explicit PresentationIntroPane(QWidget* parent = nullptr);

    /// Type sizes for a screen `screenHeight` pixels high.
    void applySizes(int screenHeight);
    void setIntroduction(const PresentationIntroduction& introduction);
    [[nodiscard]] QString headingText() const;
    [[nodiscard]] QString paragraphText() const;
    /// The paragraph's label (its font says how large it was drawn).
    [[nodiscard]] FittedLabel* paragraphLabel() const noexcept { return paragraph_; }

private:
    FittedLabel* heading_ = nullptr;
    FittedLabel* paragraph_ = nullptr;
};

} // namespace tcplens::ui
