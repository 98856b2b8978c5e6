#pragma once
// Where a tcplens-cli command writes its result: the -o file or standard output, with one
// way of reporting a file that cannot be created or a write that fails (disk full, closed pipe).

#include <fstream>
#include <iosfwd>
#include <string>

namespace tcplens::cli {

class CliOutput {
public:
    /// Writes to `path` (created or truncated) or to `standardOut` when `path` is empty.
    CliOutput(std::string path, std::ostream& standardOut);

    /// False after writing "tcplens-cli: cannot write PATH: why" to `err` (exit kExitUnreadable).
    [[nodiscard]] bool open(std::ostream& err);
    [[nodiscard]] std::ostream& stream() noexcept { return path_.empty() ? standardOut_ : file_; }
    /// Flushes; false after reporting that the output could not be written completely.
    [[nodiscard]] bool finish(std::ostream& err);

private:
    [[nodiscard]] std::string name() const { return path_.empty() ? std::string("the output") : path_; }

    std::string path_;
    std::ostream& standardOut_;
    std::ofstream file_;
};

} // namespace tcplens::cli
