#include "PresentationWindow.h"

#include "shell/Language.h"
#include "packets/PacketListModel.h"
#include "flowgraph/FlowGraphView.h"
#include "inspector/HeaderDiagramLabels.h"
#include "inspector/HeaderDiagramView.h"

#include <decode/FieldSpanDiff.h>

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace tcplens::ui {

namespace {

/// The property holding a label's whole text; the label shows it, or it shortened.
constexpr const char* kFullText = "tcplensFullText";

QLabel* newLabel(Qt::Alignment alignment, bool wrap)
{
    auto* label = new QLabel;
    label->setAlignment(alignment);
    label->setWordWrap(wrap);
    label->setTextFormat(Qt::PlainText);
    label->setFocusPolicy(Qt::NoFocus);
    // The screen decides the widths: a long text wraps, shrinks or is shortened, it never widens
    // the window (a label's own minimum width is the whole text).
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
    label->setMinimumWidth(0);
    return label;
}

/// The TCP header's fields only: the figure the class studies, large enough to read.
FieldSpans tcpFields(FieldSpans spans)
{
    std::erase_if(spans, [](const FieldSpan& span) { return span.layer != Layer::Transport; });
    return spans;
}

void setPixelFont(QWidget* widget, int px, bool bold = false)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(6, px));
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

PresentationWindow::PresentationWindow(const PacketListModel& packets, std::uint32_t stream, QWidget* parent)
    : QWidget(parent), packets_(packets), stream_(stream),
      narrator_(parseNarrationLanguage(installedLanguage().toStdString()).value_or(NarrationLanguage::English))
{
    graph_.setCapture(&packets.store(), &packets.analyses());
    graph_.setStreams({stream});
    setWindowTitle(tr("tcplens — presenting conversation %1").arg(stream));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    std::vector<PresentationPacket> steps;
    steps.reserve(graph_.core().rowCount());
    for (const FlowRow& row : graph_.core().rows())
        steps.push_back({row.packet, packets.analysis(static_cast<int>(row.packet)).fromClient()});
    steps_.setPackets(std::move(steps));
    travel_ = new QVariantAnimation(this);
    travel_->setDuration(kTravelMs);
    travel_->setStartValue(0.0);
    travel_->setEndValue(1.0);
    travel_->setEasingCurve(QEasingCurve::InOutCubic);
    buildWidgets();
    connect(travel_, &QVariantAnimation::valueChanged, flow_,
            [this](const QVariant& value) { flow_->setArrowProgress(value.toDouble()); });
    showStep(false);
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::buildWidgets()
{
    title_ = newLabel(Qt::AlignLeft | Qt::AlignVCenter, true);
    conversation_ = newLabel(Qt::AlignLeft | Qt::AlignVCenter, false);
    conversation_->setForegroundRole(QPalette::PlaceholderText);
    flow_ = new FlowGraphView;
    flow_->setFocusPolicy(Qt::NoFocus); // the window takes the keys: they step, not select
    flow_->setCompact(true);
    flow_->setModel(&graph_);
    flow_->installEventFilter(this);
    headerCaption_ = newLabel(Qt::AlignLeft | Qt::AlignVCenter, true);
    diagramHolder_ = new QWidget;
    diagramHolder_->installEventFilter(this);
    diagram_ = new HeaderDiagramView(diagramHolder_);
    diagram_->setFocusPolicy(Qt::NoFocus);
    changes_ = newLabel(Qt::AlignLeft | Qt::AlignTop, true);
    narrationLine_ = newLabel(Qt::AlignLeft | Qt::AlignVCenter, true);
    narrationLine_->setObjectName(QStringLiteral("presentationNarration"));
    keys_ = newLabel(Qt::AlignRight | Qt::AlignVCenter, false);
    keys_->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {title_, conversation_, headerCaption_, changes_, narrationLine_, keys_})
        label->installEventFilter(this);

    // The flow graph takes the whole height on the left, so a conversation of twenty packets shows
    // whole; the packet's title, header, narration and the hints stack on the right.
    auto* right = new QVBoxLayout;
    right->setSpacing(0);
    right->addWidget(title_);
    right->addWidget(headerCaption_);
    right->addWidget(diagramHolder_, 1);
    right->addWidget(changes_);
    right->addWidget(narrationLine_);
    right->addWidget(conversation_);
    right->addWidget(keys_);
    auto* root = new QHBoxLayout(this);
    root->addWidget(flow_);
    root->addLayout(right, 1);
    setFittedText(keys_, keyHints());
    applySizes();
}

void PresentationWindow::applySizes()
{
    // Sized from the screen's height so the back row can read it: arrow labels at least 1/30.
    const int h = std::max(300, height());
    const int gap = h / 60;
    layout()->setContentsMargins(gap * 2, gap, gap * 2, gap / 2);
    layout()->setSpacing(gap * 2);
    auto* right = static_cast<QVBoxLayout*>(layout()->itemAt(1)->layout());
    right->setSpacing(gap / 3);
    // Arrow labels at least a thirtieth of the screen. In points: the graph sizes its smaller
    // texts from the point size.
    QFont labels = flow_->font();
    labels.setPointSizeF(std::ceil(h / 30.0) * 72.0 / std::max(1, logicalDpiY()));
    flow_->setFont(labels);
    flow_->setLabelScale(1.0);
    fitFlowWidth();
    setPixelFont(headerCaption_, h / 40, true);
    // Field names and values at least a sixtieth of the screen, flag letters a forty-fifth.
    diagram_->setLeastTextSizes(std::ceil(h / 60.0), std::ceil(h / 45.0));
    setPixelFont(title_, h / 24, true);
    title_->setMinimumHeight(QFontMetrics(title_->font()).lineSpacing());
    // Room for three and a half lines at the largest size (five at the smallest), so the diagram
    // does not jump as the narration grows and shrinks, and a long header keeps its room.
    setPixelFont(narrationLine_, static_cast<int>(std::ceil(h / 30.0)));
    narrationLine_->setFixedHeight(QFontMetrics(narrationLine_->font()).lineSpacing() * 7 / 2 + gap / 2);
    setPixelFont(changes_, h / 42);
    changes_->setFixedHeight(QFontMetrics(changes_->font()).lineSpacing() * 3);
    setPixelFont(keys_, h / 60);
    setPixelFont(conversation_, h / 60);
    fitTexts();
}

void PresentationWindow::fitFlowWidth()
{
    // The flow graph takes the width its texts need (up to 62%), the header diagram the rest: its
    // boxes and flag letters grow with it.
    const int gap = std::max(300, height()) / 60;
    const FlowGraphView::Widths widths = flow_->compactWidths();
    const int room = width() - 6 * gap;
    const int flowWidth = std::clamp(widths.whole, widths.least, std::max(widths.least, room * 62 / 100));
    flow_->setFixedWidth(std::max(1, std::min(flowWidth, room - room / 4)));
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applySizes();
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        back();
        break;
    case Qt::Key_Home: home(); break;
    case Qt::Key_End: end(); break;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        emit leaveRequested();
        break;
    default: return QWidget::keyPressEvent(event);
    }
    event->accept();
}

