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

QLabel* newLabel(Qt::Alignment alignment, bool wrap)
{
    auto* label = new QLabel;
    label->setAlignment(alignment);
    label->setWordWrap(wrap);
    label->setTextFormat(Qt::PlainText);
    label->setFocusPolicy(Qt::NoFocus);
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
    title_ = newLabel(Qt::AlignLeft | Qt::AlignVCenter, false);
    conversation_ = newLabel(Qt::AlignRight | Qt::AlignVCenter, false);
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
    narrationLine_->installEventFilter(this);
    changes_->installEventFilter(this);
    keys_ = newLabel(Qt::AlignRight | Qt::AlignVCenter, false);
    keys_->setText(tr("→ Space PgDn: next packet    ← PgUp: back    Home / End    Esc: leave"));
    keys_->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QHBoxLayout;
    top->addWidget(title_, 3);
    top->addWidget(conversation_, 2);
    auto* right = new QVBoxLayout;
    right->setSpacing(0);
    right->addWidget(headerCaption_);
    right->addWidget(diagramHolder_, 1);
    right->addWidget(changes_);
    auto* middle = new QHBoxLayout;
    middle->addWidget(flow_, 13);
    middle->addLayout(right, 6);
    auto* root = new QVBoxLayout(this);
    root->addLayout(top);
    root->addLayout(middle, 1);
    root->addWidget(narrationLine_);
    root->addWidget(keys_);
    applySizes();
}

void PresentationWindow::applySizes()
{
    // Sized from the screen's height so the back row can read it: arrow labels at least 1/30.
    const int h = std::max(300, height());
    const int gap = h / 60;
    layout()->setContentsMargins(gap * 2, gap, gap * 2, gap / 2);
    layout()->setSpacing(gap);
    static_cast<QHBoxLayout*>(layout()->itemAt(1)->layout())->setSpacing(gap * 2);
    setPixelFont(title_, h / 24, true);
    setPixelFont(conversation_, h / 36);
    // Arrow labels at least a thirtieth of the screen. In points: the graph sizes its smaller
    // texts from the point size.
    QFont labels = flow_->font();
    labels.setPointSizeF(std::ceil(h / 30.0) * 72.0 / std::max(1, logicalDpiY()));
    flow_->setFont(labels);
    flow_->setLabelScale(1.0);
    setPixelFont(headerCaption_, h / 40, true);
    setPixelFont(changes_, h / 42);
    setPixelFont(keys_, h / 60);
    // Room for three lines, so the diagrams do not jump as the narration grows and shrinks.
    setPixelFont(narrationLine_, static_cast<int>(std::ceil(h / 30.0)));
    narrationLine_->setFixedHeight(QFontMetrics(narrationLine_->font()).lineSpacing() * 3 + gap);
    fitNarration();
    changes_->setFixedHeight(QFontMetrics(changes_->font()).lineSpacing() * 3);
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
    if (watched == diagramHolder_ && event->type() == QEvent::Resize)
        fitDiagram();
    else if ((watched == narrationLine_ || watched == changes_) && event->type() == QEvent::Resize)
        fitNarration();
    else if (watched == flow_ && event->type() == QEvent::Resize)
        QTimer::singleShot(0, flow_, [this] { scrollToNewest(); }); // after the view's own relayout
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
    int px = h / 40;
    for (; px > h / 80; --px) {
        setPixelFont(diagram_, px);
        if (diagram_->heightForWidth(room.width()) <= room.height())
            break;
    }
    int width = room.width();
    while (width > 200 && diagram_->heightForWidth(width) > room.height())
        width -= 8; // a very short column: a narrower figure
    diagram_->setGeometry(0, 0, width, std::min(room.height(), diagram_->heightForWidth(width)));
}

void PresentationWindow::fitNarration()
{
    // Three lines at the labels' size; a longer story gets smaller type rather than being cut.
    const int h = std::max(300, height());
    fitText(narrationLine_, static_cast<int>(std::ceil(h / 30.0)), h / 45, 3);
    fitText(changes_, h / 42, h / 60, 3);
}

void PresentationWindow::fitText(QLabel* label, int largestPx, int smallestPx, int lines)
{
    const int width = label->width();
    int px = largestPx;
    for (; px > smallestPx; --px) {
        setPixelFont(label, px);
        const QFontMetrics fm(label->font());
        const QRect needed = fm.boundingRect(QRect(0, 0, width, 100'000), Qt::TextWordWrap, label->text());
        if (needed.height() <= fm.lineSpacing() * lines)
            return;
    }
    setPixelFont(label, px);
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
    setWindowTitle(tr("tcplens — presenting conversation %1").arg(stream_));
    showStep(false);
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
    conversation_->setText(conversationText());
    const auto count = static_cast<int>(steps_.packetCount());
    if (!current) {
        title_->setText(count == 0 ? tr("Conversation %1 has no packets").arg(stream_)
                                   : tr("Conversation %1: %2 packets").arg(stream_).arg(count));
        narrationLine_->setText(count == 0 ? QString()
                                           : tr("Press → to send the first packet. Before each press, guess what "
                                                "comes next: who sends, which flags, which numbers?"));
        fitNarration();
        headerCaption_->setText(tr("Each packet's header will appear here."));
        diagram_->clear();
        diagram_->setVisible(false);
        changes_->clear();
        return;
    }
    showNarration(*current);
    diagram_->setVisible(true);
    showHeader(*current);
    fitNarration();
}

void PresentationWindow::showNarration(std::size_t index)
{
    // Steps are the model's rows, in the same order.
    const FlowModel& model = graph_.core();
    const FlowArrow arrow = model.arrow(index);
    title_->setText(tr("%1 / %2   %3")
                        .arg(index + 1)
                        .arg(steps_.packetCount())
                        .arg(QString::fromStdString(narrator_.title(model, arrow))));
    narrationLine_->setText(QString::fromStdString(narrator_.narrate(model, arrow)));
    fitNarration();
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
    headerCaption_->setText(tr("TCP header of packet %1 (frame %2), sent by the %3")
                                .arg(index + 1)
                                .arg(packet.number + 1)
                                .arg(senderName(packet.fromClient)));
    if (!previous) {
        changes_->setText(tr("The %1's first packet: nothing to compare with yet.").arg(senderName(packet.fromClient)));
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
        changes_->setText(tr("Nothing changed since the %1's packet %2.").arg(sender).arg(before));
    else
        changes_->setText(tr("Outlined: changed since the %1's packet %2 — %3")
                              .arg(sender)
                              .arg(before)
                              .arg(names.join(tr(", "))));
}

QString PresentationWindow::narrationText() const
{
    return narrationLine_->text();
}

QString PresentationWindow::titleText() const
{
    return title_->text();
}

QString PresentationWindow::changesText() const
{
    return changes_->text();
}

} // namespace tcplens::ui
