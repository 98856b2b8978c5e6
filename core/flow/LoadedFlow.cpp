#include "LoadedFlow.h"

namespace tcplens {

LoadedFlow LoadedFlow::load(const std::string& path, const FlowSelection& selection)
{
    LoadedFlow flow;
    flow.capture_ = std::make_unique<LoadedCapture>(loadCapture(path));
    flow.model_ = FlowModel::build(flow.capture_->packets, flow.capture_->analyses, selection);
    return flow;
}

} // namespace tcplens
