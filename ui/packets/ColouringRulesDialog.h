#pragma once
// View › Coloring Rules…: the ordered rules with enable boxes, a name, a display filter checked
// as it is typed, text and background colours; new, delete, move, reset to Wireshark's defaults,
// import and export of Wireshark's colorfilters files. OK stays off while an enabled rule's filter
// does not compile.

#include "shell/ThemeKind.h"

#include <filter/ColouringRule.h>

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tcplens::ui {

class ColouringRulesDialog : public QDialog {
    Q_OBJECT
public:
    ColouringRulesDialog(std::vector<ColouringRule> rules, ThemeKind theme, QWidget* parent = nullptr);

    [[nodiscard]] const std::vector<ColouringRule>& rules() const noexcept { return rules_; }
    /// Reads a Wireshark colorfilters file in place of the rules; rules whose filters tcplens
    /// cannot read arrive disabled. Returns the summary shown to the user.
    QString importFile(const QString& path);
    /// Writes the rules as a Wireshark colorfilters file; false (and a message) on failure.
    bool exportFile(const QString& path, QString* error = nullptr) const;

private:
    void rebuildList(int select);
    void refreshRow(int row);
    void showRule(int row);
    void validate();
    [[nodiscard]] int currentRow() const;
    void chooseColour(bool foreground);
    void addRule();
    void removeRule();
    void moveRule(int by);

    std::vector<ColouringRule> rules_;
    ThemeKind theme_;
    bool updating_ = false;
    bool showingBroken_ = false; // the status line lists the rules that keep OK off
    QTreeWidget* list_;
    QLineEdit* name_;
    QLineEdit* filter_;
    QLabel* filterError_;
    QPushButton* foreground_;
    QPushButton* background_;
    QPushButton* delete_;
    QPushButton* up_;
    QPushButton* down_;
    QLabel* status_;
    QDialogButtonBox* buttons_;
};

} // namespace tcplens::ui
