#pragma once
// The "Conversations" sidebar: a find field over the conversation table, sortable, narrow
// enough for a sidebar (stream, endpoints, state, retransmissions); the wider columns are a
// right-click on the header away. Choosing a row tells the window to follow that conversation.

#include <QWidget>

#include <cstdint>
#include <vector>

class QLineEdit;
class QTableView;

namespace tcplens::ui {

class ConversationFilterModel;
class ConversationModel;

class ConversationsPanel : public QWidget {
    Q_OBJECT
public:
    ConversationsPanel(ConversationModel* model, ConversationFilterModel* proxy, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* view() const noexcept { return view_; }
    /// The streams listed, in the table's order (after the filter and the find field).
    [[nodiscard]] std::vector<std::uint32_t> shownStreams() const;
    /// Fits the visible columns to their content (after a load, or a zoom).
    void fitColumns();
    void clearSelection();
    /// Selects conversation `stream`'s row (-1: none) without choosing it: the sidebar shows which
    /// conversation the flow graph draws, and conversationChosen() stays the user's.
    void showStream(qint64 stream);
    /// The width the visible columns want, with the frame and a scroll bar.
    [[nodiscard]] int preferredWidth() const;
    [[nodiscard]] QSize sizeHint() const override { return {preferredWidth(), QWidget::sizeHint().height()}; }

signals:
    /// The user chose conversation `stream` in the table.
    void conversationChosen(std::uint32_t stream);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showColumnMenu(const QPoint& pos);
    /// An endpoint column as wide as "10.0.0.1:00000", so an empty table keeps the sidebar's width.
    [[nodiscard]] int typicalEndpointWidth() const;
    [[nodiscard]] static bool isEndpoint(int column);
    void retranslate();
    void selectShownStream();
    /// Narrows the endpoint columns (elided in the middle) so every column fits the width.
    void fitToWidth();

    ConversationFilterModel* proxy_;
    QLineEdit* find_;
    QTableView* view_;
    qint64 shown_ = -1;     // the flow graph's conversation
    bool showing_ = false;  // selecting shown_: not the user's choice
    std::vector<int> wanted_; // each column's width for its content, by fitColumns()
};

} // namespace tcplens::ui
