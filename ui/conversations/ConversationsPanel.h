#pragma once
// The "Conversations" sidebar: a find field over the conversation table, sortable, narrow
// enough for a sidebar (stream, endpoints, state, retransmissions, expert findings); where the
// endpoints do not fit whole it turns compact: "#", the state with its findings beside it, and
// "client ⇄ server" in the rest. The wider columns are a right-click on the header away. Choosing a row
// tells the window to follow that conversation.

#include <QWidget>

#include <cstdint>
#include <utility>
#include <vector>

class QAbstractItemDelegate;
class QLineEdit;
class QTableView;

namespace tcplens::ui {

class ConversationFilterModel;
class ConversationModel;
class StateProblemsDelegate;

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
    /// The width the wide set of columns wants (or the user's), with the frame and a scroll bar.
    [[nodiscard]] int preferredWidth() const;
    /// The narrowest sidebar whose compact set shows "#", the state and a pair of ports whole
    /// ("54762⇄5020"), with the frame and a scroll bar.
    [[nodiscard]] int compactLeastWidth() const;
    /// Compact: "#", state with findings, "client ⇄ server" (the endpoints did not fit whole).
    [[nodiscard]] bool isCompact() const noexcept { return compact_; }
    /// The width column `column` needs for its header and its cells, as the panel now shows it.
    [[nodiscard]] int neededWidth(int column) const;
    [[nodiscard]] QSize sizeHint() const override { return {preferredWidth(), QWidget::sizeHint().height()}; }

signals:
    /// The user chose conversation `stream` in the table.
    void conversationChosen(std::uint32_t stream);
    /// preferredWidth() or compactLeastWidth() changed (the columns were fitted to new content).
    void wantedWidthChanged();

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
    /// Chooses the wide or the compact set for the width and sizes its columns to fit it.
    void fitToWidth();
    void showSet(bool compact);
    /// Widest cell of `column` drawn by `delegate`, over the first rows and the last stream.
    [[nodiscard]] int cellsWidth(int column, const QAbstractItemDelegate* delegate) const;
    /// The header's width for `text` in `column` (room for the sort arrow only where it is drawn).
    [[nodiscard]] int headerWidth(int column, const QString& text) const;

    std::pair<int, int> wantedWidths_{-1, -1}; // preferredWidth() and compactLeastWidth() last told
    ConversationFilterModel* proxy_;
    QLineEdit* find_;
    QTableView* view_;
    qint64 shown_ = -1;     // the flow graph's conversation
    bool showing_ = false;  // selecting shown_: not the user's choice
    StateProblemsDelegate* stateProblems_;
    std::vector<int> wanted_;        // each column's cells (wide set), by fitColumns()
    std::vector<int> wantedCompact_; // the same, compact
    bool compact_ = false;
    bool userColumns_ = false; // the user chose the columns: no set is chosen for them
};

} // namespace tcplens::ui
