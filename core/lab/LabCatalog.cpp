#include "LabCatalog.h"

namespace tcplens {

const std::vector<LabScenario>& labScenarios()
{
    static const std::vector<LabScenario> all = [] {
        std::vector<LabScenario> list;
        for (auto group : {connectionScenarios(), flowScenarios(), kernelScenarios(), lossScenarios()})
            for (auto& scenario : group)
                list.push_back(std::move(scenario));
        return list;
    }();
    return all;
}

const LabScenario* findLabScenario(std::string_view id)
{
    for (const auto& scenario : labScenarios())
        if (scenario.id == id)
            return &scenario;
    return nullptr;
}

} // namespace tcplens
