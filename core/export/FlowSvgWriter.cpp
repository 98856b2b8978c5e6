#include "FlowSvgWriter.h"

#include "FlowRowEvents.h"
#include "MarkupEscape.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace tcplens {
namespace {

constexpr const char* kFontFamily = "DejaVu Sans, Noto Sans CJK SC, Helvetica, Arial, sans-serif";
constexpr double kCharWidth = 0.62; ///< Average advance of DejaVu Sans, in em (a safe overestimate for digits).

std::size_t columns(const std::string& text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
}

/// Numbers with at most two decimals, no trailing zeros ("12.5", "40"), without printf: a
/// 500,000-row export writes some twenty of them per row.
std::string num(double value)
{
    long long hundredths = std::llround(value * 100);
    std::string s;
    if (hundredths < 0) {
        s = "-";
        hundredths = -hundredths;
    }
    s += std::to_string(hundredths / 100);
    const int fraction = static_cast<int>(hundredths % 100);
    if (fraction != 0) {
        s += '.';
        s += static_cast<char>('0' + fraction / 10);
        if (fraction % 10 != 0)
            s += static_cast<char>('0' + fraction % 10);
    }
    return s == "-0" ? "0" : s;
}

const char* colourOf(ArrowStyle style)
{
    switch (style) {
    case ArrowStyle::Normal: return "#1f2937";
    case ArrowStyle::Handshake: return "#1d4ed8";
    case ArrowStyle::Close: return "#0f766e";
    case ArrowStyle::Reset: return "#b91c1c";
    case ArrowStyle::Retransmission: return "#d62728";
    case ArrowStyle::DuplicateAck: return "#c2410c";
    case ArrowStyle::ZeroWindow: return "#7b2cbf";
    case ArrowStyle::OutOfOrder: return "#8c564b";
    case ArrowStyle::KeepAlive: return "#6b7280";
    }
    return "#1f2937";
}

/// Stroke attributes beyond the colour: dashes tell the styles apart in black and white too.
const char* strokeOf(ArrowStyle style)
{
    switch (style) {
    case ArrowStyle::Reset: return " stroke-width=\"2.6\"";
    case ArrowStyle::Retransmission: return " stroke-width=\"2\" stroke-dasharray=\"8 4\"";
    case ArrowStyle::DuplicateAck: return " stroke-width=\"1.8\" stroke-dasharray=\"2 3\"";
    case ArrowStyle::ZeroWindow: return " stroke-width=\"2\"";
    case ArrowStyle::OutOfOrder: return " stroke-width=\"1.8\" stroke-dasharray=\"10 3 2 3\"";
    case ArrowStyle::KeepAlive: return " stroke-width=\"1.6\" stroke-dasharray=\"3 3\"";
    default: return " stroke-width=\"1.6\"";
    }
}

const char* stateColour(TcpState state)
{
    switch (state) {
    case TcpState::Unknown: return "none";
    case TcpState::Closed: return "#d1d5db";
    case TcpState::Listen: return "#bfdbfe";
    case TcpState::SynSent:
    case TcpState::SynReceived: return "#fde68a";
    case TcpState::Established: return "#86efac";
    case TcpState::FinWait1: return "#fdba74";
    case TcpState::FinWait2: return "#fb923c";
    case TcpState::Closing: return "#f9a8d4";
    case TcpState::TimeWait: return "#c4b5fd";
    case TcpState::CloseWait: return "#fca5a5";
    case TcpState::LastAck: return "#f87171";
    }
    return "none";
}

struct LegendItem {
    ArrowStyle style;
    const char* text;
};
constexpr std::array<LegendItem, 9> kLegend{{{ArrowStyle::Normal, "data / ACK"},
                                             {ArrowStyle::Handshake, "SYN"},
                                             {ArrowStyle::Close, "FIN"},
                                             {ArrowStyle::Reset, "RST"},
                                             {ArrowStyle::Retransmission, "retransmission"},
                                             {ArrowStyle::DuplicateAck, "duplicate ACK"},
                                             {ArrowStyle::ZeroWindow, "zero window / window full"},
                                             {ArrowStyle::OutOfOrder, "out-of-order / lost segment"},
                                             {ArrowStyle::KeepAlive, "keep-alive"}}};

} // namespace

