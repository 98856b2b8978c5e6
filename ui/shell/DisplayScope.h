#pragma once
// Which packets the panels show: the filter bar's expression (display filter or BPF), the
// conversation followed (its chip in the filter bar), and the status bar's permanent
// "Displayed N of M". MainWindow owns one; its panels must exist when it is made.

#include <QObject>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QString;

namespace tcplens::ui {

class MainWindow;

class DisplayScope : public QObject {
    Q_OBJECT
public:
    explicit DisplayScope(MainWindow& window);

    /// Shows only conversation `stream` in the packet list and the graph (nullopt: every packet).
    void followStream(std::optional<std::uint32_t> stream);
    /// Analyze › Follow This Conversation: the selected packet's.
    void followCurrentConversation();
    /// The status bar's "Displayed N of M" from the packet list as it is now.
    void updateDisplayedCount();

private:
    void applyFilter(std::shared_ptr<const std::vector<bool>> mask, const QString& expression);

    MainWindow& window_;
};

} // namespace tcplens::ui
