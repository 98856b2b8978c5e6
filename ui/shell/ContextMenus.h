#pragma once
// The right-click menus of the packet list, the conversation list, the detail tree and the flow
// graph, as a Wireshark user's hands expect them: Apply/Prepare as Filter (the thing under the
// mouse as a tcpdump expression), Follow Conversation, Copy, Mark, Show in Charts, Export.

#include <QObject>
#include <QPointer>

#include <cstdint>
#include <functional>
#include <optional>

class QWidget;
class QMenu;
class QPoint;
class QTableView;

namespace tcplens::ui {

class MainWindow;
class PacketMarks;
struct FilterChoice;

class ContextMenus : public QObject {
    Q_OBJECT
public:
    /// Adds the menus to `window`'s views; `conversations` is its conversation list.
    ContextMenus(MainWindow& window, QTableView* conversations, PacketMarks* marks = nullptr);

    /// The menu for a point of a view (viewport coordinates), built but not shown; the caller owns it.
    [[nodiscard]] QMenu* packetListMenu(const QPoint& pos);
    [[nodiscard]] QMenu* fieldTreeMenu(const QPoint& pos);
    [[nodiscard]] QMenu* conversationMenu(const QPoint& pos);
    [[nodiscard]] QMenu* flowGraphMenu(const QPoint& pos);
    /// The menu shown last (null once it closed).
    [[nodiscard]] QMenu* shownMenu() const { return shown_; }

private:
    struct Copies {
        QString value;
        QString line;
        QByteArray bytes;
        bool hasBytes = false;
    };
    QMenu* build(const FilterChoice& filter, std::optional<std::uint32_t> stream, int packetRow, const Copies& copies);
    void show(QMenu* menu, QWidget* viewport, const QPoint& pos);
    void showCharts(std::uint32_t stream);
    void exportConversation(std::uint32_t stream);

    MainWindow& window_;
    QTableView* conversations_;
    PacketMarks* marks_;
    QPointer<QMenu> shown_;
};

} // namespace tcplens::ui
