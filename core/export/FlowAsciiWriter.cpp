#include "FlowAsciiWriter.h"

#include "FlowRowEvents.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace tcplens {
namespace {

/// Display columns of UTF-8 text (one per code point; our labels hold no wide characters).
std::size_t columns(const std::string& text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
}

/// A line of fixed columns. Everything but arrow labels, comments and state names is ASCII and
/// labels are written last on their line, so a column is a byte offset wherever we write.
class Line {
public:
    explicit Line(std::size_t width) : text_(width, ' ') {}
    void put(std::size_t column, const std::string& text)
    {
        if (column > text_.size())
            text_.resize(column, ' ');
        const auto width = columns(text);
        if (column + width > text_.size())
            text_.resize(column + width, ' ');
        text_.replace(column, width, text);
    }
    void fill(std::size_t column, std::size_t count, char c)
    {
        if (column + count > text_.size())
            text_.resize(column + count, ' ');
        text_.replace(column, count, count, c);
    }
    [[nodiscard]] std::string text() const
    {
        auto end = text_.find_last_not_of(' ');
        return end == std::string::npos ? std::string{} : text_.substr(0, end + 1);
    }

private:
    std::string text_;
};

/// Wider than this, and with more lifelines than kFewLifelines, the diagram no longer fits a screen.
constexpr std::size_t kScreenColumns = 240;
constexpr std::size_t kFewLifelines = 8;

} // namespace

void writeFlowAscii(std::ostream& out, const FlowModel& model, const FlowExportOptions& options)
{
    FlowRowEvents events(model, options);
    out << events.title() << '\n';
    if (events.empty())
        return;
    const bool ports = model.hostLifelines();
    const auto& lifelines = model.lifelines();

    // First pass: the widest label sets the distance between lifelines.
    std::size_t widest = 0;
    for (std::size_t r = events.first(); r <= events.last(); ++r)
        widest = std::max(widest, columns(model.arrow(r, options.numbers, false).label(options.numbers, ports)));
    for (const auto& l : lifelines)
        widest = std::max({widest, columns(l.label()), columns(l.portsText())});
    const std::size_t spacing = std::max<std::size_t>(widest + 8, 20);
    const std::size_t frameWidth = std::max<std::size_t>(5, std::to_string(model.row(events.last()).frame()).size());
    const std::size_t origin = 10 + 1 + frameWidth + 2; // time, space, frame, two spaces
    const auto x = [&](std::uint32_t lifeline) { return origin + spacing * lifeline; };
    const std::size_t width = x(static_cast<std::uint32_t>(lifelines.size() - 1)) + 1;

    const auto stateText = [&](const FlowStateMark& m) {
        std::string text = stateName(m.state);
        if (ports) {
            const auto& track = model.stateTracks()[m.track];
            const auto& c = model.conversations()[track.conversation];
            text += " (" + std::to_string(track.client ? c.client.port : c.server.port) + ")";
        }
        return text;
    };
    char prefix[64];
    const auto timeAndFrame = [&](const FlowArrow& a) {
        std::snprintf(prefix, sizeof prefix, "%10.6f %*u", static_cast<double>(a.sinceStartNs) / 1e9,
                      static_cast<int>(frameWidth), a.frame);
        return std::string(prefix);
    };

    // More lifelines than a screen holds: drawing every lifeline on every row would make the text
    // rows x lifelines long (504 MB for 2,000 hosts), so each row names only the two it joins.
    if (lifelines.size() > kFewLifelines && width > kScreenColumns) {
        out << "  time (s) " << std::string(frameWidth - 5, ' ') << "frame  " << lifelines.size()
            << " lifelines, too many side by side: each row names the two it joins\n";
        const std::string indent(origin, ' ');
        const auto writeMarks = [&](const std::vector<FlowStateMark>& marks) {
            if (marks.empty() || !options.states)
                return;
            std::string line = indent;
            for (std::size_t i = 0; i < marks.size(); ++i)
                line += (i ? "; " : "") + lifelines[marks[i].lifeline].label() + " " + stateText(marks[i]);
            out << line << '\n';
        };
        for (std::size_t r = events.first(); r <= events.last(); ++r) {
            writeMarks(events.statesBefore(r));
            const auto a = model.arrow(r, options.numbers, false);
            const auto label = a.label(options.numbers, ports);
            std::string line = timeAndFrame(a) + "  " + lifelines[a.fromLifeline].label();
            line += a.fromLifeline == a.toLifeline ? " <-> " + label
                                                   : " --" + label + "--> " + lifelines[a.toLifeline].label();
            const auto comment = a.comment();
            if (!comment.empty())
                line += "  " + comment;
            out << line << '\n';
            writeMarks(events.statesAfter(r));
        }
        return;
    }

    const auto lifelineLine = [&] {
        Line line(width);
        for (std::uint32_t l = 0; l < lifelines.size(); ++l)
            line.put(x(l), "|");
        return line;
    };
    const auto writeStates = [&](const std::vector<FlowStateMark>& marks) {
        if (marks.empty() || !options.states)
            return;
        auto line = lifelineLine();
        for (const auto& m : marks)
            line.put(x(m.lifeline), stateText(m));
        out << line.text() << '\n';
    };

    // Header: labels, then roles (or ports of host lifelines).
    Line head(width);
    Line roles(width);
    head.put(0, "  time (s)");
    head.put(11 + frameWidth - 5, "frame");
    for (std::uint32_t l = 0; l < lifelines.size(); ++l) {
        head.put(x(l), lifelines[l].label());
        roles.put(x(l), ports ? lifelines[l].portsText() : lifelines[l].roleText());
    }
    out << head.text() << '\n' << roles.text() << '\n';

    for (std::size_t r = events.first(); r <= events.last(); ++r) {
        writeStates(events.statesBefore(r));
        const auto a = model.arrow(r, options.numbers, false);
        auto line = lifelineLine();
        line.put(0, timeAndFrame(a));
        const auto from = x(a.fromLifeline);
        const auto to = x(a.toLifeline);
        const auto label = a.label(options.numbers, ports);
        if (from != to) {
            const auto lo = std::min(from, to);
            const auto hi = std::max(from, to);
            line.fill(lo + 1, hi - lo - 1, '-');
            line.put(from < to ? hi - 1 : lo + 1, from < to ? ">" : "<");
            const auto span = hi - lo - 1;
            const auto w = columns(label);
            line.put(lo + 1 + (span > w ? (span - w) / 2 : 0), label);
        } else {
            line.put(from + 2, "<-> " + label);
        }
        auto text = line.text();
        const auto comment = a.comment();
        if (!comment.empty())
            text += "  " + comment;
        out << text << '\n';
        writeStates(events.statesAfter(r));
    }
}

} // namespace tcplens
