// Harness "series": every chart series of the first streams, from the file (tcplens-cli series and
// chart) and from the loaded stores (the GUI's Charts panel), as CSV in both directions.
#include "FuzzCaptureFile.h"
#include "FuzzTargets.h"

#include <capture/CaptureFile.h>
#include <capture/LoadedCapture.h>
#include <export/ChartCsv.h>
#include <export/SeriesCsv.h>
#include <series/SeriesFromCapture.h>
#include <series/SeriesFromStore.h>

#include <algorithm>

namespace tcplens::fuzz {
namespace {

void allSeries(const StreamSeriesBuilder& series)
{
    if (series.empty())
        return;
    for (const auto direction : {Direction::ClientToServer, Direction::ServerToClient}) {
        for (const auto kind : {SeriesKind::Tsg, SeriesKind::Window, SeriesKind::Throughput, SeriesKind::Rtt,
                                SeriesKind::Cwnd, SeriesKind::Model})
            require(!seriesCsv(series, direction, kind).empty(), "a series CSV has its header line");
        for (const auto kind : kAllChartKinds)
            require(!chartCsv(series, direction, kind, 0.25).empty(), "a chart CSV has its header line");
        (void)series.throughput(direction, 1e-9);
        (void)series.throughput(direction, 1e9);
        (void)series.mss(direction);
        (void)series.roundLength(direction);
    }
    (void)dataDirection(series);
}

} // namespace

void fuzzSeries(const std::uint8_t* data, std::size_t size)
{
    const FuzzCaptureFile input(data, size);
    const auto loaded = input.load();
    if (!loaded)
        return;
    const LoadedCapture& capture = *loaded;
    const auto streams = static_cast<std::uint32_t>(std::min<std::size_t>(capture.conversations.size(), 4));
    for (std::uint32_t s = 0; s < streams; ++s) {
        const auto fromStore = buildSeries(snapshotStream(capture.packets, capture.analyses, s));
        allSeries(fromStore);
        std::string error;
        const auto fromFile = seriesFromCapture(input.path(), s, &error);
        allSeries(fromFile);
        require(fromFile.empty() == fromStore.empty(), "the file and the stores find the same streams");
    }
    require(seriesFromCapture(input.path(), static_cast<std::uint32_t>(capture.conversations.size())).empty(),
            "a stream past the last one has no series");
}

} // namespace tcplens::fuzz
