#include "ExportDissectionsDialog.h"

#include "packets/PacketListCsv.h"
#include "packets/PacketFilterModel.h"
#include "packets/PacketListModel.h"
#include "packets/PacketTableView.h"

#include <export/PacketDissections.h>

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <cerrno>
#include <cstring>
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

ExportJob::Work ExportDissectionsDialog::work(const QString& path) const
{
    // The worker reads the model's store and texts (never data()'s cache); the window cannot
    // change them while the progress dialog is up.
    return [path, csv = format_ == Format::Csv, packets = &packets_, columns = columns_, rows = range_->chosenRows(),
            absolute = !packets_.relativeSequenceNumbers()](const ExportControl& control) {
        ExportOutcome outcome;
        if (!packets->store().mapping() && packets->rowCount() > 0) {
            outcome.error = tr("The packets' bytes cannot be read again.");
            return outcome;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            outcome.error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return outcome;
        }
        const auto isChosen = [&rows](std::size_t row) { return row < rows.size() && rows[row]; };
        std::int64_t written = 0;
        errno = 0;
        if (csv) {
            written = writePacketListCsv(*packets, columns, [&](int row) { return isChosen(std::size_t(row)); }, file, control);
        } else {
            DeviceBuffer buffer(file);
            std::ostream out(&buffer);
            written = static_cast<std::int64_t>(writePacketJsonLines(
                packets->store(), packets->analyses(), [&](PacketNumber n) { return isChosen(n); }, out, absolute, control));
            if (!control.goOn(packets->store().size()))
                written = kExportCancelled;
            else if (!out)
                written = -1;
        }
        if (written == kExportCancelled) {
            file.cancelWriting(); // QSaveFile leaves no file, not even a temporary one
            outcome.cancelled = true;
            return outcome;
        }
        // QSaveFile may lose the system's reason for a failed buffered write ("Unknown error"):
        // errno, this thread's, still holds it.
        const auto failure = [&file, &path, error = errno] {
            const QString reason = file.error() == QFileDevice::NoError || error == 0 || file.errorString() != QLatin1String("Unknown error")
                                       ? file.errorString()
                                       : QString::fromLocal8Bit(std::strerror(error));
            return tr("Cannot write %1: %2").arg(path, reason);
        };
        if (written < 0 || !file.flush()) {
            outcome.error = failure();
            file.cancelWriting();
            return outcome;
        }
        if (!file.commit()) {
            outcome.error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return outcome;
        }
        outcome.written = written;
        return outcome;
    };
}

std::int64_t ExportDissectionsDialog::exportTo(const QString& path, QString& error) const
{
    const auto outcome = ExportJob::runHere(work(path));
    error = outcome.error;
    return outcome.error.isEmpty() ? outcome.written : -1;
}

void ExportDissectionsDialog::acceptPath(const QString& path)
{
    path_ = path;
    accept();
}

ExportJob* ExportDissectionsDialog::startExport(QWidget* window) const
{
    return new ExportJob(window, windowTitle(), path_, static_cast<std::uint64_t>(packets_.rowCount()), work(path_));
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
    acceptPath(path);
}

ExportJob* exportPacketDissections(QWidget* parent, ExportDissectionsDialog::Format format, const PacketTableView& view,
                                   const PacketMarks& marks, bool packetsArriving)
{
    const auto* filter = qobject_cast<const PacketFilterModel*>(view.model());
    const auto* packets = filter ? filter->packetModel() : nullptr;
    const QString title = ExportDissectionsDialog::tr("Export Packet Dissections");
    if (!packets || packets->rowCount() == 0) {
        QMessageBox::information(parent, title, ExportDissectionsDialog::tr("Open a capture file first."));
        return nullptr;
    }
    if (packetsArriving) {
        QMessageBox::information(parent, title,
                                 ExportDissectionsDialog::tr("Packets are still arriving: stop the capture or wait "
                                                             "until the file is loaded, then export."));
        return nullptr;
    }
    ExportDissectionsDialog dialog(format, *packets, view.exportColumns(),
                                   packetsOf(*packets, *filter, marks, view.currentPacketRow()), parent);
    // The job starts once the dialog is gone, so the caller hears how it ends.
    return dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty() ? dialog.startExport(parent) : nullptr;
}

} // namespace tcplens::ui
