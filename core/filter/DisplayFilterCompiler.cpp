// The semantic step: resolves field names, checks types and converts values to the type of
// the field they are compared with (Wireshark's semcheck.c), producing CompiledFilterNodes.
#include "DisplayFilter.h"
#include "FilterLiteral.h"
#include "FilterParser.h"

#include <algorithm>
#include <cctype>

namespace tcplens {

namespace {

struct CompileError {
    FilterMessage message;
    std::size_t column;
    std::size_t length;
    std::vector<std::string> suggestions;
};

bool knownField(std::string_view name) { return findFilterField(name) != nullptr; }

bool looksLikeFieldName(std::string_view word)
{
    if (word.empty() || std::isalpha(static_cast<unsigned char>(word[0])) == 0)
        return false;
    return std::all_of(word.begin(), word.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.' || c == '-';
    });
}

bool orderable(FieldType type) { return type != FieldType::None && type != FieldType::Boolean; }

} // namespace

class DisplayFilterCompiler {
public:
    DisplayFilterCompiler(const FilterAst& ast, DisplayFilter& out) : ast_(ast), out_(out) {}

    int test(int index)
    {
        const auto& node = ast_.nodes[index];
        switch (node.kind) {
        case FilterNodeKind::And:
        case FilterNodeKind::Or: {
            const int left = test(node.children[0]);
            const int right = test(node.children[1]);
            return add(node.kind, {left, right});
        }
        case FilterNodeKind::Not: return add(node.kind, {test(node.children[0])});
        case FilterNodeKind::Exists: return exists(node);
        case FilterNodeKind::Compare: return compare(node);
        case FilterNodeKind::Contains: return contains(node);
        case FilterNodeKind::Matches: return matches(node);
        case FilterNodeKind::In: return in(node);
        default: throw error(node, FilterMessageKind::NotATest);
        }
    }

private:
    CompileError error(const FilterNode& node, FilterMessageKind kind, std::vector<std::string> args = {},
                       std::vector<FieldType> types = {}) const
    {
        return {{kind, std::move(args), std::move(types)}, node.column, node.length, {}};
    }
    CompileError noSuchField(const FilterNode& node) const
    {
        auto names = nearestFieldNames(node.text);
        std::vector<std::string> args{node.text};
        args.insert(args.end(), names.begin(), names.end());
        return {{FilterMessageKind::NoSuchField, std::move(args), {}}, node.column, node.length, names};
    }

    int add(FilterNodeKind kind, std::vector<int> children)
    {
        CompiledFilterNode node;
        node.kind = kind;
        node.children = std::move(children);
        out_.nodes_.push_back(std::move(node));
        return static_cast<int>(out_.nodes_.size()) - 1;
    }
    CompiledFilterNode& at(int index) { return out_.nodes_[static_cast<std::size_t>(index)]; }

    bool isLiteral(int index) const
    {
        const auto& node = ast_.nodes[index];
        if (node.kind == FilterNodeKind::Negate)
            return isLiteral(node.children[0]);
        return node.kind == FilterNodeKind::Word || node.kind == FilterNodeKind::String || node.kind == FilterNodeKind::Char;
    }

    /// A value typed in the filter, converted to `type`.
    int literal(int index, FieldType type, bool negative = false)
    {
        const auto& node = ast_.nodes[index];
        if (node.kind == FilterNodeKind::Negate)
            return literal(node.children[0], type, !negative);
        const auto syntax = node.kind == FilterNodeKind::String ? LiteralSyntax::String
                          : node.kind == FilterNodeKind::Char   ? LiteralSyntax::Char
                                                                : LiteralSyntax::Word;
        FilterMessage message;
        auto value = convertLiteral(node.text, syntax, negative, type, message);
        if (!value) {
            // An unknown word that reads like a field name was most likely meant as one.
            if (syntax == LiteralSyntax::Word && looksLikeFieldName(node.text) && node.text.find('.') != std::string::npos)
                throw noSuchField(node);
            throw CompileError{std::move(message), node.column, node.length, {}};
        }
        const int result = add(FilterNodeKind::Word, {});
        auto& compiled = at(result);
        compiled.type = type;
        compiled.bytes = std::move(value->bytes);
        compiled.literal = FilterValue{value->number, compiled.bytes.data(), static_cast<std::uint32_t>(compiled.bytes.size())};
        return result;
    }