bool PresentationWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == diagramHolder_)
            fitDiagram();
        else if (watched == flow_)
            QTimer::singleShot(0, flow_, [this] {
                fitFlowWidth(); // dense rows or not, decided by the height, change the width wanted
                scrollToNewest(); // after the view's own relayout
            });
        else if (auto* label = qobject_cast<QLabel*>(watched))
            fitLabel(label);
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::fitDiagram()
{
    const QSize room = diagramHolder_->size();
    if (room.width() <= 0 || room.height() <= 0)
        return;
    // The largest type whose figure fits the column's height at its full width; the boxes and
    // their labels grow with the width.
    const int h = std::max(300, height());
    const qreal labelFloor = std::ceil(h / 60.0);
    const qreal flagFloor = std::ceil(h / 45.0);
    // 16 bits to a row when 32 would shrink the flag letters, if the column is tall enough for them
    // (at floors a little lower, if need be), else 32 with the flags as large as their bits allow.
    struct Try {
        int bits;
        qreal scale;
    };
    for (const Try attempt : {Try{0, 1.0}, Try{0, 0.95}, Try{0, 0.9}, Try{0, 0.85}, Try{32, 1.0}}) {
        diagram_->setLeastTextSizes(std::floor(labelFloor * attempt.scale), std::floor(flagFloor * attempt.scale));
        diagram_->setBitsPerRowChoice(attempt.bits);
        int px = h / 40;
        for (; px > std::max(6, h / 160); --px) { // the labels keep their own floors (setLeastTextSizes)
            setPixelFont(diagram_, px);
            if (diagram_->heightForWidth(room.width()) <= room.height())
                break;
        }
        if (diagram_->heightForWidth(room.width()) <= room.height())
            break;
    }
    // A column too short for the figure at its floors (a long header on a 4:3 screen): smaller
    // floors, then a narrower figure.
    for (qreal scale = 0.95; scale > 0.5 && diagram_->heightForWidth(room.width()) > room.height(); scale -= 0.05)
        diagram_->setLeastTextSizes(std::floor(labelFloor * scale), std::floor(flagFloor * scale));
    int width = room.width();
    while (width > 200 && diagram_->heightForWidth(width) > room.height())
        width -= 8; // a very short column: a narrower figure
    diagram_->setGeometry(0, 0, width, std::min(room.height(), diagram_->heightForWidth(width)));
}

