#pragma once
// Paints a FollowStreamText: only the visible lines, each side in its own colour, so a 100 MB
// stream scrolls as fast as a short one. Clicking a line names the frame its bytes came in.

#include "FollowStreamText.h"

#include <QAbstractScrollArea>

namespace tcplens::ui {

class FollowStreamView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit FollowStreamView(QWidget* parent = nullptr);

    /// The text to show (not owned; it must outlive the view), laid out again by the caller.
    void setText(const FollowStreamText* text);
    /// Call after the text's layout changed.
    void relayout();
    [[nodiscard]] int currentLine() const noexcept { return current_; }
    void setCurrentLine(int line);

signals:
    void frameClicked(quint32 frame);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateScrollBars();
    [[nodiscard]] int lineHeight() const;
    [[nodiscard]] QColor sideBackground(int node) const;
    [[nodiscard]] QColor sideForeground(int node) const;

    const FollowStreamText* text_ = nullptr;
    int current_ = -1;
};

} // namespace tcplens::ui
