#pragma once
// The packet list: one line per packet, fixed row height, columns sized from the font.

#include <QTableView>

namespace tcplens::ui {

class PacketFilterModel;
class PacketListModel;
class PaddedItemDelegate;

class PacketTableView : public QTableView {
    Q_OBJECT
public:
    explicit PacketTableView(QWidget* parent = nullptr);

    /// Shows `model` through `filter` (which may be null), giving it the fixed-width font for Info.
    void setPacketModel(PacketListModel* model, PacketFilterModel* filter = nullptr);
    /// The selected packet as a row of the packet model (not of the filter), or -1.
    [[nodiscard]] int currentPacketRow() const;
    /// Selects a packet by its packet-model row; does nothing when the filter hides it.
    void selectPacketRow(int row);

signals:
    /// The selected packet changed; `row` is a packet-model row, -1 for none.
    void currentPacketRowChanged(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFontMetrics();
    [[nodiscard]] int packetRowOf(const QModelIndex& index) const;
    void fitNumberColumn();

    PaddedItemDelegate* delegate_;
    PacketListModel* packetModel_ = nullptr;
    PacketFilterModel* filter_ = nullptr;
};

} // namespace tcplens::ui
