#pragma once
// A ConversationReport worded as the lab's questions and answers, in English or Chinese: one
// heading, the answer, a table where the lab asks for one, and one line on how it was computed.
// Frame numbers inside the text are tokens (frameToken) so that each format can show them its
// way (plain text "frame 12", a link in the GUI).

#include "../flow/FlowNarrator.h"
#include "ConversationReport.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tcplens {

struct ReportTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

struct ReportAnswer {
    std::string id;                 ///< "endpoints", "syn", ..., "c2s.rtt": the JSON key of the answer.
    std::string question;           ///< The heading, e.g. "The SYN segment".
    std::vector<std::string> lines; ///< The answer, one sentence or fact a line.
    std::optional<ReportTable> table;
    std::string how;                ///< One line on how it was computed.
};

/// The marker of frame `frame` inside answer text.
[[nodiscard]] std::string frameToken(std::uint32_t frame);
/// `text` with every frame token replaced by `show(frame)`.
[[nodiscard]] std::string expandFrames(const std::string& text, const std::function<std::string(std::uint32_t)>& show);
/// "frame 12" / "第 12 帧".
[[nodiscard]] std::string frameWords(std::uint32_t frame, NarrationLanguage language);

/// "Conversation report: stream 0, 10.77.0.1:49210 → 10.77.0.2:8080" and its Chinese.
[[nodiscard]] std::string reportTitle(const ConversationReport& report, NarrationLanguage language);
/// "12 packets, frames 1 to 12." (with frame tokens).
[[nodiscard]] std::string reportSubtitle(const ConversationReport& report, NarrationLanguage language);
/// Every answer, in the lab's order: endpoints, SYN, SYN-ACK, then per direction with data the
/// first data segment, RTT table, segment lengths, receive window, retransmissions, throughput
/// and the end of slow start.
[[nodiscard]] std::vector<ReportAnswer> reportAnswers(const ConversationReport& report, NarrationLanguage language);
/// "How: " / "说明：" (the separator included).
[[nodiscard]] std::string howLabel(NarrationLanguage language);

} // namespace tcplens
