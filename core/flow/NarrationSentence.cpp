#include "NarrationSentence.h"

namespace tcplens::narration {

Sentence& Sentence::set(std::string key, const std::string& value)
{
    replaceAll("{" + key + "}", value);
    std::string capital = value;
    if (!capital.empty() && capital[0] >= 'a' && capital[0] <= 'z')
        capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
    key[0] = static_cast<char>(key[0] - 'a' + 'A');
    replaceAll("{" + key + "}", capital);
    return *this;
}

void Sentence::replaceAll(const std::string& key, const std::string& value)
{
    for (auto at = text_.find(key); at != std::string::npos; at = text_.find(key, at + value.size()))
        text_.replace(at, key.size(), value);
}

} // namespace tcplens::narration
