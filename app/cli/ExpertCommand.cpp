#include "ExpertCommand.h"

#include "CliCommands.h"
#include "CliNumbers.h"

#include <capture/CaptureFile.h>
#include <capture/LoadedCapture.h>
#include <expert/ExpertInfo.h>
#include <expert/ExpertText.h>

#include <optional>
#include <ostream>
#include <string>

namespace tcplens::cli {

int runExpert(const std::vector<std::string_view>& args, std::ostream& out, std::ostream& err)
{
    bool json = false;
    ExpertOptions options;
    ExpertSelection selection;
    std::optional<std::string> path;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto arg = args[i];
        if (arg == "--json") {
            json = true;
        } else if (arg == "--check-checksums") {
            options.validateChecksums = true;
        } else if (arg == "--severity" || arg == "--stream") {
            if (i + 1 >= args.size()) {
                err << "tcplens-cli: " << arg << " needs a value\n";
                return kExitUsage;
            }
            const std::string value(args[++i]);
            if (arg == "--severity") {
                if (!parseSeverity(value, selection.minimum)) {
                    err << "tcplens-cli: --severity takes chat, note, warn or error, not \"" << value << "\"\n";
                    return kExitUsage;
                }
            } else {
                const auto number = parseWholeNumber(value, 0, kMaxStreamNumber);
                if (!number) {
                    err << "tcplens-cli: --stream needs a stream number from 0 to 4294967294, not \"" << value << "\"\n";
                    return kExitUsage;
                }
                selection.stream = static_cast<std::uint32_t>(*number);
            }
        } else if (arg.size() > 1 && arg[0] == '-') {
            err << "tcplens-cli: unknown option " << arg << " for expert\n";
            return kExitUsage;
        } else if (path) {
            err << "tcplens-cli: expert needs exactly one capture file\n";
            return kExitUsage;
        } else {
            path = std::string(arg);
        }
    }
    if (!path) {
        err << "tcplens-cli: expert needs a capture file\n";
        return kExitUsage;
    }
    LoadedCapture capture;
    try {
        capture = loadCapture(*path);
    } catch (const CaptureError& error) {
        err << "tcplens-cli: " << error.what() << '\n';
        return kExitUnreadable;
    }
    if (selection.stream && *selection.stream >= capture.conversations.size()) {
        err << "tcplens-cli: " << *path << " has no TCP stream " << *selection.stream << " (it has "
            << capture.conversations.size() << ")\n";
        return kExitUsage;
    }
    const auto info = ExpertInfo::build(capture.packets, capture.analyses, options);
    out << (json ? expertJson(info, selection) : expertText(info, selection));
    if (!capture.error.empty()) {
        err << "tcplens-cli: " << *path << ": " << capture.error << " (the items cover the packets before it)\n";
        return kExitUnreadable;
    }
    return kExitOk;
}

} // namespace tcplens::cli
