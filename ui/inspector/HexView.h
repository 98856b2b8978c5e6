#pragma once
// The selected frame's bytes as a hex editor shows them: offsets, 16 bytes per line in hex,
// and ASCII. The selected field is highlighted (bytes it only partly covers are marked
// apart), a click picks the most specific field under the byte, and the bits band spells
// the selected field's word out bit by bit. Paints only the visible lines.

#include "HexFieldMap.h"
#include "HexLayout.h"

#include <decode/ByteReader.h>
#include <decode/FieldSpan.h>

#include <QAbstractScrollArea>
#include <QByteArray>

namespace tcplens::ui {

class HexView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit HexView(QWidget* parent = nullptr);

    /// Shows one frame: its captured bytes and its FieldSpans (span indexes below index these).
    void setPacket(QByteArray frame, FieldSpans spans);
    /// Same, copying the bytes of the current packet.
    void setPacket(Bytes frame, FieldSpans spans);
    void clear();

    [[nodiscard]] const QByteArray& frame() const noexcept { return frame_; }
    [[nodiscard]] const FieldSpans& spans() const noexcept { return spans_; }
    [[nodiscard]] int selectedField() const noexcept { return selected_; }
    [[nodiscard]] bool bitsMode() const noexcept { return bitsMode_; }
    [[nodiscard]] bool layerTints() const noexcept { return layerTints_; }
    /// The geometry the view paints with, in viewport coordinates (for tests and integration).
    [[nodiscard]] const HexLayout& hexLayout() const noexcept { return layout_; }
    /// The most specific field covering `byte`, as a click there would report; -1 if none.
    [[nodiscard]] int fieldAtByte(int byte) const noexcept { return fieldMap_.fieldAtByte(byte); }

    [[nodiscard]] QSize sizeHint() const override;

public slots:
    /// Highlights a field's bytes and scrolls them into view; -1 clears.
    void setSelectedField(int spanIndex);
    /// Shows the bits band above the lines: the selected field's word (or the TCP flags) as bits.
    void setBitsMode(bool on);
    /// Tints each protocol header's bytes faintly (on by default).
    void setLayerTints(bool on);

signals:
    /// The user clicked a byte or band bit; the most specific field there. The view selects it too.
    void fieldClicked(int spanIndex);
    void bitsModeChanged(bool on);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void applyFont();
    void updateBand();
    void updateScrollBars();
    void ensureSelectionVisible();
    [[nodiscard]] QPointF toLayout(QPointF viewportPoint) const;
    [[nodiscard]] int fieldAt(QPointF viewportPoint) const;
    [[nodiscard]] int bandField() const;
    /// How many bits of `byte` the selected field covers, 0 to 8.
    [[nodiscard]] int selectedBitsIn(int byte) const noexcept;

    void paintLine(class QPainter& painter, int line) const;
    void paintByteBackground(QPainter& painter, int byte) const;
    void paintBand(QPainter& painter) const;

    QByteArray frame_;
    FieldSpans spans_;
    HexFieldMap fieldMap_;
    HexLayout layout_;
    int selected_ = -1;
    bool bitsMode_ = false;
    bool layerTints_ = true;
};

} // namespace tcplens::ui
