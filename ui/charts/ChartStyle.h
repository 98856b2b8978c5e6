#pragma once
// Colours and line widths of the charts for each theme: series colours that stay apart on the
// theme's background (tcptrace's conventions where users know them), thicker lines and larger
// markers in high contrast.

#include "shell/ThemeKind.h"

#include <series/LimitFactor.h>

#include <QColor>
#include <QFont>

#include <array>

namespace tcplens::ui {

struct ChartStyle {
    QColor background, text, axis, grid, subGrid, legendBackground;
    QColor segment, retransmission, fastRetransmission, outOfOrder, probe; // time-sequence segments
    QColor ack, windowEdge, sack, zeroWindow, windowFull, reset, dupAck;
    QColor rwnd, flight, cwnd, ssthresh, loss, recovery, slowStartShade, avoidanceShade, extra;
    QColor throughput, goodput, segmentSize, rttAck, rttTimestamp, rttStats;
    QColor tahoe, reno, measured, crosshair, readoutBackground, selection;
    std::array<QColor, kLimitFactorCount> limit; ///< The limiting-factor band, by LimitFactor.
    double lineWidth = 1.5;
    double markerSize = 7;
    QFont font; ///< Tick labels and legend; axis labels use it bold.
};

/// The style of `theme`, with `font` (the application's, so the charts follow font zoom).
[[nodiscard]] ChartStyle chartStyleFor(ThemeKind theme, const QFont& font);

} // namespace tcplens::ui