void PresentationWindow::setFittedText(QLabel* label, const QString& text)
{
    label->setProperty(kFullText, text);
    fitLabel(label);
}

QString PresentationWindow::fullText(const QLabel* label)
{
    return label->property(kFullText).toString();
}

void PresentationWindow::fitTexts()
{
    for (QLabel* label : {title_, conversation_, headerCaption_, changes_, narrationLine_, keys_})
        fitLabel(label);
}

void PresentationWindow::fitLabel(QLabel* label)
{
    // Each text at the largest size that fits its lines; smaller type rather than a cut, and
    // shortened (…) only when even the smallest does not fit.
    const int h = std::max(300, height());
    if (label == narrationLine_)
        fitText(label, static_cast<int>(std::ceil(h / 30.0)), h / 45, 0, true, narrationLine_->height());
    else if (label == changes_)
        fitText(label, h / 42, h / 60, 3);
    else if (label == title_ && !fitText(label, h / 24, h / 30, 1, false) && !fitText(label, h / 30, h / 36, 2, false))
        fitText(label, h / 36, h / 36, 3); // a very long title in a narrow column: a third line
    else if (label == headerCaption_)
        fitText(label, h / 40, h / 56, 2);
    else if (label == keys_ || label == conversation_)
        fitText(label, h / 60, h / 80, 1);
}

