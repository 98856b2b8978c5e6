#pragma once
// Expert Information as a tree: severity → summary → frames, with counts, over an ExpertInfo.

#include <expert/ExpertInfo.h>

#include "shell/ThemeKind.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace tcplens::ui {

class ExpertModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { SummaryColumn, GroupColumn, ProtocolColumn, CountColumn, ColumnCount };
    /// The 1-based frame of a frame row, or of an entry row's first frame; 0 on severity rows.
    static constexpr int FrameRole = Qt::UserRole + 1;
    /// The ExpertSeverity (as int) of any row.
    static constexpr int SeverityRole = Qt::UserRole + 2;

    explicit ExpertModel(QObject* parent = nullptr);

    /// Shows `info` (null: nothing).
    void setInfo(std::shared_ptr<const ExpertInfo> info);
    void setTheme(ThemeKind theme);
    /// The language changed: every summary, group and header is worded again.
    void retranslate();
    [[nodiscard]] const ExpertInfo* info() const noexcept { return info_.get(); }

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct SeverityGroup {
        ExpertSeverity severity;
        std::size_t firstEntry; ///< Into entries_.
        std::size_t entryCount;
        std::size_t items;
    };
    /// internalId: 0 severity rows; 1..4 entry rows (their severity row + 1); 16 + entry for frame rows.
    static constexpr quintptr kFrameBase = 16;

    std::shared_ptr<const ExpertInfo> info_;
    std::vector<ExpertEntry> entries_;
    std::vector<SeverityGroup> groups_;
    ThemeKind theme_ = ThemeKind::Light;
};

} // namespace tcplens::ui
