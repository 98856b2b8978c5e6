#include "FlowGraphStyle.h"

#include <array>

namespace tcplens::ui {

FlowGraphStyle::FlowGraphStyle(const QPalette& palette) : palette_(palette)
{
    const QColor base = palette.color(QPalette::Base);
    dark_ = base.lightnessF() < 0.5;
    highContrast_ = base == QColor(Qt::black) && palette.color(QPalette::Text) == QColor(Qt::white);
}

FlowArrowPen FlowGraphStyle::pen(FlowArrowKind kind) const
{
    // Inks: deep on light backgrounds, bright on dark ones; each pair at least 4.5:1 on its base.
    const auto ink = [this](QRgb light, QRgb dark, QRgb contrast) {
        return QColor::fromRgb(highContrast_ ? contrast : dark_ ? dark : light);
    };
    switch (kind) {
    case FlowArrowKind::Reset: return {ink(0xc00000, 0xff6b6b, 0xff4040), Qt::SolidLine, 2.0};
    case FlowArrowKind::Retransmission: return {ink(0xb35900, 0xffa64d, 0xffa500), Qt::DashLine, 1.6};
    case FlowArrowKind::OutOfOrder: return {ink(0x00796b, 0x4dd0c0, 0x00ffff), Qt::DashDotLine, 1.6};
    case FlowArrowKind::ZeroWindow: return {ink(0x8e24aa, 0xe08cff, 0xff80ff), Qt::SolidLine, 2.0};
    case FlowArrowKind::DuplicateAck: return {ink(0x7a6a00, 0xe6d34d, 0xffff00), Qt::DotLine, 1.6};
    case FlowArrowKind::KeepAlive: return {ink(0x5d6d7e, 0xa8b8c8, 0xc0c0c0), Qt::DotLine, 1.2};
    case FlowArrowKind::OpenClose: return {ink(0x1f4fb0, 0x7fb2ff, 0x80c0ff), Qt::SolidLine, 1.6};
    case FlowArrowKind::Data: return {text(), Qt::SolidLine, 1.3};
    case FlowArrowKind::Ack: return {faintText(), Qt::SolidLine, 1.0};
    }
    return {text(), Qt::SolidLine, 1.0};
}

QColor FlowGraphStyle::stateColour(TcpState state) const
{
    const auto pick = [this](QRgb light, QRgb dark) { return QColor::fromRgb(dark_ ? dark : light); };
    switch (state) {
    case TcpState::SynSent:
    case TcpState::SynReceived: return pick(0x9cc3ff, 0x2f5ea8);
    case TcpState::Established: return pick(0x8fd19e, 0x2e7d43);
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
    case TcpState::Closing:
    case TcpState::LastAck: return pick(0xffc58a, 0x9a5a16);
    case TcpState::TimeWait: return pick(0xd3b3f0, 0x6e3f9a);
    case TcpState::Listen: return pick(0xd6d6d6, 0x555555);
    case TcpState::Closed:
    case TcpState::Unknown: return pick(0xe8e8e8, 0x404040);
    }
    return pick(0xe8e8e8, 0x404040);
}

QColor FlowGraphStyle::faintText() const
{
    const QColor a = palette_.color(QPalette::Text);
    const QColor b = palette_.color(QPalette::Base);
    if (highContrast_)
        return a;
    // Two thirds of the way from the background to the text: still well above 4.5:1.
    return QColor::fromRgbF(b.redF() + (a.redF() - b.redF()) * 0.72, b.greenF() + (a.greenF() - b.greenF()) * 0.72,
                            b.blueF() + (a.blueF() - b.blueF()) * 0.72);
}

QColor FlowGraphStyle::rule() const
{
    if (highContrast_)
        return QColor(0xc0, 0xc0, 0xc0);
    return dark_ ? QColor(0x6a, 0x6a, 0x6a) : QColor(0xa8, 0xa8, 0xa8);
}

QColor FlowGraphStyle::headerFill() const
{
    return palette_.color(QPalette::AlternateBase);
}

QString FlowGraphStyle::kindName(FlowArrowKind kind)
{
    switch (kind) {
    case FlowArrowKind::Reset: return tr("Reset (RST)");
    case FlowArrowKind::Retransmission: return tr("Retransmission");
    case FlowArrowKind::OutOfOrder: return tr("Out of order");
    case FlowArrowKind::ZeroWindow: return tr("Zero window");
    case FlowArrowKind::DuplicateAck: return tr("Duplicate ACK");
    case FlowArrowKind::KeepAlive: return tr("Keep-alive");
    case FlowArrowKind::OpenClose: return tr("SYN / FIN");
    case FlowArrowKind::Data: return tr("Data");
    case FlowArrowKind::Ack: return tr("ACK");
    }
    return {};
}

const std::array<FlowArrowKind, 7>& FlowGraphStyle::legendKinds()
{
    static const std::array<FlowArrowKind, 7> kinds{FlowArrowKind::OpenClose, FlowArrowKind::Retransmission,
                                                   FlowArrowKind::DuplicateAck, FlowArrowKind::OutOfOrder,
                                                   FlowArrowKind::ZeroWindow, FlowArrowKind::KeepAlive,
                                                   FlowArrowKind::Reset};
    return kinds;
}

} // namespace tcplens::ui
