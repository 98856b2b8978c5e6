#include "DisplayFilterBpf.h"

#include "DisplayFilter.h"
#include "FilterLiteral.h"
#include "FilterParser.h"

#include <cstdio>

namespace tcplens {

namespace {

struct Untranslatable {
    FilterMessage reason;
};

Untranslatable untranslatable(FilterMessageKind kind, std::string_view field = {})
{
    return {{kind, field.empty() ? std::vector<std::string>{} : std::vector<std::string>{std::string(field)}, {}}};
}

/// A field BPF reaches: the expression of its value and the protocol test that must hold first.
struct BpfField {
    std::string_view name;
    const char* guard; ///< "ip", "ip6", "tcp"...
    const char* value; ///< A BPF arithmetic expression; nullptr: only the primitives below apply
};

constexpr BpfField kValueFields[] = {
    {"frame.len", "", "len"},
    {"ip.ttl", "ip", "ip[8]"},
    {"ip.proto", "ip", "ip[9]"},
    {"ip.len", "ip", "ip[2:2]"},
    {"ip.id", "ip", "ip[4:2]"},
    {"ip.hdr_len", "ip", "((ip[0] & 0x0f) << 2)"},
    {"ip.dsfield", "ip", "ip[1]"},
    {"ip.dsfield.dscp", "ip", "(ip[1] >> 2)"},
    {"ip.dsfield.ecn", "ip", "(ip[1] & 3)"},
    {"ip.flags", "ip", "(ip[6] >> 5)"},
    {"ip.flags.rb", "ip", "((ip[6] >> 7) & 1)"},
    {"ip.flags.df", "ip", "((ip[6] >> 6) & 1)"},
    {"ip.flags.mf", "ip", "((ip[6] >> 5) & 1)"},
    {"ip.frag_offset", "ip", "((ip[6:2] & 0x1fff) * 8)"},
    {"ipv6.hlim", "ip6", "ip6[7]"},
    {"ipv6.nxt", "ip6", "ip6[6]"},
    {"ipv6.plen", "ip6", "ip6[4:2]"},
    // tcp[] is IPv4-only in libpcap: these fields translate for TCP over IPv4.
    {"tcp.seq_raw", "ip and tcp", "tcp[4:4]"},
    {"tcp.ack_raw", "ip and tcp", "tcp[8:4]"},
    {"tcp.hdr_len", "ip and tcp", "((tcp[12] & 0xf0) >> 2)"},
    {"tcp.flags", "ip and tcp", "(tcp[12:2] & 0x0fff)"},
    {"tcp.flags.fin", "ip and tcp", "(tcp[13] & 1)"},
    {"tcp.flags.syn", "ip and tcp", "((tcp[13] >> 1) & 1)"},
    {"tcp.flags.reset", "ip and tcp", "((tcp[13] >> 2) & 1)"},
    {"tcp.flags.push", "ip and tcp", "((tcp[13] >> 3) & 1)"},
    {"tcp.flags.ack", "ip and tcp", "((tcp[13] >> 4) & 1)"},
    {"tcp.flags.urg", "ip and tcp", "((tcp[13] >> 5) & 1)"},
    {"tcp.flags.ece", "ip and tcp", "((tcp[13] >> 6) & 1)"},
    {"tcp.flags.cwr", "ip and tcp", "((tcp[13] >> 7) & 1)"},
    {"tcp.window_size_value", "ip and tcp", "tcp[14:2]"},
    {"tcp.checksum", "ip and tcp", "tcp[16:2]"},
    {"tcp.urgent_pointer", "ip and tcp", "tcp[18:2]"},
    {"tcp.len", "ip and tcp", "(ip[2:2] - ((ip[0] & 0x0f) << 2) - ((tcp[12] & 0xf0) >> 2))"},
    {"tcp.srcport", "tcp", nullptr},
    {"tcp.dstport", "tcp", nullptr},
    {"tcp.port", "tcp", nullptr},
    {"udp.srcport", "udp", nullptr},
    {"udp.dstport", "udp", nullptr},
    {"udp.port", "udp", nullptr},
    {"ip.src", "ip", nullptr},
    {"ip.dst", "ip", nullptr},
    {"ip.addr", "ip", nullptr},
    {"ipv6.src", "ip6", nullptr},
    {"ipv6.dst", "ip6", nullptr},
    {"ipv6.addr", "ip6", nullptr},
    {"eth.src", "", nullptr},
    {"eth.dst", "", nullptr},
    {"eth.addr", "", nullptr},
    {"eth.type", "", nullptr},
    {"vlan.id", "vlan", nullptr},
};

constexpr struct {
    std::string_view field;
    const char* bpf;
} kProtocols[] = {{"ip", "ip"}, {"ipv6", "ip6"}, {"tcp", "tcp"}, {"udp", "udp"}, {"icmp", "icmp"},
                  {"icmpv6", "icmp6"}, {"vlan", "vlan"}, {"frame", "len >= 0"}, {"mpls", "mpls"}, {"pppoes", "pppoes"}};

const BpfField* bpfField(std::string_view name)
{
    for (const auto& f : kValueFields)
        if (f.name == name)
            return &f;
    return nullptr;
}

Untranslatable whyNot(std::string_view field)
{
    if (field.starts_with("tcp.analysis") || field == "tcp.stream" || field == "tcp.seq" || field == "tcp.ack"
        || field == "tcp.nxtseq" || field == "tcp.window_size" || field == "tcp.completeness"
        || field.starts_with("tcp.options.sack_l") || field.starts_with("tcp.options.sack_r"))
        return untranslatable(FilterMessageKind::BpfFromConversation, field);
    if (field.starts_with("frame.") || field.starts_with("tcp.time_"))
        return untranslatable(FilterMessageKind::BpfFrameMetadata, field);
    if (field == "tcp.payload" || field.starts_with("tcp.options"))
        return untranslatable(FilterMessageKind::BpfVariableOffset, field);
    return untranslatable(FilterMessageKind::BpfNoPrimitive, field);
}

class Translator {
public:
    explicit Translator(const FilterAst& ast) : ast_(ast) {}

