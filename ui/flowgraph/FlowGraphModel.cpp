#include "FlowGraphModel.h"

#include "packets/PacketColumnText.h"

#include <decode/DecodedPacket.h>
#include <flow/FlowProofs.h>
#include <series/LimitNarration.h>
#include <series/SeriesFromStore.h>

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace tcplens::ui {

namespace {

constexpr std::size_t kCachedArrows = 512;

QString roleText(const FlowLifeline& lifeline)
{
    if (lifeline.host)
        return QString::fromStdString(lifeline.portsText());
    switch (lifeline.role) {
    case FlowLifeline::Role::Client: return lifeline.roleKnown ? QCoreApplication::translate("tcplens::ui::FlowGraphModel", "client") : QCoreApplication::translate("tcplens::ui::FlowGraphModel", "client?");
    case FlowLifeline::Role::Server: return lifeline.roleKnown ? QCoreApplication::translate("tcplens::ui::FlowGraphModel", "server") : QCoreApplication::translate("tcplens::ui::FlowGraphModel", "server?");
    case FlowLifeline::Role::Mixed: return {};
    }
    return {};
}

/// How frame `frame` proved an arrow never arrived, as the narration says it, shorter.
QString proofText(ProofKind kind, bool provingSyn, std::uint32_t frame)
{
    switch (kind) {
    case ProofKind::SentAgain:
        return provingSyn ? QCoreApplication::translate("tcplens::ui::FlowGraphModel", "frame %1 sends its SYN again").arg(frame)
                          : QCoreApplication::translate("tcplens::ui::FlowGraphModel", "frame %1 is sent as if it had not arrived").arg(frame);
    case ProofKind::CrossingFin:
        return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "frame %1, a FIN, does not acknowledge it").arg(frame);
    case ProofKind::DuplicateAck:
        return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "frame %1, a duplicate ACK, still asks for it").arg(frame);
    case ProofKind::SackedPast:
        return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "frame %1 still asks for it while it SACKs later data").arg(frame);
    case ProofKind::ResentAcked:
        return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "frame %1 resends bytes it had acknowledged").arg(frame);
    }
    return {};
}

/// The factor in a word or two, as the charts' strip names it (the flow graph is also drawn
/// without the charts, by tcplens-cli).
QString factorName(LimitFactor factor)
{
    switch (factor) {
    case LimitFactor::Handshake: return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "handshake");
    case LimitFactor::Application: return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "application");
    case LimitFactor::ReceiverWindow: return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "receiver window");
    case LimitFactor::Congestion: return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "congestion window");
    case LimitFactor::SendBuffer: return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "send buffer");
    case LimitFactor::LossRecovery: return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "loss recovery");
    case LimitFactor::RetransmissionTimeout: return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "retransmission timeout");
    case LimitFactor::ZeroWindow: return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "zero window");
    case LimitFactor::Idle: return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "idle");
    case LimitFactor::Unknown: break;
    }
    return QCoreApplication::translate("tcplens::ui::FlowGraphModel", "unknown");
}

} // namespace

void FlowGraphModel::setCapture(const PacketStore* store, const PacketAnalysisStore* analyses)
{
    store_ = store;
    analyses_ = analyses;
    limitsKey_.reset(); // another capture, perhaps in the same stores
    rebuild();
}

void FlowGraphModel::setStreams(std::vector<std::uint32_t> streams)
{
    streams_ = std::move(streams);
    rebuild();
}

void FlowGraphModel::setRelativeNumbers(bool relative)
{
    if (relative == relative_)
        return;
    relative_ = relative;
    cache_.clear();
}

void FlowGraphModel::refresh()
{
    rebuild();
}

