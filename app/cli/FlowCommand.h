#pragma once
// tcplens-cli flow: the flow graph of one or more conversations as text, Mermaid, PlantUML, SVG
// or a narration.

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

namespace tcplens::cli {

struct FlowOptions {
    std::string path;
    std::string streams;                 ///< "N", "N,M,..." or "all".
    std::optional<std::uint32_t> from;   ///< First frame number to show (1-based, inclusive).
    std::optional<std::uint32_t> to;     ///< Last frame number to show.
    std::string format = "text";         ///< text, mermaid, plantuml, svg, narration (png, pdf: GUI build).
    std::string language = "en";         ///< Narration: en or zh_CN.
    bool absolute = false;               ///< Raw sequence numbers instead of relative ones.
    bool timeSpacing = false;            ///< SVG: rows spaced by time (long gaps show), not uniformly.
    bool slanted = false;                ///< SVG: arrows descend to suggest transit time.
    std::string output;                  ///< File to write; stdout when empty.
};

int runFlow(const FlowOptions& options, std::ostream& out, std::ostream& err);

} // namespace tcplens::cli
