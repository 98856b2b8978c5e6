#pragma once
// The presentation's right-hand figure: the current packet's TCP header as RFC 793 draws it,
// sized to the largest figure its column holds, with a caption above and, under it, the fields
// that changed since the same sender's previous packet.

#include <decode/FieldSpan.h>

#include <QWidget>

#include <cstddef>
#include <optional>

namespace tcplens::ui {

class FittedLabel;
class HeaderDiagramView;

class PresentationHeaderPane : public QWidget {
    Q_OBJECT
public:
    explicit PresentationHeaderPane(QWidget* parent = nullptr);

    [[nodiscard]] HeaderDiagramView* diagram() const noexcept { return diagram_; }
    /// The line under the diagram naming what changed since the sender's previous packet.
    [[nodiscard]] QString changesText() const;

    /// The least width whose figure draws flag letters at their floor for a screen `screenHeight` high.
    [[nodiscard]] int leastWidth(int screenHeight) const;
    /// Type sizes for a screen `screenHeight` pixels high.
    void applySizes(int screenHeight);
    /// Before the first step: no figure, a caption saying one will come.
    void showNothing();
    /// Step `index` (0-based), frame `packet`, its sender and its TCP fields; `previous` is the same
    /// sender's previous step and its fields, when there is one.
    struct Packet {
        std::size_t index = 0;
        std::size_t frameNumber = 0; ///< 1-based, as Wireshark counts.
        bool fromClient = true;
        FieldSpans spans;
    };
    void showPacket(const Packet& packet, const std::optional<Packet>& previous);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The changed-field line as tall as its text at the largest size (one to three lines): a
    /// first packet's one line leaves the 40-byte SYN's header the room of two.
    void fitChanges();
    /// The figure's fields, its caption and the changed-field line of showPacket().
    void showTexts(const Packet& packet, const std::optional<Packet>& previous);
    /// Sizes the header diagram to the largest figure its column holds without scrolling.
    void fitDiagram();
    /// The least pixel size of the figure's small type for this screen.
    [[nodiscard]] int smallFloor() const;

    FittedLabel* caption_ = nullptr;
    QWidget* holder_ = nullptr;
    HeaderDiagramView* diagram_ = nullptr;
    FittedLabel* changes_ = nullptr;
    int screenHeight_ = 300;
};

} // namespace tcplens::ui