void FlowGraphModel::rebuild()
{
    cache_.clear();
    lifelines_.clear();
    if (!store_ || !analyses_ || streams_.empty()) {
        core_ = FlowModel();
        limits_ = {};
        limitsKey_.reset();
        return;
    }
    core_ = FlowModel::build(*store_, *analyses_, FlowSelection::streams(streams_));
    if (streams_.size() != 1) {
        limits_ = {};
        limitsKey_.reset();
    } else if (const LimitsKey key{store_, analyses_, streams_.front(), store_->size()}; key != limitsKey_) {
        // What held each sender back, as the presentation's narration follows it.
        const auto series = buildSeries(snapshotStream(*store_, *analyses_, streams_.front()));
        limitsZeroNs_ = series.firstTimestampNs();
        limits_ = {series.limits().timeline(Direction::ClientToServer), series.limits().timeline(Direction::ServerToClient)};
        limitsKey_ = key;
    }
    for (const auto& lifeline : core_.lifelines())
        lifelines_.push_back({QString::fromStdString(lifeline.label()), roleText(lifeline)});
}

int FlowGraphModel::rowOfPacket(PacketNumber packet) const noexcept
{
    const auto row = core_.rowOfPacket(packet);
    return row ? static_cast<int>(*row) : -1;
}

std::pair<int, int> FlowGraphModel::endsOf(int row) const noexcept
{
    const auto& r = core_.row(static_cast<std::size_t>(row));
    return {static_cast<int>(r.fromLifeline), static_cast<int>(r.toLifeline)};
}

FlowArrowKind FlowGraphModel::kindOf(const FlowArrow& arrow) noexcept
{
    switch (arrow.style) {
    case ArrowStyle::Reset: return FlowArrowKind::Reset;
    case ArrowStyle::Retransmission: return FlowArrowKind::Retransmission;
    case ArrowStyle::OutOfOrder: return FlowArrowKind::OutOfOrder;
    case ArrowStyle::ZeroWindow: return FlowArrowKind::ZeroWindow;
    case ArrowStyle::DuplicateAck: return FlowArrowKind::DuplicateAck;
    case ArrowStyle::KeepAlive: return FlowArrowKind::KeepAlive;
    case ArrowStyle::Handshake:
    case ArrowStyle::Close: return FlowArrowKind::OpenClose;
    case ArrowStyle::Normal: return arrow.length > 0 ? FlowArrowKind::Data : FlowArrowKind::Ack;
    }
    return FlowArrowKind::Ack;
}

const FlowGraphArrow& FlowGraphModel::arrow(int row) const
{
    if (const auto it = cache_.find(row); it != cache_.end())
        return it->second;
    if (cache_.size() >= kCachedArrows)
        cache_.clear(); // a screenful is far fewer; dropping all keeps it simple and bounded
    return cache_.emplace(row, buildArrow(row)).first->second;
}

