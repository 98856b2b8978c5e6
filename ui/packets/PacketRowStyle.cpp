#include "PacketRowStyle.h"

#include <algorithm>
#include <cmath>

namespace tcplens::ui {
namespace {

// The analysis flags Wireshark's "Bad TCP" rule colours (window updates and keep-alives are routine).
constexpr std::uint32_t kTcpProblems = analysis::Retransmission | analysis::FastRetransmission
                                     | analysis::SpuriousRetransmission | analysis::OutOfOrder
                                     | analysis::LostSegment | analysis::AckLostSegment | analysis::DuplicateAck;
constexpr std::uint32_t kWindowProblems = analysis::ZeroWindow | analysis::ZeroWindowProbe
                                        | analysis::ZeroWindowProbeAck | analysis::WindowFull;

RowTone decodeTone(const DecodedPacket& packet) noexcept
{
    auto tone = RowTone::Plain;
    for (const auto& problem : packet.problems) {
        const auto severity = severityOf(problem.kind);
        if (severity == Severity::Error)
            return RowTone::Error;
        if (severity == Severity::Warning)
            tone = RowTone::Warning;
    }
    return tone;
}

} // namespace

RowTone rowToneOf(const DecodedPacket& packet, const PacketAnalysisRecord& analysis) noexcept
{
    const auto decoded = decodeTone(packet);
    if (decoded == RowTone::Error)
        return decoded;
    if (analysis.hasAnalysis(kTcpProblems))
        return RowTone::TcpProblem;
    const auto& tcp = packet.tcp;
    if (tcp.present && tcp.has(tcpflag::Rst))
        return RowTone::Reset;
    if (analysis.hasAnalysis(kWindowProblems))
        return RowTone::ZeroWindow;
    if (decoded == RowTone::Warning)
        return decoded;
    if (tcp.present && (tcp.has(tcpflag::Syn) || tcp.has(tcpflag::Fin)))
        return RowTone::SynFin;
    return RowTone::Plain;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

namespace {

QColor qcolour(const RuleColour& c)
{
    return QColor::fromRgba64(c.red, c.green, c.blue).toRgb();
}

/// Black or white, whichever stands out more on `background`.
QColor strongestText(const QColor& background)
{
    return contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background) ? QColor(Qt::black)
                                                                                        : QColor(Qt::white);
}

/// `colours` with at least `ratio` contrast: the text turns black or white, then the background
/// moves away from it in lightness until the ratio holds (the hue stays).
RowColours readable(RowColours colours, double ratio)
{
    if (contrastRatio(colours.foreground, colours.background) >= ratio)
        return colours;
    colours.foreground = strongestText(colours.background);
    const bool darkText = colours.foreground == QColor(Qt::black);
    for (int step = 0; step < 40 && contrastRatio(colours.foreground, colours.background) < ratio; ++step) {
        float h, s, l;
        colours.background.getHslF(&h, &s, &l);
        l = std::clamp(l + (darkText ? 0.025f : -0.025f), 0.0f, 1.0f);
        colours.background = QColor::fromHslF(h, s, l).toRgb();
    }
    return colours;
}

/// The lightness of `c` mirrored (light becomes dark, hue kept), landing in [low, high].
QColor mirrored(const QColor& c, float low, float high, float saturation)
{
    float h, s, l;
    c.getHslF(&h, &s, &l);
    const float target = low + (1.0f - l) * (high - low) / 0.5f;
    return QColor::fromHslF(h, s * saturation, std::clamp(target, low, high)).toRgb();
}

} // namespace

RowColours rowColoursFor(ThemeKind theme, const ColouringRule& rule)
{
    RowColours colours{qcolour(rule.background), qcolour(rule.foreground)};
    switch (theme) {
    case ThemeKind::Light: return readable(colours, 4.5); // only Broadcast's grey text falls short (1.9:1)
    case ThemeKind::Dark:
        // Wireshark's pale rows would glare on a #2a2a2a list: dim them, keep their hue apart.
        if (colours.background.lightnessF() > 0.5)
            colours.background = mirrored(colours.background, 0.16f, 0.34f, 0.55f);
        if (colours.foreground.lightnessF() < 0.5)
            colours.foreground = mirrored(colours.foreground, 0.78f, 0.92f, 0.4f);
        return readable(colours, 4.5);
    case ThemeKind::HighContrast: return readable(colours, 7.0);
    }
    return colours;
}

RowColours markedRowColours(ThemeKind theme)
{
    switch (theme) {
    case ThemeKind::Light: return {QColor(0, 0, 0), QColor(255, 255, 255)};
    case ThemeKind::Dark: return {QColor::fromRgb(0xf0f0f0), QColor::fromRgb(0x000000)}; // black rows are a dark list's own
    case ThemeKind::HighContrast: return {QColor::fromRgb(0xffff00), QColor::fromRgb(0x000000)};
    }
    return {};
}

RowColouring RowColouring::of(std::shared_ptr<const ColouringRuleSet> rules, ThemeKind theme, bool enabled)
{
    RowColouring colouring;
    if (rules)
        for (const auto& rule : rules->rules())
            colouring.colours.push_back(rowColoursFor(theme, rule));
    colouring.rules = std::move(rules);
    colouring.marked = markedRowColours(theme);
    colouring.enabled = enabled;
    return colouring;
}

} // namespace tcplens::ui
