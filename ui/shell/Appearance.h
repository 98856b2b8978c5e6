#pragma once
// How the window looks, as the View menu sets it: the theme of the application and of every
// panel's colours, the interface language (switched live), the zoom of every font, and the packet
// list's colouring rules. MainWindow owns one; its panels must exist when it is made.

#include "ThemeKind.h"

#include <QObject>
#include <QString>

namespace tcplens::ui {

class ColouringRulesDialog;
class MainWindow;
class PacketColouring;

class Appearance : public QObject {
    Q_OBJECT
public:
    explicit Appearance(MainWindow& window);

    /// Applies a theme to the application and the panels' colours; `remember` saves it for next time.
    void setTheme(ThemeKind theme, bool remember = true);
    [[nodiscard]] ThemeKind theme() const noexcept { return theme_; }
    /// Installs the interface language `code` ("en", "zh_CN") at once, in every panel, and remembers it.
    void setLanguage(const QString& code);
    /// Scales every font by `factor`; 0 goes back to the normal size.
    void zoom(double factor);
    /// The packet list's colouring rules and View › Colorize Packet List.
    [[nodiscard]] PacketColouring* colouring() const noexcept { return colouring_; }
    /// View › Coloring Rules…: opens the dialog (window-modal, not blocking); OK applies and saves.
    ColouringRulesDialog* openColouringRules();

private:
    MainWindow& window_;
    ThemeKind theme_ = ThemeKind::Light;
    PacketColouring* colouring_;
};

} // namespace tcplens::ui
