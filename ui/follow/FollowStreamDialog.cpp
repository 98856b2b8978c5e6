#include "FollowStreamDialog.h"

#include "FollowStreamView.h"

#include <capture/CaptureFile.h>
#include <follow/FollowFromCapture.h>
#include <follow/FollowWriter.h>
#include "loading/ReadProblemText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tcplens::ui {

FollowStreamDialog::FollowStreamDialog(const QString& path, std::uint32_t stream, QWidget* parent)
    : QDialog(parent), view_(new FollowStreamView(this)), format_(new QComboBox(this)), sides_(new QComboBox(this)),
      find_(new QLineEdit(this)), summary_(new QLabel(this))
{
    setWindowTitle(tr("Follow TCP Stream (tcp.stream eq %1)").arg(stream));
    setObjectName(QStringLiteral("followStreamDialog"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        auto file = CaptureFile::open(path.toStdString());
        const auto result = followFromCapture(*file, stream, [this](const FollowChunk& chunk, const FollowPeers&) {
            text_.add(chunk);
        });
        text_.setPeers(result.peers);
        if (result.packets == 0)
            error_ = tr("The capture has no TCP stream %1.").arg(stream);
        else if (!result.error.empty())
            error_ = ReadProblemText::orEnglish(result.problem, result.error);
    } catch (const CaptureError& e) {
        error_ = ReadProblemText::orEnglish(e.problem(), e.what());
    }
    QGuiApplication::restoreOverrideCursor();

    const auto& peers = text_.peers();
    const auto node0 = QString::fromStdString(followNodeText(peers, 0));
    const auto node1 = QString::fromStdString(followNodeText(peers, 1));
    summary_->setText(error_.isEmpty()
                          ? tr("%1 → %2: %3 bytes; %2 → %1: %4 bytes; %5 chunks. Click a line to select its packet.")
                                .arg(node0, node1)
                                .arg(text_.sideBytes(0))
                                .arg(text_.sideBytes(1))
                                .arg(text_.chunks().size())
                          : error_);
    summary_->setWordWrap(true);

    format_->addItems({tr("ASCII"), tr("Hex dump"), tr("C arrays"), tr("Raw")});
    format_->setObjectName(QStringLiteral("followFormat"));
    sides_->addItems({tr("Entire conversation (%1 bytes)").arg(text_.sideBytes(0) + text_.sideBytes(1)),
                      tr("%1 → %2 (%3 bytes)").arg(node0, node1).arg(text_.sideBytes(0)),
                      tr("%1 → %2 (%3 bytes)").arg(node1, node0).arg(text_.sideBytes(1))});
    sides_->setObjectName(QStringLiteral("followSides"));
    find_->setPlaceholderText(tr("Find…"));
    find_->setClearButtonEnabled(true);
    auto* findNextButton = new QPushButton(tr("Find &Next"), this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(sides_, 1);
    controls->addWidget(new QLabel(tr("as"), this));
    controls->addWidget(format_);
    controls->addSpacing(12);
    controls->addWidget(find_, 1);
    controls->addWidget(findNextButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close")); // Qt's own translations may be absent
    auto* save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &FollowStreamDialog::saveAs);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(view_, 1);
    layout->addLayout(controls);
    layout->addWidget(buttons);

    view_->setText(&text_);
    relayout();
    connect(format_, &QComboBox::currentIndexChanged, this, &FollowStreamDialog::relayout);
    connect(sides_, &QComboBox::currentIndexChanged, this, &FollowStreamDialog::relayout);
    connect(view_, &FollowStreamView::frameClicked, this, &FollowStreamDialog::packetChosen);
    const auto findNow = [this] {
        if (!findNext(find_->text()))
            summary_->setText(tr("\"%1\" is not in the stream.").arg(find_->text()));
    };
    connect(find_, &QLineEdit::returnPressed, this, findNow);
    connect(findNextButton, &QPushButton::clicked, this, findNow);
    resize(900, 640);
}

void FollowStreamDialog::showAs(FollowStreamText::Format format, FollowStreamText::Sides sides)
{
    format_->setCurrentIndex(static_cast<int>(format));
    sides_->setCurrentIndex(static_cast<int>(sides));
    relayout();
}

void FollowStreamDialog::relayout()
{
    text_.layout(static_cast<FollowStreamText::Format>(std::max(0, format_->currentIndex())),
                 static_cast<FollowStreamText::Sides>(std::max(0, sides_->currentIndex())));
    view_->relayout();
}

bool FollowStreamDialog::findNext(const QString& needle)
{
    const int line = text_.find(needle, view_->currentLine() + 1);
    if (line < 0)
        return false;
    view_->setCurrentLine(line);
    return true;
}

bool FollowStreamDialog::saveTo(const QString& path, QString& error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        error = file.errorString();
        return false;
    }
    if (text_.format() == FollowStreamText::Format::Raw) {
        file.write(text_.payload()); // the bytes themselves, as Wireshark saves Raw
    } else if (text_.format() == FollowStreamText::Format::Ascii) {
        file.write(text_.asciiText()); // CR LF kept, lines never wrapped
    } else {
        for (int line = 0; line < text_.lineCount(); ++line)
            file.write(text_.lineText(line).toUtf8() + '\n');
    }
    if (!file.flush()) {
        error = file.errorString();
        return false;
    }
    return true;
}

void FollowStreamDialog::saveAs()
{
    const auto path = QFileDialog::getSaveFileName(this, tr("Save Stream Content As…"));
    if (path.isEmpty())
        return;
    if (QString error; !saveTo(path, error))
        QMessageBox::warning(this, tr("Cannot save the stream"), error);
}

FollowStreamDialog* openFollowStream(QWidget* parent, const QString& path, std::optional<std::uint32_t> stream,
                                     std::function<void(quint32)> selectFrame)
{
    if (!stream) {
        QMessageBox::information(parent, FollowStreamDialog::tr("Follow TCP Stream"),
                                 FollowStreamDialog::tr("Select a TCP packet of a capture file first."));
        return nullptr;
    }
    if (path.isEmpty()) {
        QMessageBox::information(parent, FollowStreamDialog::tr("Follow TCP Stream"),
                                 FollowStreamDialog::tr("The packets on screen cannot be read again while the capture "
                                                        "runs or when they came from a pipe: stop the capture or save "
                                                        "them (File › Save As) and open the file."));
        return nullptr;
    }
    auto* dialog = new FollowStreamDialog(path, *stream, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->loaded()) {
        QMessageBox::warning(parent, FollowStreamDialog::tr("Follow TCP Stream"), dialog->error());
        delete dialog;
        return nullptr;
    }
    QObject::connect(dialog, &FollowStreamDialog::packetChosen, dialog, std::move(selectFrame));
    dialog->show();
    return dialog;
}

} // namespace tcplens::ui
