#pragma once
// The window's conversation report: one dialog, made on first use and raised on each request;
// a frame clicked in it is selected in the window.

#include <kernel/TcpInfoSample.h>

#include <QObject>
#include <QPointer>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace tcplens { class PacketStore; class PacketAnalysisStore; }

namespace tcplens::ui {

class ConversationReportDialog;

class ConversationReports : public QObject {
    Q_OBJECT
public:
    /// `selectFrame` gets a frame number (1-based) clicked in the report.
    ConversationReports(QWidget* window, std::function<void(quint32)> selectFrame);

    /// Shows conversation `stream` of the capture in the report dialog, raised and active; with
    /// the capture's tcp_info sidecar samples, the kernel's split beside the wire's too.
    ConversationReportDialog* show(const PacketStore& store, const PacketAnalysisStore& analyses, std::uint32_t stream,
                                   std::optional<std::vector<TcpInfoSample>> kernelSamples = std::nullopt);

private:
    QWidget* window_;
    std::function<void(quint32)> selectFrame_;
    QPointer<ConversationReportDialog> dialog_;
};

} // namespace tcplens::ui
