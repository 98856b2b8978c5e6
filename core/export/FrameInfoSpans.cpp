#include "FrameInfoSpans.h"

#include "PacketText.h"

#include <algorithm>

namespace tcplens {
namespace {

FieldSpan generated(std::string id, std::string name, std::string text, std::uint8_t depth)
{
    FieldSpan span;
    span.id = std::move(id);
    span.name = std::move(name);
    span.text = std::move(text);
    span.depth = depth;
    return span;
}

} // namespace

void insertFrameInfoSpans(FieldSpans& spans, const CaptureInterface* interface, std::span<const std::string> comments)
{
    auto frame = std::find_if(spans.begin(), spans.end(), [](const FieldSpan& s) { return s.id == "frame"; });
    if (interface && frame != spans.end()) {
        // After the frame line and any fields of its own.
        auto at = std::next(frame);
        while (at != spans.end() && at->depth > frame->depth)
            ++at;
        FieldSpans lines;
        const auto depth = static_cast<std::uint8_t>(frame->depth + 1);
        lines.push_back(generated("frame.interface_id", "Interface id", interfaceLine(*interface), depth));
        if (!interface->name.empty())
            lines.push_back(generated("frame.interface_name", "Interface name", "Interface name: " + interface->name,
                                      static_cast<std::uint8_t>(depth + 1)));
        if (!interface->description.empty())
            lines.push_back(generated("frame.interface_description", "Interface description",
                                      "Interface description: " + interface->description,
                                      static_cast<std::uint8_t>(depth + 1)));
        spans.insert(at, lines.begin(), lines.end());
        frame = std::find_if(spans.begin(), spans.end(), [](const FieldSpan& s) { return s.id == "frame"; });
    }
    if (comments.empty())
        return;
    FieldSpans lines;
    const std::uint8_t depth = frame != spans.end() ? frame->depth : 0;
    lines.push_back(generated("frame.comments", "Packet comments", "Packet comments", depth));
    for (const auto& comment : comments)
        lines.push_back(generated("frame.comment", "Comment", comment, static_cast<std::uint8_t>(depth + 1)));
    spans.insert(frame != spans.end() ? frame : spans.begin(), lines.begin(), lines.end());
}

} // namespace tcplens