    /// A field, slice, arithmetic or function; literals need a type from the other side.
    int operand(int index)
    {
        const auto& node = ast_.nodes[index];
        switch (node.kind) {
        case FilterNodeKind::Field: {
            const auto* field = findFilterField(node.text);
            if (!field->missing.empty())
                throw error(node, FilterMessageKind::FieldNotComputed, {node.text, std::string(field->missing)});
            noteField(field);
            const int result = add(FilterNodeKind::Field, {});
            at(result).field = field;
            at(result).type = field->type;
            return result;
        }
        case FilterNodeKind::Slice: {
            const int inner = operand(node.children[0]);
            if (!isByteLike(at(inner).type))
                throw error(node, FilterMessageKind::CannotSlice, {describe(node.children[0])}, {at(inner).type});
            const int result = add(FilterNodeKind::Slice, {inner});
            at(result).type = FieldType::Bytes;
            at(result).ranges = node.ranges;
            return result;
        }
        case FilterNodeKind::Arith: {
            const auto [left, right] = pair(node.children[0], node.children[1], node);
            const auto type = at(left).type;
            if (!(isNumeric(type) && type != FieldType::Boolean) && !(node.arith == ArithOp::BitAnd && isByteLike(type)))
                throw error(node, FilterMessageKind::ArithmeticNeedsNumbers, {}, {type});
            const int result = add(FilterNodeKind::Arith, {left, right});
            at(result).arith = node.arith;
            at(result).type = isByteLike(type) ? FieldType::Bytes : type;
            return result;
        }
        case FilterNodeKind::Negate: {
            const int inner = operand(node.children[0]);
            if (at(inner).type != FieldType::Signed && at(inner).type != FieldType::Time && at(inner).type != FieldType::Unsigned)
                throw error(node, FilterMessageKind::NegateNeedsNumber);
            const int result = add(FilterNodeKind::Negate, {inner});
            at(result).type = at(inner).type == FieldType::Unsigned ? FieldType::Signed : at(inner).type;
            return result;
        }
        case FilterNodeKind::Function: {
            if ((node.text != "len" && node.text != "count") || node.children.size() != 1)
                throw error(node, FilterMessageKind::UnsupportedFunction, {node.text});
            const int inner = operand(node.children[0]);
            if (node.text == "len" && !isByteLike(at(inner).type))
                throw error(node, FilterMessageKind::LenNeedsBytes);
            const int result = add(FilterNodeKind::Function, {inner});
            at(result).count = node.text == "count";
            at(result).type = FieldType::Unsigned;
            return result;
        }
        case FilterNodeKind::Word:
            if (looksLikeFieldName(node.text))
                throw noSuchField(node);
            throw error(node, FilterMessageKind::NotFieldOrProtocol, {node.text});
        default: throw error(node, FilterMessageKind::ValueNeeded);
        }
    }

    std::string describe(int index) const
    {
        const auto& node = ast_.nodes[index];
        return node.text; // empty: the message says "this"
    }

    /// Both sides of a comparison or arithmetic: the literal side takes the other side's type.
    std::pair<int, int> pair(int leftAst, int rightAst, const FilterNode& op)
    {
        const bool leftLiteral = isLiteral(leftAst);
        const bool rightLiteral = isLiteral(rightAst);
        if (leftLiteral && rightLiteral) {
            const auto& left = ast_.nodes[leftAst];
            if (left.kind == FilterNodeKind::Word && looksLikeFieldName(left.text))
                throw noSuchField(left);
            throw error(op, FilterMessageKind::NoFieldInComparison);
        }
        if (leftLiteral) {
            const int right = operand(rightAst);
            return {literal(leftAst, at(right).type), right};
        }
        const int left = operand(leftAst);
        if (rightLiteral) {
            const auto type = at(left).type;
            const bool bitwiseBytes = op.kind == FilterNodeKind::Arith && isByteLike(type);
            return {left, literal(rightAst, bitwiseBytes ? FieldType::Bytes : type)};
        }
        const int right = operand(rightAst);
        const auto a = at(left).type;
        const auto b = at(right).type;
        const bool compatible = a == b || (isNumeric(a) && isNumeric(b) && a != FieldType::Time && b != FieldType::Time)
                             || (isByteLike(a) && isByteLike(b));
        if (!compatible)
            throw error(op, FilterMessageKind::IncomparableTypes, {}, {a, b});
        return {left, right};
    }

    int exists(const FilterNode& node)
    {
        const int inner = operand(node.children[0]);
        return add(FilterNodeKind::Exists, {inner});
    }

    int compare(const FilterNode& node)
    {
        const auto [left, right] = pair(node.children[0], node.children[1], node);
        const auto type = at(left).type;
        if (type == FieldType::None)
            throw error(node, FilterMessageKind::HasNoValue, {describe(node.children[0])});
        const bool ordering = node.compare == CompareOp::Lt || node.compare == CompareOp::Le
                           || node.compare == CompareOp::Gt || node.compare == CompareOp::Ge;
        if (ordering && !orderable(type))
            throw error(node, FilterMessageKind::NotOrderable, {}, {type});
        const int result = add(FilterNodeKind::Compare, {left, right});
        at(result).compare = node.compare;
        at(result).type = type;
        return result;
    }

