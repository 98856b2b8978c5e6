#pragma once
// The "Packet" dock: the selected packet as its header diagram above, and its detail tree and
// bytes as tabs below. One selection drives the three: a field picked in one is shown in all.

#include <decode/FieldSpan.h>

#include <QList>
#include <QModelIndex>
#include <QWidget>

class QScrollArea;
class QSplitter;
class QTabWidget;

namespace tcplens::ui {

class FieldTreeModel;
class FieldTreeView;
class HeaderDiagramView;
class HexView;
class PacketListModel;

class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget* parent = nullptr);

    /// Shows row `row` of `packets` (-1: nothing).
    void showPacket(const PacketListModel& packets, int row);
    void clear();
    /// Selects field `spanIndex` of the shown packet in the tree, the bytes and the diagram.
    void selectField(int spanIndex);
    /// Scrolls the diagram so the TCP header is in view when the whole diagram is not.
    void revealTransportHeader();

    [[nodiscard]] FieldTreeModel* fieldModel() const noexcept { return fields_; }
    [[nodiscard]] FieldTreeView* fieldView() const noexcept { return tree_; }
    [[nodiscard]] HexView* hexView() const noexcept { return hex_; }
    [[nodiscard]] HeaderDiagramView* headerDiagram() const noexcept { return diagram_; }
    [[nodiscard]] QScrollArea* diagramArea() const noexcept { return diagramScroll_; }
    [[nodiscard]] QTabWidget* tabs() const noexcept { return tabs_; }
    [[nodiscard]] QSplitter* splitter() const noexcept { return splitter_; }
    /// As wide as the header diagram's narrowest readable width, with its scroll bar.
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// A later packet revised rows of the list (a packet marked not received): the shown one follows.
    void packetsChanged(const QModelIndex& first, const QModelIndex& last, const QList<int>& roles);
    void fitDiagram();
    void retranslate();

    FieldTreeModel* fields_;
    FieldTreeView* tree_;
    HexView* hex_;
    HeaderDiagramView* diagram_;
    QScrollArea* diagramScroll_;
    QTabWidget* tabs_;
    QSplitter* splitter_;
    const PacketListModel* packets_ = nullptr; // the model the shown packet comes from
    int row_ = -1;
    int selectingField_ = 0; // re-entrancy guard while the three follow one another
    bool splitterMoved_ = false; // the user chose the diagram's share: keep it
};

} // namespace tcplens::ui
