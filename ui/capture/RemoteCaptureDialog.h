#pragma once
// File › Capture from Remote Host…: a host (with an optional user and ssh port), the remote
// interface and a capture filter, run over the system's ssh as `tcpdump -U -w -` there, with
// the ssh connection itself left out. Start is enabled only for values the command accepts;
// the choice is remembered.

#include <capture/RemoteCaptureCommand.h>

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tcplens::ui {

class RemoteCaptureDialog : public QDialog {
    Q_OBJECT
public:
    explicit RemoteCaptureDialog(QWidget* parent = nullptr);

    /// The choice; valid after accept().
    [[nodiscard]] RemoteCaptureRequest request() const;
    [[nodiscard]] QLineEdit* hostEdit() const noexcept { return host_; }
    [[nodiscard]] QLineEdit* interfaceEdit() const noexcept { return interface_; }
    [[nodiscard]] QLineEdit* filterEdit() const noexcept { return filter_; }
    [[nodiscard]] QLineEdit* sshOptionsEdit() const noexcept { return sshOptions_; }
    [[nodiscard]] QCheckBox* sudoBox() const noexcept { return sudo_; }
    [[nodiscard]] QPushButton* startButton() const noexcept { return start_; }
    [[nodiscard]] QLabel* message() const noexcept { return message_; }

    void accept() override;
    /// core's reason a request is refused, in the user's language (English: core's own words).
    [[nodiscard]] static QString problemText(const RemoteRequestProblem& problem);
    /// What a failed remote capture calls for, in the user's language (English: core's own words).
    [[nodiscard]] static QString adviceText(RemoteCaptureAdvice advice, const RemoteCaptureRequest& request);

private:
    void validate();
    [[nodiscard]] bool build(RemoteCaptureRequest& request, QString& problem) const;

    QLineEdit* host_;
    QLineEdit* interface_;
    QLineEdit* filter_;
    QLineEdit* sshOptions_;
    QCheckBox* sudo_;
    QLabel* message_;
    QPushButton* start_;
};

} // namespace tcplens::ui
