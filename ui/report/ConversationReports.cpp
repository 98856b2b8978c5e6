#include "ConversationReports.h"

#include "ConversationReportDialog.h"

namespace tcplens::ui {

ConversationReports::ConversationReports(QWidget* window, std::function<void(quint32)> selectFrame)
    : QObject(window), window_(window), selectFrame_(std::move(selectFrame))
{
}

ConversationReportDialog* ConversationReports::show(const PacketStore& store, const PacketAnalysisStore& analyses,
                                                    std::uint32_t stream,
                                                    std::optional<std::vector<TcpInfoSample>> kernelSamples)
{
    if (!dialog_) {
        dialog_ = new ConversationReportDialog(window_);
        connect(dialog_, &ConversationReportDialog::frameActivated, this, [this](quint32 frame) { selectFrame_(frame); });
    }
    dialog_->showStream(store, analyses, stream, std::move(kernelSamples));
    dialog_->show();
    dialog_->raise();
    dialog_->activateWindow();
    return dialog_;
}

} // namespace tcplens::ui
