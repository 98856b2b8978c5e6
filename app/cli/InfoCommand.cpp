#include "InfoCommand.h"

#include "CliCommands.h"

#include <capture/CaptureProperties.h>

#include <ostream>

namespace tcplens::cli {

int runInfo(const std::string& path, bool json, std::ostream& out, std::ostream& err)
{
    CaptureProperties properties;
    try {
        properties = readCaptureProperties(path);
    } catch (const CaptureError& error) {
        err << "tcplens-cli: " << error.what() << '\n';
        return kExitUnreadable;
    }
    out << (json ? capturePropertiesJson(properties) + "\n" : capturePropertiesText(properties));
    if (!properties.error.empty()) {
        err << "tcplens-cli: " << path << ": " << properties.error << " (the figures cover the packets before it)\n";
        return kExitUnreadable;
    }
    return kExitOk;
}

} // namespace tcplens::cli
