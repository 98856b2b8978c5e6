#pragma once
// Tokens of Wireshark's display-filter language, each with the column it starts at.

#include "FilterMessage.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tcplens {

enum class FilterToken : unsigned char {
    Word,      ///< A field name, keyword or unquoted value (10.0.0.0/8, aa:bb:cc, 0x1f, tcp.port).
    String,    ///< "text", escapes resolved
    Char,      ///< 'c'
    Range,     ///< [ ... ] after an entity: the text between the brackets
    LParen, RParen, LBrace, RBrace, Comma, DotDot,
    AnyEq, AllEq, AllNe, AnyNe, Lt, Le, Gt, Ge,
    And, Or, Not,
    BitAnd, Plus, Minus, Star, Slash, Percent,
    End,
};

struct FilterLexeme {
    FilterToken token = FilterToken::End;
    std::string text;      ///< Words, strings (unescaped), chars, range contents
    std::size_t column = 0; ///< 0-based offset into the expression
    std::size_t length = 0;
};

struct FilterLexResult {
    std::vector<FilterLexeme> lexemes; ///< Ends with an End token.
    FilterMessage error;               ///< Empty when the text was tokenized.
    std::size_t errorColumn = 0;
};

[[nodiscard]] FilterLexResult lexDisplayFilter(std::string_view text);

} // namespace tcplens
