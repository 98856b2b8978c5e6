#pragma once
// Opening a capture by dropping its file on the main window: accepts a drag that carries a local
// file and says which file was dropped.

#include <QObject>
#include <QString>

class QMimeData;
class QWidget;

namespace tcplens::ui {

class CaptureDropTarget : public QObject {
    Q_OBJECT
public:
    /// Makes `window` accept drops and watches them.
    explicit CaptureDropTarget(QWidget& window);

signals:
    void fileDropped(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The first local file the drag carries, or empty.
    [[nodiscard]] static QString localFileOf(const QMimeData* mime);
};

} // namespace tcplens::ui
