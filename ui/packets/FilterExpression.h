#pragma once
// The filter bar's text compiled in one of its two languages: a Wireshark display filter (the
// default) or a tcpdump (BPF) expression, chosen automatically (display filter, else BPF when
// the text parses only as BPF) or forced; and the frame mask it gives over a loaded capture.

#include <capture/BpfFilter.h>
#include <filter/PacketStoreFilter.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace tcplens { class PacketAnalysisStore; class PacketStore; class DisplayFilter; }

namespace tcplens::ui {

/// Which language the filter bar reads.
enum class FilterSyntax { Automatic, Display, Bpf };

class FilterExpression {
    Q_DECLARE_TR_FUNCTIONS(tcplens::ui::FilterExpression)
public:
    /// Compiles `text` as `wanted` says; `store` (may be null) gives BPF the capture's link types.
    [[nodiscard]] static FilterExpression compile(const QString& text, FilterSyntax wanted, const PacketStore* store);

    [[nodiscard]] bool ok() const noexcept { return display_ != nullptr || bpf_ != nullptr; }
    /// The language the text was read in (Display or Bpf); for an error, the one it was reported in.
    [[nodiscard]] FilterSyntax syntax() const noexcept { return syntax_; }
    [[nodiscard]] const QString& text() const noexcept { return text_; }
    /// What is wrong (translated where tcplens words it), empty when ok().
    [[nodiscard]] const QString& error() const noexcept { return error_; }
    /// 0-based column and length of the mistake in the text; -1 when the message names no place (libpcap).
    [[nodiscard]] int errorColumn() const noexcept { return errorColumn_; }
    [[nodiscard]] int errorLength() const noexcept { return errorLength_; }
    /// Known field names near an unknown one ("did you mean ...").
    [[nodiscard]] const QStringList& suggestions() const noexcept { return suggestions_; }
    /// With Automatic: why the other language did not take the text either (for the tooltip).
    [[nodiscard]] const QString& otherError() const noexcept { return otherError_; }
    [[nodiscard]] const std::shared_ptr<const DisplayFilter>& displayFilter() const noexcept { return display_; }

    /// One flag per packet of `store` (any thread; the store must not grow meanwhile).
    [[nodiscard]] PacketStoreFilterResult run(const PacketStore& store, const PacketAnalysisStore& analyses,
                                              const std::atomic<bool>* cancel = nullptr,
                                              const std::function<void(std::size_t)>& progress = {}) const;
    /// A scan that filters the packets from the first on, and goes on as more come; null when !ok().
    [[nodiscard]] std::shared_ptr<FrameMaskScan> makeScan() const;

    /// "Display filter" / "BPF (tcpdump)".
    [[nodiscard]] static QString syntaxName(FilterSyntax syntax);

private:
    QString text_;
    FilterSyntax syntax_ = FilterSyntax::Display;
    std::shared_ptr<const DisplayFilter> display_;
    std::shared_ptr<const BpfFilter> bpf_;
    QString error_;
    int errorColumn_ = -1;
    int errorLength_ = 0;
    QStringList suggestions_;
    QString otherError_;
};

} // namespace tcplens::ui
