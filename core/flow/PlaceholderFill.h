#pragma once
// The filling of a catalogue sentence's placeholders, shared by the narration and the report.

#include <string>
#include <string_view>

namespace tcplens {

/// Replaces "{key}" in `text` with `value` and "{Key}" (`key` lower case) with `value` capitalised.
void fillPlaceholder(std::string& text, std::string_view key, std::string_view value);

} // namespace tcplens
