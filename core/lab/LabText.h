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

/// Joins texts language by language; a std::string_view part (numbers, names) reads the same in both.
inline LabText operator+(LabText a, const LabText& b)
{
    a.en += b.en;
    a.zh += b.zh;
    return a;
}
inline LabText operator+(LabText a, std::string_view same)
{
    a.en += same;
    a.zh += same;
    return a;
}
inline LabText operator+(std::string_view same, LabText b)
{
    b.en.insert(0, same);
    b.zh.insert(0, same);
    return b;
}

} // namespace tcplens
