#pragma once
// Analyze › Conversation Report: the lab answers of one conversation (core/report) as rich text in
// the interface language, every frame number a link that selects the packet in the main window,
// exportable as Markdown and PDF. The report is computed on a worker thread.

#include <kernel/TcpInfoSample.h>
#include <report/ConversationReport.h>

#include <QDialog>
#include <QPointer>
#include <QThread>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace tcplens { class PacketStore; class PacketAnalysisStore; }

namespace tcplens::ui {

class ConversationReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConversationReportDialog(QWidget* parent = nullptr);
    ~ConversationReportDialog() override;

    /// Computes the report of `stream` from the stores (a snapshot is taken here; decoding runs
    /// on a worker thread) and shows it when ready (reportReady()).
    /// With `kernelSamples` (the capture's tcp_info sidecar, when it has one) each sender's
    /// answers include the kernel's split of its time beside the wire's.
    void showStream(const PacketStore& store, const PacketAnalysisStore& analyses, std::uint32_t stream,
                    std::optional<std::vector<TcpInfoSample>> kernelSamples = std::nullopt);
    /// Shows `report` at once (nullopt: "no such conversation").
    void setReport(std::optional<ConversationReport> report);
    [[nodiscard]] const std::optional<ConversationReport>& report() const noexcept { return report_; }
    [[nodiscard]] bool isComputing() const noexcept { return computing_; }
    [[nodiscard]] QTextBrowser* browser() const noexcept { return browser_; }

    /// Writes the report as Markdown / as a PDF (A4) in the interface language; false on failure.
    bool exportMarkdown(const QString& path) const;
    bool exportPdf(const QString& path) const;

signals:
    /// A frame link was clicked: select frame `frame` (1-based) in the main window.
    void frameActivated(quint32 frame);
    /// A report (or the message that there is none) is on screen.
    void reportReady();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void onLink(const QUrl& url);
    void chooseMarkdown();
    void choosePdf();
    [[nodiscard]] QString html() const;

    QTextBrowser* browser_;
    QLabel* status_;
    QPushButton* markdownButton_;
    QPushButton* pdfButton_;
    QPushButton* closeButton_;
    std::optional<ConversationReport> report_;
    std::uint32_t stream_ = 0;
    bool computing_ = false;
    std::uint64_t generation_ = 0; // a newer request makes an older worker's result stale
    std::vector<QPointer<QThread>> workers_; // joined by the destructor
};

} // namespace tcplens::ui
