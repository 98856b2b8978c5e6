// Every theme keeps text readable (WCAG contrast ratios), and its names read back.
#include <packets/PacketRowStyle.h>
#include <shell/Theme.h>

#include <QApplication>
#include <QCheckBox>
#include <QProxyStyle>
#include <QStyleOptionButton>
#include <QStyle>
#include <QtTest>

#include <cmath>

using namespace tcplens;
using namespace tcplens::ui;

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double requiredRatio(ThemeKind kind)
{
    return kind == ThemeKind::HighContrast ? 7.0 : 4.5;
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT

private slots:
    void themeKinds_data()
    {
        QTest::addColumn<ThemeKind>("kind");
        for (auto kind : kAllThemes)
            QTest::newRow(qPrintable(themeName(kind))) << kind;
    }

    void textOnBaseMeetsTheThemesContrast_data() { themeKinds_data(); }
    void textOnBaseMeetsTheThemesContrast()
    {
        QFETCH(ThemeKind, kind);
        const QPalette p = paletteFor(kind);
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::Text, QPalette::Base},           {QPalette::Text, QPalette::AlternateBase},
            {QPalette::WindowText, QPalette::Window},   {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::Link, QPalette::Base},
        };
        for (const auto& [fg, bg] : pairs) {
            const double ratio = contrast(p.color(QPalette::Active, fg), p.color(QPalette::Active, bg));
            QVERIFY2(ratio >= requiredRatio(kind),
                     qPrintable(QStringLiteral("roles %1 on %2: %3:1").arg(int(fg)).arg(int(bg)).arg(ratio, 0, 'f', 2)));
        }
    }

    void darkThemeIsDarkAndLightThemeIsLight()
    {
        QVERIFY(luminance(paletteFor(ThemeKind::Dark).color(QPalette::Base)) < 0.05);
        QVERIFY(luminance(paletteFor(ThemeKind::Light).color(QPalette::Base)) > 0.9);
        const QPalette contrastPalette = paletteFor(ThemeKind::HighContrast);
        QCOMPARE(contrastPalette.color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(contrastPalette.color(QPalette::Text), QColor(Qt::white));
        QCOMPARE(contrastPalette.color(QPalette::Highlight), QColor(Qt::yellow));
    }

    void disabledTextIsDimmerThanText()
    {
        for (auto kind : kAllThemes) {
            const QPalette p = paletteFor(kind);
            const QColor base = p.color(QPalette::Base);
            QVERIFY(contrast(p.color(QPalette::Disabled, QPalette::Text), base)
                    < contrast(p.color(QPalette::Active, QPalette::Text), base));
        }
    }

    void namesReadBack_data() { themeKinds_data(); }
    void namesReadBack()
    {
        QFETCH(ThemeKind, kind);
        QCOMPARE(parseTheme(themeName(kind)), std::optional(kind));
        QCOMPARE(parseTheme(themeName(kind).toUpper()), std::optional(kind));
        QVERIFY(!themeDisplayName(kind).isEmpty());
    }

    void commandLineNamesAreLightDarkContrast()
    {
        QCOMPARE(parseTheme(u"light"), std::optional(ThemeKind::Light));
        QCOMPARE(parseTheme(u"dark"), std::optional(ThemeKind::Dark));
        QCOMPARE(parseTheme(u"contrast"), std::optional(ThemeKind::HighContrast));
        QCOMPARE(parseTheme(u"solarized"), std::nullopt);
        QCOMPARE(parseTheme(u""), std::nullopt);
    }

    void everyColouredRowIsReadable_data() { themeKinds_data(); }
    void everyColouredRowIsReadable()
    {
        QFETCH(ThemeKind, kind);
        auto rules = defaultColouringRules();
        // A user's own choices too: yellow on white, two greys, mid blue on mid red.
        rules.push_back({"pale", "tcp", RuleColour::fromRgb8(255, 255, 0), RuleColour::fromRgb8(255, 255, 255), true});
        rules.push_back({"greys", "tcp", RuleColour::fromRgb8(120, 120, 120), RuleColour::fromRgb8(140, 140, 140), true});
        rules.push_back({"mid", "tcp", RuleColour::fromRgb8(0, 0, 200), RuleColour::fromRgb8(200, 0, 0), true});
        for (const auto& rule : rules) {
            const auto colours = rowColoursFor(kind, rule);
            const double ratio = contrast(colours.foreground, colours.background);
            QVERIFY2(ratio >= requiredRatio(kind),
                     qPrintable(QStringLiteral("%1: %2:1").arg(QString::fromStdString(rule.name)).arg(ratio, 0, 'f', 2)));
        }
        const auto marked = markedRowColours(kind);
        QVERIFY(contrast(marked.foreground, marked.background) >= requiredRatio(kind));
    }

    void defaultRulesStayApartAndOffTheList_data() { themeKinds_data(); }
    void defaultRulesStayApartAndOffTheList()
    {
        QFETCH(ThemeKind, kind);
        // Each default rule looks different from the others, from a plain row and from the selection.
        QSet<QPair<QRgb, QRgb>> looks{{paletteFor(kind).color(QPalette::Base).rgb(), paletteFor(kind).color(QPalette::Text).rgb()},
                                      {paletteFor(kind).color(QPalette::Highlight).rgb(),
                                       paletteFor(kind).color(QPalette::HighlightedText).rgb()}};
        const auto rules = defaultColouringRules();
        for (const auto& rule : rules) {
            const auto colours = rowColoursFor(kind, rule);
            looks.insert({colours.background.rgb(), colours.foreground.rgb()});
        }
        // Checksum Errors wears Bad TCP's colours in Wireshark too.
        QCOMPARE(looks.size(), qsizetype(rules.size()) + 2 - 1);
        if (kind == ThemeKind::Dark) // pale rows turn dark: nothing glares on the dark list
            for (const auto& rule : rules)
                QVERIFY2(rowColoursFor(kind, rule).background.lightnessF() < 0.45, rule.name.c_str());
        if (kind == ThemeKind::Light) // Wireshark's own colours
            QCOMPARE(rowColoursFor(kind, rules.front()).background, QColor::fromRgba64(4626, 10023, 11822).toRgb());
    }

    void applyThemeSetsFusionAndPalette()
    {
        auto& app = *qApp;
        applyTheme(app, ThemeKind::Dark);
        const auto* proxy = qobject_cast<QProxyStyle*>(QApplication::style());
        QVERIFY(proxy != nullptr);
        QCOMPARE(proxy->baseStyle()->name(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::palette().color(QPalette::Base), paletteFor(ThemeKind::Dark).color(QPalette::Base));
        QVERIFY(app.styleSheet().isEmpty());
        applyTheme(app, ThemeKind::HighContrast);
        QVERIFY(app.styleSheet().contains(QStringLiteral(":focus")));
        applyTheme(app, ThemeKind::Light);
        QVERIFY(app.styleSheet().isEmpty());
        QCOMPARE(QApplication::palette().color(QPalette::Text), paletteFor(ThemeKind::Light).color(QPalette::Text));
    }

    // The Stevens-style box of the time-sequence chart was a dark square on the dark theme's grey.
    void checkIndicatorStandsOutFromItsWindow_data() { themeKinds_data(); }
    void checkIndicatorStandsOutFromItsWindow()
    {
        QFETCH(ThemeKind, kind);
        applyTheme(*qApp, kind);
        const QColor window = paletteFor(kind).color(QPalette::Window);
        for (const bool checked : {false, true}) {
            QCheckBox box(QStringLiteral("Stevens style"));
            box.setChecked(checked);
            box.ensurePolished();
            box.resize(box.sizeHint());
            const QImage image = box.grab().toImage();
            QStyleOptionButton option;
            option.initFrom(&box);
            const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
            QVERIFY(image.rect().contains(indicator) && indicator.width() > 4);
            // Its outermost ring of pixels (WCAG 1.4.11: 3:1 for a control's boundary), corners aside.
            int ring = 0;
            int standOut = 0;
            const auto look = [&](int x, int y) {
                ++ring;
                standOut += contrast(image.pixelColor(x, y), window) >= 3.0 ? 1 : 0;
            };
            for (int x = indicator.left() + 1; x < indicator.right(); ++x) {
                look(x, indicator.top());
                look(x, indicator.bottom());
            }
            for (int y = indicator.top() + 1; y < indicator.bottom(); ++y) {
                look(indicator.left(), y);
                look(indicator.right(), y);
            }
            QVERIFY2(standOut * 10 >= ring * 9, qPrintable(QStringLiteral("%1 of %2 outline pixels stand out (%3)")
                                                               .arg(standOut).arg(ring).arg(checked ? "checked" : "unchecked")));
        }
        applyTheme(*qApp, ThemeKind::Light);
    }

    void fontScalesFromTheFirstSizeAndIsClamped()
    {
        auto& app = *qApp;
        QFont start = QApplication::font();
        start.setPointSizeF(10);
        QApplication::setFont(start);
        QCOMPARE(applicationFontScale(app), 1.0);

        scaleApplicationFont(app, 2.0);
        QCOMPARE(QApplication::font().pointSizeF(), 20.0);
        scaleApplicationFont(app, 1.5); // relative to the base, not to the current size
        QCOMPARE(QApplication::font().pointSizeF(), 15.0);
        scaleApplicationFont(app, 10.0);
        QCOMPARE(applicationFontScale(app), kMaxFontScale);
        QCOMPARE(QApplication::font().pointSizeF(), 30.0);
        scaleApplicationFont(app, 0.1);
        QCOMPARE(applicationFontScale(app), kMinFontScale);
        QCOMPARE(QApplication::font().pointSizeF(), 7.5);
        scaleApplicationFont(app, std::nan(""));
        QCOMPARE(QApplication::font().pointSizeF(), 10.0);
    }
};

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
