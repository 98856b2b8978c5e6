#pragma once
// The capture's own words about a frame in the detail tree, as Wireshark shows them: the packet
// comments above the frame, and the interface it was captured on inside the frame section, as
// generated (zero-width) field spans.

#include "../capture/CaptureInterface.h"
#include "../decode/FieldSpan.h"

#include <span>
#include <string>

namespace tcplens {

/// Inserts "Packet comments" (before the Frame span) and "Interface id: 0 (eth0)" with the
/// interface's name and description (after it); either part only when there is something to say.
void insertFrameInfoSpans(FieldSpans& spans, const CaptureInterface* interface, std::span<const std::string> comments);

} // namespace tcplens
