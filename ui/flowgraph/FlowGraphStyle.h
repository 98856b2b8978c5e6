#pragma once
// How the flow graph looks in a palette: each arrow kind's colour, line and weight, each TCP
// state's band colour, and the legend's words. Light and dark palettes get their own inks so
// every colour stays readable on the background.

#include "FlowGraphModel.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <array>

namespace tcplens::ui {

struct FlowArrowPen {
    QColor colour;
    Qt::PenStyle line = Qt::SolidLine;
    qreal weight = 1.0;  ///< Times the base line width.
};

class FlowGraphStyle {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::FlowGraphStyle)

public:
    explicit FlowGraphStyle(const QPalette& palette);

    [[nodiscard]] const QPalette& palette() const noexcept { return palette_; }
    [[nodiscard]] bool darkBackground() const noexcept { return dark_; }
    /// Black background with white text: the high-contrast theme (thicker lines, pure inks).
    [[nodiscard]] bool highContrast() const noexcept { return highContrast_; }
    [[nodiscard]] FlowArrowPen pen(FlowArrowKind kind) const;
    /// The fill of a state band, by how far the connection is (opening, open, closing, closed).
    [[nodiscard]] QColor stateColour(TcpState state) const;
    /// Text on a state label filled with stateColour(state).
    [[nodiscard]] QColor stateText(TcpState) const { return text(); }
    [[nodiscard]] QColor text() const { return palette_.color(QPalette::Text); }
    [[nodiscard]] QColor faintText() const;
    [[nodiscard]] QColor rule() const;
    [[nodiscard]] QColor headerFill() const;

    /// The legend's name of an arrow kind ("Retransmission").
    [[nodiscard]] static QString kindName(FlowArrowKind kind);
    /// Kinds the legend lists, in order.
    [[nodiscard]] static const std::array<FlowArrowKind, 7>& legendKinds();

private:
    QPalette palette_;
    bool dark_ = false;
    bool highContrast_ = false;
};

} // namespace tcplens::ui
