#pragma once
// Enters and leaves presentation mode for a window: opens a PresentationWindow full screen on the
// window's screen with the high-contrast theme, and on leaving closes it and puts the theme back.
// The main window stays behind it; its docks and geometry, which the theme's metrics can nudge,
// are put back as they were.

#include "PresentationIntroPane.h"
#include "shell/ThemeKind.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSize>

#include <cstdint>
#include <functional>
#include <optional>

class QWidget;

namespace tcplens::ui {

class PacketListModel;
class PresentationWindow;

class PresentationController : public QObject {
    Q_OBJECT
public:
    /// The host's theme, read on entering and set again on leaving.
    struct ThemeHooks {
        std::function<ThemeKind()> current;
        std::function<void(ThemeKind)> apply;
    };

    /// Presents conversations of `packets` over `host` (both must outlive the controller).
    PresentationController(const PacketListModel& packets, QWidget* host, ThemeHooks theme);
    ~PresentationController() override;

    /// Starts presenting `stream` full screen (or in a window of `size`, for screenshots);
    /// false, changing nothing, when the capture has no such conversation.
    bool start(std::uint32_t stream, std::optional<QSize> size = std::nullopt);
    /// Leaves: closes the presentation and restores the theme. Nothing happens when not presenting.
    void stop();
    [[nodiscard]] bool isActive() const noexcept;
    [[nodiscard]] PresentationWindow* window() const noexcept;
    /// What every presentation's first slide says before any packet (see PresentationIntroPane).
    void setIntroduction(PresentationIntroductionSource source) { introduction_ = std::move(source); }

signals:
    void started();
    void stopped();

private:
    const PacketListModel& packets_;
    QWidget* host_;
    ThemeHooks theme_;
    PresentationIntroductionSource introduction_;
    QPointer<PresentationWindow> window_;
    ThemeKind themeBefore_ = ThemeKind::Light;
    QByteArray hostState_;    // a QMainWindow host's docks and toolbars, as saveState() gives them
    QByteArray hostGeometry_;
};

} // namespace tcplens::ui