void writeFlowSvg(std::ostream& out, const FlowModel& model, const FlowSvgOptions& options)
{
    FlowRowEvents events(model, options.range);
    const bool ports = model.hostLifelines();
    const auto numbers = options.range.numbers;
    const double font = options.fontSize;
    const double charWidth = font * kCharWidth;

    // First pass: the widest label and comment size the columns.
    FlowLayoutOptions lo = options.layout;
    std::size_t widestLabel = 0;
    std::size_t widestComment = 0;
    if (!events.empty()) {
        for (std::size_t r = events.first(); r <= events.last(); ++r) {
            const auto a = model.arrow(r, numbers, false);
            widestLabel = std::max(widestLabel, columns(a.label(numbers, ports)));
            widestComment = std::max(widestComment, columns(a.comment()));
        }
    }
    for (const auto& l : model.lifelines())
        widestLabel = std::max({widestLabel, columns(l.label()), columns(l.portsText())});
    lo.lifelineSpacing = std::max(lo.lifelineSpacing, static_cast<double>(widestLabel) * charWidth + 4 * font);
    lo.commentColumnWidth = std::max(lo.commentColumnWidth, static_cast<double>(std::min<std::size_t>(widestComment, 160)) * charWidth + font);
    lo.timeColumnWidth = std::max(lo.timeColumnWidth, 16 * charWidth);
    lo.rowHeight = std::max(lo.rowHeight, font * 2.3);
    lo.headerHeight = std::max(lo.headerHeight, font * 6.5);
    const auto layout = events.empty() ? FlowLayout(lo, 0, model.lifelines().size(), model.maxSlots())
                                       : FlowLayout::of(model, lo, events.first(), events.last());

    // The legend wraps under the diagram.
    const double legendItemWidth = 30 * charWidth;
    const auto perLine = std::max<std::size_t>(1, static_cast<std::size_t>((layout.width() - 2 * lo.margin) / legendItemWidth));
    const auto legendLines = options.legend ? (kLegend.size() + perLine - 1) / perLine : 0;
    const double legendTop = layout.height();
    const double width = layout.width();
    const double height = legendTop + static_cast<double>(legendLines) * font * 2 + (legendLines ? lo.margin : 0);

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" << num(width) << "\" height=\""
        << num(height) << "\" viewBox=\"0 0 " << num(width) << ' ' << num(height) << "\" font-family=\""
        << kFontFamily << "\" font-size=\"" << num(font) << "\">\n";
    out << "<title>" << markupEscape(events.title()) << "</title>\n";
    out << "<rect class=\"background\" x=\"0\" y=\"0\" width=\"" << num(width) << "\" height=\"" << num(height)
        << "\" fill=\"#ffffff\"/>\n";
    out << "<text class=\"title\" x=\"" << num(lo.margin) << "\" y=\"" << num(lo.margin + font * 1.2)
        << "\" font-size=\"" << num(font * 1.15) << "\" font-weight=\"bold\" fill=\"#111827\">"
        << markupEscape(events.title()) << "</text>\n";

    // Lifelines with their labels.
    out << "<g class=\"lifelines\">\n";
    const auto& lifelines = model.lifelines();
    for (std::size_t l = 0; l < lifelines.size(); ++l) {
        const double x = layout.lifelineX(l);
        const auto sub = ports ? lifelines[l].portsText() : lifelines[l].roleText();
        out << "<g class=\"lifeline\" data-lifeline=\"" << l << "\"><text x=\"" << num(x) << "\" y=\""
            << num(lo.margin + font * 3.4) << "\" text-anchor=\"middle\" font-size=\"" << num(font * 1.15)
            << "\" font-weight=\"bold\" fill=\"#111827\">" << markupEscape(lifelines[l].label()) << "</text>";
        if (!sub.empty())
            out << "<text x=\"" << num(x) << "\" y=\"" << num(lo.margin + font * 4.8)
                << "\" text-anchor=\"middle\" fill=\"#4b5563\">" << markupEscape(sub) << "</text>";
        out << "<line x1=\"" << num(x) << "\" y1=\"" << num(layout.lifelineTop()) << "\" x2=\"" << num(x)
            << "\" y2=\"" << num(layout.lifelineBottom()) << "\" stroke=\"#9ca3af\" stroke-width=\"1.5\"/></g>\n";
    }
    out << "</g>\n";

    // State bands, each labelled where it starts (left of the first lifeline, right of the others).
    if (options.range.states && !events.empty()) {
        out << "<g class=\"states\" font-size=\"" << num(font * 0.85) << "\">\n";
        for (std::uint32_t t = 0; t < model.stateTracks().size(); ++t) {
            const auto& track = model.stateTracks()[t];
            for (const auto& band : layout.bands(model, t)) {
                if (band.state == TcpState::Unknown)
                    continue;
                const auto& r = band.rect;
                out << "<g class=\"band\" data-state=\"" << stateName(band.state) << "\"><rect x=\"" << num(r.x)
                    << "\" y=\"" << num(r.y) << "\" width=\"" << num(r.width) << "\" height=\"" << num(r.height)
                    << "\" fill=\"" << stateColour(band.state) << "\" stroke=\"#6b7280\" stroke-width=\"0.6\"/>";
                const bool left = track.lifeline == 0 && lifelines.size() > 1;
                std::string text = stateName(band.state);
                if (ports) {
                    const auto& c = model.conversations()[track.conversation];
                    text += " (" + std::to_string(track.client ? c.client.port : c.server.port) + ")";
                }
                out << "<text x=\"" << num(left ? r.x - 4 : r.right() + 4) << "\" y=\"" << num(r.y + font * 0.9)
                    << "\" text-anchor=\"" << (left ? "end" : "start") << "\" fill=\"#374151\">" << markupEscape(text)
                    << "</text></g>\n";
            }
        }
        out << "</g>\n";
    }

    // Arrows, one group per packet.
    out << "<g class=\"arrows\">\n";
    if (!events.empty()) {
        const auto time = layout.timeColumn();
        const auto comments = layout.commentColumn();
        char seconds[32];
        for (std::size_t r = events.first(); r <= events.last(); ++r) {
            const auto a = model.arrow(r, numbers, true);
            const auto [from, to] = layout.arrowSegment(r, a.fromLifeline, a.toLifeline, model.slotsOn(a.fromLifeline),
                                                        model.slotsOn(a.toLifeline));
            const char* colour = colourOf(a.style);
            out << "<g class=\"arrow " << arrowStyleName(a.style) << "\" data-frame=\"" << a.frame
                << "\" data-row=\"" << r << "\" fill=\"" << colour << "\"><title>" << markupEscape(a.info);
            if (!a.analysisText.empty() && a.info.find(a.analysisText) == std::string::npos)
                out << ' ' << markupEscape(a.analysisText);
            out << "</title>";
            std::snprintf(seconds, sizeof seconds, "%.6f", static_cast<double>(a.sinceStartNs) / 1e9);
            out << "<text x=\"" << num(time.x + 2) << "\" y=\"" << num(from.y + font * 0.35)
                << "\" fill=\"#6b7280\">" << a.frame << "</text><text x=\"" << num(time.right() - 4) << "\" y=\""
                << num(from.y + font * 0.35) << "\" text-anchor=\"end\" fill=\"#374151\">" << seconds << "</text>";
            const double dx = to.x - from.x;
            const double dy = to.y - from.y;
            const double length = std::max(std::hypot(dx, dy), 1e-9);
            const double ux = dx / length, uy = dy / length;
            const double back = font * 0.8, half = font * 0.35;
            if (a.notReceived) {
                // Never reached its receiver: dotted, stopping short of the lifeline at a cross.
                const double stopX = from.x + dx * 0.8, stopY = from.y + dy * 0.8, s = font * 0.4;
                out << "<line x1=\"" << num(from.x) << "\" y1=\"" << num(from.y) << "\" x2=\"" << num(stopX)
                    << "\" y2=\"" << num(stopY) << "\" stroke=\"" << colour << "\" stroke-width=\"1.8\" stroke-dasharray=\"2 3\"/>"
                    << "<path class=\"not-received\" d=\"M" << num(stopX - s) << ',' << num(stopY - s) << " L" << num(stopX + s)
                    << ',' << num(stopY + s) << " M" << num(stopX - s) << ',' << num(stopY + s) << " L" << num(stopX + s) << ','
                    << num(stopY - s) << "\" stroke=\"" << colour << "\" stroke-width=\"2.4\" fill=\"none\"/>";
            } else {
                out << "<line x1=\"" << num(from.x) << "\" y1=\"" << num(from.y) << "\" x2=\"" << num(to.x) << "\" y2=\""
                    << num(to.y) << "\" stroke=\"" << colour << '"' << strokeOf(a.style) << "/>";
            }
            // The head: a triangle at the receiving lifeline, along the arrow.
            if (!a.notReceived)
                out << "<path class=\"head\" d=\"M" << num(to.x) << ',' << num(to.y) << " L" << num(to.x - ux * back - uy * half)
                << ',' << num(to.y - uy * back + ux * half) << " L" << num(to.x - ux * back + uy * half) << ','
                << num(to.y - uy * back - ux * half) << " Z\"/>";
            if (a.style == ArrowStyle::Reset) // RST: a bar across the head
                out << "<line x1=\"" << num(to.x - ux * back * 1.4 - uy * half * 1.6) << "\" y1=\""
                    << num(to.y - uy * back * 1.4 + ux * half * 1.6) << "\" x2=\""
                    << num(to.x - ux * back * 1.4 + uy * half * 1.6) << "\" y2=\""
                    << num(to.y - uy * back * 1.4 - ux * half * 1.6) << "\" stroke=\"" << colour
                    << "\" stroke-width=\"2.6\"/>";
            out << "<text class=\"label\" x=\"" << num((from.x + to.x) / 2) << "\" y=\""
                << num(std::min(from.y, to.y) - font * 0.45) << "\" text-anchor=\"middle\">"
                << markupEscape(a.label(numbers, ports)) << "</text>";
            const auto comment = a.comment();
            if (!comment.empty())
                out << "<text class=\"comment\" x=\"" << num(comments.x + font * 0.6) << "\" y=\""
                    << num(from.y + font * 0.35) << "\">" << markupEscape(comment) << "</text>";
            out << "</g>\n";
        }
    }
    out << "</g>\n";

    if (options.legend) {
        out << "<g class=\"legend\">\n";
        for (std::size_t i = 0; i < kLegend.size(); ++i) {
            const double x = lo.margin + static_cast<double>(i % perLine) * legendItemWidth;
            const double y = legendTop + static_cast<double>(i / perLine) * font * 2 + font;
            const auto style = kLegend[i].style;
            out << "<g class=\"legend-item " << arrowStyleName(style) << "\" fill=\"" << colourOf(style)
                << "\"><line x1=\"" << num(x) << "\" y1=\"" << num(y) << "\" x2=\"" << num(x + 3 * font) << "\" y2=\""
                << num(y) << "\" stroke=\"" << colourOf(style) << '"' << strokeOf(style) << "/><path d=\"M"
                << num(x + 3.6 * font) << ',' << num(y) << " L" << num(x + 2.8 * font) << ',' << num(y - 0.35 * font)
                << " L" << num(x + 2.8 * font) << ',' << num(y + 0.35 * font) << " Z\"/><text x=\""
                << num(x + 4.2 * font) << "\" y=\"" << num(y + 0.35 * font) << "\">" << kLegend[i].text
                << "</text></g>\n";
        }
        out << "</g>\n";
    }
    out << "</svg>\n";
}

} // namespace tcplens
