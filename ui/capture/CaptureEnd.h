#pragma once
// How a live capture ended, as the GUI thread learns it.

#include <capture/LiveCapture.h>

#include <QMetaType>
#include <QString>

namespace tcplens::ui {

struct CaptureEnd {
    bool started = false;          ///< False: it never ran (message says why; nothing was replaced).
    bool permissionDenied = false; ///< The message then names the setcap fix.
    QString message;               ///< Why it failed or stopped by itself; empty after a plain Stop.
    LiveCaptureStats stats;
    QString path;                  ///< The pcapng it wrote.
};

} // namespace tcplens::ui

Q_DECLARE_METATYPE(tcplens::LiveCaptureStats)
Q_DECLARE_METATYPE(tcplens::ui::CaptureEnd)
