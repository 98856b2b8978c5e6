#include "ReportCommand.h"

#include "CliCaptureOpening.h"
#include "CliOutput.h"
#include "CliCommands.h"

#include <kernel/TcpInfoCsv.h>
#include <report/ConversationReportBuilder.h>
#include <report/ReportKernelSplit.h>
#include <report/ReportWriter.h>

#include <ostream>

namespace tcplens::cli {

int runReport(const ReportOptions& options, std::ostream& out, std::ostream& err)
{
    const auto format = parseReportFormat(options.format);
    if (!format) {
        err << "tcplens-cli: --format takes text, markdown or json, not \"" << options.format << "\"\n";
        return kExitUsage;
    }
    const auto language = parseNarrationLanguage(options.language);
    if (!language) {
        err << "tcplens-cli: --lang takes en or zh_CN, not \"" << options.language << "\"\n";
        return kExitUsage;
    }
    if (!options.stream) {
        err << "tcplens-cli: report needs --stream N (see tcplens-cli conversations FILE)\n";
        return kExitUsage;
    }
    const auto file = openOrReport(options.path, err);
    if (!file)
        return kExitUnreadable;
    auto pass = reportFromCapture(*file, *options.stream);
    if (!pass.report) {
        if (!pass.error.empty()) {
            err << "tcplens-cli: " << options.path << ": " << pass.error << '\n';
            return kExitUnreadable;
        }
        err << "tcplens-cli: " << options.path << " has no TCP stream " << *options.stream << " (it has "
            << pass.streams << ")\n";
        return kExitUsage;
    }
    // The kernel's split of each sender's time, when the capture has a tcp_info sidecar.
    bool sidecar = false;
    const auto samples = readTcpInfoCsv(tcpInfoSidecarPath(options.path), &sidecar);
    if (!samples.error.empty())
        err << "tcplens-cli: " << samples.error << " (the kernel's split uses the samples before it)\n";
    if (sidecar)
        addKernelSplit(*pass.report, samples.samples);
    CliOutput output(options.output, out);
    if (!output.open(err))
        return kExitUnreadable;
    output.stream() << writeReport(*pass.report, *format, *language);
    if (!output.finish(err))
        return kExitUnreadable;
    if (!pass.error.empty()) {
        err << "tcplens-cli: " << options.path << ": " << pass.error << " (the report covers the packets before it)\n";
        return kExitUnreadable;
    }
    return kExitOk;
}

} // namespace tcplens::cli
