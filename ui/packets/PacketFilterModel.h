#pragma once
// The packet list as shown: PacketListModel rows kept by a stream, a handshake/close predicate
// and a frame mask (e.g. BPF matches); every test reads the compact analysis, never the bytes.

#include <QSortFilterProxyModel>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace tcplens::ui {

class PacketListModel;

class PacketFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    /// One flag per packet, indexed by PacketNumber; packets past its end are hidden.
    using FrameMask = std::shared_ptr<const std::vector<bool>>;

    explicit PacketFilterModel(QObject* parent = nullptr);

    /// The model to filter (also its source model).
    void setPacketModel(PacketListModel* model);
    [[nodiscard]] PacketListModel* packetModel() const noexcept { return packets_; }

    /// Only the packets of one TCP stream; nullopt shows every packet.
    void setStreamFilter(std::optional<std::uint32_t> stream);
    [[nodiscard]] std::optional<std::uint32_t> streamFilter() const noexcept { return stream_; }
    /// Only TCP segments with SYN, FIN or RST: how connections open and close.
    void setHandshakesAndClosesOnly(bool only);
    [[nodiscard]] bool handshakesAndClosesOnly() const noexcept { return handshakesOnly_; }
    /// Only the packets the mask marks; nullptr drops the mask.
    void setFrameMask(FrameMask mask);
    [[nodiscard]] const FrameMask& frameMask() const noexcept { return mask_; }
    /// True when any of the filters above hides rows.
    [[nodiscard]] bool isFiltering() const noexcept { return stream_ || handshakesOnly_ || mask_; }

    /// The source (PacketListModel) row of a shown row, or -1.
    [[nodiscard]] int sourceRow(int row) const;
    /// The shown row of a source row, or -1 when it is filtered out.
    [[nodiscard]] int rowOfSource(int sourceRow) const;

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    PacketListModel* packets_ = nullptr;
    std::optional<std::uint32_t> stream_;
    bool handshakesOnly_ = false;
    FrameMask mask_;
};

} // namespace tcplens::ui
