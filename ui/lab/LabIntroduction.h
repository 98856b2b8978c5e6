#pragma once
// Remembers which lab scenario recorded the file the window opened (the comment LabFileMark
// writes in its section header) and gives the presentation that scenario's title and explanation,
// in the interface language, for its first slide.

#include "presentation/PresentationIntroPane.h"

#include <QObject>
#include <QString>

namespace tcplens { struct LabScenario; }

namespace tcplens::ui {

class MainWindow;
struct LoadResult;

class LabIntroduction : public QObject {
    Q_OBJECT
public:
    /// Follows `window`'s loads and installs itself as its presentation's first slide.
    explicit LabIntroduction(MainWindow& window);

    /// The scenario that recorded the file on screen, or null.
    [[nodiscard]] const LabScenario* scenario() const;
    /// The first slide for the file on screen: empty unless the lab recorded it.
    [[nodiscard]] PresentationIntroduction introduction() const;

private:
    void onLoaded(const LoadResult& result);

    MainWindow& window_;
    QString path_;                           // the file scenario_ was read from
    const LabScenario* scenario_ = nullptr;
};

} // namespace tcplens::ui
