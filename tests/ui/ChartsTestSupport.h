#pragma once
// Shared by the UI tests that look at the Charts panel of a window with a capture loaded.

#include <charts/ChartsPanel.h>
#include <packets/PacketListModel.h>
#include <shell/MainWindow.h>

#include <QSignalSpy>
#include <QtTest>

namespace tcplens::ui::test {

/// Selects the first TCP packet in `window` and shows the Charts panel on `kind` once the series
/// of its stream are built (off the GUI thread).
inline void showChartsOfFirstTcpPacket(MainWindow& window, ChartKind kind)
{
    auto* charts = window.chartsPanel();
    QSignalSpy shown(charts, &ChartsPanel::seriesShown);
    window.selectPacketRow(window.packetModel()->firstTcpRow());
    window.showCharts(kind);
    if (charts->shownStream() != charts->stream())
        QVERIFY(shown.wait(10'000));
    QVERIFY(charts->series() != nullptr);
}

} // namespace tcplens::ui::test
