#pragma once
// The Edit and Go menus: find a packet (Ctrl+F), go to a packet by number (Ctrl+G), to the next/previous packet of the
// selected packet's conversation (Ctrl+. / Ctrl+,), mark packets (Ctrl+M) and jump between marks
// (Ctrl+Shift+N / Ctrl+Shift+B), with Wireshark's keys; also the right-click menus.

#include <QObject>

class QAction;
class QMenu;
class QTableView;

namespace tcplens::ui {

class ContextMenus;
class FindBar;
class GoToPacketBar;
class MainWindow;
class PacketMarks;

class PacketNavigation : public QObject {
    Q_OBJECT
public:
    /// Adds the Edit menu after File and the Go menu after View to `window`'s menu bar.
    PacketNavigation(MainWindow& window, QTableView* conversations);

    [[nodiscard]] PacketMarks* marks() const noexcept { return marks_; }
    [[nodiscard]] GoToPacketBar* goToBar() const noexcept { return goTo_; }
    [[nodiscard]] ContextMenus* contextMenus() const noexcept { return menus_; }
    [[nodiscard]] FindBar* findBar() const noexcept { return find_; }
    /// The Go menu, for actions other features add (Next Problem).
    [[nodiscard]] QMenu* goMenu() const noexcept { return go_; }
    /// Selects the next (or previous) shown packet matching the find bar's query, wrapping around.
    bool find(bool forward);

    /// Selects packet `number` (1-based); false when there is none or the filter hides it.
    bool goToPacket(qulonglong number);
    /// Selects the next (or previous) shown packet of the selected packet's conversation.
    bool stepInConversation(bool forward);
    void toggleMark();
    /// Selects the next (or previous) shown marked packet, wrapping around.
    bool stepToMark(bool forward);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    [[nodiscard]] bool isShown(int row) const;
    void selectRow(int row);

    MainWindow& window_;
    PacketMarks* marks_;
    GoToPacketBar* goTo_;
    FindBar* find_;
    ContextMenus* menus_;
    QMenu* edit_;
    QMenu* go_;
    QAction* findAction_;
    QAction* findNext_;
    QAction* findPrevious_;
    QAction* mark_;
    QAction* nextMark_;
    QAction* previousMark_;
    QAction* goToAction_;
    QAction* nextInConversation_;
    QAction* previousInConversation_;
};

} // namespace tcplens::ui
