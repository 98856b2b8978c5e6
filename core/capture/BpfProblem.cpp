#include "BpfProblem.h"

#include <regex>

namespace tcplens {

const std::string& BpfProblem::arg(std::size_t i) const noexcept
{
    static const std::string none;
    return i < args.size() ? args[i] : none;
}

BpfProblem bpfProblem(const std::string& said)
{
    // libpcap 1.10's gencode.c and nametoaddr.c, and BpfFilter's own; the whole text must match.
    struct Pattern {
        std::regex re;
        BpfProblemKind kind;
    };
    static const Pattern patterns[] = {
        {std::regex("can't parse filter expression: syntax error"), BpfProblemKind::SyntaxError},
        {std::regex("unknown host '([^']*)'"), BpfProblemKind::UnknownHost},
        {std::regex("unknown port '([^']*)'"), BpfProblemKind::UnknownPort},
        {std::regex("illegal port number (\\d+) > 65535"), BpfProblemKind::PortOutOfRange},
        {std::regex("unknown (\\w+) proto '([^']*)'"), BpfProblemKind::UnknownProtocol},
        {std::regex("invalid IPv4 address '([^']*)'"), BpfProblemKind::InvalidIpv4},
        {std::regex("bogus ethernet address (.*)"), BpfProblemKind::BogusEthernet},
        {std::regex("mask length must be <= (\\d+)"), BpfProblemKind::MaskTooLong},
        {std::regex("cannot prepare a BPF compiler for link type (\\d+)"), BpfProblemKind::NoCompiler},
    };
    BpfProblem problem;
    problem.detail = said;
    if (said.empty())
        return problem;
    problem.kind = BpfProblemKind::Other;
    for (const auto& pattern : patterns) {
        std::smatch match;
        if (std::regex_match(said, match, pattern.re)) {
            problem.kind = pattern.kind;
            for (std::size_t i = 1; i < match.size(); ++i)
                problem.args.push_back(match[i].str());
            break;
        }
    }
    return problem;
}

} // namespace tcplens
