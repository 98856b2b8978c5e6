#pragma once
// The packet list: one line per packet, fixed row height, columns sized to their content (a
// sample of the rows) so Info, the widest, keeps the rest of the width.

#include <QTableView>

#include <array>
#include <vector>

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
    /// True when `column` is hidden only because the list is too narrow (Info repeats it).
    [[nodiscard]] bool isHiddenToFit(int column) const;
    /// The columns an export of the list as shown writes, left to right: those on screen and
    /// those hidden only to make room for Info (the user did not hide them).
    [[nodiscard]] std::vector<int> exportColumns() const;

signals:
    /// The selected packet changed; `row` is a packet-model row, -1 for none.
    void currentPacketRowChanged(int row);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyFontMetrics();
    [[nodiscard]] int packetRowOf(const QModelIndex& index) const;
    /// Sizes every column but Info to the widest text among (a sample of) rows [first, end) and
    /// its title; widenOnly keeps columns that are already wide enough (rows arriving live).
    void fitColumnsToRows(int first, int end, bool widenOnly);

    /// Hides the columns Info repeats when showing them would leave Info less than kMinInfoChars.
    void showColumnsThatFit();

    static constexpr int kFitSampleRows = 500;
    static constexpr int kMinInfoChars = 48;
    static constexpr int kMaxColumnChars = 42; ///< An IPv6 address with its zone; longer texts elide.

    PaddedItemDelegate* delegate_;
    PacketListModel* packetModel_ = nullptr;
    PacketFilterModel* filter_ = nullptr;
    std::array<int, 11> fitted_{}; ///< Fitted width of each column before Info.
    bool hiddenToFit_ = false;
};

} // namespace tcplens::ui