    int contains(const FilterNode& node)
    {
        const int left = operand(node.children[0]);
        if (!isByteLike(at(left).type))
            throw error(node, FilterMessageKind::ContainsNeedsBytes, {}, {at(left).type});
        const int right = isLiteral(node.children[1]) ? literal(node.children[1], FieldType::Bytes) : operand(node.children[1]);
        if (!isByteLike(at(right).type))
            throw error(node, FilterMessageKind::ContainsNeedsValue);
        return add(FilterNodeKind::Contains, {left, right});
    }

    int matches(const FilterNode& node)
    {
        const int left = operand(node.children[0]);
        const auto& pattern = ast_.nodes[node.children[1]];
        if (!isByteLike(at(left).type))
            throw error(node, FilterMessageKind::MatchesNeedsBytes, {}, {at(left).type});
        if (pattern.kind != FilterNodeKind::String)
            throw error(pattern, FilterMessageKind::MatchesNeedsString);
        // Wireshark's PCRE2 patterns are caseless unless they start with (?-i).
        std::string text = pattern.text;
        auto flags = std::regex::ECMAScript | std::regex::optimize;
        if (text.starts_with("(?-i)"))
            text.erase(0, 5);
        else
            flags |= std::regex::icase;
        if (text.starts_with("(?i)"))
            text.erase(0, 4);
        const int result = add(FilterNodeKind::Matches, {left});
        try {
            at(result).regex = std::make_shared<const std::regex>(text, flags);
        } catch (const std::regex_error& e) {
            throw error(pattern, FilterMessageKind::InvalidRegex, {e.what()});
        }
        return result;
    }

    int in(const FilterNode& node)
    {
        const int left = operand(node.children[0]);
        const auto type = at(left).type;
        if (type == FieldType::None)
            throw error(node, FilterMessageKind::HasNoValue, {describe(node.children[0])});
        std::vector<int> children = {left};
        for (std::size_t i = 1; i + 1 < node.children.size(); i += 2) {
            const auto low = node.children[i];
            const auto high = node.children[i + 1];
            children.push_back(isLiteral(low) ? literal(low, type) : operand(low));
            if (high >= 0 && !orderable(type))
                throw error(ast_.nodes[high], FilterMessageKind::RangeNeedsOrder, {}, {type});
            children.push_back(high < 0 ? -1 : isLiteral(high) ? literal(high, type) : operand(high));
        }
        const int result = add(FilterNodeKind::In, std::move(children));
        at(result).type = type;
        return result;
    }

    void noteField(const FilterField* field)
    {
        auto& fields = out_.fields_;
        if (std::find(fields.begin(), fields.end(), field) == fields.end())
            fields.push_back(field);
        if (field->extract == nullptr)
            out_.spansAlways_ = true;
        if (field->layered)
            out_.spansWhenRepeated_ = true;
        if (field->name == "frame.time_delta_displayed")
            out_.usesDisplayedTime_ = true;
        if (field->name == "frame.time_delta_displayed" || field->name == "tcp.time_delta")
            out_.usesPreviousPackets_ = true;
        if (field->name.starts_with("tcp.analysis") || field->name == "tcp.stream" || field->name == "tcp.seq"
            || field->name == "tcp.ack" || field->name == "tcp.nxtseq" || field->name == "tcp.window_size"
            || field->name.starts_with("tcp.time_") || field->name == "tcp.completeness"
            || field->name.starts_with("tcp.options.sack_"))
            out_.usesAnalysis_ = true;
        // The fields whose accessors read context.analysis (FilterFieldTable.cpp).
        if (field->name == "tcp.analysis" || field->name == "tcp.analysis.acks_frame" || field->name == "tcp.analysis.ack_rtt"
            || field->name == "tcp.analysis.initial_rtt" || field->name == "tcp.completeness")
            out_.usesFullAnalysis_ = true;
    }

    const FilterAst& ast_;
    DisplayFilter& out_;
};

DisplayFilterCompilation DisplayFilter::compile(std::string_view text)
{
    DisplayFilterCompilation result;
    auto parsed = parseDisplayFilter(text, knownField);
    if (!parsed.error.empty()) {
        result.error = DisplayFilterError::of(std::move(parsed.error), parsed.errorColumn, parsed.errorLength);
        return result;
    }
    auto filter = std::make_shared<DisplayFilter>();
    filter->text_ = std::string(text);
    if (parsed.ast.root >= 0) {
        try {
            filter->root_ = DisplayFilterCompiler(parsed.ast, *filter).test(parsed.ast.root);
        } catch (const CompileError& e) {
            result.error = DisplayFilterError::of(e.message, e.column, e.length, e.suggestions);
            return result;
        }
    }
    result.filter = std::move(filter);
    return result;
}

} // namespace tcplens
