#pragma once
// Shared by the UI tests that drive the whole window: a MainWindow at a screen's size with its
// default layout, a capture opened in it and loaded. Apart from UiTestSupport.h so the tests that
// never build a window do not compile MainWindow.h.

#include <shell/MainWindow.h>
#include <shell/ThemeKind.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include <optional>

namespace tcplens::ui::test {

/// Makes `window` a MainWindow of `size` in `theme` (the window's own when none), laid out the
/// default way and shown, then opens `path` and waits for loadFinished; an error box fails the test.
inline void openInWindow(std::unique_ptr<MainWindow>& window, const QString& path, QSize size,
                         std::optional<ThemeKind> theme = std::nullopt)
{
    window = std::make_unique<MainWindow>();
    if (theme)
        window->setTheme(*theme, false);
    window->setErrorReporter([](const QString& title, const QString& message) {
        QFAIL(qPrintable(title + QStringLiteral(": ") + message));
    });
    window->resize(size);
    window->resetLayout();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy finished(window.get(), &MainWindow::loadFinished);
    window->openCapture(path);
    QVERIFY(finished.wait(10'000));
    QCoreApplication::processEvents(); // the docks settle at the window's size
}

} // namespace tcplens::ui::test
