#include "FilterMessageText.h"

#include <QStringList>

namespace tcplens::ui {
namespace {

// FilterField::missing of the fields in core's table that tcplens knows but does not compute:
// listed here so the translation tools see them (TestFilterMessageText checks the list is whole).
[[maybe_unused]] constexpr const char* kMissingReasons[] = {
    QT_TRANSLATE_NOOP("tcplens::ui::FilterMessageText", "application-layer dissection is not done by tcplens"),
    QT_TRANSLATE_NOOP("tcplens::ui::FilterMessageText", "tcplens does not keep the scale factor's -1/-2 codes"),
    QT_TRANSLATE_NOOP("tcplens::ui::FilterMessageText", "tcplens does not count bytes sent since the last PSH"),
    QT_TRANSLATE_NOOP("tcplens::ui::FilterMessageText", "tcplens does not estimate the retransmission timeout"),
    QT_TRANSLATE_NOOP("tcplens::ui::FilterMessageText", "TCP Fast Open analysis is not done by tcplens"),
};

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

QString FilterMessageText::typeName(FieldType type)
{
    switch (type) {
    case FieldType::None: return tr("Label");
    case FieldType::Protocol: return tr("Protocol");
    case FieldType::Boolean: return tr("Boolean");
    case FieldType::Unsigned: return tr("Unsigned integer");
    case FieldType::Signed: return tr("Signed integer");
    case FieldType::Time: return tr("Time offset");
    case FieldType::Ipv4: return tr("IPv4 address");
    case FieldType::Ipv6: return tr("IPv6 address");
    case FieldType::Ether: return tr("Ethernet or other MAC address");
    case FieldType::Bytes: return tr("Byte sequence");
    case FieldType::String: return tr("Character string");
    }
    return QStringLiteral("?");
}

QString FilterMessageText::missingReason(const std::string& reason)
{
    return QCoreApplication::translate("tcplens::ui::FilterMessageText", reason.c_str());
}

QString FilterMessageText::alternatives(const QStringList& names)
{
    if (names.size() <= 1)
        return names.join(QString());
    return tr("%1 or %2").arg(names.mid(0, names.size() - 1).join(tr(", ")), names.last());
}

QString FilterMessageText::of(const FilterMessage& m)
{
    using K = FilterMessageKind;
    const QString a0 = q(m.arg(0));
    const QString subject = a0.isEmpty() ? tr("this") : a0;
    const QString t0 = typeName(m.type(0));
    switch (m.kind) {
    case K::None: return {};
    case K::HexEscapeNeedsDigit: return tr("\\x needs a hexadecimal digit");
    case K::UnclosedString: return tr("the string has no closing \"");
    case K::UnclosedCharacter: return tr("the character constant has no closing '");
    case K::CharacterLength: return tr("a character constant holds exactly one character");
    case K::UnclosedSlice: return tr("the slice has no closing ]");
    case K::SingleEquals: return tr("\"=\" is not an operator; use == (or eq) to compare");
    case K::UnexpectedCharacter: return tr("\"%1\" was unexpected here").arg(a0);
    case K::UnexpectedEnd: return tr("unexpected end of filter expression");
    case K::UnexpectedToken: return tr("\"%1\" was unexpected in this context").arg(a0);
    case K::UnclosedParenthesis: return tr("the ( has no closing )");
    case K::UnclosedSet: return tr("the set has no closing }");
    case K::InvalidRange: return tr("\"%1\" is not a valid range").arg(a0);
    case K::NotATest: return tr("this is not a test");
    case K::NoSuchField: {
        if (m.args.size() <= 1)
            return tr("%1: no such field").arg(a0);
        QStringList names;
        for (std::size_t i = 1; i < m.args.size(); ++i)
            names << q(m.args[i]);
        return tr("%1: no such field; did you mean %2?").arg(a0, alternatives(names));
    }
    case K::FieldNotComputed: return tr("%1: %2").arg(a0, missingReason(m.arg(1)));
    case K::CannotSlice: return tr("%1 is a %2 and cannot be sliced").arg(subject, t0);
    case K::ArithmeticNeedsNumbers: return tr("arithmetic needs numbers; this side is a %1").arg(t0);
    case K::NegateNeedsNumber: return tr("only numbers can be negated");
    case K::UnsupportedFunction: return tr("function %1() is not supported (len(field) and count(field) are)").arg(a0);
    case K::LenNeedsBytes: return tr("len() needs a byte string, address or protocol");
    case K::NotFieldOrProtocol: return tr("\"%1\" is neither a field nor a protocol name").arg(a0);
    case K::ValueNeeded: return tr("a value is needed here");
    case K::NoFieldInComparison: return tr("neither side of the comparison is a field");
    case K::IncomparableTypes: return tr("a %1 cannot be compared with a %2").arg(t0, typeName(m.type(1)));
    case K::HasNoValue: return tr("%1 has no value; test its presence alone").arg(subject);
    case K::NotOrderable: return tr("a %1 cannot be ordered with <, <=, > or >=").arg(t0);
    case K::ContainsNeedsBytes: return tr("\"contains\" needs a byte string, text or protocol; this is a %1").arg(t0);
    case K::ContainsNeedsValue: return tr("\"contains\" looks for bytes or text");
    case K::MatchesNeedsBytes: return tr("\"matches\" needs a byte string, text or protocol; this is a %1").arg(t0);
    case K::MatchesNeedsString: return tr("\"matches\" takes a regular expression in double quotes");
    case K::InvalidRegex: return tr("not a valid regular expression: %1").arg(a0);
    case K::RangeNeedsOrder: return tr("a range needs ordered values, not a %1").arg(t0);
    case K::EmptyFilter: return tr("the filter is empty");
    case K::ValueNotInteger: return tr("%1 is not a valid integer").arg(a0);
    case K::ValueNegative: return tr("%1 is not a valid unsigned integer (it is negative)").arg(a0);
    case K::ValueNotBoolean: return tr("%1 is not a valid boolean (True, False, 1 or 0)").arg(a0);
    case K::ValueNotTime: return tr("%1 is not a valid time in seconds").arg(a0);
    case K::ValueNotIpv4: return tr("%1 is not a valid IPv4 address (a.b.c.d or a.b.c.d/len; names are not resolved)").arg(a0);
    case K::ValueNotIpv6: return tr("%1 is not a valid IPv6 address (or address/len; names are not resolved)").arg(a0);
    case K::ValueNotEther: return tr("%1 is not a valid Ethernet address (aa:bb:cc:dd:ee:ff)").arg(a0);
    case K::ValueNotBytes: return tr("%1 is not a valid byte string").arg(a0);
    case K::ValueNotBytesOrText: return tr("%1 is not a valid byte string (aa:bb:cc, or \"text\" in quotes)").arg(a0);
    case K::ValueForLabel: return tr("a field without a value (FT_NONE) can only be tested for presence");
    case K::BpfFromConversation:
        return tr("%1 is worked out by tcplens from the conversation; a capture filter sees one packet's bytes").arg(a0);
    case K::BpfFrameMetadata: return tr("%1 is capture metadata (time, frame number); BPF sees only the packet").arg(a0);
    case K::BpfVariableOffset:
        return tr("%1 sits at an offset BPF cannot follow in general (after variable-length headers)").arg(a0);
    case K::BpfNoPrimitive: return tr("%1 has no tcpdump primitive").arg(a0);
    case K::BpfSearchesPayload: return tr("\"contains\" and \"matches\" search the payload; BPF compares fixed offsets only");
    case K::BpfNoEquivalent: return tr("this part has no tcpdump equivalent");
    case K::BpfSlice:
        return tr("slices of %1 need their header's offset, which BPF has only for ip[], ip6[], tcp[] and udp[]").arg(a0);
    case K::BpfArithmetic: return tr("arithmetic and functions on fields are not translated");
    case K::BpfFieldOnLeft: return tr("comparisons need a field on the left");
    case K::BpfValueNotNumber: return tr("the value compared with %1 must be a number").arg(a0);
    case K::BpfEqualityOnly: return tr("%1 can only be compared for equality in BPF").arg(a0);
    case K::BpfUnsupportedComparison: return tr("unsupported comparison");
    case K::BpfRangeNoPrimitive: return tr("a range of %1 has no tcpdump primitive").arg(a0);
    case K::ApplyNoField: return tr("no such field in this packet");
    case K::ApplyNotAField: return tr("this line is not a field");
    case K::ApplyUnknownField: return tr("%1 is not a display-filter field").arg(a0);
    case K::ApplyMissingField: return missingReason(m.arg(0));
    case K::ApplyNoValue: return tr("%1 has no value tcplens can compare here").arg(a0);
    }
    return {};
}

} // namespace tcplens::ui
