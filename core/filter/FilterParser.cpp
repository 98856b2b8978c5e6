#include "FilterParser.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace tcplens {

namespace {

struct ParseError {
    FilterMessage message;
    std::size_t column;
    std::size_t length;
};

class Parser {
public:
    Parser(std::vector<FilterLexeme> lexemes, bool (*isField)(std::string_view))
        : lexemes_(std::move(lexemes)), isField_(isField)
    {
    }

    FilterAst parse()
    {
        if (peek().token == FilterToken::End)
            return std::move(ast_);
        ast_.root = expression();
        if (peek().token != FilterToken::End)
            unexpected(peek());
        return std::move(ast_);
    }

private:
    const FilterLexeme& peek(std::size_t ahead = 0) const
    {
        return lexemes_[std::min(position_ + ahead, lexemes_.size() - 1)];
    }
    const FilterLexeme& take() { return lexemes_[std::min(position_++, lexemes_.size() - 1)]; }

    [[noreturn]] void unexpected(const FilterLexeme& lexeme) const
    {
        if (lexeme.token == FilterToken::End)
            throw ParseError{{FilterMessageKind::UnexpectedEnd, {}, {}}, lexeme.column, 0};
        const std::string shown = lexeme.token == FilterToken::String ? "\"" + lexeme.text + "\""
                                : lexeme.token == FilterToken::Range  ? "[" + lexeme.text + "]"
                                                                      : lexeme.text;
        throw ParseError{{FilterMessageKind::UnexpectedToken, {shown}, {}}, lexeme.column, lexeme.length};
    }

    /// The keyword a word spells ("and", "eq"...), lower-cased, or "".
    std::string keyword(const FilterLexeme& lexeme) const
    {
        if (lexeme.token != FilterToken::Word)
            return {};
        static const char* const kKeywords[] = {"and", "or", "not", "in", "contains", "matches", "eq", "ne",
                                                "lt", "le", "gt", "ge", "any_eq", "all_eq", "all_ne", "any_ne"};
        for (const auto* k : kKeywords) // lower case only, as tshark 4.0 reads them
            if (lexeme.text == k)
                return lexeme.text;
        return {};
    }

    bool accept(FilterToken token, const char* word)
    {
        if (peek().token == token || (word != nullptr && keyword(peek()) == word)) {
            ++position_;
            return true;
        }
        return false;
    }

    int add(FilterNode node)
    {
        ast_.nodes.push_back(std::move(node));
        return static_cast<int>(ast_.nodes.size()) - 1;
    }
    int binary(FilterNodeKind kind, int left, int right, const FilterLexeme& op)
    {
        FilterNode node;
        node.kind = kind;
        node.children = {left, right};
        node.column = op.column;
        node.length = op.length;
        return add(std::move(node));
    }

    int expression()
    {
        int left = andExpression();
        for (;;) {
            const auto op = peek();
            if (!accept(FilterToken::Or, "or"))
                return left;
            left = binary(FilterNodeKind::Or, left, andExpression(), op);
        }
    }

    int andExpression()
    {
        int left = notExpression();
        for (;;) {
            const auto op = peek();
            if (!accept(FilterToken::And, "and"))
                return left;
            left = binary(FilterNodeKind::And, left, notExpression(), op);
        }
    }

    int notExpression()
    {
        const auto op = peek();
        if (accept(FilterToken::Not, "not")) {
            FilterNode node;
            node.kind = FilterNodeKind::Not;
            node.children = {notExpression()};
            node.column = op.column;
            node.length = op.length;
            return add(std::move(node));
        }
        if (peek().token == FilterToken::LParen) {
            take();
            const int inner = expression();
            if (!accept(FilterToken::RParen, nullptr))
                peek().token == FilterToken::End ? throw ParseError{{FilterMessageKind::UnclosedParenthesis, {}, {}}, op.column, 1}
                                                 : unexpected(peek());
            return inner;
        }
        return relation();
    }

    bool compareOperator(CompareOp& op)
    {
        const auto& lexeme = peek();
        const auto word = keyword(lexeme);
        const struct {
            FilterToken token;
            const char* word;
            CompareOp op;
        } kOps[] = {{FilterToken::AnyEq, "eq", CompareOp::AnyEq},     {FilterToken::AnyEq, "any_eq", CompareOp::AnyEq},
                    {FilterToken::AllEq, "all_eq", CompareOp::AllEq}, {FilterToken::AllNe, "ne", CompareOp::AllNe},
                    {FilterToken::AllNe, "all_ne", CompareOp::AllNe}, {FilterToken::AnyNe, "any_ne", CompareOp::AnyNe},
                    {FilterToken::Lt, "lt", CompareOp::Lt},           {FilterToken::Le, "le", CompareOp::Le},
                    {FilterToken::Gt, "gt", CompareOp::Gt},           {FilterToken::Ge, "ge", CompareOp::Ge}};
        for (const auto& k : kOps) {
            if (lexeme.token == k.token || (!word.empty() && word == k.word)) {
                op = k.op;
                return true;
            }
        }
        return false;
    }

