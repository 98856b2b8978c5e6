#pragma once
// The display filter bar. It reads two languages: a Wireshark display filter by default, a
// tcpdump (BPF) expression when the text parses only as that, or the one the syntax switch
// forces; the switch names the language in use. The background says while typing whether the
// text is a valid display filter (green), valid only as BPF (yellow) or neither (red, with the
// column and the nearest field names). Enter applies on a worker thread (and stops following a
// conversation: the expression alone decides what is shown). Applied filters are remembered
// (QSettings) and offered again from the drop-down; Copy as BPF turns a display filter into
// the tcpdump expression that keeps the same packets, when there is one.

#include "FilterExpression.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QToolButton;
class QActionGroup;

namespace tcplens { class PacketStore; class PacketAnalysisStore; }

namespace tcplens::ui {

class FilterRunner;

class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);
    ~FilterBar() override;

    /// The capture the expression is compiled for and matched against (stops a run in progress).
    void setPackets(const PacketStore* store, const PacketAnalysisStore* analyses);
    /// Pauses filtering before the packets change under the worker (more packets come, a reset).
    void stopFiltering();
    /// Goes on filtering the packets that came since stopFiltering() (a load, a live capture):
    /// the applied filter keeps up with the packets, as Wireshark's does.
    void resumeFiltering();
    [[nodiscard]] QString expression() const;
    /// Sets the text and applies it, as if the user typed it and pressed Enter.
    void applyExpression(const QString& expression);
    /// Sets the text without applying it and puts the cursor in the bar, for the user to edit.
    void prepareExpression(const QString& expression);
    /// Applies the current text again from the first packet (earlier packets' analysis was revised), keeping the followed conversation.
    void reapply();
    /// The applied filters, most recent first (at most kHistorySize).
    [[nodiscard]] QStringList history() const;
    static constexpr int kHistorySize = 30;
    /// Shows (or hides, with an empty text) the chip naming the followed conversation.
    void setStreamChip(const QString& text);

    /// The language the switch asks for (Automatic: display filter, else BPF); remembered.
    [[nodiscard]] FilterSyntax requestedSyntax() const noexcept { return requested_; }
    void setRequestedSyntax(FilterSyntax syntax);
    /// The language the current text is read in (Display or Bpf).
    [[nodiscard]] FilterSyntax currentSyntax() const noexcept { return current_.syntax(); }
    /// The language of the filter last applied (Display when none).
    [[nodiscard]] FilterSyntax appliedSyntax() const noexcept { return appliedSyntax_; }
    /// Captures of more packets than this are filtered on a worker thread (FilterRunner's default).
    void setSynchronousPackets(std::size_t packets) noexcept { synchronousPackets_ = packets; }
    /// True while a large capture is being filtered on the worker thread.
    [[nodiscard]] bool isFiltering() const;
    /// Copies the tcpdump expression of the current text to the clipboard and shows it; returns
    /// what it said ("tcp.port == 80 → tcp port 80", or why BPF cannot express it).
    QString copyAsBpf();

signals:
    /// A valid filter was applied: the mask has one flag per packet filtered so far (null: no filter);
    /// while a load is ahead of the filter this comes again as the filter catches up.
    void filterApplied(std::shared_ptr<const std::vector<bool>> mask, const QString& expression);
    void filterRejected(const QString& message);
    void streamChipClosed();
    /// Something to tell in the status bar (Copy as BPF's result).
    void notice(const QString& message, bool warning);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();
    void submit();
    void apply();
    void remember(const QString& expression);
    void fillHistoryMenu();
    void showState();
    void showMessage(const QString& message, const QString& tone);
    void finished(std::shared_ptr<const std::vector<bool>> mask, quint64 shown, const QString& expression, bool complete);

    QLineEdit* edit_;
    QLabel* message_;
    QLabel* label_ = nullptr;
    QToolButton* chip_;
    QToolButton* historyButton_;
    QToolButton* syntaxButton_;
    QToolButton* bpfButton_;
    QActionGroup* syntaxGroup_;
    FilterRunner* runner_;
    const PacketStore* store_ = nullptr;
    const PacketAnalysisStore* analyses_ = nullptr;
    FilterSyntax requested_ = FilterSyntax::Automatic;
    FilterSyntax appliedSyntax_ = FilterSyntax::Display;
    FilterExpression current_;
    std::size_t synchronousPackets_;
};

} // namespace tcplens::ui
