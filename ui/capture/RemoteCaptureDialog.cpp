#include "RemoteCaptureDialog.h"

#include "WarningStyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace tcplens::ui {
namespace {

const QString kHostKey = QStringLiteral("remoteCapture/host");
const QString kInterfaceKey = QStringLiteral("remoteCapture/interface");
const QString kFilterKey = QStringLiteral("remoteCapture/filter");
const QString kSshOptionsKey = QStringLiteral("remoteCapture/sshOptions");
const QString kSudoKey = QStringLiteral("remoteCapture/sudo");

} // namespace

RemoteCaptureDialog::RemoteCaptureDialog(QWidget* parent)
    : QDialog(parent), host_(new QLineEdit), interface_(new QLineEdit), filter_(new QLineEdit), sshOptions_(new QLineEdit),
      sudo_(new QCheckBox(tr("Run tcpdump with sudo on the host (sudo -n: no password prompt)"))), message_(new QLabel),
      start_(new QPushButton(tr("&Start")))
{
    setWindowTitle(tr("Capture from Remote Host"));
    host_->setPlaceholderText(tr("[user@]host[:port], e.g. alice@lab-3:2222"));
    interface_->setPlaceholderText(QStringLiteral("any"));
    filter_->setPlaceholderText(tr("tcpdump syntax, run on the host; the ssh connection itself is always left out"));
    sshOptions_->setPlaceholderText(tr("ssh -o options, e.g. IdentityFile=~/.ssh/lab_key"));
    sshOptions_->setToolTip(tr("Each word is passed to ssh as -o WORD"));
    for (auto* edit : {host_, interface_, filter_, sshOptions_})
        edit->setClearButtonEnabled(true);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QSettings settings;
    host_->setText(settings.value(kHostKey).toString());
    interface_->setText(settings.value(kInterfaceKey).toString());
    filter_->setText(settings.value(kFilterKey).toString());
    sshOptions_->setText(settings.value(kSshOptionsKey).toString());
    sudo_->setChecked(settings.value(kSudoKey, false).toBool());

    auto* explanation = new QLabel(tr("Captures on another machine through your ssh: tcpdump runs there and its packets stream "
                                      "into this window as a local capture does. ssh must log in without a password prompt "
                                      "(a key, e.g. ssh-copy-id); the remote user needs the capture capability, or sudo."));
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), host_);
    form->addRow(tr("&Interface:"), interface_);
    form->addRow(tr("Capture &filter:"), filter_);
    form->addRow(tr("ssh &options:"), sshOptions_);
    form->addRow(QString(), sudo_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    start_->setDefault(true);
    buttons->addButton(start_, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemoteCaptureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(buttons);
    for (auto* edit : {host_, interface_, filter_, sshOptions_})
        connect(edit, &QLineEdit::textChanged, this, &RemoteCaptureDialog::validate);
    validate();
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
}

QString RemoteCaptureDialog::problemText(const RemoteRequestProblem& problem)
{
    using K = RemoteRequestProblem::Kind;
    const QString value = QString::fromStdString(problem.value);
    // The English is core's englishText() word for word (TestRemoteCapture checks).
    switch (problem.kind) {
    case K::None: return {};
    case K::BadHost: return tr("the host must be a name or an address (letters, digits, '.', '-', ':'), not \"%1\"").arg(value);
    case K::BadUser: return tr("the user must be a login name (letters, digits, '.', '-', '_'), not \"%1\"").arg(value);
    case K::BadInterface: return tr("the remote interface must be a name like eth0 or any, not \"%1\"").arg(value);
    case K::BadFilter: return tr("the capture filter must be one line of at most 8192 characters");
    case K::BadSnaplen: return tr("the snapshot length must be from 64 to 262144");
    case K::UnclosedBracket: return tr("a bracketed address needs its ']'");
    case K::BadPort: return tr("the ssh port must be from 1 to 65535, not \"%1\"").arg(value);
    }
    return QString::fromStdString(englishText(problem));
}

QString RemoteCaptureDialog::adviceText(RemoteCaptureAdvice advice, const RemoteCaptureRequest& request)
{
    using A = RemoteCaptureAdvice;
    const QString host = QString::fromStdString(request.host);
    const QString where = QString::fromStdString(request.user.empty() ? request.host : request.user + "@" + request.host);
    const QString interface = QString::fromStdString(request.interface);
    switch (advice) {
    case A::None: return {};
    case A::SetUpKey:
        return tr("ssh could not log in to %1: set up a key (ssh-copy-id %1) so that ssh logs in without a password prompt")
            .arg(where);
    case A::Unreachable: return tr("ssh could not reach %1 (is sshd running there, and the name right?)").arg(where);
    case A::HostKeyChanged:
        return tr("the host key of %1 differs from the one ssh knows: if the host was reinstalled, remove the old key "
                  "with ssh-keygen -R %1 and connect once with ssh %2 in a terminal to accept the new one")
            .arg(host, where);
    case A::HostKeyUnknown:
        return tr("ssh does not know %1's host key yet: connect once with ssh %2 in a terminal to accept it").arg(host, where);
    case A::NoTcpdump: return tr("tcpdump is not installed on %1 (install it there, e.g. apt install tcpdump)").arg(host);
    case A::SudoPassword:
        return tr("sudo on %1 asks for a password: allow tcpdump without one (NOPASSWD in sudoers), or give the remote "
                  "user the capture capability")
            .arg(host);
    case A::NoPermission:
        return tr("the remote user may not capture on %1: run tcpdump there with sudo (--sudo, or the dialog's sudo box), "
                  "or on that host run sudo setcap cap_net_raw,cap_net_admin+eip $(command -v tcpdump)")
            .arg(host);
    case A::NoInterface: return tr("there is no interface %1 on %2").arg(interface, host);
    case A::BadFilter: return tr("tcpdump on %1 refused the capture filter").arg(host);
    }
    return QString::fromStdString(englishText(advice, request));
}

bool RemoteCaptureDialog::build(RemoteCaptureRequest& request, QString& problem) const
{
    if (host_->text().trimmed().isEmpty()) {
        problem = tr("Enter the host to capture on.");
        return false;
    }
    if (RemoteRequestProblem bad; !parseRemoteTarget(host_->text().trimmed().toStdString(), request, bad)) {
        problem = problemText(bad);
        return false;
    }
    const QString interface = interface_->text().trimmed();
    request.interface = interface.isEmpty() ? std::string("any") : interface.toStdString();
    request.filter = filter_->text().trimmed().toStdString();
    request.sudo = sudo_->isChecked();
    request.batchMode = true; // a window has no terminal for a password prompt
    for (const auto& word : sshOptions_->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.startsWith(QLatin1Char('-'))) {
            problem = tr("ssh options are written as Name=value (each becomes -o Name=value), not %1").arg(word);
            return false;
        }
        request.sshOptions.push_back("-o");
        request.sshOptions.push_back(word.toStdString());
    }
    if (const auto bad = checkRemoteRequest(request); !bad.empty()) {
        problem = problemText(bad);
        return false;
    }
    return true;
}