    std::string test(int index)
    {
        const auto& node = ast_.nodes[index];
        switch (node.kind) {
        case FilterNodeKind::And: return "(" + test(node.children[0]) + " and " + test(node.children[1]) + ")";
        case FilterNodeKind::Or: return "(" + test(node.children[0]) + " or " + test(node.children[1]) + ")";
        case FilterNodeKind::Not: return "not " + wrap(test(node.children[0]));
        case FilterNodeKind::Exists: return exists(node.children[0]);
        case FilterNodeKind::Compare: return compare(node);
        case FilterNodeKind::In: return in(node);
        case FilterNodeKind::Contains:
        case FilterNodeKind::Matches:
            throw untranslatable(FilterMessageKind::BpfSearchesPayload);
        default: throw untranslatable(FilterMessageKind::BpfNoEquivalent);
        }
    }

private:
    static std::string wrap(const std::string& s) { return s.starts_with("(") ? s : "(" + s + ")"; }

    const FilterNode& fieldNode(int index) const
    {
        const auto& node = ast_.nodes[index];
        if (node.kind == FilterNodeKind::Slice)
            throw untranslatable(FilterMessageKind::BpfSlice, ast_.nodes[node.children[0]].text);
        if (node.kind == FilterNodeKind::Arith || node.kind == FilterNodeKind::Function)
            throw untranslatable(FilterMessageKind::BpfArithmetic);
        if (node.kind != FilterNodeKind::Field)
            throw untranslatable(FilterMessageKind::BpfFieldOnLeft);
        return node;
    }

    std::string exists(int index)
    {
        const auto& node = ast_.nodes[index];
        if (node.kind == FilterNodeKind::Arith && node.arith == ArithOp::BitAnd) {
            const auto& field = fieldNode(node.children[0]);
            const auto* f = bpfField(field.text);
            if (f == nullptr || f->value == nullptr)
                throw whyNot(field.text);
            return guarded(f, std::string(f->value) + " & " + number(node.children[1], field.text) + " != 0");
        }
        const auto& field = fieldNode(index);
        for (const auto& p : kProtocols)
            if (p.field == field.text)
                return p.bpf;
        if (const auto* f = bpfField(field.text); f != nullptr && *f->guard != '\0')
            return f->guard; // a header field is present whenever its header is
        throw whyNot(field.text);
    }

    std::string number(int index, std::string_view field)
    {
        const auto& node = ast_.nodes[index];
        FilterMessage error;
        const auto value = node.kind == FilterNodeKind::Word
                             ? convertLiteral(node.text, LiteralSyntax::Word, false, FieldType::Unsigned, error)
                             : std::nullopt;
        if (!value) {
            if (node.kind == FilterNodeKind::Word && (node.text == "True" || node.text == "False"))
                return node.text == "True" ? "1" : "0";
            throw untranslatable(FilterMessageKind::BpfValueNotNumber, field);
        }
        return std::to_string(value->number);
    }

