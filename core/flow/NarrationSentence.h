#pragma once
// One catalogue sentence with its placeholders being filled in.

#include "NarrationCatalogue.h"

#include <cstdint>
#include <string>

namespace tcplens::narration {

/// A catalogue sentence being filled. "{Who}" is "{who}" with its first letter capitalised.
class Sentence {
public:
    Sentence(NarrationLanguage language, Say what) : text_(phrase(language, what)) {}

    /// Fills "{key}" with `value` and "{Key}" with it capitalised.
    Sentence& set(const std::string& key, const std::string& value);
    Sentence& set(const std::string& key, std::uint64_t value) { return set(key, std::to_string(value)); }
    [[nodiscard]] const std::string& text() const noexcept { return text_; }

private:
    std::string text_;
};

} // namespace tcplens::narration
