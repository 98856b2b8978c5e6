#pragma once
// Packets read by the loader or capture thread since its last report, handed to the GUI thread
// by value: the core's CaptureBatch as a Qt metatype.

#include <capture/CaptureBatch.h>

#include <QMetaType>

#include <utility>

namespace tcplens::ui {

struct PacketBatch : CaptureBatch {
    PacketBatch() = default;
    PacketBatch(CaptureBatch&& batch) : CaptureBatch(std::move(batch)) {} // NOLINT: implicit on purpose
};

} // namespace tcplens::ui

Q_DECLARE_METATYPE(tcplens::ui::PacketBatch)
