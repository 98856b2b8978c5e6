#pragma once
// The detail tree of one packet, built from its depth-ordered FieldSpan list: depth 0 is a
// protocol line, depth 1 its fields, 2 their bits, 3 option sub-fields.

#include <decode/FieldSpan.h>

#include <QAbstractItemModel>

#include <vector>

namespace tcplens::ui {

class FieldTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        ByteOffsetRole = Qt::UserRole + 1, ///< First byte of the field in the frame, as uint.
        ByteLengthRole,                    ///< Bytes the field touches (0 for generated fields), as uint.
        BitOffsetRole,                     ///< FieldSpan::bitOffset, as uint.
        BitWidthRole,                      ///< FieldSpan::bitWidth, as uint.
        FieldIdRole,                       ///< Filter name, e.g. "tcp.flags.syn".
        LayerRole,                         ///< FieldSpan::layer, as int.
    };

    explicit FieldTreeModel(QObject* parent = nullptr);

    /// Shows a new packet's fields (a model reset).
    void setSpans(FieldSpans spans);
    void clear() { setSpans({}); }
    /// The language changed: every line is worded again.
    void retranslate();
    /// The field behind an index, or nullptr.
    [[nodiscard]] const FieldSpan* field(const QModelIndex& index) const;

    /// The tree index of span `spanIndex` (its position in the list given to setSpans).
    [[nodiscard]] QModelIndex indexOfSpan(int spanIndex) const;
    /// The span index behind a tree index, or -1.
    [[nodiscard]] int spanIndexOf(const QModelIndex& index) const;
    [[nodiscard]] const FieldSpans& spans() const noexcept { return spans_; }

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    static constexpr int kNoParent = -1;
    struct Node {
        int parent = kNoParent; // index into nodes_
        int row = 0;            // position among the parent's children
        std::vector<int> children;
    };

    [[nodiscard]] const std::vector<int>& childrenOf(const QModelIndex& parent) const;

    FieldSpans spans_;
    std::vector<Node> nodes_; // nodes_[i] is spans_[i]; the index's internal id is i
    std::vector<int> topLevel_;
};

} // namespace tcplens::ui
