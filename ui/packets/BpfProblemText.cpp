#include "BpfProblemText.h"

namespace tcplens::ui {

QString BpfProblemText::of(const BpfProblem& p)
{
    using K = BpfProblemKind;
    const QString a0 = QString::fromStdString(p.arg(0));
    const QString a1 = QString::fromStdString(p.arg(1));
    // Each source text is libpcap's message word for word (TestBpfProblemText checks).
    switch (p.kind) {
    case K::None: return {};
    case K::SyntaxError: return tr("can't parse filter expression: syntax error");
    case K::UnknownHost: return tr("unknown host '%1'").arg(a0);
    case K::UnknownPort: return tr("unknown port '%1'").arg(a0);
    case K::PortOutOfRange: return tr("illegal port number %1 > 65535").arg(a0);
    case K::UnknownProtocol: return tr("unknown %1 proto '%2'").arg(a0, a1);
    case K::InvalidIpv4: return tr("invalid IPv4 address '%1'").arg(a0);
    case K::BogusEthernet: return tr("bogus ethernet address %1").arg(a0);
    case K::MaskTooLong: return tr("mask length must be <= %1").arg(a0);
    case K::NoCompiler: return tr("cannot prepare a BPF compiler for link type %1").arg(a0);
    case K::Other: return tr("%1", "libpcap's own words, which tcplens does not know").arg(QString::fromStdString(p.detail));
    }
    return QString::fromStdString(p.detail);
}

} // namespace tcplens::ui
