#pragma once
// The Expert Information tab: a line saying how many items of which severities the capture has,
// and the tree severity → summary → frames; clicking a frame (or a summary: its first frame)
// asks for that packet to be selected.

#include "shell/ThemeKind.h"

#include <expert/ExpertInfo.h>

#include <QWidget>

#include <memory>

class QLabel;
class QTreeView;

namespace tcplens::ui {

class ExpertModel;

class ExpertPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExpertPanel(QWidget* parent = nullptr);

    /// Shows `info`; null with `working` says the items are still being collected.
    void setInfo(std::shared_ptr<const ExpertInfo> info, bool working = false);
    void setTheme(ThemeKind theme);
    [[nodiscard]] ExpertModel* model() const noexcept { return model_; }
    [[nodiscard]] QTreeView* view() const noexcept { return view_; }
    [[nodiscard]] QString summaryText() const;

signals:
    /// A frame (1-based) was picked in the tree.
    void frameActivated(quint32 frame);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void activate(const QModelIndex& index);

    ExpertModel* model_;
    QTreeView* view_;
    QLabel* summary_;
    bool working_ = false;
};

} // namespace tcplens::ui
