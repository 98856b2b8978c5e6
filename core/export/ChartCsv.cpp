#include "ChartCsv.h"

#include "SeriesCsv.h"

namespace tcplens {

std::string_view chartKindName(ChartKind kind) noexcept
{
    switch (kind) {
    case ChartKind::TimeSequence: return "tsg";
    case ChartKind::Windows: return "window";
    case ChartKind::Throughput: return "throughput";
    case ChartKind::Rtt: return "rtt";
    case ChartKind::Model: return "model";
    }
    return "tsg";
}

std::optional<ChartKind> parseChartKind(std::string_view text) noexcept
{
    for (const auto kind : kAllChartKinds) {
        if (chartKindName(kind) == text)
            return kind;
    }
    return std::nullopt;
}

std::string chartCsv(const StreamSeriesBuilder& builder, Direction data, ChartKind kind, double throughputWindow)
{
    switch (kind) {
    case ChartKind::TimeSequence: return seriesCsv(builder, data, SeriesKind::Tsg);
    case ChartKind::Windows: return windowChartCsv(builder, data);
    case ChartKind::Throughput: return seriesCsv(builder, data, SeriesKind::Throughput, throughputWindow);
    case ChartKind::Rtt: return seriesCsv(builder, data, SeriesKind::Rtt);
    case ChartKind::Model: return seriesCsv(builder, data, SeriesKind::Model);
    }
    return {};
}

} // namespace tcplens
