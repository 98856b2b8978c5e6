#pragma once
// The one table of field names the packet inspector shows, keyed by the Wireshark field id:
// the detail tree's label (core's name, as Wireshark writes it) and, for the fields the header
// diagram draws, the RFC's name, a short name for narrow boxes, how the value reads and what the
// field is for. Both views translate from here, so 序号, 确认号, 窗口 read alike in each.

#include <string_view>

namespace tcplens::ui {

/// How the header diagram writes a field's value.
enum class DiagramValue { Number, CoreText, None };

struct FieldName {
    const char* id;                      ///< Wireshark's filter name, e.g. "tcp.seq_raw".
    const char* treeName;                ///< Core's name of the field (context FieldNames); nullptr: none.
    const char* diagramName = nullptr;   ///< The RFC's name (context HeaderDiagramLabels); nullptr: not drawn.
    const char* diagramShort = nullptr;  ///< For narrow boxes (context HeaderDiagramShortLabels).
    DiagramValue value = DiagramValue::CoreText;
    const char* help = nullptr;          ///< One sentence for the diagram's tooltip.
};

inline constexpr const char* kFieldNamesContext = "tcplens::ui::FieldNames";

/// The header diagram's row of `id` (the first one naming it for the diagram), or nullptr.
[[nodiscard]] const FieldName* diagramFieldName(std::string_view id);
/// The detail tree's row of `id`, or nullptr.
[[nodiscard]] const FieldName* treeFieldName(std::string_view id);

} // namespace tcplens::ui
