#include "PresentationController.h"

#include "PresentationWindow.h"
#include "packets/PacketListModel.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QWidget>
#include <QWindow>

namespace tcplens::ui {

PresentationController::PresentationController(const PacketListModel& packets, QWidget* host, ThemeHooks theme)
    : QObject(host), packets_(packets), host_(host), theme_(std::move(theme))
{
}

PresentationController::~PresentationController()
{
    delete window_; // a top-level window of its own, not a child of the host
}

bool PresentationController::isActive() const noexcept
{
    return !window_.isNull();
}

PresentationWindow* PresentationController::window() const noexcept
{
    return window_.data();
}

bool PresentationController::start(std::uint32_t stream, std::optional<QSize> size)
{
    stop();
    auto* window = new PresentationWindow(packets_, stream);
    if (window->steps().packetCount() == 0) {
        delete window;
        return false;
    }
    window_ = window;
    if (introduction_)
        window->setIntroduction(introduction_);
    themeBefore_ = theme_.current ? theme_.current() : ThemeKind::Light;
    hostGeometry_ = host_ ? host_->saveGeometry() : QByteArray();
    if (auto* main = qobject_cast<QMainWindow*>(host_))
        hostState_ = main->saveState();
    if (theme_.apply)
        theme_.apply(ThemeKind::HighContrast);
    connect(window, &PresentationWindow::leaveRequested, this, &PresentationController::stop, Qt::QueuedConnection);
    if (size) {
        window->resize(*size);
        window->show();
    } else {
        if (host_ && host_->screen())
            window->setScreen(host_->screen());
        window->showFullScreen();
    }
    window->activateWindow();
    window->setFocus();
    emit started();
    return true;
}

void PresentationController::stop()
{
    if (!window_)
        return;
    PresentationWindow* window = window_;
    window_ = nullptr;
    window->disconnect(this);
    window->hide();
    window->deleteLater();
    if (theme_.apply)
        theme_.apply(themeBefore_);
    if (auto* main = qobject_cast<QMainWindow*>(host_)) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the theme's new metrics first
        main->restoreState(hostState_);
    }
    if (host_ && host_->saveGeometry() != hostGeometry_)
        host_->restoreGeometry(hostGeometry_);
    if (host_) {
        host_->activateWindow();
        host_->raise();
    }
    emit stopped();
}

} // namespace tcplens::ui
