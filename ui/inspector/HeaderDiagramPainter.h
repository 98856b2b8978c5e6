#pragma once
// Paints a laid-out header diagram like a textbook figure: ruler, rows, boxes with names and
// values, lit flags, the selection outline. Colours come only from the given palette.

#include "HeaderDiagramLayout.h"

#include <decode/FieldSpan.h>

#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace tcplens::ui {

/// One text a paint drew: where its glyphs went and the box it was given.
struct HeaderDiagramText {
    QRectF ink;  ///< The text's bounding box.
    QRectF room; ///< The rectangle it was drawn into.
    qreal px = 0;
    QString text;
};

/// What a paint did with the texts, for the readability checks.
struct HeaderDiagramPaintReport {
    qreal smallestLabelPx = 0; ///< Smallest name or value drawn (0: none).
    qreal smallestFlagPx = 0;  ///< Flag letters' size (0: no flags).
    qreal smallestTextPx = 0;  ///< Smallest text of any kind: ruler, offsets, title, footnote too.
    qreal smallestFigurePx = 0; ///< Smallest of the figure's own type: title, ruler, offsets, footnote.
    int shortened = 0;         ///< Labels shortened with "…" because nothing else fitted.
    std::vector<HeaderDiagramText> texts; ///< Every text drawn, in paint order.
};

struct HeaderDiagramPaintState {
    QPalette palette;
    QFont font;          ///< The widget's font; labels scale up from it with the boxes.
    int selected = -1;   ///< Span outlined as selected.
    int hovered = -1;    ///< Span under the mouse, tinted.
    std::vector<int> changed; ///< Spans drawn as changed (tinted, outlined in the Link colour); sorted.
    qreal leastLabelPx = 0;   ///< Names and values are never drawn smaller (0: no floor).
    qreal leastFlagPx = 0;    ///< Flag letters are never drawn smaller (0: no floor).
    qreal leastSmallPx = 0;   ///< Nor the title, ruler digits, row offsets and footnote (0: no floor).
    HeaderDiagramPaintReport* report = nullptr; ///< Filled in when given.
};

class HeaderDiagramPainter {
public:
    HeaderDiagramPainter(QPainter& painter, const HeaderDiagramLayout& layout, const FieldSpans& spans,
                         const HeaderDiagramPaintState& state);

    void paint();

private:
    void paintSection(int section);
    /// Notes the current font's size as the figure's own type (title, ruler, offsets, footnote).
    void noteFigurePx() const;
    /// QPainter::drawText(), noted in the report.
    void drawText(const QRectF& rect, int flags, const QString& text);
    void paintRuler(int section);
    void paintBoxFrames(int section);
    void paintTicks(int section);
    void paintLabel(const HeaderDiagramBox& box, QRectF rect);
    /// Draws name and value at `px` if they fit in `inner`, on two lines or one.
    [[nodiscard]] bool tryLabel(const QString& name, const QString& value, qreal px, QRectF inner, bool lit);
    /// The name over its value (`valueHeight` tall, drawn with `valueFlags`), centred in `inner`,
    /// as a textbook figure writes them.
    void paintNameOverValue(const QString& name, const QFont& nameFont, const QString& value, const QFont& valueFont,
                            qreal valueHeight, int valueFlags, QRectF inner, bool lit);
    void chooseFlagStyle(int section);
    void paintFlagLabel(const QString& name, QRectF rect, const QColor& ink);
    void noteLabelPx(qreal px) const;
    [[nodiscard]] QRectF labelRect(int section, const HeaderDiagramBox& box) const;
    void paintSelection(int section);
    void paintChanges(int section);
    [[nodiscard]] bool isChanged(int span) const;
    [[nodiscard]] QColor boxFill(int span) const;
    [[nodiscard]] QColor faint(qreal amount) const;
    [[nodiscard]] QFont fontOfPixelSize(qreal px, bool bold = false) const;
    [[nodiscard]] qreal lineWidth() const;
    [[nodiscard]] bool isSelected(int span) const;

    QPainter& p_;
    const HeaderDiagramLayout& layout_;
    const FieldSpans& spans_;
    const HeaderDiagramPaintState& state_;
    /// One style for every flag of a section, so SYN and CWR are written alike.
    enum class FlagStyle { Across, Stacked, Rotated } flagStyle_ = FlagStyle::Across;
    qreal flagPx_ = 0;
    bool floored_ = true; // tryLabel() keeps to the state's least label size
};

} // namespace tcplens::ui
