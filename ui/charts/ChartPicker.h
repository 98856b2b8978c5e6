#pragma once
// Which packet a click on a chart means: the graphs whose points came from packets (each point's
// frame), bars picked along their whole length, and a priority between graphs so that a marked
// event wins over the ACK beside it.

#include <qcustomplot.h>

#include <QHash>
#include <QPointer>

#include <optional>
#include <vector>

namespace tcplens::ui {

class ChartPicker {
public:
    /// Registers a graph whose data point i came from frames[i] (0: not a packet).
    void add(QCPGraph* graph, QVector<quint32> frames);
    /// The graph's points come in (low, high, gap) triples at one key: a click anywhere on a bar
    /// picks it, not only near its ends.
    void setBars(const QCPGraph* graph, bool bars);
    /// Near points of several graphs, the one of highest priority wins (default 0), then the nearest.
    void setPriority(const QCPGraph* graph, int priority) { priority_[graph] = priority; }
    void clear();

    /// The frame of the data point nearest to `pixel` (widget coordinates) within `radius` pixels.
    [[nodiscard]] std::optional<quint32> frameAt(const QPointF& pixel, double radius) const;

private:
    struct Pickable {
        QPointer<QCPGraph> graph;
        QVector<quint32> frames;
        bool bars = false;
    };
    std::vector<Pickable> pickables_;
    QHash<const QCPGraph*, int> priority_;
};

} // namespace tcplens::ui
