#pragma once
// The packet list: one row per packet of a PacketStore, texts decoded lazily from the
// packet's bytes in data(); rows arrive in batches, one insertion per batch.

#include "../PacketBatch.h"

#include <capture/PacketStore.h>
#include <decode/DecodedPacket.h>
#include <decode/FieldSpan.h>

#include <QAbstractTableModel>
#include <QFont>

#include <optional>
#include <vector>

namespace tcplens::ui {

class PacketListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, TimeColumn, SourceColumn, DestinationColumn, ProtocolColumn, LengthColumn,
                  InfoColumn, ColumnCount };
    enum Role {
        PacketNumberRole = Qt::UserRole + 1, ///< The row's PacketNumber (0-based), as uint.
        RowToneRole,                         ///< The row's RowTone, as int.
    };

    explicit PacketListModel(QObject* parent = nullptr);

    /// Replaces everything with an empty store (a newly opened file).
    void reset(PacketStore store);
    /// Appends a batch of packets of the current store as one row insertion.
    void append(const PacketBatch& batch);

    [[nodiscard]] const PacketStore& store() const noexcept { return store_; }
    [[nodiscard]] DecodedPacket decoded(int row) const;
    /// The detail-tree fields of a row's packet.
    [[nodiscard]] FieldSpans fieldSpans(int row) const;
    /// The first row holding a TCP segment, or -1.
    [[nodiscard]] int firstTcpRow() const;
    /// Font of the Info column (tcpdump's text lines up better in a fixed-width font).
    void setInfoFont(const QFont& font);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] const DecodedPacket& cachedDecode(int row) const;
    [[nodiscard]] QString displayText(int row, int column) const;

    PacketStore store_;
    std::vector<TcpdumpSequenceNumbers::Numbers> numbers_;
    QFont infoFont_;
    // data() is asked for many roles and columns of one row in a row: decode it once.
    mutable std::optional<std::pair<int, DecodedPacket>> lastDecoded_;
};

} // namespace tcplens::ui
