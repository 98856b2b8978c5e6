#pragma once
// Wireshark 4.0's display-filter grammar (epan/dfilter/grammar.lemon), recursive descent.

#include "FilterAst.h"
#include "FilterLexer.h"

#include <string>
#include <string_view>

namespace tcplens {

struct FilterParseResult {
    FilterAst ast;
    FilterMessage error;     ///< Empty on success.
    std::size_t errorColumn = 0;
    std::size_t errorLength = 0;
};


/// Parses `text`; `isField(name)` tells field names from unparsed values.
[[nodiscard]] FilterParseResult parseDisplayFilter(std::string_view text, bool (*isField)(std::string_view));

} // namespace tcplens
