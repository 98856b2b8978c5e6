#include "Theme.h"
#include "ThemeStyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tcplens::ui {
namespace {

constexpr const char* kBaseFontProperty = "tcplensBaseFont";
constexpr const char* kFontScaleProperty = "tcplensFontScale";

struct Colours {
    QColor window, windowText, base, alternateBase, text, button, buttonText;
    QColor light, midlight, mid, dark, shadow;
    QColor highlight, highlightedText, link, linkVisited, brightText;
    QColor toolTipBase, toolTipText, placeholder;
    QColor disabledText, disabledButton, disabledHighlight;
};

QPalette paletteOf(const Colours& c)
{
    QPalette p(c.button, c.window);
    const auto setAll = [&p](QPalette::ColorRole role, const QColor& colour) { p.setColor(role, colour); };
    setAll(QPalette::Window, c.window);
    setAll(QPalette::WindowText, c.windowText);
    setAll(QPalette::Base, c.base);
    setAll(QPalette::AlternateBase, c.alternateBase);
    setAll(QPalette::Text, c.text);
    setAll(QPalette::Button, c.button);
    setAll(QPalette::ButtonText, c.buttonText);
    setAll(QPalette::Light, c.light);
    setAll(QPalette::Midlight, c.midlight);
    setAll(QPalette::Mid, c.mid);
    setAll(QPalette::Dark, c.dark);
    setAll(QPalette::Shadow, c.shadow);
    setAll(QPalette::Highlight, c.highlight);
    setAll(QPalette::HighlightedText, c.highlightedText);
    setAll(QPalette::Link, c.link);
    setAll(QPalette::LinkVisited, c.linkVisited);
    setAll(QPalette::BrightText, c.brightText);
    setAll(QPalette::ToolTipBase, c.toolTipBase);
    setAll(QPalette::ToolTipText, c.toolTipText);
    setAll(QPalette::PlaceholderText, c.placeholder);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Button, c.disabledButton);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    return p;
}

Colours lightColours()
{
    // Qt's Fusion light palette, with a deeper highlight so white selected text stays readable.
    return {.window = QColor(0xef, 0xef, 0xef), .windowText = QColor(0x1c, 0x1c, 0x1c), .base = Qt::white,
            .alternateBase = QColor(0xf5, 0xf5, 0xf5), .text = QColor(0x1c, 0x1c, 0x1c),
            .button = QColor(0xef, 0xef, 0xef), .buttonText = QColor(0x1c, 0x1c, 0x1c),
            .light = Qt::white, .midlight = QColor(0xe3, 0xe3, 0xe3), .mid = QColor(0xb8, 0xb8, 0xb8),
            .dark = QColor(0x9f, 0x9f, 0x9f), .shadow = QColor(0x76, 0x76, 0x76),
            .highlight = QColor(0x2f, 0x65, 0xca), .highlightedText = Qt::white, .link = QColor(0x0b, 0x57, 0xd0),
            .linkVisited = QColor(0x7b, 0x1f, 0xa2), .brightText = Qt::white,
            .toolTipBase = QColor(0xff, 0xff, 0xdc), .toolTipText = Qt::black, .placeholder = QColor(0x6e, 0x6e, 0x6e),
            .disabledText = QColor(0x8c, 0x8c, 0x8c), .disabledButton = QColor(0xe6, 0xe6, 0xe6),
            .disabledHighlight = QColor(0x91, 0x91, 0x91)};
}

Colours darkColours()
{
    // The usual Fusion dark palette (#353535 windows, #2a2a2a views), highlight darkened for contrast.
    return {.window = QColor(0x35, 0x35, 0x35), .windowText = Qt::white, .base = QColor(0x2a, 0x2a, 0x2a),
            .alternateBase = QColor(0x42, 0x42, 0x42), .text = Qt::white,
            .button = QColor(0x35, 0x35, 0x35), .buttonText = Qt::white,
            .light = QColor(0x5a, 0x5a, 0x5a), .midlight = QColor(0x46, 0x46, 0x46), .mid = QColor(0x2d, 0x2d, 0x2d),
            .dark = QColor(0x23, 0x23, 0x23), .shadow = QColor(0x14, 0x14, 0x14),
            .highlight = QColor(0x2d, 0x6d, 0xb5), .highlightedText = Qt::white, .link = QColor(0x4a, 0xa3, 0xff),
            .linkVisited = QColor(0xc0, 0x8c, 0xff), .brightText = QColor(0xff, 0x5c, 0x5c),
            .toolTipBase = QColor(0x20, 0x20, 0x20), .toolTipText = Qt::white, .placeholder = QColor(0x9a, 0x9a, 0x9a),
            .disabledText = QColor(0x8a, 0x8a, 0x8a), .disabledButton = QColor(0x30, 0x30, 0x30),
            .disabledHighlight = QColor(0x50, 0x50, 0x50)};
}

