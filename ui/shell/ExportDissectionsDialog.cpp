#include "ExportDissectionsDialog.h"

#include "packets/PacketListCsv.h"
#include "packets/PacketFilterModel.h"
#include "packets/PacketListModel.h"
#include "packets/PacketTableView.h"

#include <export/PacketDissections.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <streambuf>
#include <ostream>

namespace tcplens::ui {
namespace {

/// An ostream onto a QIODevice, so the core writer streams into a QSaveFile.
class DeviceBuffer : public std::streambuf {
public:
    explicit DeviceBuffer(QIODevice& device) : device_(device) {}

protected:
    std::streamsize xsputn(const char* data, std::streamsize size) override
    {
        return device_.write(data, static_cast<qint64>(size)) == size ? size : 0;
    }
    int_type overflow(int_type c) override
    {
        if (traits_type::eq_int_type(c, traits_type::eof()))
            return traits_type::not_eof(c);
        const char byte = traits_type::to_char_type(c);
        return device_.write(&byte, 1) == 1 ? c : traits_type::eof();
    }

private:
    QIODevice& device_;
};

} // namespace

ExportDissectionsDialog::ExportDissectionsDialog(Format format, const PacketListModel& packets, std::vector<int> columns,
                                                 PacketRangeGroup::Packets range, QWidget* parent)
    : QDialog(parent), format_(format), packets_(packets), columns_(std::move(columns)),
      range_(new PacketRangeGroup(std::move(range), this))
{
    setWindowTitle(format == Format::Csv ? tr("Export Packet Dissections as CSV")
                                         : tr("Export Packet Dissections as JSON"));
    setObjectName(QStringLiteral("exportDissectionsDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(range_);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole); // not a standard button: Qt's translations may be absent
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDissectionsDialog::exportChosen);
    layout->addWidget(buttons);
}

std::int64_t ExportDissectionsDialog::exportTo(const QString& path, QString& error) const
{
    if (!packets_.store().mapping() && packets_.rowCount() > 0) {
        error = tr("The packets' bytes cannot be read again.");
        return -1;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return -1;
    }
    std::int64_t written = 0;
    if (format_ == Format::Csv) {
        written = writePacketListCsv(packets_, columns_, [this](int row) { return range_->chosen(std::uint64_t(row) + 1); },
                                     file);
    } else {
        DeviceBuffer buffer(file);
        std::ostream out(&buffer);
        written = static_cast<std::int64_t>(writePacketJsonLines(
            packets_.store(), packets_.analyses(), [this](PacketNumber n) { return range_->chosen(n + 1); }, out,
            !packets_.relativeSequenceNumbers()));
        if (!out)
            written = -1;
    }
    if (written < 0 || !file.commit()) {
        error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return -1;
    }
    return written;
}

void ExportDissectionsDialog::exportChosen()
{
    if (count() <= 0) {
        QMessageBox::information(this, windowTitle(), tr("The choice holds no packets."));
        return;
    }
    const bool csv = format_ == Format::Csv;
    QString path = QFileDialog::getSaveFileName(this, windowTitle(), QString(),
                                                csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.json *.jsonl)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += csv ? QStringLiteral(".csv") : QStringLiteral(".json");
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = exportTo(path, error);
    QApplication::restoreOverrideCursor();
    if (written < 0) {
        QMessageBox::warning(this, tr("Cannot export the packets"), error);
        return;
    }
    accept();
}

void exportPacketDissections(QWidget* parent, ExportDissectionsDialog::Format format, const PacketTableView& view,
                             const PacketMarks& marks, bool packetsArriving)
{
    const auto* filter = qobject_cast<const PacketFilterModel*>(view.model());
    const auto* packets = filter ? filter->packetModel() : nullptr;
    const QString title = ExportDissectionsDialog::tr("Export Packet Dissections");
    if (!packets || packets->rowCount() == 0) {
        QMessageBox::information(parent, title, ExportDissectionsDialog::tr("Open a capture file first."));
        return;
    }
    if (packetsArriving) {
        QMessageBox::information(parent, title,
                                 ExportDissectionsDialog::tr("Packets are still arriving: stop the capture or wait "
                                                             "until the file is loaded, then export."));
        return;
    }
    ExportDissectionsDialog dialog(format, *packets, view.exportColumns(),
                                   packetsOf(*packets, *filter, marks, view.currentPacketRow()), parent);
    dialog.exec();
}

} // namespace tcplens::ui