    /// `test` under its header's guard. libpcap's tcp[] reads TCP over IPv4 only, so a TCP header
    /// field also gets its IPv6 reading, ip6[40 + n] (a TCP header right after the fixed header).
    static std::string guarded(const BpfField* f, const std::string& test)
    {
        if (*f->guard == '\0')
            return test;
        if (std::string_view(f->guard) != "ip and tcp")
            return "(" + std::string(f->guard) + " and " + test + ")";
        std::string v6 = test;
        for (std::size_t at = 0; (at = v6.find("tcp[", at)) != std::string::npos; at += 8)
            v6.replace(at, 4, "ip6[40+");
        const std::string v4Length = "ip[2:2] - ((ip[0] & 0x0f) << 2)";
        if (const auto at = v6.find(v4Length); at != std::string::npos)
            v6.replace(at, v4Length.size(), "ip6[4:2]");
        return "((ip and tcp and " + test + ") or (ip6 and ip6[6] == 6 and " + v6 + "))";
    }

    static const char* bpfOperator(CompareOp op)
    {
        switch (op) {
        case CompareOp::AnyEq:
        case CompareOp::AllEq: return "==";
        case CompareOp::AllNe:
        case CompareOp::AnyNe: return "!=";
        case CompareOp::Lt: return "<";
        case CompareOp::Le: return "<=";
        case CompareOp::Gt: return ">";
        case CompareOp::Ge: return ">=";
        }
        return "==";
    }

    /// One value: "host 10.0.0.1", "net 10.0.0.0/8", "port 80", "ether host aa:..", "vlan 5".
    std::string primitive(std::string_view field, const FilterNode& value, std::string_view direction)
    {
        const std::string dir = direction.empty() ? "" : std::string(direction) + " ";
        const auto kind = field.substr(field.find('.') + 1);
        if (field.starts_with("ip.") || field.starts_with("ipv6.")) {
            const bool v6 = field.starts_with("ipv6.");
            FilterMessage error;
            const auto literal = convertLiteral(value.text, LiteralSyntax::Word, false, v6 ? FieldType::Ipv6 : FieldType::Ipv4, error);
            if (!literal)
                throw Untranslatable{std::move(error)};
            const bool net = literal->number != (v6 ? 128U : 32U);
            return std::string(v6 ? "ip6 " : "ip ") + dir + (net ? "net " : "host ") + value.text;
        }
        if (field.ends_with("port")) {
            const auto protocol = field.substr(0, field.find('.'));
            return std::string(protocol) + " " + dir + "port " + number(&value - ast_.nodes.data(), field);
        }
        if (field.starts_with("eth.")) {
            if (kind == "type")
                return "ether proto " + number(&value - ast_.nodes.data(), field);
            FilterMessage error;
            if (!convertLiteral(value.text, LiteralSyntax::Word, false, FieldType::Ether, error))
                throw Untranslatable{std::move(error)};
            return "ether " + dir + "host " + value.text;
        }
        if (field == "vlan.id")
            return "vlan " + number(&value - ast_.nodes.data(), field);
        throw whyNot(field);
    }

    static std::string_view directionOf(std::string_view field)
    {
        if (field.ends_with(".src") || field.ends_with(".srcport"))
            return "src";
        if (field.ends_with(".dst") || field.ends_with(".dstport"))
            return "dst";
        return "";
    }