    int relation()
    {
        const int left = arithmetic();
        CompareOp op{};
        if (compareOperator(op)) {
            // a == b == c means a == b and b == c (grammar.lemon's comparison_test chain).
            int result = -1;
            int lhs = left;
            while (compareOperator(op)) {
                const auto opLexeme = take();
                const int rhs = arithmetic();
                FilterNode node;
                node.kind = FilterNodeKind::Compare;
                node.compare = op;
                node.children = {lhs, rhs};
                node.column = opLexeme.column;
                node.length = opLexeme.length;
                const int test = add(std::move(node));
                result = result < 0 ? test : binary(FilterNodeKind::And, result, test, opLexeme);
                lhs = rhs;
            }
            return result;
        }
        const auto opLexeme = peek();
        const auto word = keyword(opLexeme);
        if (word == "contains" || word == "matches") {
            take();
            FilterNode node;
            node.kind = word == "contains" ? FilterNodeKind::Contains : FilterNodeKind::Matches;
            node.children = {left, entity()};
            node.column = opLexeme.column;
            node.length = opLexeme.length;
            return add(std::move(node));
        }
        if (word == "in" || (word == "not" && keyword(peek(1)) == "in")) {
            const bool negated = word == "not";
            take();
            if (negated)
                take();
            const int test = set(left, opLexeme);
            if (!negated)
                return test;
            FilterNode node;
            node.kind = FilterNodeKind::Not;
            node.children = {test};
            node.column = opLexeme.column;
            node.length = opLexeme.length;
            return add(std::move(node));
        }
        FilterNode node;
        node.kind = FilterNodeKind::Exists;
        node.children = {left};
        node.column = ast_.nodes[left].column;
        node.length = ast_.nodes[left].length;
        return add(std::move(node));
    }

    int set(int operand, const FilterLexeme& op)
    {
        FilterNode node;
        node.kind = FilterNodeKind::In;
        node.column = op.column;
        node.length = op.length;
        node.children = {operand};
        if (!accept(FilterToken::LBrace, nullptr))
            unexpected(peek());
        for (;;) {
            node.children.push_back(setEntity());
            if (accept(FilterToken::DotDot, nullptr))
                node.children.push_back(setEntity());
            else
                node.children.push_back(-1);
            if (accept(FilterToken::RBrace, nullptr))
                break;
            accept(FilterToken::Comma, nullptr); // 4.0 separates with commas; whitespace is accepted too
            if (peek().token == FilterToken::End)
                throw ParseError{{FilterMessageKind::UnclosedSet, {}, {}}, op.column, op.length};
        }
        return add(std::move(node));
    }

    int setEntity()
    {
        const auto minus = peek();
        if (accept(FilterToken::Minus, nullptr))
            return negate(entity(), minus);
        accept(FilterToken::Plus, nullptr);
        return entity();
    }

    int negate(int inner, const FilterLexeme& minus)
    {
        FilterNode node;
        node.kind = FilterNodeKind::Negate;
        node.children = {inner};
        node.column = minus.column;
        node.length = ast_.nodes[inner].column + ast_.nodes[inner].length - minus.column;
        return add(std::move(node));
    }

    int arithmetic()
    {
        int left = sum();
        for (;;) {
            const auto op = peek();
            if (!accept(FilterToken::BitAnd, nullptr))
                return left;
            left = arith(ArithOp::BitAnd, left, sum(), op);
        }
    }
    int sum()
    {
        int left = product();
        for (;;) {
            const auto op = peek();
            if (accept(FilterToken::Plus, nullptr))
                left = arith(ArithOp::Add, left, product(), op);
            else if (accept(FilterToken::Minus, nullptr))
                left = arith(ArithOp::Sub, left, product(), op);
            else
                return left;
        }
    }
    int product()
    {
        int left = unary();
        for (;;) {
            const auto op = peek();
            if (accept(FilterToken::Star, nullptr))
                left = arith(ArithOp::Mul, left, unary(), op);
            else if (accept(FilterToken::Slash, nullptr))
                left = arith(ArithOp::Div, left, unary(), op);
            else if (accept(FilterToken::Percent, nullptr))
                left = arith(ArithOp::Mod, left, unary(), op);
            else
                return left;
        }
    }
    int arith(ArithOp op, int left, int right, const FilterLexeme& lexeme)
    {
        const int node = binary(FilterNodeKind::Arith, left, right, lexeme);
        ast_.nodes[node].arith = op;
        return node;
    }
    int unary()
    {
        const auto minus = peek();
        if (accept(FilterToken::Minus, nullptr))
            return negate(unary(), minus);
        accept(FilterToken::Plus, nullptr);
        return entity();
    }

