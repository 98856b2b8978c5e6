#pragma once
// Wireshark 4.0 display filters: compile the text once, then test packets with matches(),
// which reads the packet context in place and allocates nothing.

#include "FilterAst.h"
#include "FilterContext.h"
#include "FilterField.h"
#include "FilterMessage.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace tcplens {

/// Why a filter did not compile, and where.
struct DisplayFilterError {
    std::string message;                  ///< In English: "tcp.analysis.retransmision: no such field; did you mean ...?"
    std::size_t column = 0;               ///< 0-based offset of the mistake in the text
    std::size_t length = 0;               ///< Characters it spans (0: at the end)
    std::vector<std::string> suggestions; ///< Known field names near an unknown one
    FilterMessage detail;                 ///< What `message` says, for wording it in another language
    /// An error saying `detail`, with its English text.
    [[nodiscard]] static DisplayFilterError of(FilterMessage detail, std::size_t column, std::size_t length,
                                               std::vector<std::string> suggestions = {})
    {
        auto text = englishText(detail);
        return {std::move(text), column, length, std::move(suggestions), std::move(detail)};
    }
};

class DisplayFilter;

struct DisplayFilterCompilation {
    std::shared_ptr<const DisplayFilter> filter; ///< Null when the text did not compile.
    DisplayFilterError error;
    [[nodiscard]] bool ok() const noexcept { return filter != nullptr; }
};

/// One compiled operand or test (the AST resolved against the field table and typed).
struct CompiledFilterNode {
    FilterNodeKind kind = FilterNodeKind::Exists;
    CompareOp compare = CompareOp::AnyEq;
    ArithOp arith = ArithOp::BitAnd;
    FieldType type = FieldType::None;  ///< Of an operand's values
    const FilterField* field = nullptr;
    std::vector<int> children;
    std::vector<SliceRange> ranges;
    std::vector<std::uint8_t> bytes;   ///< A literal's bytes
    FilterValue literal{};             ///< A literal's value (data points into bytes)
    std::shared_ptr<const std::regex> regex;
    bool count = false;                ///< Function count() rather than len()
};

class DisplayFilter {
public:
    /// Compiles Wireshark display-filter syntax; an empty text matches every packet.
    [[nodiscard]] static DisplayFilterCompilation compile(std::string_view text);

    /// True when the packet passes the filter.
    [[nodiscard]] bool matches(const FilterContext& context) const noexcept;
    /// True when evaluating this packet needs context.spans (fields only the detail spans have,
    /// or headers that repeat in this packet's tunnels or ICMP quote).
    [[nodiscard]] bool needsSpans(const DecodedPacket& packet) const noexcept;
    /// True when every packet needs context.spans (the filter reads a field only the spans have).
    [[nodiscard]] bool needsSpansAlways() const noexcept { return spansAlways_; }
    /// True when the filter reads frame.time_delta_displayed (the caller tracks displayed frames).
    [[nodiscard]] bool usesDisplayedTime() const noexcept { return usesDisplayedTime_; }
    /// True when the filter reads TCP analysis fields (the caller must run the tracker).
    [[nodiscard]] bool usesAnalysis() const noexcept { return usesAnalysis_; }
    /// True when the filter reads analysis the compact PacketAnalysisRecord leaves out (ack_rtt,
    /// initial_rtt, acks_frame, completeness, the tcp.analysis tree): context.analysis is needed.
    [[nodiscard]] bool usesFullAnalysis() const noexcept { return usesFullAnalysis_; }
    /// True when the filter reads times that depend on earlier packets a row alone does not know:
    /// tcp.time_delta (the stream's previous packet), frame.time_delta_displayed.
    [[nodiscard]] bool usesPreviousPackets() const noexcept { return usesPreviousPackets_; }
    [[nodiscard]] bool empty() const noexcept { return root_ < 0; }
    [[nodiscard]] const std::string& text() const noexcept { return text_; }
    /// Every field the filter reads.
    [[nodiscard]] const std::vector<const FilterField*>& fields() const noexcept { return fields_; }

private:
    friend class DisplayFilterCompiler;
    static constexpr int kMaxValues = 16; ///< Occurrences kept per field and packet

    bool test(int node, const FilterContext& context, FilterScratch& scratch) const noexcept;
    // One function per test kind, so each stack frame holds only the value arrays it uses.
    bool exists(const CompiledFilterNode& node, const FilterContext& context, FilterScratch& scratch) const noexcept;
    bool compare(const CompiledFilterNode& node, const FilterContext& context, FilterScratch& scratch) const noexcept;
    bool contains(const CompiledFilterNode& node, const FilterContext& context, FilterScratch& scratch) const noexcept;
    bool matchesRegex(const CompiledFilterNode& node, const FilterContext& context, FilterScratch& scratch) const noexcept;
    bool in(const CompiledFilterNode& node, const FilterContext& context, FilterScratch& scratch) const noexcept;
    int values(int node, const FilterContext& context, FilterValue* out, int capacity, FilterScratch& scratch) const noexcept;
    int sliceValues(const CompiledFilterNode& node, const FilterContext& context, FilterValue* out, int capacity,
                    FilterScratch& scratch) const noexcept;
    int arithValues(const CompiledFilterNode& node, const FilterContext& context, FilterValue* out, int capacity,
                    FilterScratch& scratch) const noexcept;
    int functionValues(const CompiledFilterNode& node, const FilterContext& context, FilterValue* out, int capacity,
                       FilterScratch& scratch) const noexcept;

    std::string text_;
    std::vector<CompiledFilterNode> nodes_;
    int root_ = -1;
    std::vector<const FilterField*> fields_;
    bool spansAlways_ = false;
    bool spansWhenRepeated_ = false;
    bool usesDisplayedTime_ = false;
    bool usesAnalysis_ = false;
    bool usesFullAnalysis_ = false;
    bool usesPreviousPackets_ = false;
};

/// The values of one field in one packet (for columns, "Apply as Filter", the detail pane):
/// the same reading the filter does. Returns how many were written to `out`.
int readFilterField(const FilterField& field, const FilterContext& context, FilterValue* out, int capacity,
                    FilterScratch& scratch) noexcept;
/// A value as tshark -T fields prints it (numbers in decimal, addresses dotted, bytes as hex).
[[nodiscard]] std::string formatFilterValue(FieldType type, const FilterValue& value);

} // namespace tcplens