RemoteCaptureRequest RemoteCaptureDialog::request() const
{
    RemoteCaptureRequest request;
    QString problem;
    (void)build(request, problem);
    return request;
}

void RemoteCaptureDialog::validate()
{
    RemoteCaptureRequest request;
    QString problem;
    const bool ok = build(request, problem);
    if (!ok) {
        message_->setText(problem);
    } else {
        // The command as a person reads it; the remote shell's part that leaves this connection
        // out and ends tcpdump with the capture is summed up in words.
        QString command = QStringLiteral("ssh ");
        if (request.port != 0)
            command += QStringLiteral("-p %1 ").arg(request.port);
        command += QString::fromStdString(request.user.empty() ? request.host : request.user + "@" + request.host);
        command += QStringLiteral(" %1tcpdump -U --immediate-mode -n -s %2 -w - -i %3 ")
                       .arg(request.sudo ? QStringLiteral("sudo -n ") : QString())
                       .arg(request.snaplen)
                       .arg(QString::fromStdString(shellQuoted(request.interface)));
        const QString filter = request.filter.empty() ? QString() : QStringLiteral(" and (%1)").arg(QString::fromStdString(request.filter));
        command += QStringLiteral("'not (%1)%2'").arg(tr("this ssh connection"), filter);
        message_->setText(tr("Runs: %1").arg(command));
    }
    message_->setStyleSheet(ok ? QString() : warningStyleSheet(palette()));
    start_->setEnabled(ok);
}

void RemoteCaptureDialog::accept()
{
    validate();
    if (!start_->isEnabled())
        return;
    QSettings settings;
    settings.setValue(kHostKey, host_->text().trimmed());
    settings.setValue(kInterfaceKey, interface_->text().trimmed());
    settings.setValue(kFilterKey, filter_->text().trimmed());
    settings.setValue(kSshOptionsKey, sshOptions_->text().trimmed());
    settings.setValue(kSudoKey, sudo_->isChecked());
    QDialog::accept();
}

} // namespace tcplens::ui
