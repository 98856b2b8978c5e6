#include "CliCaptureOpening.h"

#include <ostream>

namespace tcplens::cli {

std::unique_ptr<CaptureFile> openOrReport(const std::string& path, std::ostream& err)
{
    try {
        return CaptureFile::open(path);
    } catch (const CaptureError& error) {
        err << "tcplens-cli: " << error.what() << '\n';
        return nullptr;
    }
}

bool compileFilterOrReport(CaptureFile& file, const std::optional<std::string>& expression,
                           std::optional<BpfFilter>& filter, std::ostream& err)
{
    filter.reset();
    if (!expression)
        return true;
    std::string error;
    filter = file.compileFilter(*expression, error);
    if (!filter) {
        err << "tcplens-cli: bad filter \"" << *expression << "\": " << error << '\n';
        return false;
    }
    return true;
}

} // namespace tcplens::cli
