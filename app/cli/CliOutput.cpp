#include "CliOutput.h"

#include <cerrno>
#include <cstring>
#include <ostream>
#include <utility>

namespace tcplens::cli {

CliOutput::CliOutput(std::string path, std::ostream& standardOut)
    : path_(std::move(path))
    , standardOut_(standardOut)
{
}

bool CliOutput::open(std::ostream& err)
{
    if (path_.empty())
        return true;
    errno = 0;
    file_.open(path_, std::ios::binary | std::ios::trunc);
    if (file_)
        return true;
    err << "tcplens-cli: cannot write " << path_;
    if (errno != 0)
        err << ": " << std::strerror(errno);
    err << '\n';
    return false;
}

bool CliOutput::finish(std::ostream& err)
{
    auto& sink = stream();
    sink.flush();
    if (sink)
        return true;
    err << "tcplens-cli: cannot write " << name() << '\n';
    return false;
}

} // namespace tcplens::cli
