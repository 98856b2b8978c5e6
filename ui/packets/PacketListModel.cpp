#include "PacketListModel.h"

#include "PacketMarks.h"

#include <export/AnalysisSpans.h>
#include <export/FrameInfoSpans.h>

#include "PacketColumnText.h"

#include <capture/StoredPacket.h>

#include <QBrush>

#include <algorithm>

namespace tcplens::ui {

PacketListModel::PacketListModel(QObject* parent)
    : QAbstractTableModel(parent),
      colouring_(RowColouring::of(std::make_shared<const ColouringRuleSet>(ColouringRuleSet::compile(defaultColouringRules())),
                                  ThemeKind::Light, true))
{
}

void PacketListModel::reset(PacketStore store)
{
    beginResetModel();
    store_ = std::move(store);
    analyses_.clear();
    streamFirstNs_.clear();
    ruleOfRow_.clear();
    revisions_ = 0;
    lastDecoded_.reset();
    endResetModel();
}

void PacketListModel::append(const PacketBatch& batch)
{
    if (batch.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(batch.size()) - 1);
    if (!batch.interfaces.empty())
        store_.setInterfaces(batch.interfaces);
    const auto firstNumber = static_cast<PacketNumber>(store_.size());
    for (const auto& packet : batch.packets)
        store_.append(packet);
    store_.appendReassembly(batch.reassembly);
    for (const auto& [position, comments] : batch.comments)
        store_.setComments(firstNumber + static_cast<PacketNumber>(position), comments);
    analyses_.append(batch.analyses); // parallel by construction; a short one reads as non-TCP
    ruleOfRow_.resize(store_.size(), kUntested);
    revisions_ += batch.revisions.size();
    for (const auto& revision : batch.revisions) { // earlier packets a packet of this batch corrected
        analyses_.revise(revision);
        if (revision.frame >= 1 && revision.frame <= ruleOfRow_.size())
            ruleOfRow_[revision.frame - 1] = kUntested; // its analysis, so maybe its colour, changed
    }
    for (const auto& conversation : batch.conversations) {
        if (conversation.stream >= streamFirstNs_.size())
            streamFirstNs_.resize(conversation.stream + 1, 0);
        streamFirstNs_[conversation.stream] = conversation.firstNs;
    }
    endInsertRows();
    for (const auto& revision : batch.revisions) {
        const int row = static_cast<int>(revision.frame) - 1;
        if (row >= 0 && row < first)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                             {Qt::DisplayRole, Qt::ToolTipRole, Qt::BackgroundRole, Qt::ForegroundRole});
    }
}

void PacketListModel::setTimeFormat(TimeFormat format)
{
    if (format == timeFormat_)
        return;
    timeFormat_ = format;
    emitColumnsChanged(TimeColumn, TimeColumn, {Qt::DisplayRole, Qt::ToolTipRole});
    emit headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn); // the header names the time base
}

void PacketListModel::setRelativeSequenceNumbers(bool relative)
{
    if (relative == relativeNumbers_)
        return;
    relativeNumbers_ = relative;
    emitColumnsChanged(SeqColumn, InfoColumn, {Qt::DisplayRole, Qt::ToolTipRole});
    emit relativeSequenceNumbersChanged(relative);
}

void PacketListModel::setRowColouring(RowColouring colouring)
{
    if (colouring.rules != colouring_.rules)
        std::fill(ruleOfRow_.begin(), ruleOfRow_.end(), kUntested);
    colouring_ = std::move(colouring);
    emitColumnsChanged(0, ColumnCount - 1, {Qt::BackgroundRole, Qt::ForegroundRole});
}

void PacketListModel::setScannedColouring(std::shared_ptr<const ColouringRuleSet> rules,
                                          const std::vector<std::int16_t>& scanned)
{
    if (rules != colouring_.rules)
        return; // a scan of rules since replaced
    const auto rows = std::min(scanned.size(), store_.size());
    if (ruleOfRow_.size() < store_.size())
        ruleOfRow_.resize(store_.size(), kUntested);
    std::copy(scanned.begin(), scanned.begin() + static_cast<std::ptrdiff_t>(rows), ruleOfRow_.begin());
    emitColumnsChanged(0, ColumnCount - 1, {Qt::BackgroundRole, Qt::ForegroundRole});
}

