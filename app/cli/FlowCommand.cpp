#include "FlowCommand.h"

#include "CliCommands.h"
#include "CliNumbers.h"
#include "CliOutput.h"
#ifdef TCPLENS_CLI_RENDER
#include "FlowImageCommand.h"
#endif

#include <capture/CaptureFile.h>
#include <export/FlowAsciiWriter.h>
#include <export/FlowMermaidWriter.h>
#include <export/FlowPlantUmlWriter.h>
#include <export/FlowSvgWriter.h>
#include <flow/FlowLayout.h>
#include <flow/FlowModel.h>
#include <flow/FlowNarrator.h>
#include <flow/LoadedFlow.h>

#include <cstdio>
#include <ostream>
#include <vector>

namespace tcplens::cli {
namespace {

/// "3", "0,2,5" or "all"; nullopt (and a message) for anything else.
std::optional<FlowSelection> parseStreams(const std::string& text, std::string& error)
{
    if (text == "all")
        return FlowSelection::allStreams();
    std::vector<std::uint32_t> streams;
    std::size_t at = 0;
    while (at <= text.size()) {
        const auto comma = text.find(',', at);
        const auto part = text.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
        const auto value = parseWholeNumber(part, 0, kMaxStreamNumber);
        if (!value) {
            error = "--stream takes a stream number (0 to 4294967294), a list like 0,2 or \"all\", not \"" + text + "\"";
            return std::nullopt;
        }
        streams.push_back(static_cast<std::uint32_t>(*value));
        if (comma == std::string::npos)
            break;
        at = comma + 1;
    }
    return FlowSelection::streams(std::move(streams));
}

void writeNarration(std::ostream& out, const FlowModel& model, std::size_t first, std::size_t last,
                    NarrationLanguage language)
{
    const FlowNarrator narrator(language);
    char seconds[32];
    for (std::size_t r = first; r <= last; ++r) {
        const auto arrow = model.arrow(r, SequenceNumbers::Relative, false);
        std::snprintf(seconds, sizeof seconds, "%.6f", static_cast<double>(arrow.sinceStartNs) / 1e9);
        out << narrator.title(model, arrow) << " (" << seconds << " s)\n"
            << "  " << narrator.narrate(model, arrow) << "\n\n";
    }
}

} // namespace

int runFlow(const FlowOptions& options, std::ostream& out, std::ostream& err)
{
    const std::string& format = options.format;
#ifndef TCPLENS_CLI_RENDER
    if (format == "png" || format == "pdf") {
        err << "tcplens-cli: --format " << format
            << " is rendered with Qt and needs the GUI build of tcplens; use --format svg here\n";
        return kExitUsage;
    }
#endif
    const bool image = format == "png" || format == "pdf";
    if (!image && format != "text" && format != "mermaid" && format != "plantuml" && format != "svg" && format != "narration") {
        err << "tcplens-cli: unknown flow format \"" << format << "\" (use text, mermaid, plantuml, svg or narration)\n";
        return kExitUsage;
    }
    const auto language = parseNarrationLanguage(options.language);
    if (!language) {
        err << "tcplens-cli: --lang takes en or zh_CN, not \"" << options.language << "\"\n";
        return kExitUsage;
    }
    if (options.streams.empty()) {
        err << "tcplens-cli: flow needs --stream N (see tcplens-cli conversations FILE), a list like 0,2, or all\n";
        return kExitUsage;
    }
    std::string error;
    const auto selection = parseStreams(options.streams, error);
    if (!selection) {
        err << "tcplens-cli: " << error << '\n';
        return kExitUsage;
    }
    if (options.from && options.to && *options.from > *options.to) {
        err << "tcplens-cli: --from " << *options.from << " is after --to " << *options.to << '\n';
        return kExitUsage;
    }

    LoadedFlow flow;
    try {
        flow = LoadedFlow::load(options.path, *selection);
    } catch (const CaptureError& e) {
        err << "tcplens-cli: " << e.what() << '\n';
        return kExitUnreadable;
    }
    const auto& capture = flow.capture();
    const auto& model = flow.model();
    const auto streamCount = capture.conversations.size();
    for (const auto stream : selection->streamList()) {
        if (stream >= streamCount) {
            err << "tcplens-cli: " << options.path << " has no TCP stream " << stream
                << (streamCount == 0 ? std::string(" (it has no TCP conversations)")
                                     : " (its streams are 0 to " + std::to_string(streamCount - 1) + ")")
                << '\n';
            return kExitUsage;
        }
    }
    if (model.empty()) {
        err << "tcplens-cli: " << options.path << " has no TCP packets\n";
        return kExitUsage;
    }

    // --from/--to are frame numbers; the rows between them.
    FlowExportOptions range;
    range.numbers = options.absolute ? SequenceNumbers::Absolute : SequenceNumbers::Relative;
    range.firstRow = options.from ? model.firstRowAtOrAfterFrame(*options.from) : 0;
    // --to is inclusive: the end is the first row after it (the last frame number has none).
    const std::size_t end = options.to && *options.to < kMaxFrameNumber ? model.firstRowAtOrAfterFrame(*options.to + 1)
                                                                        : model.rowCount();
    if (range.firstRow >= end) {
        err << "tcplens-cli: no packet of the selected stream lies between frames "
            << (options.from ? std::to_string(*options.from) : std::string("1")) << " and "
            << (options.to ? std::to_string(*options.to) : std::string("the end")) << " (its frames are "
            << model.row(0).frame() << " to " << model.row(model.rowCount() - 1).frame() << ")\n";
        return kExitUsage;
    }
    range.lastRow = end - 1;

#ifdef TCPLENS_CLI_RENDER
    if (image) {
        std::vector<std::uint32_t> streams = selection->streamList();
        if (selection->kind() != FlowSelection::Kind::Streams)
            for (std::uint32_t s = 0; s < streamCount; ++s)
                streams.push_back(s);
        const int status = renderFlowImage(capture, streams, range, format, options.output, options.timeSpacing,
                                           options.slanted, err);
        if (status == kExitOk && !capture.error.empty()) {
            err << "tcplens-cli: " << options.path << ": " << capture.error << '\n';
            return kExitUnreadable;
        }
        return status;
    }
#endif
    CliOutput output(options.output, out);
    if (!output.open(err))
        return kExitUnreadable;
    std::ostream& sink = output.stream();
    if (format == "text") {
        writeFlowAscii(sink, model, range);
    } else if (format == "mermaid") {
        writeFlowMermaid(sink, model, range);
    } else if (format == "plantuml") {
        writeFlowPlantUml(sink, model, range);
    } else if (format == "svg") {
        FlowSvgOptions svg;
        svg.range = range;
        svg.layout.spacing = options.timeSpacing ? RowSpacing::Proportional : RowSpacing::Uniform;
        svg.layout.slanted = options.slanted;
        writeFlowSvg(sink, model, svg);
    } else {
        writeNarration(sink, model, range.firstRow, range.lastRow, *language);
    }
    if (!output.finish(err))
        return kExitUnreadable;
    if (!capture.error.empty()) {
        err << "tcplens-cli: " << options.path << ": " << capture.error << '\n';
        return kExitUnreadable;
    }
    return kExitOk;
}

} // namespace tcplens::cli
