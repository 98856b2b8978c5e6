#include "ConversationReportDialog.h"

#include "shell/Language.h"

#include <report/ConversationReportBuilder.h>
#include <report/ReportKernelSplit.h>
#include <report/ReportWriter.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace tcplens::ui {
namespace {

NarrationLanguage currentLanguage()
{
    return parseNarrationLanguage(installedLanguage().toStdString()).value_or(NarrationLanguage::English);
}

/// Headings, tables and the "how" lines styled for a projector: generous sizes, ruled tables.
constexpr const char* kStyle = "h1 { font-size: 150%; } h2 { font-size: 120%; margin-top: 14px; }"
                               " th { font-weight: bold; } p.how { color: palette(placeholder-text); }"
                               " a { text-decoration: none; font-weight: bold; }";

} // namespace

ConversationReportDialog::ConversationReportDialog(QWidget* parent)
    : QDialog(parent), browser_(new QTextBrowser(this)), status_(new QLabel(this)),
      markdownButton_(new QPushButton(this)), pdfButton_(new QPushButton(this)), closeButton_(new QPushButton(this))
{
    setObjectName(QStringLiteral("conversationReportDialog"));
    browser_->setObjectName(QStringLiteral("conversationReportBrowser"));
    browser_->setOpenLinks(false);
    browser_->document()->setDefaultStyleSheet(QString::fromLatin1(kStyle));
    QFont font = browser_->font();
    font.setPointSizeF(std::max(font.pointSizeF() * 1.25, 14.0)); // read from the back of a room
    browser_->setFont(font);
    connect(browser_, &QTextBrowser::anchorClicked, this, &ConversationReportDialog::onLink);
    markdownButton_->setObjectName(QStringLiteral("exportMarkdownButton"));
    pdfButton_->setObjectName(QStringLiteral("exportPdfButton"));
    connect(markdownButton_, &QPushButton::clicked, this, &ConversationReportDialog::chooseMarkdown);
    connect(pdfButton_, &QPushButton::clicked, this, &ConversationReportDialog::choosePdf);
    connect(closeButton_, &QPushButton::clicked, this, &QDialog::close);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(markdownButton_, QDialogButtonBox::ActionRole);
    buttons->addButton(pdfButton_, QDialogButtonBox::ActionRole);
    buttons->addButton(closeButton_, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_, 1);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    resize(1100, 800);
    retranslate();
}

ConversationReportDialog::~ConversationReportDialog()
{
    // A report still being worked out would post its result to a dialog (and, at quit, an
    // application) that is gone: wait for it.
    for (const auto& worker : workers_) {
        if (worker)
            worker->wait();
    }
}

void ConversationReportDialog::showStream(const PacketStore& store, const PacketAnalysisStore& analyses,
                                          std::uint32_t stream, std::optional<std::vector<TcpInfoSample>> kernelSamples)
{
    stream_ = stream;
    computing_ = true;
    report_.reset();
    const auto generation = ++generation_;
    auto snapshot = std::make_shared<StreamSnapshot>(snapshotStream(store, analyses, stream));
    const auto start = store.size() == 0 ? std::int64_t{0} : store.index().timestampNs(0);
    render();
    QPointer<ConversationReportDialog> self(this);
    auto kernel = std::make_shared<std::optional<std::vector<TcpInfoSample>>>(std::move(kernelSamples));
    auto* worker = QThread::create([self, snapshot, start, generation, kernel] {
        auto report = buildReport(*snapshot, start);
        if (report && *kernel)
            addKernelSplit(*report, **kernel);
        QMetaObject::invokeMethod(qApp, [self, report = std::move(report), generation]() mutable {
            if (self && self->generation_ == generation)
                self->setReport(std::move(report));
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    workers_.erase(std::remove_if(workers_.begin(), workers_.end(), [](const auto& w) { return w.isNull(); }),
                   workers_.end());
    workers_.push_back(worker);
    worker->start();
}

void ConversationReportDialog::setReport(std::optional<ConversationReport> report)
{
    computing_ = false;
    if (report)
        stream_ = report->stream;
    report_ = std::move(report);
    render();
    emit reportReady();
}

QString ConversationReportDialog::html() const
{
    return report_ ? QString::fromStdString(writeReport(*report_, ReportFormat::Html, currentLanguage())) : QString();
}

void ConversationReportDialog::render()
{
    const bool ready = report_.has_value();
    markdownButton_->setEnabled(ready);
    pdfButton_->setEnabled(ready);
    if (computing_) {
        status_->setText(tr("Working out the report of conversation %1…").arg(stream_));
        browser_->clear();
        return;
    }
    if (!ready) {
        status_->setText(tr("There is no TCP conversation %1 in this capture.").arg(stream_));
        browser_->clear();
        return;
    }
    status_->setText(tr("Click a frame number to select that packet in the main window."));
    browser_->setHtml(html());
}

void ConversationReportDialog::onLink(const QUrl& url)
{
    if (url.scheme() != QLatin1String("frame"))
        return;
    bool ok = false;
    const auto frame = url.path().toUInt(&ok);
    if (ok && frame > 0)
        emit frameActivated(frame);
}

bool ConversationReportDialog::exportMarkdown(const QString& path) const
{
    if (!report_)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const auto text = writeReport(*report_, ReportFormat::Markdown, currentLanguage());
    return file.write(text.data(), qint64(text.size())) == qint64(text.size()) && file.flush();
}

bool ConversationReportDialog::exportPdf(const QString& path) const
{
    if (!report_)
        return false;
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4)))
        return false;
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(windowTitle());
    writer.setCreator(QStringLiteral("tcplens"));
    QTextDocument document;
    document.setDefaultStyleSheet(QString::fromLatin1(kStyle));
    QFont font = QApplication::font();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setHtml(html());
    document.print(&writer);
    return QFile(path).size() > 0;
}

void ConversationReportDialog::chooseMarkdown()
{
    const auto path = QFileDialog::getSaveFileName(this, tr("Export Report as Markdown"),
                                                   QStringLiteral("conversation-%1-report.md").arg(stream_),
                                                   tr("Markdown (*.md);;All files (*)"));
    if (!path.isEmpty() && !exportMarkdown(path))
        QMessageBox::warning(this, tr("Export Report"), tr("Could not write %1.").arg(path));
}

void ConversationReportDialog::choosePdf()
{
    const auto path = QFileDialog::getSaveFileName(this, tr("Export Report as PDF"),
                                                   QStringLiteral("conversation-%1-report.pdf").arg(stream_),
                                                   tr("PDF (*.pdf);;All files (*)"));
    if (!path.isEmpty() && !exportPdf(path))
        QMessageBox::warning(this, tr("Export Report"), tr("Could not write %1.").arg(path));
}

void ConversationReportDialog::retranslate()
{
    setWindowTitle(tr("Conversation Report"));
    markdownButton_->setText(tr("Export as &Markdown…"));
    pdfButton_->setText(tr("Export as &PDF…"));
    closeButton_->setText(tr("&Close"));
    render();
}

void ConversationReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace tcplens::ui
