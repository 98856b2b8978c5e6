#pragma once
// The packet list: one line per packet, fixed row height, columns sized from the font.

#include <QTableView>

namespace tcplens::ui {

class PacketListModel;
class PaddedItemDelegate;

class PacketTableView : public QTableView {
    Q_OBJECT
public:
    explicit PacketTableView(QWidget* parent = nullptr);

    /// Shows `model`, giving it the fixed-width font for its Info column.
    void setPacketModel(PacketListModel* model);
    /// The selected row, or -1.
    [[nodiscard]] int currentPacketRow() const;
    void selectPacketRow(int row);

signals:
    void currentPacketRowChanged(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFontMetrics();
    void fitNumberColumn();

    PaddedItemDelegate* delegate_;
    PacketListModel* packetModel_ = nullptr;
};

} // namespace tcplens::ui
