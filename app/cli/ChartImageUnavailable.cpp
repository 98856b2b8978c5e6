#include "ChartImage.h"

namespace tcplens::cli {

bool chartImagesAvailable() noexcept { return false; }

std::string writeChartImage(std::shared_ptr<const StreamSeriesBuilder>, const ChartImageOptions&, const std::string&)
{
    return "chart images need the GUI build of tcplens (TCPLENS_BUILD_GUI=ON)";
}

} // namespace tcplens::cli