int PacketListModel::colouringRule(int row) const
{
    if (!colouring_.rules || colouring_.rules->empty())
        return -1;
    if (static_cast<std::size_t>(row) >= ruleOfRow_.size())
        ruleOfRow_.resize(store_.size(), kUntested);
    auto& rule = ruleOfRow_[static_cast<std::size_t>(row)];
    if (rule != kUntested)
        return rule;
    // The row's packet as a display filter reads it. Times come from the index; tcp.time_delta
    // would need the stream's previous packet and the full analysis is not kept: rules reading
    // them get the ColouringScan's answer (setScannedColouring), this one until it arrives.
    // frame.time_delta_displayed counts from the previous captured packet (colours do not depend
    // on what is displayed).
    const auto n = static_cast<PacketNumber>(row);
    const auto& index = store_.index();
    const auto& decoded = cachedDecode(row);
    const auto& record = analysis(row);
    const auto ns = index.timestampNs(n);
    FilterContext context;
    context.packet = &decoded;
    context.bytes = lastDecoded_->second.bytes();
    context.frameLength = index.capturedLength(n);
    context.frameNumber = n + 1;
    context.record = &record;
    context.timeRelativeNs = ns - index.timestampNs(0);
    context.timeDeltaNs = row > 0 ? ns - index.timestampNs(n - 1) : 0;
    context.timeDeltaDisplayedNs = context.timeDeltaNs;
    if (record.isTcp() && record.stream < streamFirstNs_.size())
        context.tcpTimeRelativeNs = ns - streamFirstNs_[record.stream];
    FieldSpans spans;
    if (colouring_.rules->needsSpans(decoded)) {
        (void)decodeStoredPacket(store_, n, &spans);
        context.spans = &spans;
    }
    rule = static_cast<std::int16_t>(colouring_.rules->match(context));
    return rule;
}

void PacketListModel::setInfoFont(const QFont& font)
{
    infoFont_ = font;
    emitColumnsChanged(InfoColumn, InfoColumn, {Qt::FontRole});
}

void PacketListModel::emitColumnsChanged(int first, int last, const QList<int>& roles)
{
    if (rowCount() > 0)
        emit dataChanged(index(0, first), index(rowCount() - 1, last), roles);
}

const PacketAnalysisRecord& PacketListModel::analysis(int row) const noexcept
{
    return analyses_[static_cast<PacketNumber>(row)];
}

DecodedPacket PacketListModel::decoded(int row) const
{
    return cachedDecode(row);
}

FieldSpans PacketListModel::fieldSpans(int row) const
{
    FieldSpans spans;
    if (row < 0 || row >= rowCount())
        return spans;
    const auto n = static_cast<PacketNumber>(row);
    (void)decodeStoredPacket(store_, n, &spans);
    insertFrameInfoSpans(spans, store_.info().format == FileFormat::Pcapng ? store_.interface(n) : nullptr,
                         store_.comments(n));
    insertAnalysisSpans(spans, analyses_[n],
                        relativeNumbers_ ? SequenceNumbering::Relative : SequenceNumbering::Absolute);
    return spans;
}

int PacketListModel::firstTcpRow() const
{
    for (int row = 0; row < rowCount(); ++row)
        if (cachedDecode(row).isTcp())
            return row;
    return -1;
}

QString PacketListModel::timeText(int row, int previousRow) const
{
    const auto& index = store_.index();
    const auto ns = index.timestampNs(static_cast<PacketNumber>(row));
    switch (timeFormat_) {
    case TimeFormat::TimeOfDay: return timeOfDayText(ns);
    case TimeFormat::SinceFirstPacket: return relativeTimeText(ns, index.timestampNs(0));
    case TimeFormat::SinceConversationStart: {
        const auto stream = analysis(row).stream;
        return stream < streamFirstNs_.size() ? relativeTimeText(ns, streamFirstNs_[stream]) : QString();
    }
    case TimeFormat::SincePreviousDisplayed:
        return relativeTimeText(ns, previousRow < 0 ? ns : index.timestampNs(static_cast<PacketNumber>(previousRow)));
    }
    return {};
}

int PacketListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(store_.size());
}

int PacketListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DecodedPacket& PacketListModel::cachedDecode(int row) const
{
    if (!lastDecoded_ || lastDecoded_->first != row) {
        const auto n = static_cast<PacketNumber>(row);
        lastDecoded_.emplace(row, decodeStoredPacket(store_, n));
    }
    return lastDecoded_->second.packet;
}

Bytes PacketListModel::decodedBytes(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    (void)cachedDecode(row);
    return lastDecoded_->second.bytes();
}

QString PacketListModel::tcpNumberText(int row, int column, const DecodedPacket& decoded) const
{
    const auto& record = analysis(row);
    if (!record.isTcp())
        return {};
    const auto& tcp = decoded.tcp;
    switch (column) {
    case SeqColumn: return QString::number(relativeNumbers_ ? record.relativeSeq : tcp.seq);
    case AckColumn:
        if (!record.hasHeaderFlag(tcpflag::Ack))
            return {};
        return QString::number(relativeNumbers_ ? record.relativeAck : tcp.ack);
    case PayloadLengthColumn: return QString::number(tcp.payloadLength);
    case WindowColumn:
        return QString::number(record.calculatedWindow == PacketAnalysisRecord::kUnknownWindow ? tcp.window
                                                                                              : record.calculatedWindow);
    default: return {};
    }
}

