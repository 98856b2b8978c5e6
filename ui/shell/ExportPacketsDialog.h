#pragma once
// File › Export Specified Packets: all or only the displayed packets, of the whole capture, the
// selected packet, the marked ones, the current conversation or a frame range, as pcapng or pcap
// (core/capture/PacketFileWriter keeps bytes, times, interfaces and comments).

#include "ExportJob.h"
#include "PacketRangeGroup.h"

#include <QDialog>

#include <cstdint>

class QComboBox;
class QSortFilterProxyModel;

namespace tcplens::ui {

class ExportPacketsDialog : public QDialog {
    Q_OBJECT
public:
    using Range = PacketRangeGroup::Range;

    /// What the window knows, one entry per packet (row = frame - 1), and the file to read again.
    struct Packets : PacketRangeGroup::Packets {
        QString source;
    };

    ExportPacketsDialog(Packets packets, QWidget* parent = nullptr);

    void choose(Range range, bool displayedOnly, const QString& frames = {}) { range_->choose(range, displayedOnly, frames); }
    void setPcap(bool pcap);
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
    QString source_;
    PacketRangeGroup* range_;
    QComboBox* format_;
};

class PacketListModel;
class PacketMarks;

/// Fills Packets from the window's models and shows the dialog (modal); the export it started, or null.
ExportJob* exportSpecifiedPackets(QWidget* parent, const QString& source, const PacketListModel& packets,
                                  const QSortFilterProxyModel& displayed, const PacketMarks& marks, int selectedRow);

} // namespace tcplens::ui
