#pragma once
// The syntax tree of a display filter, nodes in one vector, each with its source columns.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tcplens {

enum class FilterNodeKind : std::uint8_t {
    And, Or, Not,
    Exists,   ///< A bare entity: a field is present, an arithmetic result is non-zero.
    Compare,  ///< children: left, right
    Contains, Matches,
    In,       ///< children: operand, then (low, high) pairs; high is -1 for a single value
    Field, Word, String, Char, ///< Word: unparsed text that is not a field name (a value)
    Slice,    ///< children: the sliced entity; ranges
    Arith,    ///< children: left, right
    Negate,   ///< children: the entity
    Function, ///< text: name; children: arguments
};

enum class CompareOp : std::uint8_t { AnyEq, AllEq, AllNe, AnyNe, Lt, Le, Gt, Ge };
enum class ArithOp : std::uint8_t { BitAnd, Add, Sub, Mul, Div, Mod };

/// One byte range of a slice: [start, start + length); length < 0 means to the end.
struct SliceRange {
    std::int32_t start = 0;
    std::int32_t length = -1;
};

struct FilterNode {
    FilterNodeKind kind = FilterNodeKind::Exists;
    CompareOp compare = CompareOp::AnyEq;
    ArithOp arith = ArithOp::BitAnd;
    std::string text;               ///< Field name, word, string or char value, function name.
    std::vector<int> children;
    std::vector<SliceRange> ranges;
    std::size_t column = 0;         ///< 0-based offset into the expression
    std::size_t length = 0;
};

struct FilterAst {
    std::vector<FilterNode> nodes;
    int root = -1; ///< -1: the empty filter (matches everything)
};

} // namespace tcplens