FlowGraphArrow FlowGraphModel::buildArrow(int row) const
{
    const FlowArrow a = core_.arrow(static_cast<std::size_t>(row), numbers(), true);
    FlowGraphArrow arrow;
    arrow.packet = core_.row(static_cast<std::size_t>(row)).packet;
    arrow.sinceStartNs = a.sinceStartNs;
    arrow.from = static_cast<int>(a.fromLifeline);
    arrow.to = static_cast<int>(a.toLifeline);
    arrow.kind = kindOf(a);
    arrow.analysed = a.analysis != 0;
    arrow.flags = QString::fromStdString(a.flags);
    // Several conversations share host lifelines: the ports tell them apart.
    if (core_.hostLifelines())
        arrow.flags = QStringLiteral("%1\u2192%2 %3").arg(a.srcPort).arg(a.dstPort).arg(arrow.flags);
    arrow.numbers = QStringLiteral("seq=%1").arg(a.seqIn(numbers()));
    if (a.has(0x010))
        arrow.numbers += QStringLiteral(" ack=%1").arg(a.ackIn(numbers()));
    arrow.sizes = QStringLiteral("len=%1 win=%2").arg(a.length).arg(a.window >= 0 ? a.window : a.rawWindow);
    if (!a.payloadText.empty())
        arrow.payload = QStringLiteral("\u201c%1\u201d").arg(QString::fromStdString(a.payloadText));
    // "[TCP Dup ACK 14#1] [TCP Window Update]" reads as "Dup ACK 14#1 · Window Update" in a narrow
    // column ("重复确认 14#1 · 窗口更新" in Chinese).
    QString comment = shownAnalysisTags(a.analysisText);
    comment.replace(QLatin1String("] ["), QStringLiteral(" \u00b7 "));
    comment.remove(QLatin1String("[TCP ")).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    arrow.notReceived = a.notReceived;
    QString proven; // "frame 7 sends its SYN again": the narration's proof, shorter
    if (a.notReceived) {
        // Said on the arrow, in the comment column and the tooltip: the narration's words, shorter,
        // naming the frame that proved it as the narration does.
        QString who = a.fromClient ? QCoreApplication::translate("tcplens::ui::FlowGraphModel", "Not received by the server")
                                   : QCoreApplication::translate("tcplens::ui::FlowGraphModel", "Not received by the client");
        const auto proof = proofOf(core_, static_cast<std::size_t>(row));
        if (proof) {
            const FlowArrow proving = core_.arrow(proof->row, SequenceNumbers::Relative, false);
            proven = proofText(proof->kind, proving.has(tcpflag::Syn), proving.frame);
            who = QCoreApplication::translate("tcplens::ui::FlowGraphModel", "%1: %2").arg(who, proven);
            arrow.sizes += QStringLiteral(" · ") + QCoreApplication::translate("tcplens::ui::FlowGraphModel", "not received (frame %1)").arg(proving.frame);
        } else {
            arrow.sizes += QStringLiteral(" · ") + QCoreApplication::translate("tcplens::ui::FlowGraphModel", "not received");
        }
        comment = comment.isEmpty() ? who : who + QStringLiteral(" · ") + comment;
    }
    if (row > 0 && (!limits_[0].empty() || !limits_[1].empty())) {
        const auto seconds = [this](int r) { return static_cast<double>(core_.timestampNs(static_cast<std::size_t>(r)) - limitsZeroNs_) * 1e-9; };
        for (const auto data : {Direction::ClientToServer, Direction::ServerToClient}) {
            const auto change = limitChangeAt(limits_[static_cast<std::size_t>(index(data))], seconds(row - 1), seconds(row));
            if (!change)
                continue;
            const QString said = data == Direction::ClientToServer
                                   ? QCoreApplication::translate("tcplens::ui::FlowGraphModel", "Client now limited by %1, not %2")
                                   : QCoreApplication::translate("tcplens::ui::FlowGraphModel", "Server now limited by %1, not %2");
            const QString text = said.arg(factorName(change->second), factorName(change->first));
            comment = comment.isEmpty() ? text : comment + QStringLiteral(" \u00b7 ") + text;
        }
    }
    arrow.comment = comment;

    QStringList tip{QCoreApplication::translate("tcplens::ui::FlowGraphModel", "Frame %1: %2").arg(a.frame).arg(QString::fromStdString(a.info))};
    const auto& lifelines = core_.lifelines();
    const auto change = [&](std::uint32_t lifeline, TcpState before, TcpState after) {
        if (before != after && lifeline < lifelines.size())
            tip << QCoreApplication::translate("tcplens::ui::FlowGraphModel", "%1: %2 \u2192 %3")
                       .arg(QString::fromStdString(lifelines[lifeline].label()), QLatin1String(stateName(before)),
                            QLatin1String(stateName(after)));
    };
    change(a.fromLifeline, a.senderBefore, a.senderAfter);
    change(a.toLifeline, a.receiverBefore, a.receiverAfter);
    if (a.notReceived)
        tip << QCoreApplication::translate("tcplens::ui::FlowGraphModel",
                                           "Not received by the %1 (lost after the capture point, or still on its way)")
                   .arg(a.fromClient ? QCoreApplication::translate("tcplens::ui::FlowGraphModel", "server")
                                     : QCoreApplication::translate("tcplens::ui::FlowGraphModel", "client"));
    if (!proven.isEmpty())
        tip << QCoreApplication::translate("tcplens::ui::FlowGraphModel", "Proof: %1").arg(proven);
    arrow.toolTip = tip.join(QLatin1Char('\n'));
    return arrow;
}

} // namespace tcplens::ui