bool PresentationWindow::fitText(QLabel* label, int largestPx, int smallestPx, int lines, bool shorten, int height)
{
    const QString text = fullText(label);
    const int width = label->width();
    if (width <= 0 || text.isEmpty()) {
        label->setText(text);
        return true;
    }
    const auto fits = [&](const QFontMetrics& fm, const QString& candidate) {
        const QRect needed = fm.boundingRect(QRect(0, 0, width, 100'000), Qt::TextWordWrap, candidate);
        const int room = height > 0 ? height : fm.lineSpacing() * lines;
        return needed.height() <= room && needed.width() <= width;
    };
    int px = largestPx;
    for (; px > smallestPx; --px) {
        setPixelFont(label, px);
        if (fits(QFontMetrics(label->font()), text)) {
            label->setText(text);
            return true;
        }
    }
    setPixelFont(label, smallestPx);
    const QFontMetrics fm(label->font());
    if (fits(fm, text)) {
        label->setText(text);
        return true;
    }
    if (!shorten)
        return false;
    // Shorten until it fits: one line is elided at its end; several lose words from the end.
    QString shortened = fm.elidedText(text, Qt::ElideRight, width);
    const bool oneLine = height > 0 ? height < fm.lineSpacing() * 2 : lines <= 1;
    for (qsizetype keep = text.size(); !oneLine && keep > 0 && !fits(fm, shortened);) {
        keep = std::max<qsizetype>(0, keep - std::max<qsizetype>(1, keep / 12));
        shortened = text.left(keep).trimmed() + QStringLiteral("…");
    }
    label->setText(shortened);
    return false;
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    emit leaveRequested();
    QWidget::closeEvent(event);
}

void PresentationWindow::next()
{
    finishAnimation();
    if (steps_.next())
        showStep(true);
}

void PresentationWindow::back()
{
    finishAnimation();
    if (steps_.back())
        showStep(false);
}

void PresentationWindow::home()
{
    finishAnimation();
    if (steps_.home())
        showStep(false);
}

void PresentationWindow::end()
{
    finishAnimation();
    if (steps_.end())
        showStep(false);
}

void PresentationWindow::goToStep(int step)
{
    finishAnimation();
    steps_.goTo(static_cast<std::size_t>(std::max(0, step)));
    showStep(false);
}

QString PresentationWindow::senderName(bool fromClient) const
{
    return fromClient ? tr("client") : tr("server");
}

QString PresentationWindow::conversationText() const
{
    const FlowModel& model = graph_.core();
    const auto& conversations = model.conversations();
    if (conversations.empty())
        return tr("Conversation %1").arg(stream_);
    const auto& lifelines = model.lifelines();
    const auto name = [&lifelines](std::uint32_t lifeline) {
        return QString::fromStdString(lifelines[lifeline].label());
    };
    return tr("client %1  ⇄  server %2")
        .arg(name(conversations.front().clientLifeline), name(conversations.front().serverLifeline));
}

void PresentationWindow::scrollToNewest()
{
    // Nothing after the newest arrow is drawn: keep it at the bottom, the story above it.
    flow_->verticalScrollBar()->setValue(flow_->verticalScrollBar()->maximum());
}

bool PresentationWindow::isAnimating() const
{
    return travel_->state() == QAbstractAnimation::Running;
}

void PresentationWindow::finishAnimation()
{
    if (!isAnimating())
        return;
    travel_->stop();
    flow_->setArrowProgress(1.0);
}

void PresentationWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // View › Language while presenting: the narration and the captions follow at once.
    narrator_ = FlowNarrator(parseNarrationLanguage(installedLanguage().toStdString()).value_or(NarrationLanguage::English));
    graph_.refresh(); // the lifelines' roles and the arrows' "not received" are the model's texts
    flow_->modelChanged();
    setWindowTitle(tr("tcplens — presenting conversation %1").arg(stream_));
    setFittedText(keys_, keyHints());
    showStep(false);
}

QString PresentationWindow::keyHints() const
{
    return tr("→ Space PgDn: next packet    ← PgUp: back    Home / End    Esc: leave");
}

void PresentationWindow::showStep(bool animate)
{
    const auto current = steps_.current();
    flow_->setRevealLimit(static_cast<int>(steps_.revealLimit()));
    flow_->setCurrentRow(current ? static_cast<int>(*current) : -1);
    flow_->setArrowProgress(animate ? 0.0 : 1.0);
    scrollToNewest();
    if (animate)
        travel_->start();
    setFittedText(conversation_, conversationText());
    const auto count = static_cast<int>(steps_.packetCount());
    if (!current) {
        setFittedText(title_, count == 0 ? tr("Conversation %1 has no packets").arg(stream_)
                                         : tr("Conversation %1: %2 packets").arg(stream_).arg(count));
        setFittedText(narrationLine_, count == 0 ? QString()
                                                 : tr("Press → to send the first packet. Before each press, guess "
                                                      "what comes next: who sends, which flags, which numbers?"));
        setFittedText(headerCaption_, tr("Each packet's header will appear here."));
        diagram_->clear();
        diagram_->setVisible(false);
        setFittedText(changes_, QString());
        return;
    }
    showNarration(*current);
    diagram_->setVisible(true);
    showHeader(*current);
}

void PresentationWindow::showNarration(std::size_t index)
{
    // Steps are the model's rows, in the same order.
    const FlowModel& model = graph_.core();
    const FlowArrow arrow = model.arrow(index);
    setFittedText(title_, tr("%1 / %2   %3")
                              .arg(index + 1)
                              .arg(steps_.packetCount())
                              .arg(QString::fromStdString(narrator_.title(model, arrow))));
    setFittedText(narrationLine_, QString::fromStdString(narrator_.narrate(model, arrow)));
}

void PresentationWindow::showHeader(std::size_t index)
{
    const PresentationPacket& packet = steps_.packets()[index];
    FieldSpans spans = tcpFields(packets_.fieldSpans(static_cast<int>(packet.number)));
    const auto previous = steps_.previousSameDirection(index);
    std::vector<int> changed;
    if (previous)
        changed = changedHeaderFields(
            tcpFields(packets_.fieldSpans(static_cast<int>(steps_.packets()[*previous].number))), spans);
    diagram_->setSpans(spans);
    diagram_->setChangedFields(changed);
    fitDiagram(); // options make the header taller or shorter
    setFittedText(headerCaption_, tr("TCP header of packet %1 (frame %2), sent by the %3")
                                      .arg(index + 1)
                                      .arg(packet.number + 1)
                                      .arg(senderName(packet.fromClient)));
    if (!previous) {
        setFittedText(changes_, tr("The %1's first packet: nothing to compare with yet.").arg(senderName(packet.fromClient)));
        return;
    }
    // Name the boxes the diagram outlines, in header order, once each.
    QStringList names;
    for (const int span : diagram_->changedFields()) {
        if (!diagram_->diagramLayout().box(span))
            continue;
        const QString name = headerDiagramLabel(spans, span).name;
        if (!names.contains(name))
            names << name;
    }
    const QString sender = senderName(packet.fromClient);
    const int before = static_cast<int>(*previous) + 1;
    if (names.isEmpty())
        setFittedText(changes_, tr("Nothing changed since the %1's packet %2.").arg(sender).arg(before));
    else
        setFittedText(changes_, tr("Outlined: changed since the %1's packet %2 — %3")
                                    .arg(sender)
                                    .arg(before)
                                    .arg(names.join(tr(", "))));
}

QString PresentationWindow::narrationText() const
{
    return fullText(narrationLine_);
}

QString PresentationWindow::titleText() const
{
    return fullText(title_);
}

QString PresentationWindow::changesText() const
{
    return fullText(changes_);
}

} // namespace tcplens::ui
