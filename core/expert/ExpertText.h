#pragma once
// Expert Information as text (the layout of tshark -q -z expert) and as one JSON document.

#include "ExpertInfo.h"

#include <string>

namespace tcplens {

/// tshark -q -z expert's report: a section per severity ("Errors (3)", "Warns (20)"...), most
/// severe first, each line frequency, group, protocol and summary.
[[nodiscard]] std::string expertText(const ExpertInfo& info, const ExpertSelection& selection = {});

/// {"items":N,"worst":"Warning","severities":{...},"entries":[...],"streams":[...]}; the keys are
/// described in the README (tcplens-cli expert).
[[nodiscard]] std::string expertJson(const ExpertInfo& info, const ExpertSelection& selection = {});

} // namespace tcplens
