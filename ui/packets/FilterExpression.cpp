#include "FilterExpression.h"

#include "BpfProblemText.h"
#include "FilterMessageText.h"

#include <capture/PacketAnalysisStore.h>
#include <capture/PacketStore.h>
#include <filter/DisplayFilter.h>

#include <algorithm>

namespace tcplens::ui {
namespace {

std::optional<BpfFilter> compileBpf(const PacketStore* store, const QString& text, std::string& error)
{
    if (!store || (store->info().interfaces.empty() && store->info().path.empty()))
        return BpfFilter::compile(text.toStdString(), 1, 262144, error);
    // The file's own handle: a big-endian BSD loopback capture needs libpcap to know its byte order.
    const auto& info = store->info();
    return BpfFilter::compileForFile(text.toStdString(), info.path, info.interfaces, error);
}

} // namespace

QString FilterExpression::syntaxName(FilterSyntax syntax)
{
    switch (syntax) {
    case FilterSyntax::Automatic: return tr("Automatic");
    case FilterSyntax::Display: return tr("Display filter");
    case FilterSyntax::Bpf: return tr("BPF (tcpdump)");
    }
    return {};
}

FilterExpression FilterExpression::compile(const QString& text, FilterSyntax wanted, const PacketStore* store)
{
    FilterExpression out;
    out.text_ = text;
    QString displayError;
    if (wanted != FilterSyntax::Bpf) {
        const auto compiled = DisplayFilter::compile(text.toStdString());
        if (compiled.ok()) {
            out.display_ = compiled.filter;
            out.syntax_ = FilterSyntax::Display;
            return out;
        }
        const auto& e = compiled.error;
        // Columns count characters of the UTF-8 text; a filter is ASCII but for quoted strings.
        out.errorColumn_ = static_cast<int>(QString::fromUtf8(text.toUtf8().left(static_cast<qsizetype>(e.column))).size());
        out.errorLength_ = static_cast<int>(e.length);
        out.error_ = tr("Column %1: %2").arg(out.errorColumn_ + 1).arg(FilterMessageText::of(e.detail));
        for (const auto& name : e.suggestions)
            out.suggestions_ << QString::fromStdString(name);
        out.syntax_ = FilterSyntax::Display;
        displayError = out.error_;
        if (wanted == FilterSyntax::Display)
            return out;
    }
    std::string bpfError;
    if (auto bpf = compileBpf(store, text, bpfError))
        out.bpf_ = std::make_shared<const BpfFilter>(std::move(*bpf));
    if (out.bpf_) {
        out.syntax_ = FilterSyntax::Bpf;
        out.error_.clear();
        out.errorColumn_ = -1;
        out.suggestions_.clear();
        return out;
    }
    if (wanted == FilterSyntax::Bpf) {
        out.syntax_ = FilterSyntax::Bpf;
        out.error_ = BpfProblemText::of(bpfError);
        return out;
    }
    // Automatic, and neither language takes it: the display filter's message points at the place.
    out.otherError_ = tr("Not a tcpdump (BPF) expression either: %1").arg(BpfProblemText::of(bpfError));
    return out;
}

PacketStoreFilterResult FilterExpression::run(const PacketStore& store, const PacketAnalysisStore& analyses,
                                              const std::atomic<bool>* cancel,
                                              const std::function<void(std::size_t)>& progress) const
{
    if (display_)
        return filterPacketStore(*display_, store, analyses, cancel, progress);
    if (bpf_)
        return filterPacketStore(*bpf_, store, cancel, progress);
    return {};
}

std::shared_ptr<FrameMaskScan> FilterExpression::makeScan() const
{
    if (display_)
        return std::make_shared<FrameMaskScan>(display_);
    if (bpf_)
        return std::make_shared<FrameMaskScan>(bpf_);
    return nullptr;
}

} // namespace tcplens::ui
