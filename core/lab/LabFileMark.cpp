#include "LabFileMark.h"

#include "LabCatalog.h"

#include "../capture/PcapngMetadata.h"

namespace tcplens {
namespace {

constexpr std::string_view kPrefix = "tcplens lab scenario: ";

} // namespace

std::string labSectionComment(const LabScenario& scenario)
{
    return std::string(kPrefix) + scenario.id + "\n" + scenario.title.en + "\n\n" + scenario.explanation.en;
}

const LabScenario* labScenarioOfComment(std::string_view comment)
{
    if (!comment.starts_with(kPrefix))
        return nullptr;
    comment.remove_prefix(kPrefix.size());
    return findLabScenario(comment.substr(0, comment.find('\n')));
}

const LabScenario* labScenarioOfFile(const std::string& path)
{
    PcapngSectionInfo section;
    std::string error;
    if (!readPcapngFirstSection(path, section, error))
        return nullptr;
    for (const auto& comment : section.comments)
        if (const auto* scenario = labScenarioOfComment(comment))
            return scenario;
    return nullptr;
}

} // namespace tcplens
