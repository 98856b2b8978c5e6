#include "NarrationSentence.h"

#include "PlaceholderFill.h"

namespace tcplens::narration {

Sentence& Sentence::set(const std::string& key, const std::string& value)
{
    fillPlaceholder(text_, key, value);
    return *this;
}

} // namespace tcplens::narration
