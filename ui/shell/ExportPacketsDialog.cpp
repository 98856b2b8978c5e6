#include "ExportPacketsDialog.h"

#include <capture/PacketFileWriter.h>

#include <QComboBox>
#include <QFile>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplens::ui {

ExportPacketsDialog::ExportPacketsDialog(Packets packets, QWidget* parent)
    : QDialog(parent), source_(packets.source),
      range_(new PacketRangeGroup(static_cast<PacketRangeGroup::Packets&&>(std::move(packets)), this)),
      format_(new QComboBox(this))
{
    setWindowTitle(tr("Export Specified Packets"));
    setObjectName(QStringLiteral("exportPacketsDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(range_);
    auto* form = new QFormLayout;
    format_->addItems({tr("pcapng (keeps every interface and comment)"), tr("pcap (nanosecond)")});
    form->addRow(tr("Format:"), format_);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel")); // Qt's own translations may be absent
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportPacketsDialog::exportChosen);
    layout->addWidget(buttons);
}

void ExportPacketsDialog::setPcap(bool pcap) { format_->setCurrentIndex(pcap ? 1 : 0); }

ExportJob::Work ExportPacketsDialog::work(const QString& path) const
{
    return [source = QFile::encodeName(source_).toStdString(), target = QFile::encodeName(path).toStdString(),
            format = format_->currentIndex() == 1 ? SaveFormat::Pcap : SaveFormat::Pcapng,
            rows = range_->chosenRows()](const ExportControl& control) {
        std::string problem;
        const auto written = exportPackets(
            source, target, format, [&rows](std::uint64_t frame) { return frame >= 1 && frame <= rows.size() && rows[frame - 1]; },
            problem, control);
        ExportOutcome outcome;
        outcome.written = std::max<std::int64_t>(written, 0);
        outcome.cancelled = written == kExportCancelled;
        if (written < 0 && !outcome.cancelled)
            outcome.error = QString::fromStdString(problem);
        return outcome;
    };
}

std::int64_t ExportPacketsDialog::exportTo(const QString& path, QString& error) const
{
    const auto outcome = ExportJob::runHere(work(path));
    error = outcome.error;
    return outcome.error.isEmpty() ? outcome.written : -1;
}

void ExportPacketsDialog::acceptPath(const QString& path)
{
    path_ = path;
    accept();
}

ExportJob* ExportPacketsDialog::startExport(QWidget* window) const
{
    return new ExportJob(window, windowTitle(), path_, range_->total(), work(path_));
}

void ExportPacketsDialog::exportChosen()
{
    if (count() <= 0) {
        QMessageBox::information(this, windowTitle(), tr("The choice holds no packets."));
        return;
    }
    const bool pcap = format_->currentIndex() == 1;
    const auto path = QFileDialog::getSaveFileName(this, tr("Export Specified Packets"), QString(),
                                                   pcap ? tr("pcap (*.pcap)") : tr("pcapng (*.pcapng)"));
    if (!path.isEmpty())
        acceptPath(path);
}

ExportJob* exportSpecifiedPackets(QWidget* parent, const QString& source, const PacketListModel& packets,
                                  const QSortFilterProxyModel& displayed, const PacketMarks& marks, int selectedRow)
{
    if (source.isEmpty()) {
        QMessageBox::information(parent, ExportPacketsDialog::tr("Export Specified Packets"),
                                 ExportPacketsDialog::tr("Open a capture file first. Packets still being "
                                                         "captured, or read from a pipe, cannot be read again: "
                                                         "stop the capture or save them (File › Save As) first."));
        return nullptr;
    }
    ExportPacketsDialog::Packets chosen;
    static_cast<PacketRangeGroup::Packets&>(chosen) = packetsOf(packets, displayed, marks, selectedRow);
    chosen.source = source;
    ExportPacketsDialog dialog(std::move(chosen), parent);
    // The job starts once the dialog is gone, so the caller hears how it ends.
    return dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty() ? dialog.startExport(parent) : nullptr;
}

} // namespace tcplens::ui
