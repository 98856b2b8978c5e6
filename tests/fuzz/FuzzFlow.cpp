// Harness "flow": the GUI loader's pass and the flow graph, as `tcplens-cli flow` and the flow
// panel use them: models of all streams, of single streams and of a packet predicate, narration in
// both languages, every text export and the layout with both row spacings.
#include "FuzzCaptureFile.h"
#include "FuzzTargets.h"

#include <capture/CaptureFile.h>
#include <capture/LoadedCapture.h>
#include <export/FlowAsciiWriter.h>
#include <export/FlowMermaidWriter.h>
#include <export/FlowPlantUmlWriter.h>
#include <export/FlowSvgWriter.h>
#include <flow/FlowLayout.h>
#include <flow/FlowModel.h>
#include <flow/FlowNarrator.h>

#include <algorithm>
#include <sstream>

namespace tcplens::fuzz {
namespace {

void exportAll(const FlowModel& model, const FlowExportOptions& range)
{
    std::ostringstream out;
    writeFlowAscii(out, model, range);
    // The text diagram stays linear in rows and lifelines (no rows x lifelines blow-up).
    const auto rows = std::min(range.lastRow, model.rowCount() - 1) - std::min(range.firstRow, model.rowCount()) + 1;
    require(out.str().size() <= 4096 + 2048 * (rows + model.lifelines().size()) * 3,
            "the text flow graph grows linearly with rows and lifelines");
    writeFlowMermaid(out, model, range);
    writeFlowPlantUml(out, model, range);
    for (const auto spacing : {RowSpacing::Uniform, RowSpacing::Proportional}) {
        FlowSvgOptions svg;
        svg.range = range;
        svg.layout.spacing = spacing;
        svg.layout.slanted = spacing == RowSpacing::Proportional;
        writeFlowSvg(out, model, svg);
        const auto layout = FlowLayout::of(model, svg.layout, range.firstRow, range.lastRow);
        require(layout.height() >= 0 && layout.width() >= 0, "the layout has a size");
        (void)layout.rowAt(layout.height() / 2);
    }
}

void narrateAll(const FlowModel& model)
{
    for (const auto language : {NarrationLanguage::English, NarrationLanguage::SimplifiedChinese}) {
        const FlowNarrator narrator(language);
        for (std::size_t r = 0; r < model.rowCount(); ++r) {
            const auto arrow = model.arrow(r, SequenceNumbers::Relative, true);
            require(!narrator.title(model, arrow).empty(), "every arrow has a title");
            require(!narrator.narrate(model, arrow).empty(), "every arrow is narrated");
            (void)arrow.label(SequenceNumbers::Absolute, model.hostLifelines());
            (void)arrow.comment();
        }
    }
}

} // namespace

void fuzzFlow(const std::uint8_t* data, std::size_t size)
{
    const FuzzCaptureFile input(data, size);
    const auto loaded = input.load();
    if (!loaded)
        return;
    const LoadedCapture& capture = *loaded;
    require(capture.packets.size() == capture.analyses.size(), "every packet has its analysis record");

    const auto all = FlowModel::build(capture.packets, capture.analyses, FlowSelection::allStreams());
    if (all.empty())
        return;
    narrateAll(all);
    exportAll(all, {});
    FlowExportOptions middle;
    middle.firstRow = all.rowCount() / 3;
    middle.lastRow = 2 * all.rowCount() / 3;
    middle.numbers = SequenceNumbers::Absolute;
    exportAll(all, middle);

    const auto streams = std::min<std::size_t>(capture.conversations.size(), 3);
    for (std::uint32_t s = 0; s < streams; ++s) {
        const auto one = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(s));
        // A stream number only an ICMP error's quoted header took has no packets, so no rows.
        require(!one.empty() || capture.conversations[s].quoteOnly(), "a stream with packets has rows");
        narrateAll(one);
        exportAll(one, {});
    }
    // A stream that does not exist, and a packet predicate like the GUI's display filter.
    const auto none = FlowModel::build(capture.packets, capture.analyses,
                                       FlowSelection::streams({static_cast<std::uint32_t>(capture.conversations.size()),
                                                               0xfffffffeU}));
    require(none.rowCount() <= all.rowCount(), "a selection never has more rows than all streams");
    const auto odd = FlowModel::build(capture.packets, capture.analyses,
                                      FlowSelection::matching([](PacketNumber p) { return p % 2 == 1; }));
    if (!odd.empty())
        exportAll(odd, {});
}

} // namespace tcplens::fuzz
