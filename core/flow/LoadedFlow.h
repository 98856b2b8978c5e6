#pragma once
// A capture file read in the GUI loader's single pass, kept together with the flow model of some
// of its conversations: what the CLI, tests and benchmarks need from a path.

#include "../capture/LoadedCapture.h"
#include "FlowModel.h"

#include <memory>
#include <string>

namespace tcplens {

class LoadedFlow {
public:
    /// Reads `path` (loadCapture) and builds the model of `selection`. Throws CaptureError when the
    /// file cannot be opened as a capture; capture().error says why a read stopped early.
    [[nodiscard]] static LoadedFlow load(const std::string& path, const FlowSelection& selection);

    [[nodiscard]] const LoadedCapture& capture() const noexcept { return *capture_; }
    [[nodiscard]] const FlowModel& model() const noexcept { return model_; }

private:
    std::unique_ptr<LoadedCapture> capture_; ///< On the heap: the model points into it, moves must not.
    FlowModel model_;
};

} // namespace tcplens
