#pragma once
// The five charts of a conversation by name, and the CSV of what each one draws (the data
// behind a chart, for `tcplens-cli chart ... -o OUT.csv` and the GUI's Export Data).

#include "../series/StreamSeriesBuilder.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace tcplens {

enum class ChartKind : std::uint8_t { TimeSequence, Windows, Throughput, Rtt, Model };
inline constexpr std::array kAllChartKinds{ChartKind::TimeSequence, ChartKind::Windows, ChartKind::Throughput,
                                           ChartKind::Rtt, ChartKind::Model};

/// "tsg", "window", "throughput", "rtt", "model" (the CLI's --kind).
[[nodiscard]] std::string_view chartKindName(ChartKind kind) noexcept;
/// The inverse of chartKindName; nullopt for anything else.
[[nodiscard]] std::optional<ChartKind> parseChartKind(std::string_view text) noexcept;

/// The chart's data as CSV (layouts in SeriesCsv.h): tsg, window = windowChartCsv, throughput over
/// `throughputWindow` seconds, rtt, model (the capture's losses through the textbook model).
[[nodiscard]] std::string chartCsv(const StreamSeriesBuilder& builder, Direction data, ChartKind kind,
                                   double throughputWindow = StreamSeriesBuilder::kDefaultThroughputWindow);

} // namespace tcplens
