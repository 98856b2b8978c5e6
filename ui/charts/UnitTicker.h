#pragma once
// Axis tick labels with SI prefixes and a unit: 1.5 Mbit/s, 64 kB, 12 ms. Tick positions stay
// QCustomPlot's (round numbers in the axis unit).

#include <qcustomplot.h>

namespace tcplens::ui {

/// `value` in `unit` with an SI prefix (µ m k M G T), e.g. formatSi(1.5e6, "bit/s") = "1.5 Mbit/s".
[[nodiscard]] QString formatSi(double value, const QString& unit, int precision = 3);

class UnitTicker : public QCPAxisTicker {
public:
    explicit UnitTicker(QString unit) : unit_(std::move(unit)) {}

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    QString unit_;
};

} // namespace tcplens::ui
