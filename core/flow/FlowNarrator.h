#pragma once
// Plain-words narration of one arrow for teaching ("The server accepts. Its initial sequence
// number is ..."), in English or Simplified Chinese, from the model's facts only.

#include "FlowModel.h"

#include <optional>
#include <string>
#include <string_view>

namespace tcplens {

enum class NarrationLanguage : std::uint8_t { English, SimplifiedChinese };

/// "en" / "zh_CN" (also "zh", "zh-CN", "zh_Hans"); nullopt for anything else.
[[nodiscard]] std::optional<NarrationLanguage> parseNarrationLanguage(std::string_view code) noexcept;

class FlowNarrator {
public:
    explicit FlowNarrator(NarrationLanguage language = NarrationLanguage::English) noexcept : language_(language) {}

    /// What arrow `row` of `model` does, in a few sentences with its real numbers: the kind of packet
    /// (SYN, SYN-ACK, handshake ACK, data, pure ACK, FIN, RST...), its sequence and acknowledgement
    /// numbers, the state changes it causes, and every analysis flag it carries.
    [[nodiscard]] std::string narrate(const FlowModel& model, std::size_t row) const;
    /// The same from facts already computed (model gives lifeline names and conversations).
    [[nodiscard]] std::string narrate(const FlowModel& model, const FlowArrow& arrow) const;

    /// One-sentence heading for the arrow, e.g. "Handshake 2/3: SYN-ACK" / "握手 2/3：SYN-ACK".
    [[nodiscard]] std::string title(const FlowModel& model, const FlowArrow& arrow) const;

    [[nodiscard]] NarrationLanguage language() const noexcept { return language_; }

private:
    NarrationLanguage language_;
};

} // namespace tcplens
