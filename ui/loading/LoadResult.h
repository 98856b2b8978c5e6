#pragma once
// How loading a capture file ended.

#include <series/StreamLimits.h>

#include <QMetaType>
#include <QString>

#include <memory>
#include <vector>

namespace tcplens::ui {

enum class LoadStatus {
    Complete,   ///< Every packet was read.
    Incomplete, ///< A read error (file cut short, damaged record); the packets before it were kept.
    Cancelled,  ///< The user stopped it; the packets read so far were kept.
    Failed,     ///< The file could not be opened as a capture at all; nothing was replaced.
};

struct LoadResult {
    LoadStatus status = LoadStatus::Complete;
    QString path;
    QString message; ///< The reader's own words for Incomplete and Failed, e.g. "file cut short: ...".
    quint64 packets = 0;
    /// Each stream's limiting factors from the load's pass (null when the file did not open).
    std::shared_ptr<const std::vector<StreamLimitSummary>> limits;
};

} // namespace tcplens::ui

Q_DECLARE_METATYPE(tcplens::ui::LoadResult)
