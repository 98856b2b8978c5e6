#pragma once
// A text of the lab in the two languages tcplens speaks (English and Simplified Chinese).

#include <string>
#include <string_view>

namespace tcplens {

struct LabText {
    std::string en;
    std::string zh;

    /// The text for `language` ("zh_CN", "zh", "zh-CN"...: Chinese; anything else English).
    [[nodiscard]] const std::string& in(std::string_view language) const noexcept
    {
        return language.substr(0, 2) == "zh" && !zh.empty() ? zh : en;
    }
};

} // namespace tcplens
