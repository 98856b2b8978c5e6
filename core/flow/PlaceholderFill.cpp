#include "PlaceholderFill.h"

namespace tcplens {

namespace {

void replaceAll(std::string& text, const std::string& key, std::string_view value)
{
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
}

} // namespace

void fillPlaceholder(std::string& text, std::string_view key, std::string_view value)
{
    std::string braced = "{" + std::string(key) + "}";
    replaceAll(text, braced, value);
    std::string capital(value);
    if (!capital.empty() && capital[0] >= 'a' && capital[0] <= 'z')
        capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
    braced[1] = static_cast<char>(braced[1] - 'a' + 'A');
    replaceAll(text, braced, capital);
}

} // namespace tcplens
