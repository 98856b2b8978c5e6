#pragma once
// Help › User Guide and Help › Keyboard Shortcuts: the README's GUI part in the interface's
// language (resources/help/guide_<code>.md), and every shortcut of the window's menus.

#include <QDialog>

class QMenuBar;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace tcplens::ui {

class HelpDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { Guide, Shortcuts };

    /// Lists the shortcuts of `menus` (read when shown, so it follows the language).
    HelpDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    void showPage(Page page);
    [[nodiscard]] QTextBrowser* guide() const noexcept { return guide_; }
    [[nodiscard]] QTableWidget* shortcuts() const noexcept { return shortcuts_; }
    /// The guide's Markdown for a language code ("en", "zh_CN"); English when there is none.
    [[nodiscard]] static QString guideMarkdown(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillShortcuts();

    const QMenuBar* menus_;
    QTabWidget* tabs_;
    QTextBrowser* guide_;
    QTableWidget* shortcuts_;
};

} // namespace tcplens::ui
