#include "ExportPacketsDialog.h"

#include <capture/PacketFileWriter.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

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

std::int64_t ExportPacketsDialog::exportTo(const QString& path, QString& error) const
{
    std::string problem;
    const auto written = exportPackets(source_.toStdString(), path.toStdString(),
                                       format_->currentIndex() == 1 ? SaveFormat::Pcap : SaveFormat::Pcapng,
                                       [this](std::uint64_t frame) { return range_->chosen(frame); }, problem);
    if (written < 0)
        error = QString::fromStdString(problem);
    return written;
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
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, error) < 0) {
        QMessageBox::warning(this, tr("Cannot export the packets"), error);
        return;
    }
    accept();
}

void exportSpecifiedPackets(QWidget* parent, const QString& source, const PacketListModel& packets,
                            const QSortFilterProxyModel& displayed, const PacketMarks& marks, int selectedRow)
{
    if (source.isEmpty()) {
        QMessageBox::information(parent, ExportPacketsDialog::tr("Export Specified Packets"),
                                 ExportPacketsDialog::tr("Open a capture file first. Packets still being "
                                                         "captured, or read from a pipe, cannot be read again: "
                                                         "stop the capture or save them (File › Save As) first."));
        return;
    }
    ExportPacketsDialog::Packets chosen;
    static_cast<PacketRangeGroup::Packets&>(chosen) = packetsOf(packets, displayed, marks, selectedRow);
    chosen.source = source;
    ExportPacketsDialog dialog(std::move(chosen), parent);
    dialog.exec();
}

} // namespace tcplens::ui
