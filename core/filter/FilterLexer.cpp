#include "FilterLexer.h"

#include <cctype>

namespace tcplens {

namespace {

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.' || c == ':' || c == '-' || c == '/';
}

struct Operator {
    std::string_view spelling;
    FilterToken token;
};

// Longest first, so "===" wins over "==" and "!==" over "!=".
constexpr Operator kOperators[] = {
    {"===", FilterToken::AllEq}, {"!==", FilterToken::AllNe}, {"==", FilterToken::AnyEq}, {"!=", FilterToken::AllNe},
    {"~=", FilterToken::AnyNe},  {"<=", FilterToken::Le},     {">=", FilterToken::Ge},    {"&&", FilterToken::And},
    {"||", FilterToken::Or},     {"..", FilterToken::DotDot}, {"<", FilterToken::Lt},
    {">", FilterToken::Gt},      {"!", FilterToken::Not},     {"&", FilterToken::BitAnd}, {"+", FilterToken::Plus},
    {"-", FilterToken::Minus},   {"*", FilterToken::Star},    {"/", FilterToken::Slash},  {"%", FilterToken::Percent},
    {"(", FilterToken::LParen},  {")", FilterToken::RParen},  {"{", FilterToken::LBrace}, {"}", FilterToken::RBrace},
    {",", FilterToken::Comma},   {"=", FilterToken::End},
};

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Reads a quoted string or char body from `i` (just past the quote); false on a bad escape or no end.
bool readQuoted(std::string_view text, std::size_t& i, char quote, std::string& out, FilterMessage& error)
{
    while (i < text.size() && text[i] != quote) {
        char c = text[i++];
        if (c != '\\') {
            out.push_back(c);
            continue;
        }
        if (i >= text.size())
            break;
        c = text[i++];
        switch (c) {
        case 'n': out.push_back('\n'); break;
        case 't': out.push_back('\t'); break;
        case 'r': out.push_back('\r'); break;
        case 'a': out.push_back('\a'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'v': out.push_back('\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int value = c - '0';
            for (int k = 0; k < 2 && i < text.size() && text[i] >= '0' && text[i] <= '7'; ++k)
                value = value * 8 + (text[i++] - '0');
            out.push_back(static_cast<char>(value));
            break;
        }
        case 'x': {
            int value = 0;
            int digits = 0;
            while (digits < 2 && i < text.size() && hexDigit(text[i]) >= 0) {
                value = value * 16 + hexDigit(text[i++]);
                ++digits;
            }
            if (digits == 0) {
                error = {FilterMessageKind::HexEscapeNeedsDigit, {}, {}};
                return false;
            }
            out.push_back(static_cast<char>(value));
            break;
        }
        default: out.push_back(c); break; // \\, \", \' and any other character stand for themselves
        }
    }
    if (i >= text.size()) {
        error = {quote == '"' ? FilterMessageKind::UnclosedString : FilterMessageKind::UnclosedCharacter, {}, {}};
        return false;
    }
    ++i; // the closing quote
    return true;
}

} // namespace

FilterLexResult lexDisplayFilter(std::string_view text)
{
    FilterLexResult result;
    std::size_t i = 0;
    const auto fail = [&](std::size_t column, FilterMessage message) {
        result.error = std::move(message);
        result.errorColumn = column;
        return result;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (std::isspace(static_cast<unsigned char>(c)) != 0) {
            ++i;
            continue;
        }
        const auto start = i;
        if (c == '"' || c == '\'') {
            ++i;
            std::string value;
            FilterMessage error;
            if (!readQuoted(text, i, c, value, error))
                return fail(start, error);
            if (c == '\'' && value.size() != 1)
                return fail(start, {FilterMessageKind::CharacterLength, {}, {}});
            result.lexemes.push_back({c == '"' ? FilterToken::String : FilterToken::Char, value, start, i - start});
            continue;
        }
        if (c == '[') {
            const auto close = text.find(']', i);
            if (close == std::string_view::npos)
                return fail(start, {FilterMessageKind::UnclosedSlice, {}, {}});
            result.lexemes.push_back({FilterToken::Range, std::string(text.substr(i + 1, close - i - 1)), start, close + 1 - start});
            i = close + 1;
            continue;
        }
        // A word: a minus sign only begins one as an operator (unary or binary minus).
        if (isWordChar(c) && c != '-' && !(c == '/' ) && !(c == '.' && i + 1 < text.size() && text[i + 1] == '.')) {
            while (i < text.size() && isWordChar(text[i]))
                ++i;
            std::string_view word = text.substr(start, i - start);
            // "1..5": a range inside a set is two words around "..".
            const auto dots = word.find("..");
            if (dots != std::string_view::npos) {
                i = start + dots;
                word = word.substr(0, dots);
            }
            if (!word.empty())
                result.lexemes.push_back({FilterToken::Word, std::string(word), start, word.size()});
            continue;
        }
        bool matched = false;
        for (const auto& op : kOperators) {
            if (text.substr(i).starts_with(op.spelling)) {
                if (op.token == FilterToken::End)
                    return fail(start, {FilterMessageKind::SingleEquals, {}, {}});
                result.lexemes.push_back({op.token, std::string(op.spelling), start, op.spelling.size()});
                i += op.spelling.size();
                matched = true;
                break;
            }
        }
        if (!matched)
            return fail(start, {FilterMessageKind::UnexpectedCharacter, {std::string(1, c)}, {}});
    }
    result.lexemes.push_back({FilterToken::End, "", text.size(), 0});
    return result;
}

} // namespace tcplens