    int entity()
    {
        const auto lexeme = take();
        FilterNode node;
        node.column = lexeme.column;
        node.length = lexeme.length;
        node.text = lexeme.text;
        int result = -1;
        switch (lexeme.token) {
        case FilterToken::String: node.kind = FilterNodeKind::String; result = add(std::move(node)); break;
        case FilterToken::Char: node.kind = FilterNodeKind::Char; result = add(std::move(node)); break;
        case FilterToken::LBrace: {
            result = arithmetic();
            if (!accept(FilterToken::RBrace, nullptr))
                unexpected(peek());
            break;
        }
        case FilterToken::Word: {
            if (!keyword(lexeme).empty())
                unexpected(lexeme);
            if (peek().token == FilterToken::LParen) { // a function: len(f), count(f)...
                take();
                node.kind = FilterNodeKind::Function;
                if (!accept(FilterToken::RParen, nullptr)) {
                    for (;;) {
                        node.children.push_back(arithmetic());
                        if (accept(FilterToken::RParen, nullptr))
                            break;
                        if (!accept(FilterToken::Comma, nullptr))
                            unexpected(peek());
                    }
                }
                node.length = peek(0).column - node.column;
                result = add(std::move(node));
                break;
            }
            node.kind = isField_(lexeme.text) ? FilterNodeKind::Field : FilterNodeKind::Word;
            result = add(std::move(node));
            break;
        }
        default: unexpected(lexeme);
        }
        while (peek().token == FilterToken::Range) {
            const auto range = take();
            FilterNode slice;
            slice.kind = FilterNodeKind::Slice;
            slice.children = {result};
            slice.column = ast_.nodes[result].column;
            slice.length = range.column + range.length - slice.column;
            slice.ranges = ranges(range);
            result = add(std::move(slice));
        }
        return result;
    }

    static bool integer(std::string_view text, std::int32_t& value)
    {
        if (text.empty())
            return false;
        const auto* end = text.data() + text.size();
        const auto [ptr, ec] = std::from_chars(text.data(), end, value);
        return ec == std::errc{} && ptr == end;
    }

    /// "0:4" (start:length), "2-5" (first-last), "3", ":4", "3:", "-1", comma-separated.
    static std::vector<SliceRange> ranges(const FilterLexeme& lexeme)
    {
        std::vector<SliceRange> result;
        std::string_view text = lexeme.text;
        const auto bad = [&](std::string_view item) {
            return ParseError{{FilterMessageKind::InvalidRange, {std::string(item)}, {}}, lexeme.column, lexeme.length};
        };
        while (true) {
            const auto comma = text.find(',');
            std::string_view item = text.substr(0, comma);
            while (!item.empty() && item.front() == ' ')
                item.remove_prefix(1);
            while (!item.empty() && item.back() == ' ')
                item.remove_suffix(1);
            SliceRange range;
            const auto colon = item.find(':');
            const auto dash = item.find('-', 1);
            if (colon != std::string_view::npos) {
                const auto first = item.substr(0, colon);
                const auto length = item.substr(colon + 1);
                if ((!first.empty() && !integer(first, range.start)) || (!length.empty() && !integer(length, range.length))
                    || (!length.empty() && range.length <= 0))
                    throw bad(item);
                if (length.empty())
                    range.length = -1;
            } else if (dash != std::string_view::npos) {
                std::int32_t last = 0;
                if (!integer(item.substr(0, dash), range.start) || !integer(item.substr(dash + 1), last))
                    throw bad(item);
                range.length = last - range.start + 1;
                if (range.length <= 0)
                    throw bad(item);
            } else {
                if (!integer(item, range.start))
                    throw bad(item);
                range.length = 1;
            }
            result.push_back(range);
            if (comma == std::string_view::npos)
                break;
            text.remove_prefix(comma + 1);
        }
        return result;
    }

    std::vector<FilterLexeme> lexemes_;
    bool (*isField_)(std::string_view);
    std::size_t position_ = 0;
    FilterAst ast_;
};

} // namespace

FilterParseResult parseDisplayFilter(std::string_view text, bool (*isField)(std::string_view))
{
    FilterParseResult result;
    auto lexed = lexDisplayFilter(text);
    if (!lexed.error.empty()) {
        result.error = std::move(lexed.error);
        result.errorColumn = lexed.errorColumn;
        result.errorLength = 1;
        return result;
    }
    try {
        result.ast = Parser(std::move(lexed.lexemes), isField).parse();
    } catch (const ParseError& error) {
        result.error = error.message;
        result.errorColumn = error.column;
        result.errorLength = error.length;
        result.ast = {};
    }
    return result;
}

} // namespace tcplens
