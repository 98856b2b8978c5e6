#pragma once
// How a recording says which lab scenario made it: a comment in its pcapng section header
// ("tcplens lab scenario: ID", then the title and the explanation for readers like capinfos),
// written once the capture helper is done and read back when the file is opened.

#include "LabScenario.h"

#include <string>
#include <string_view>

namespace tcplens {

/// The section comment for a recording of `scenario`.
[[nodiscard]] std::string labSectionComment(const LabScenario& scenario);
/// The scenario `comment` names, or null (not a lab comment, or a scenario this version lacks).
[[nodiscard]] const LabScenario* labScenarioOfComment(std::string_view comment);
/// The scenario that recorded the pcapng file at `path` (its first section's comments), or null
/// for any other file, readable or not.
[[nodiscard]] const LabScenario* labScenarioOfFile(const std::string& path);

} // namespace tcplens
