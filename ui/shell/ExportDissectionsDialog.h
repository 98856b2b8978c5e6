#pragma once
// File › Export Packet Dissections › As CSV… / As JSON…: the packets a Packet Range chooses,
// as the packet list's columns (CSV, as Wireshark writes it) or as one JSON object per packet
// with its decoded fields and final analysis (the keys of `tcplens-cli packets --json`).

#include "ExportJob.h"
#include "PacketRangeGroup.h"

#include <QDialog>

#include <cstdint>
#include <vector>

namespace tcplens::ui {

class PacketListModel;

class ExportDissectionsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    /// `columns`: the packet list's shown columns in their order (CSV); `packets` must outlive the dialog.
    ExportDissectionsDialog(Format format, const PacketListModel& packets, std::vector<int> columns,
                            PacketRangeGroup::Packets range, QWidget* parent = nullptr);

    void choose(PacketRangeGroup::Range range, bool displayedOnly, const QString& frames = {})
    {
        range_->choose(range, displayedOnly, frames);
    }
    /// Packets the current choice exports, or -1 when the frame range does not parse.
    [[nodiscard]] int count() const { return range_->count(); }
    /// Writes the chosen packets to `path` here and now; the number written, or -1 with `error`.
    std::int64_t exportTo(const QString& path, QString& error) const;
    /// Closes the dialog with `path` chosen (what Export… does after asking for the file).
    void acceptPath(const QString& path);
    /// The file acceptPath() chose; empty when the dialog was cancelled.
    [[nodiscard]] const QString& chosenPath() const noexcept { return path_; }
    /// Writes the chosen packets to chosenPath() on a worker, under a progress dialog over
    /// `window`; the job says how it ended.
    ExportJob* startExport(QWidget* window) const;

private:
    void exportChosen();
    /// The export of the current choice to `path`, as a worker runs it.
    [[nodiscard]] ExportJob::Work work(const QString& path) const;

    QString path_;

    Format format_;
    const PacketListModel& packets_;
    std::vector<int> columns_;
    PacketRangeGroup* range_;
};

class PacketMarks;
class PacketTableView;

/// The menu entry: the dialog (modal) over the window's packet list, marks and selection;
/// says why not when the packets are still arriving.
/// Returns the export it started, or null.
ExportJob* exportPacketDissections(QWidget* parent, ExportDissectionsDialog::Format format, const PacketTableView& view,
                                   const PacketMarks& marks, bool packetsArriving);

} // namespace tcplens::ui