Colours highContrastColours()
{
    // White on black, yellow selection with black text; frame roles white so Fusion's bevels show.
    return {.window = Qt::black, .windowText = Qt::white, .base = Qt::black, .alternateBase = QColor(0x1a, 0x1a, 0x1a),
            .text = Qt::white, .button = Qt::black, .buttonText = Qt::white,
            .light = Qt::white, .midlight = Qt::white, .mid = QColor(0xc0, 0xc0, 0xc0), .dark = Qt::white,
            .shadow = Qt::white, .highlight = QColor(0xff, 0xff, 0x00), .highlightedText = Qt::black,
            .link = QColor(0x00, 0xff, 0xff), .linkVisited = QColor(0xff, 0x80, 0xff), .brightText = QColor(0xff, 0xff, 0x00),
            .toolTipBase = Qt::black, .toolTipText = Qt::white, .placeholder = QColor(0xc0, 0xc0, 0xc0),
            .disabledText = QColor(0xa0, 0xa0, 0xa0), .disabledButton = Qt::black,
            .disabledHighlight = QColor(0x60, 0x60, 0x60)};
}

// Fusion derives frames from the window colour, which vanish on black; draw them, and a thick
// yellow focus frame, with a constant box (border + padding) so focus does not shift layouts.
constexpr auto kHighContrastStyleSheet = R"(
QLineEdit, QAbstractSpinBox, QComboBox, QAbstractScrollArea { border: 1px solid #ffffff; padding: 2px; }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QAbstractScrollArea:focus { border: 3px solid #ffff00; padding: 0px; }
QHeaderView { border: none; padding: 0px; }
QCheckBox, QRadioButton { border: 3px solid transparent; }
QCheckBox:focus, QRadioButton:focus { border: 3px solid #ffff00; }
QCheckBox::indicator, QRadioButton::indicator { width: 13px; height: 13px; border: 2px solid #ffffff; background: #000000; }
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #a0a0a0; }
QScrollBar { background: #000000; border: 1px solid #ffffff; }
QScrollBar:horizontal { height: 16px; }
QScrollBar:vertical { width: 16px; }
QScrollBar::handle { background: #ffffff; border: 2px solid #000000; }
QScrollBar::handle:horizontal { min-width: 32px; }
QScrollBar::handle:vertical { min-height: 32px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
QPushButton { color: #ffffff; background: #000000; border: 1px solid #ffffff; padding: 5px 13px; }
QPushButton:focus { border: 3px solid #ffff00; padding: 3px 11px; }
QPushButton:pressed, QPushButton:checked { color: #000000; background: #ffff00; }
QPushButton:disabled { color: #a0a0a0; border-color: #a0a0a0; }
QMenuBar::item:selected, QMenu::item:selected { color: #000000; background: #ffff00; }
QMenu { border: 1px solid #ffffff; }
QToolTip { color: #ffffff; background: #000000; border: 1px solid #ffffff; }
)";

} // namespace

std::optional<ThemeKind> parseTheme(QStringView name)
{
    for (auto kind : kAllThemes) {
        if (name.compare(themeName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString themeName(ThemeKind kind)
{
    switch (kind) {
    case ThemeKind::Light: return QStringLiteral("light");
    case ThemeKind::Dark: return QStringLiteral("dark");
    case ThemeKind::HighContrast: return QStringLiteral("contrast");
    }
    return {};
}

QString themeDisplayName(ThemeKind kind)
{
    switch (kind) {
    case ThemeKind::Light: return QCoreApplication::translate("tcplens::ui::Theme", "Light");
    case ThemeKind::Dark: return QCoreApplication::translate("tcplens::ui::Theme", "Dark");
    case ThemeKind::HighContrast: return QCoreApplication::translate("tcplens::ui::Theme", "High contrast");
    }
    return {};
}

QPalette paletteFor(ThemeKind kind)
{
    switch (kind) {
    case ThemeKind::Light: return paletteOf(lightColours());
    case ThemeKind::Dark: return paletteOf(darkColours());
    case ThemeKind::HighContrast: return paletteOf(highContrastColours());
    }
    return {};
}

void applyTheme(QApplication& app, ThemeKind kind)
{
    if (dynamic_cast<ThemeStyle*>(QApplication::style()) == nullptr)
        QApplication::setStyle(new ThemeStyle); // the application owns it
    const QPalette palette = paletteFor(kind);
    QApplication::setPalette(palette);
    QToolTip::setPalette(palette);
    app.setStyleSheet(kind == ThemeKind::HighContrast ? QString::fromLatin1(kHighContrastStyleSheet) : QString());
}

void zoomApplicationFont(double factor, std::initializer_list<QWidget*> views)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app)
        return;
    scaleApplicationFont(*app, factor <= 0 ? 1.0 : applicationFontScale(*app) * factor);
    for (QWidget* view : views) {
        QFont font = view->font();
        font.setPointSizeF(QApplication::font().pointSizeF());
        view->setFont(font);
    }
}

void scaleApplicationFont(QApplication& app, double factor)
{
    if (!app.property(kBaseFontProperty).isValid())
        app.setProperty(kBaseFontProperty, QApplication::font());
    const auto base = app.property(kBaseFontProperty).value<QFont>();
    const double scale = std::clamp(std::isfinite(factor) ? factor : 1.0, kMinFontScale, kMaxFontScale);
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(std::round(base.pointSizeF() * scale * 2.0) / 2.0); // half-point steps
    else if (base.pixelSize() > 0)
        font.setPixelSize(static_cast<int>(std::lround(base.pixelSize() * scale)));
    app.setProperty(kFontScaleProperty, scale);
    QApplication::setFont(font);
}

double applicationFontScale(const QApplication& app)
{
    const QVariant scale = app.property(kFontScaleProperty);
    return scale.isValid() ? scale.toDouble() : 1.0;
}

} // namespace tcplens::ui
