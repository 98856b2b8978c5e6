#include "FlowMermaidWriter.h"

#include "FlowRowEvents.h"

#include <ostream>

namespace tcplens {
namespace {

/// Mermaid reads ';' and '#' as syntax and '<' '>' as HTML: write them as its entity codes.
std::string escape(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case ';': out += "#59;"; break;
        case '#': out += "#35;"; break;
        case '<': out += "#60;"; break;
        case '>': out += "#62;"; break;
        default: out += c;
        }
    }
    return out;
}

/// Solid arrows; dotted for retransmissions, a cross for RST (dotted with a cross: not received).
const char* arrowFor(ArrowStyle style)
{
    switch (style) {
    case ArrowStyle::Reset: return "-x";
    case ArrowStyle::Retransmission: return "-->>";
    default: return "->>";
    }
}

} // namespace

void writeFlowMermaid(std::ostream& out, const FlowModel& model, const FlowExportOptions& options)
{
    FlowRowEvents events(model, options);
    out << "sequenceDiagram\n";
    out << "    %% " << events.title() << '\n';
    if (events.empty())
        return;
    const bool ports = model.hostLifelines();
    const auto& lifelines = model.lifelines();
    for (std::size_t l = 0; l < lifelines.size(); ++l) {
        const auto role = ports ? lifelines[l].portsText() : lifelines[l].roleText();
        out << "    participant L" << l << " as " << escape(lifelines[l].label())
            << (role.empty() ? "" : " (" + escape(role) + ")") << '\n';
    }
    const auto notes = [&](const std::vector<FlowStateMark>& marks) {
        if (!options.states)
            return;
        for (const auto& m : marks) {
            std::string text = stateName(m.state);
            if (ports) {
                const auto& track = model.stateTracks()[m.track];
                const auto& c = model.conversations()[track.conversation];
                text += " (" + std::to_string(track.client ? c.client.port : c.server.port) + ")";
            }
            out << "    Note over L" << m.lifeline << ": " << text << '\n';
        }
    };
    for (std::size_t r = events.first(); r <= events.last(); ++r) {
        notes(events.statesBefore(r));
        const auto a = model.arrow(r, options.numbers, false);
        out << "    L" << a.fromLifeline << (a.notReceived ? "--x" : arrowFor(a.style)) << 'L' << a.toLifeline << ": " << a.frame << ". "
            << escape(a.label(options.numbers, ports));
        const auto comment = a.comment();
        if (!comment.empty())
            out << ' ' << escape(comment);
        out << '\n';
        notes(events.statesAfter(r));
    }
}

} // namespace tcplens
