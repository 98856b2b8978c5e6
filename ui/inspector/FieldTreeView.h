#pragma once
// The detail tree of the selected packet. Which fields are open is remembered by field id
// from one packet to the next (like Wireshark); TCP starts open, with its flags.

#include <QSet>
#include <QTreeView>

namespace tcplens::ui {

class FieldTreeModel;

class FieldTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit FieldTreeView(QWidget* parent = nullptr);

    void setFieldModel(FieldTreeModel* model);
    /// Field ids ("tcp", "tcp.flags") whose subtree is opened whenever a packet has them.
    [[nodiscard]] const QSet<QString>& expandedFieldIds() const noexcept { return expandedIds_; }

private:
    void restoreExpansion(const QModelIndex& parent);
    [[nodiscard]] QString fieldId(const QModelIndex& index) const;

    QSet<QString> expandedIds_;
    bool restoring_ = false;
};

} // namespace tcplens::ui
