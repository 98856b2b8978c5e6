#pragma once
// Every lab scenario tcplens can record, in the order a course meets them.

#include "LabScenario.h"

#include <string_view>
#include <vector>

namespace tcplens {

[[nodiscard]] const std::vector<LabScenario>& labScenarios();
/// The scenario called `id`, or null.
[[nodiscard]] const LabScenario* findLabScenario(std::string_view id);

/// The scenarios of each group (ConnectionScenarios.cpp, FlowScenarios.cpp, KernelScenarios.cpp,
/// LossScenarios.cpp).
[[nodiscard]] std::vector<LabScenario> connectionScenarios();
[[nodiscard]] std::vector<LabScenario> flowScenarios();
[[nodiscard]] std::vector<LabScenario> kernelScenarios();
[[nodiscard]] std::vector<LabScenario> lossScenarios();

} // namespace tcplens
