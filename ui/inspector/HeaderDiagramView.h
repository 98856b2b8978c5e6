#pragma once
// The packet's IP and TCP headers drawn as RFC 791 and RFC 793 draw them, with this packet's
// values in the boxes and its set flags lit. Scales with its width (heightForWidth), so it
// sits in a QScrollArea with widgetResizable; hover explains a field, click picks it.

#include "HeaderDiagramLayout.h"
#include "HeaderDiagramPainter.h"

#include <decode/FieldSpan.h>

#include <QWidget>

namespace tcplens::ui {

class HeaderDiagramView : public QWidget {
    Q_OBJECT
public:
    explicit HeaderDiagramView(QWidget* parent = nullptr);

    /// Shows a packet's decoded fields (span indexes below index this list).
    void setSpans(FieldSpans spans);
    void clear() { setSpans({}); }

    [[nodiscard]] const FieldSpans& spans() const noexcept { return spans_; }
    [[nodiscard]] int selectedField() const noexcept { return selected_; }
    /// Marks fields as changed (since an earlier packet): tinted and outlined in the palette's
    /// Link colour. Indexes into spans(); cleared by setSpans().
    void setChangedFields(std::vector<int> spanIndexes);
    /// The changed fields, sorted, only those inside spans().
    [[nodiscard]] const std::vector<int>& changedFields() const noexcept { return changed_; }
    /// Floors for the labels' pixel sizes (presentation: read from the back of a room), and for
    /// the figure's small type (title, ruler, offsets, footnote); 0 = none.
    void setLeastTextSizes(qreal labelPx, qreal flagPx, qreal smallPx = 0);
    /// 32 or 16 bits to a row whatever the width (a column too short for 16); 0 = by the width.
    void setBitsPerRowChoice(int bitsPerRow);
    /// What the last paint drew: the smallest label and flag sizes, shortened labels.
    [[nodiscard]] const HeaderDiagramPaintReport& lastPaint() const noexcept { return lastPaint_; }
    /// The geometry the widget paints with, at its current width (for tests and integration).
    [[nodiscard]] const HeaderDiagramLayout& diagramLayout() const noexcept { return layout_; }

    [[nodiscard]] QSize sizeHint() const override;
    /// Narrow: the figure scales to whatever width its dock has (never a sideways scroll bar).
    [[nodiscard]] QSize minimumSizeHint() const override;
    /// The width from which every box's label reads at the text's size (wider only spreads it).
    [[nodiscard]] int comfortableWidth() const;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

public slots:
    /// Outlines a field's box (or the boxes a sub-field or a header covers); -1 clears.
    void setSelectedField(int spanIndex);

signals:
    /// The user clicked a field's box. The view selects it too.
    void fieldClicked(int spanIndex);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void relayout();
    [[nodiscard]] qreal lineHeight() const;

    FieldSpans spans_;
    HeaderDiagramLayout layout_;
    std::vector<int> changed_;
    int selected_ = -1;
    int hovered_ = -1;
    qreal leastLabelPx_ = 0;
    qreal leastFlagPx_ = 0;
    qreal leastSmallPx_ = 0;
    HeaderDiagramPaintReport lastPaint_;
};

} // namespace tcplens::ui
