#pragma once
// The packet list: one row per packet of a PacketStore with its conversation analysis; texts
// built lazily in data() from the packet's bytes; rows arrive in batches, one insertion each.

#include "loading/PacketBatch.h"
#include "PacketRowStyle.h"

#include <capture/PacketAnalysisStore.h>
#include <capture/PacketStore.h>
#include <capture/StoredPacket.h>
#include <decode/DecodedPacket.h>
#include <decode/FieldSpan.h>

#include <QAbstractTableModel>
#include <QFont>

#include <optional>
#include <vector>

namespace tcplens::ui {

class PacketMarks;

class PacketListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, TimeColumn, SourceColumn, DestinationColumn, ProtocolColumn, LengthColumn,
                  FlagsColumn, SeqColumn, AckColumn, PayloadLengthColumn, WindowColumn, InfoColumn, ColumnCount };
    enum Role {
        PacketNumberRole = Qt::UserRole + 1, ///< The row's PacketNumber (0-based), as uint.
        RowToneRole,                         ///< The row's RowTone, as int.
        StreamRole,                          ///< The TCP stream as uint; invalid for non-TCP rows.
        TimestampRole,                       ///< Capture time, ns since the epoch, as qint64.
        ColouringRuleRole,                   ///< Index of the colouring rule the row matches (-1: none), as int.
    };
    /// What the Time column counts from.
    enum class TimeFormat {
        TimeOfDay,              ///< Local wall-clock time, "HH:MM:SS.uuuuuu".
        SinceFirstPacket,       ///< Seconds since the capture's first packet (the default).
        SinceConversationStart, ///< Seconds since the first packet of the row's TCP stream; empty for non-TCP.
        SincePreviousDisplayed, ///< Seconds since the row above (PacketFilterModel makes it the row shown above).
    };

    explicit PacketListModel(QObject* parent = nullptr);

    /// Replaces everything with an empty store (a newly opened file).
    void reset(PacketStore store);
    /// Appends a batch of packets of the current store as one row insertion.
    void append(const PacketBatch& batch);

    /// Switches the Time column; emits dataChanged for it.
    void setTimeFormat(TimeFormat format);
    [[nodiscard]] TimeFormat timeFormat() const noexcept { return timeFormat_; }
    /// Wireshark's relative seq/ack (default) or the raw ones; emits dataChanged for Seq..Info.
    void setRelativeSequenceNumbers(bool relative);
    [[nodiscard]] bool relativeSequenceNumbers() const noexcept { return relativeNumbers_; }
    /// Colouring rules and their colours (Qt::BackgroundRole / ForegroundRole; Wireshark's default
    /// rules in the light theme until set); rows are tested
    /// when first shown and remembered; emits dataChanged for them.
    void setRowColouring(RowColouring colouring);
    [[nodiscard]] const RowColouring& rowColouring() const noexcept { return colouring_; }
    /// The rules' matches read in capture order (ColouringScan) for the first rows, when the rules
    /// need it (ColouringRuleSet::needsCaptureOrder); rows past it are tested alone until it grows.
    /// Ignored unless made with the rules of rowColouring(). Emits dataChanged for the colours.
    void setScannedColouring(std::shared_ptr<const ColouringRuleSet> rules, const std::vector<std::int16_t>& scanned);
    /// Earlier packets' analysis records corrected by later packets since the last reset.
    [[nodiscard]] std::size_t revisions() const noexcept { return revisions_; }
    /// Marked packets, drawn in the palette's marked colours (null: none).
    void setMarks(const PacketMarks* marks);
    /// Font of the Info column (its text lines up better in a fixed-width font).
    void setInfoFont(const QFont& font);

    [[nodiscard]] const PacketStore& store() const noexcept { return store_; }
    [[nodiscard]] const PacketAnalysisStore& analyses() const noexcept { return analyses_; }
    [[nodiscard]] const PacketAnalysisRecord& analysis(int row) const noexcept;
    [[nodiscard]] DecodedPacket decoded(int row) const;
    /// The detail-tree fields of a row's packet.
    [[nodiscard]] FieldSpans fieldSpans(int row) const;
    /// The bytes a row's fields index: its frame, or for a frame that completed an IP datagram the
    /// frame followed by the reassembled payload (valid until another row is decoded).
    [[nodiscard]] Bytes decodedBytes(int row) const;
    /// The first row holding a TCP segment, or -1.
    [[nodiscard]] int firstTcpRow() const;
    /// The Time text of `row` when `previousRow` is shown above it (-1: none); see SincePreviousDisplayed.
    [[nodiscard]] QString timeText(int row, int previousRow) const;
    /// The texts of `row` in `columns`, Time as if `previousRow` were shown above it: what the list
    /// shows, decoded apart from data()'s cache, so a worker may ask while the model does not change.
    [[nodiscard]] QStringList rowTexts(int row, const std::vector<int>& columns, int previousRow) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    /// The relative/absolute choice changed: every panel showing seq/ack numbers follows it.
    void relativeSequenceNumbersChanged(bool relative);

private:
    [[nodiscard]] const DecodedPacket& cachedDecode(int row) const;
    [[nodiscard]] QString displayText(int row, int column) const;
    [[nodiscard]] QString columnText(int row, int column, const StoredPacket& stored, int previousRow) const;
    [[nodiscard]] QString tcpNumberText(int row, int column, const DecodedPacket& decoded) const;
    void emitColumnsChanged(int first, int last, const QList<int>& roles);
    [[nodiscard]] int colouringRule(int row) const;

    PacketStore store_;
    PacketAnalysisStore analyses_;
    std::vector<std::int64_t> streamFirstNs_; // first packet time of each TCP stream
    TimeFormat timeFormat_ = TimeFormat::SinceFirstPacket;
    bool relativeNumbers_ = true;
    RowColouring colouring_;
    // The colouring rule of each row: kUntested until a view asks (a rule test costs a decode).
    static constexpr std::int16_t kUntested = -2;
    mutable std::vector<std::int16_t> ruleOfRow_;
    std::size_t revisions_ = 0;
    QFont infoFont_;
    const PacketMarks* marks_ = nullptr;
    // data() is asked for many roles and columns of one row in a row: decode it once.
    mutable std::optional<std::pair<int, StoredPacket>> lastDecoded_;
};

} // namespace tcplens::ui
