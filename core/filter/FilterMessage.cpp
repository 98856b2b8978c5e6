#include "FilterMessage.h"

namespace tcplens {

const std::string& FilterMessage::arg(std::size_t i) const noexcept
{
    static const std::string none;
    return i < args.size() ? args[i] : none;
}

std::string englishAlternatives(const std::vector<std::string>& names, std::size_t first)
{
    std::string text;
    for (std::size_t i = first; i < names.size(); ++i)
        text += (i == first ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
    return text;
}

std::string englishText(const FilterMessage& m)
{
    using K = FilterMessageKind;
    const auto& a0 = m.arg(0);
    const std::string subject = a0.empty() ? "this" : a0; // a slice or expression without a name
    const std::string t0 = fieldTypeName(m.type(0));
    const std::string t1 = fieldTypeName(m.type(1));
    switch (m.kind) {
    case K::None: return {};
    case K::HexEscapeNeedsDigit: return "\\x needs a hexadecimal digit";
    case K::UnclosedString: return "the string has no closing \"";
    case K::UnclosedCharacter: return "the character constant has no closing '";
    case K::CharacterLength: return "a character constant holds exactly one character";
    case K::UnclosedSlice: return "the slice has no closing ]";
    case K::SingleEquals: return "\"=\" is not an operator; use == (or eq) to compare";
    case K::UnexpectedCharacter: return "\"" + a0 + "\" was unexpected here";
    case K::UnexpectedEnd: return "unexpected end of filter expression";
    case K::UnexpectedToken: return "\"" + a0 + "\" was unexpected in this context";
    case K::UnclosedParenthesis: return "the ( has no closing )";
    case K::UnclosedSet: return "the set has no closing }";
    case K::InvalidRange: return "\"" + a0 + "\" is not a valid range";
    case K::NotATest: return "this is not a test";
    case K::NoSuchField:
        return m.args.size() > 1 ? a0 + ": no such field; did you mean " + englishAlternatives(m.args, 1) + "?"
                                 : a0 + ": no such field";
    case K::FieldNotComputed: return a0 + ": " + m.arg(1);
    case K::CannotSlice: return subject + " is a " + t0 + " and cannot be sliced";
    case K::ArithmeticNeedsNumbers: return "arithmetic needs numbers; this side is a " + t0;
    case K::NegateNeedsNumber: return "only numbers can be negated";
    case K::UnsupportedFunction: return "function " + a0 + "() is not supported (len(field) and count(field) are)";
    case K::LenNeedsBytes: return "len() needs a byte string, address or protocol";
    case K::NotFieldOrProtocol: return "\"" + a0 + "\" is neither a field nor a protocol name";
    case K::ValueNeeded: return "a value is needed here";
    case K::NoFieldInComparison: return "neither side of the comparison is a field";
    case K::IncomparableTypes: return "a " + t0 + " cannot be compared with a " + t1;
    case K::HasNoValue: return subject + " has no value; test its presence alone";
    case K::NotOrderable: return "a " + t0 + " cannot be ordered with <, <=, > or >=";
    case K::ContainsNeedsBytes: return "\"contains\" needs a byte string, text or protocol; this is a " + t0;
    case K::ContainsNeedsValue: return "\"contains\" looks for bytes or text";
    case K::MatchesNeedsBytes: return "\"matches\" needs a byte string, text or protocol; this is a " + t0;
    case K::MatchesNeedsString: return "\"matches\" takes a regular expression in double quotes";
    case K::InvalidRegex: return "not a valid regular expression: " + a0;
    case K::RangeNeedsOrder: return "a range needs ordered values, not a " + t0;
    case K::EmptyFilter: return "the filter is empty";
    case K::ValueNotInteger: return a0 + " is not a valid integer";
    case K::ValueNegative: return a0 + " is not a valid unsigned integer (it is negative)";
    case K::ValueNotBoolean: return a0 + " is not a valid boolean (True, False, 1 or 0)";
    case K::ValueNotTime: return a0 + " is not a valid time in seconds";
    case K::ValueNotIpv4: return a0 + " is not a valid IPv4 address (a.b.c.d or a.b.c.d/len; names are not resolved)";
    case K::ValueNotIpv6: return a0 + " is not a valid IPv6 address (or address/len; names are not resolved)";
    case K::ValueNotEther: return a0 + " is not a valid Ethernet address (aa:bb:cc:dd:ee:ff)";
    case K::ValueNotBytes: return a0 + " is not a valid byte string";
    case K::ValueNotBytesOrText: return a0 + " is not a valid byte string (aa:bb:cc, or \"text\" in quotes)";
    case K::ValueForLabel: return "a field without a value (FT_NONE) can only be tested for presence";
    case K::BpfFromConversation:
        return a0 + " is worked out by tcplens from the conversation; a capture filter sees one packet's bytes";
    case K::BpfFrameMetadata: return a0 + " is capture metadata (time, frame number); BPF sees only the packet";
    case K::BpfVariableOffset:
        return a0 + " sits at an offset BPF cannot follow in general (after variable-length headers)";
    case K::BpfNoPrimitive: return a0 + " has no tcpdump primitive";
    case K::BpfSearchesPayload: return "\"contains\" and \"matches\" search the payload; BPF compares fixed offsets only";
    case K::BpfNoEquivalent: return "this part has no tcpdump equivalent";
    case K::BpfSlice:
        return "slices of " + a0 + " need their header's offset, which BPF has only for ip[], ip6[], tcp[] and udp[]";
    case K::BpfArithmetic: return "arithmetic and functions on fields are not translated";
    case K::BpfFieldOnLeft: return "comparisons need a field on the left";
    case K::BpfValueNotNumber: return "the value compared with " + a0 + " must be a number";
    case K::BpfEqualityOnly: return a0 + " can only be compared for equality in BPF";
    case K::BpfUnsupportedComparison: return "unsupported comparison";
    case K::BpfRangeNoPrimitive: return "a range of " + a0 + " has no tcpdump primitive";
    case K::ApplyNoField: return "no such field in this packet";
    case K::ApplyNotAField: return "this line is not a field";
    case K::ApplyUnknownField: return a0 + " is not a display-filter field";
    case K::ApplyMissingField: return a0;
    case K::ApplyNoValue: return a0 + " has no value tcplens can compare here";
    }
    return {};
}

} // namespace tcplens
