#pragma once
// The Lab menu: Lab › Record a Scenario… opens the LabDialog, which records a TCP scenario
// between tcplens's own sockets, has the window open it and offers to present it. The menu also
// gives the presentation the scenario's explanation for its first slide when the file on screen
// was recorded by the lab (LabIntroduction).

#include <lab/LabRecorder.h>

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace tcplens::ui {

class LabDialog;
class LabIntroduction;
class MainWindow;

class LabMenu : public QObject {
    Q_OBJECT
public:
    /// Adds the menu to `window`'s menu bar (before Help: create it before HelpMenu).
    explicit LabMenu(MainWindow& window);

    /// Opens (or raises) the dialog; recordings use `options` (tests name the helper).
    LabDialog* openDialog();
    void setRecorderOptions(LabRecorderOptions options) { options_ = std::move(options); }
    [[nodiscard]] LabDialog* dialog() const noexcept;
    [[nodiscard]] LabIntroduction* introduction() const noexcept { return introduction_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    MainWindow& window_;
    QMenu* menu_;
    QAction* record_;
    LabIntroduction* introduction_;
    LabRecorderOptions options_;
    QPointer<LabDialog> dialog_;
};

} // namespace tcplens::ui
