#include "ReportCommand.h"

#include "CliCaptureOpening.h"
#include "CliCommands.h"

#include <report/ConversationReportBuilder.h>
#include <report/ReportWriter.h>

#include <fstream>
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
    const auto pass = reportFromCapture(*file, *options.stream);
    if (!pass.report) {
        if (!pass.error.empty()) {
            err << "tcplens-cli: " << options.path << ": " << pass.error << '\n';
            return kExitUnreadable;
        }
        err << "tcplens-cli: " << options.path << " has no TCP stream " << *options.stream << " (it has "
            << pass.streams << ")\n";
        return kExitUsage;
    }
    std::ofstream fileOut;
    if (!options.output.empty()) {
        fileOut.open(options.output, std::ios::binary | std::ios::trunc);
        if (!fileOut) {
            err << "tcplens-cli: cannot write " << options.output << '\n';
            return kExitUnreadable;
        }
    }
    std::ostream& sink = options.output.empty() ? out : fileOut;
    sink << writeReport(*pass.report, *format, *language);
    sink.flush();
    if (!sink) {
        err << "tcplens-cli: cannot write " << (options.output.empty() ? "the output" : options.output) << '\n';
        return kExitUnreadable;
    }
    if (!pass.error.empty()) {
        err << "tcplens-cli: " << options.path << ": " << pass.error << " (the report covers the packets before it)\n";
        return kExitUnreadable;
    }
    return kExitOk;
}

} // namespace tcplens::cli
