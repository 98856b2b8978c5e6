#include "FlowPlantUmlWriter.h"

#include "FlowRowEvents.h"

#include <ostream>

namespace tcplens {
namespace {

/// PlantUML turns "\n" into a line break and "<b>" into bold: backslashes (a payload's escaped
/// "\r\n") and '<' are written as the Unicode escapes PlantUML offers.
std::string escape(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '\\')
            out += "<U+005C>";
        else if (c == '<')
            out += "<U+003C>";
        else
            out += c;
    }
    return out;
}

/// Arrow colours follow the SVG legend; RST ends in a cross.
const char* arrowFor(ArrowStyle style)
{
    switch (style) {
    case ArrowStyle::Reset: return "-[#b91c1c]>x";
    case ArrowStyle::Retransmission: return "-[#d62728]->";
    case ArrowStyle::DuplicateAck: return "-[#e67e00]>";
    case ArrowStyle::ZeroWindow: return "-[#7b2cbf]>";
    case ArrowStyle::OutOfOrder: return "-[#8c564b]>";
    case ArrowStyle::KeepAlive: return "-[#6b7280]->";
    default: return "->";
    }
}

} // namespace

void writeFlowPlantUml(std::ostream& out, const FlowModel& model, const FlowExportOptions& options)
{
    FlowRowEvents events(model, options);
    out << "@startuml\n";
    out << "title " << events.title() << '\n'; // addresses and "<->": nothing PlantUML reads as markup
    if (events.empty()) {
        out << "@enduml\n";
        return;
    }
    out << "skinparam sequenceMessageAlign center\n";
    out << "skinparam responseMessageBelowArrow false\n";
    const bool ports = model.hostLifelines();
    const auto& lifelines = model.lifelines();
    for (std::size_t l = 0; l < lifelines.size(); ++l) {
        const auto role = ports ? lifelines[l].portsText() : lifelines[l].roleText();
        out << "participant \"" << lifelines[l].label() << (role.empty() ? "" : "\\n" + role) << "\" as L" << l << '\n';
    }
    const auto notes = [&](const std::vector<FlowStateMark>& marks) {
        if (!options.states)
            return;
        bool first = true;
        for (const auto& m : marks) {
            std::string text = stateName(m.state);
            if (ports) {
                const auto& track = model.stateTracks()[m.track];
                const auto& c = model.conversations()[track.conversation];
                text += " (" + std::to_string(track.client ? c.client.port : c.server.port) + ")";
            }
            // "/" puts the second note beside the first instead of below it.
            out << (first ? "" : "/ ") << "hnote over L" << m.lifeline << " : " << text << '\n';
            first = false;
        }
    };
    for (std::size_t r = events.first(); r <= events.last(); ++r) {
        notes(events.statesBefore(r));
        const auto a = model.arrow(r, options.numbers, false);
        out << 'L' << a.fromLifeline << ' ' << (a.notReceived ? "-[#6b7280]->x" : arrowFor(a.style)) << " L" << a.toLifeline << " : " << a.frame << ". "
            << escape(a.label(options.numbers, ports));
        const auto comment = a.comment();
        if (!comment.empty())
            out << "\\n" << escape(comment);
        out << '\n';
        notes(events.statesAfter(r));
    }
    out << "@enduml\n";
}

} // namespace tcplens