QString PacketListModel::displayText(int row, int column) const
{
    (void)cachedDecode(row);
    return columnText(row, column, lastDecoded_->second, row - 1);
}

QString PacketListModel::columnText(int row, int column, const StoredPacket& stored, int previousRow) const
{
    const auto n = static_cast<PacketNumber>(row);
    switch (column) {
    case NumberColumn: return QString::number(row + 1);
    case TimeColumn: return timeText(row, previousRow);
    case SourceColumn: return sourceText(stored.packet);
    case DestinationColumn: return destinationText(stored.packet);
    case ProtocolColumn: return protocolText(stored.packet);
    case LengthColumn: return QString::number(store_.index().wireLength(n));
    case FlagsColumn: return flagsText(analysis(row));
    case SeqColumn:
    case AckColumn:
    case PayloadLengthColumn:
    case WindowColumn: return tcpNumberText(row, column, stored.packet);
    case InfoColumn: {
        auto text = infoText(stored.bytes(), stored.packet, analysis(row), relativeNumbers_);
        // Wireshark's words, like the rest of the Info column: where a fragment's datagram completed.
        if (const auto completing = stored.reassembledIn)
            text += QStringLiteral(" [Reassembled in #%1]").arg(completing);
        return text;
    }
    default: return {};
    }
}

QStringList PacketListModel::rowTexts(int row, const std::vector<int>& columns, int previousRow) const
{
    const auto stored = decodeStoredPacket(store_, static_cast<PacketNumber>(row));
    QStringList texts;
    texts.reserve(static_cast<qsizetype>(columns.size()));
    for (const int column : columns)
        texts << columnText(row, column, stored, previousRow);
    return texts;
}

void PacketListModel::setMarks(const PacketMarks* marks)
{
    marks_ = marks;
    if (!marks)
        return;
    connect(marks, &PacketMarks::markChanged, this, [this](int row) {
        if (row < rowCount())
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole, Qt::ForegroundRole});
    });
    connect(marks, &PacketMarks::cleared, this,
            [this] { emitColumnsChanged(0, ColumnCount - 1, {Qt::BackgroundRole, Qt::ForegroundRole}); });
}

QVariant PacketListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayText(row, column);
    case Qt::TextAlignmentRole:
        if (column == ProtocolColumn || column == SourceColumn || column == DestinationColumn || column == FlagsColumn
            || column == InfoColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: return column == InfoColumn ? QVariant(infoFont_) : QVariant();
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        if (marks_ && marks_->isMarked(row))
            return QBrush(role == Qt::BackgroundRole ? colouring_.marked.background : colouring_.marked.foreground);
        if (!colouring_.enabled)
            return {};
        if (const int rule = colouringRule(row); rule >= 0 && static_cast<std::size_t>(rule) < colouring_.colours.size()) {
            const auto& colours = colouring_.colours[static_cast<std::size_t>(rule)];
            return QBrush(role == Qt::BackgroundRole ? colours.background : colours.foreground);
        }
        return {};
    case Qt::ToolTipRole: {
        // The Info tooltip also shows the whole line, which a narrow column cuts.
        const QString findings = findingsText(cachedDecode(row), analysis(row));
        if (column == InfoColumn) {
            const QString info = displayText(row, column);
            return findings.isEmpty() ? info : info + QStringLiteral("\n\n") + findings;
        }
        return findings.isEmpty() ? QVariant() : QVariant(findings);
    }
    case PacketNumberRole: return static_cast<uint>(row);
    case RowToneRole: return static_cast<int>(rowToneOf(cachedDecode(row), analysis(row)));
    case StreamRole: return analysis(row).isTcp() ? QVariant(static_cast<uint>(analysis(row).stream)) : QVariant();
    case ColouringRuleRole: return colouringRule(row);
    case TimestampRole: return static_cast<qint64>(store_.index().timestampNs(static_cast<PacketNumber>(row)));
    default: return {};
    }
}

QVariant PacketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("No.");
    case TimeColumn:
        switch (timeFormat_) {
        case TimeFormat::SinceFirstPacket: return tr("Time\n(s since first packet)");
        case TimeFormat::SinceConversationStart: return tr("Time\n(s since conversation start)");
        case TimeFormat::SincePreviousDisplayed: return tr("Time\n(s since previous shown)");
        case TimeFormat::TimeOfDay: return tr("Time of day");
        }
        return tr("Time");
    case SourceColumn: return tr("Source");
    case DestinationColumn: return tr("Destination");
    case ProtocolColumn: return tr("Protocol");
    case LengthColumn: return tr("Length");
    case FlagsColumn: return tr("Flags");
    case SeqColumn: return tr("Seq");
    case AckColumn: return tr("Ack");
    case PayloadLengthColumn: return tr("Len");
    case WindowColumn: return tr("Win");
    case InfoColumn: return tr("Info");
    default: return {};
    }
}

} // namespace tcplens::ui