    std::string compare(const FilterNode& node)
    {
        const auto& left = ast_.nodes[node.children[0]];
        if (left.kind == FilterNodeKind::Arith && left.arith == ArithOp::BitAnd) { // tcp.flags & 0x12 == 0x12
            const auto& masked = fieldNode(left.children[0]);
            const auto* f = bpfField(masked.text);
            if (f == nullptr || f->value == nullptr)
                throw whyNot(masked.text);
            return guarded(f, "(" + std::string(f->value) + " & " + number(left.children[1], masked.text) + ") "
                                  + bpfOperator(node.compare) + " " + number(node.children[1], masked.text));
        }
        const auto& field = fieldNode(node.children[0]);
        const auto& value = ast_.nodes[node.children[1]];
        const auto* f = bpfField(field.text);
        if (f == nullptr)
            throw whyNot(field.text);
        const bool ordering = node.compare >= CompareOp::Lt;
        if (field.text.starts_with("tcp.flags.") && !ordering) {
            // tcpdump's own names for the flag bits: tcp[tcpflags] & tcp-syn != 0
            const auto bit = field.text.substr(10);
            const char* name = bit == "syn" ? "tcp-syn" : bit == "fin" ? "tcp-fin" : bit == "reset" ? "tcp-rst"
                             : bit == "push" ? "tcp-push" : bit == "ack" ? "tcp-ack" : bit == "urg" ? "tcp-urg"
                             : bit == "ece" ? "tcp-ece" : bit == "cwr" ? "tcp-cwr" : nullptr;
            const auto v = number(node.children[1], field.text);
            if (name != nullptr && (v == "0" || v == "1")) {
                const bool set = (v == "1") == (node.compare == CompareOp::AnyEq || node.compare == CompareOp::AllEq);
                const auto* f6 = f;
                const std::string v4 = std::string("tcp[tcpflags] & ") + name + (set ? " != 0" : " == 0");
                std::string v6 = guarded(f6, std::string(f->value) + (set ? " == 1" : " == 0"));
                return "((ip and tcp and " + v4 + ")" + v6.substr(v6.find(" or (ip6"));
            }
        }
        if (f->value != nullptr)
            return guarded(f, std::string(f->value) + " " + bpfOperator(node.compare) + " " + number(node.children[1], field.text));
        if (ordering)
            throw untranslatable(FilterMessageKind::BpfEqualityOnly, field.text);
        const auto direction = directionOf(field.text);
        const auto one = primitive(field.text, value, direction);
        switch (node.compare) {
        case CompareOp::AnyEq: return one;
        case CompareOp::AllNe: // every occurrence differs; false where the field is absent, as in Wireshark
            return "(" + std::string(f->guard) + (*f->guard ? " and " : "") + "not " + one + ")";
        case CompareOp::AllEq:
        case CompareOp::AnyNe: {
            if (!direction.empty())
                return node.compare == CompareOp::AllEq ? one : "(" + std::string(f->guard) + (*f->guard ? " and " : "") + "not " + one + ")";
            const auto src = primitive(field.text, value, "src");
            const auto dst = primitive(field.text, value, "dst");
            return node.compare == CompareOp::AllEq ? "(" + src + " and " + dst + ")"
                                                    : "(" + std::string(f->guard) + (*f->guard ? " and " : "") + "not (" + src
                                                          + " and " + dst + "))";
        }
        default: break;
        }
        throw untranslatable(FilterMessageKind::BpfUnsupportedComparison);
    }

    std::string in(const FilterNode& node)
    {
        const auto& field = fieldNode(node.children[0]);
        const auto* f = bpfField(field.text);
        if (f == nullptr)
            throw whyNot(field.text);
        std::string result;
        for (std::size_t i = 1; i + 1 < node.children.size(); i += 2) {
            const auto& low = ast_.nodes[node.children[i]];
            std::string part;
            if (node.children[i + 1] >= 0) {
                const auto lo = number(node.children[i], field.text);
                const auto hi = number(node.children[i + 1], field.text);
                if (f->value != nullptr)
                    part = guarded(f, std::string(f->value) + " >= " + lo + " and " + f->value + " <= " + hi);
                else if (field.text.ends_with("port"))
                    part = std::string(field.text.substr(0, field.text.find('.'))) + " " + std::string(directionOf(field.text))
                         + (directionOf(field.text).empty() ? "" : " ") + "portrange " + lo + "-" + hi;
                else
                    throw untranslatable(FilterMessageKind::BpfRangeNoPrimitive, field.text);
            } else {
                part = f->value != nullptr ? guarded(f, std::string(f->value) + " == " + number(node.children[i], field.text))
                                           : primitive(field.text, low, directionOf(field.text));
            }
            result += (result.empty() ? "" : " or ") + part;
        }
        return "(" + result + ")";
    }

    const FilterAst& ast_;
};

bool knownField(std::string_view name) { return findFilterField(name) != nullptr; }

} // namespace

DisplayFilterBpf displayFilterToBpf(std::string_view displayFilter)
{
    DisplayFilterBpf result;
    const auto compiled = DisplayFilter::compile(displayFilter);
    if (!compiled.ok()) {
        result.reason = compiled.error.message;
        result.why = compiled.error.detail;
        return result;
    }
    const auto parsed = parseDisplayFilter(displayFilter, knownField);
    if (parsed.ast.root < 0) {
        result.text = "";
        return result; // the empty filter: everything, as an empty capture filter
    }
    try {
        result.text = Translator(parsed.ast).test(parsed.ast.root);
        if (result.text.size() > 2 && result.text.front() == '(' && result.text.back() == ')') {
            // drop one redundant outer pair when it encloses the whole expression
            int depth = 0;
            bool encloses = true;
            for (std::size_t i = 0; i < result.text.size(); ++i) {
                depth += result.text[i] == '(' ? 1 : result.text[i] == ')' ? -1 : 0;
                if (depth == 0 && i + 1 < result.text.size()) {
                    encloses = false;
                    break;
                }
            }
            if (encloses)
                result.text = result.text.substr(1, result.text.size() - 2);
        }
    } catch (const Untranslatable& e) {
        result.text.clear();
        result.reason = englishText(e.reason);
        result.why = e.reason;
    }
    return result;
}

} // namespace tcplens
