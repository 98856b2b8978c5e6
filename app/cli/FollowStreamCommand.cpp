#include "FollowStreamCommand.h"

#include "CliCaptureOpening.h"
#include "CliOutput.h"
#include "CliCommands.h"

#include <capture/CaptureFile.h>
#include <follow/FollowFromCapture.h>
#include <follow/FollowWriter.h>

#include <ostream>

namespace tcplens::cli {

int runFollowStream(const FollowStreamOptions& options, std::ostream& out, std::ostream& err)
{
    const auto format = parseFollowFormat(options.format);
    if (!format) {
        err << "tcplens-cli: --format takes ascii, hex, raw, yaml, c or binary, not \"" << options.format << "\"\n";
        return kExitUsage;
    }
    if (!options.stream) {
        err << "tcplens-cli: follow needs --stream N (see tcplens-cli conversations FILE)\n";
        return kExitUsage;
    }
    const auto file = openOrReport(options.path, err);
    if (!file)
        return kExitUnreadable;
    CliOutput output(options.output, out);
    if (!output.open(err))
        return kExitUnreadable;
    FollowWriter writer(output.stream(), *format, *options.stream);
    const auto result = followFromCapture(*file, *options.stream,
                                          [&](const FollowChunk& chunk, const FollowPeers& peers) {
                                              writer.chunk(chunk, peers);
                                          });
    if (result.packets == 0 && result.error.empty()) {
        err << "tcplens-cli: " << options.path << " has no TCP stream " << *options.stream << " (it has "
            << result.streams << ")\n";
        return kExitUsage;
    }
    writer.finish(result.peers);
    if (!output.finish(err))
        return kExitUnreadable;
    if (!result.error.empty()) {
        err << "tcplens-cli: " << options.path << ": " << result.error << '\n';
        return kExitUnreadable;
    }
    return kExitOk;
}

} // namespace tcplens::cli
