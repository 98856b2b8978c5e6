#pragma once
// The kernel's own congestion window and ssthresh (tcp_info, from the capture's sidecar file
// CAPTURE.tcpinfo.csv) on the Windows chart, beside the estimate from the packets: for the
// conversation the Charts panel shows, when its data sender's socket was on the capturing
// machine. A live capture's sidecar is followed as it grows (refresh()). The kernel's split of the
// sender's time (busy, receiver-window-limited, send-buffer-limited) beside the wire's limiting
// factors goes in the chart's note.

#include <kernel/TcpInfoCsv.h>

namespace tcplens { struct KernelLimitComparison; }

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace tcplens::ui {

class ChartsPanel;
class ConversationModel;

class KernelChartFeed : public QObject {
    Q_OBJECT
public:
    KernelChartFeed(ChartsPanel* panel, const ConversationModel* conversations, QObject* parent = nullptr);
    ~KernelChartFeed() override;

    /// The capture at `capturePath` opened (a file, or a live capture's file): its sidecar is
    /// read now and followed by refresh().
    void open(const QString& capturePath);
    void clear();
    /// Reads the rows added since the last call and redraws when there were any.
    void refresh();
    /// Puts the kernel's lines for the shown conversation and direction on the Windows chart.
    void redraw();

    [[nodiscard]] std::size_t sampleCount() const noexcept { return samples_.size(); }
    /// Why the sidecar could not be read ("" when it was, or there is none).
    [[nodiscard]] const QString& error() const noexcept { return error_; }

    /// The samples read so far (the GUI's conversation report uses them too).
    [[nodiscard]] const std::vector<TcpInfoSample>& samples() const noexcept { return samples_; }
    /// Whether the open capture has a sidecar file.
    [[nodiscard]] bool hasSidecar() const;

private:
    void removeLines();
    void showSplit(const KernelLimitComparison& comparison);
    [[nodiscard]] static QString groupName(int group);

    ChartsPanel* panel_;
    const ConversationModel* conversations_;
    std::unique_ptr<TcpInfoCsvFollower> follower_;
    std::vector<TcpInfoSample> samples_;
    QString error_;
    std::vector<int> lineIds_;
};

} // namespace tcplens::ui
