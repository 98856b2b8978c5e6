#include "PresentationWindow.h"

#include "FittedLabel.h"
#include "PresentationHeaderPane.h"
#include "shell/Language.h"
#include "packets/PacketListModel.h"
#include "flowgraph/FlowGraphView.h"

#include <series/LimitNarration.h>
#include <series/SeriesFromStore.h>

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace tcplens::ui {

namespace {

/// The TCP header's fields only: the figure the class studies, large enough to read.
FieldSpans tcpFields(FieldSpans spans)
{
    std::erase_if(spans, [](const FieldSpan& span) { return span.layer != Layer::Transport; });
    return spans;
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
    // The limiting-factor timelines the narration follows (one decode of the conversation's packets).
    const auto series = buildSeries(snapshotStream(packets.store(), packets.analyses(), stream));
    if (!series.empty()) {
        limitsZeroNs_ = series.firstTimestampNs();
        limits_[0] = series.limits().timeline(Direction::ClientToServer);
        limits_[1] = series.limits().timeline(Direction::ServerToClient);
    }
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
    title_ = new FittedLabel(Qt::AlignLeft | Qt::AlignVCenter, true);
    flow_ = new FlowGraphView;
    flow_->setFocusPolicy(Qt::NoFocus); // the window takes the keys: they step, not select
    flow_->setCompact(true);
    flow_->setModel(&graph_);
    flow_->installEventFilter(this);
    header_ = new PresentationHeaderPane;
    narrationLine_ = new FittedLabel(Qt::AlignLeft | Qt::AlignVCenter, true);
    narrationLine_->setObjectName(QStringLiteral("presentationNarration"));
    keys_ = new FittedLabel(Qt::AlignRight | Qt::AlignVCenter, true); // two lines in a narrow column
    keys_->setObjectName(QStringLiteral("presentationKeys"));
    keys_->setForegroundRole(QPalette::PlaceholderText);

    // The flow graph takes the whole height on the left, so a conversation of twenty packets shows
    // whole; the packet's title, header, narration and the hints stack on the right (the lifelines'
    // header names both endpoints: the header diagram gets that line's height).
    auto* right = new QVBoxLayout;
    right->setSpacing(0);
    right->addWidget(title_);
    right->addWidget(header_, 1);
    intro_ = new PresentationIntroPane;
    intro_->hide();
    right->addWidget(intro_, 1);
    right->addWidget(narrationLine_);
    right->addWidget(keys_);
    auto* root = new QHBoxLayout(this);
    root->addWidget(flow_);
    root->addLayout(right, 1);
    keys_->setFullText(keyHints());
    applySizes();
}

HeaderDiagramView* PresentationWindow::headerDiagram() const noexcept
{
    return header_->diagram();
}

void PresentationWindow::applySizes()
{
    // Sized from the screen's height so the back row can read it: arrow labels at least 1/30.
    const int h = std::max(300, height());
    const int gap = h / 60;
    layout()->setContentsMargins(gap, gap, gap, gap / 2); // narrow sides: the header column needs the width on a 4:3 screen
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
    header_->applySizes(h);
    intro_->applySizes(h);
    // One line of the title's size; a longer title gets smaller type (down to the caption's), then
    // a second and a third line (a very long title in a narrow column).
    FittedLabel::setPixelFont(title_, h / 24, true);
    title_->setMinimumHeight(QFontMetrics(title_->font()).lineSpacing());
    title_->setFits({{h / 24, h / 40, 1}, {h / 30, h / 36, 2}, {h / 36, h / 45, 3}});
    // Room for three and a half lines at the largest size (five at the smallest), so the diagram
    // does not jump as the narration grows and shrinks, and a long header keeps its room.
    const int narrationPx = static_cast<int>(std::ceil(h / 30.0));
    FittedLabel::setPixelFont(narrationLine_, narrationPx);
    fitNarrationHeight();
    // A narrow column (4:3) may need smaller type for a long narration, never below the header
    // diagram's names (h/60).
    narrationLine_->setFits({{narrationPx, h / 45, 0}, {h / 45, h / 60, 0}});
    FittedLabel::setPixelFont(keys_, h / 60);
    keys_->setFits({{h / 60, h / 80, 1}, {h / 60, h / 80, 2}});
}

void PresentationWindow::fitNarrationHeight()
{
    // Three and a half lines at the largest size, or as many as a long narration needs at the
    // smallest (the limiting factor's sentence in a 4:3 column): the header diagram gives way.
    const int h = std::max(300, height());
    QFont largest = narrationLine_->font();
    largest.setPixelSize(static_cast<int>(std::ceil(h / 30.0)));
    QFont least = largest;
    least.setPixelSize(std::max(6, h / 60));
    const int room = std::max(1, narrationLine_->width());
    const int needed = QFontMetrics(least).boundingRect(QRect(0, 0, room, 100'000), Qt::TextWordWrap, narrationLine_->fullText()).height();
    narrationLine_->setFixedHeight(std::max(QFontMetrics(largest).lineSpacing() * 7 / 2 + h / 120, needed + 2));
    narrationLine_->refit();
}

void PresentationWindow::fitFlowWidth()
{
    // The flow graph takes the width its texts need (up to 62%), the header diagram the rest: its
    // boxes and flag letters grow with it.
    const int gap = std::max(300, height()) / 60;
    const FlowGraphView::Widths widths = flow_->compactWidths();
    const int room = width() - 4 * gap; // the side margins and the spacing (applySizes)
    const int flowWidth = std::clamp(widths.whole, widths.least, std::max(widths.least, room * 62 / 100));
    // On a 4:3 screen the column keeps the width its flag letters need at their floor, and half the
    // screen's height for its texts: the title, narration and hints whole in a few lines, not "…".
    const int h = std::max(300, height());
    const int columnLeast = std::max(header_ ? header_->leastWidth(height()) : 0, h / 2);
    flow_->setFixedWidth(std::max(1, std::min({flowWidth, room - room / 4, std::max(widths.least, room - columnLeast)})));
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
    if (watched == flow_ && event->type() == QEvent::Resize)
        QTimer::singleShot(0, flow_, [this] {
            fitFlowWidth(); // dense rows or not, decided by the height, change the width wanted
            fitNarrationHeight(); // in the column's width now laid out
            scrollToNewest(); // after the view's own relayout
        });
    return QWidget::eventFilter(watched, event);
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
    keys_->setFullText(keyHints());
    showStep(false);
}

QString PresentationWindow::keyHints() const
{
    // A narrow column wraps the hints between groups, never inside one ("Home / End" stays whole,
    // and so does "Esc：退出", whose Chinese characters could each start a line): no-break spaces
    // and a word joiner between every two characters of a group.
    const QStringList groups = tr("→ Space PgDn: next packet    ← PgUp: back    Home / End    Esc: leave")
                                   .split(QStringLiteral("    "), Qt::SkipEmptyParts);
    QStringList joined;
    for (const QString& group : groups) {
        QString whole;
        for (const QChar c : group) {
            if (!whole.isEmpty() && !c.isLowSurrogate())
                whole += QChar(0x2060);
            whole += c == QLatin1Char(' ') ? QChar(0x00a0) : c;
        }
        joined << whole;
    }
    return joined.join(QStringLiteral("    "));
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
    const auto count = static_cast<int>(steps_.packetCount());
    if (!current) {
        title_->setFullText(count == 0 ? tr("Conversation %1 has no packets").arg(stream_)
                                       : tr("Conversation %1: %2 packets").arg(stream_).arg(count));
        narrationLine_->setFullText(count == 0 ? QString()
                                               : tr("Press → to send the first packet. Before each press, guess "
                                                    "what comes next: who sends, which flags, which numbers?"));
        fitNarrationHeight();
        header_->showNothing();
        const PresentationIntroduction intro = introduction_ ? introduction_() : PresentationIntroduction{};
        intro_->setIntroduction(intro);
        intro_->setVisible(!intro.paragraph.isEmpty());
        header_->setVisible(intro_->isHidden());
        return;
    }
    intro_->hide();
    header_->show();
    showNarration(*current);
    showHeader(*current);
}

void PresentationWindow::showNarration(std::size_t index)
{
    // Steps are the model's rows, in the same order.
    const FlowModel& model = graph_.core();
    const FlowArrow arrow = model.arrow(index);
    title_->setFullText(tr("%1 / %2   %3")
                            .arg(index + 1)
                            .arg(steps_.packetCount())
                            .arg(QString::fromStdString(narrator_.title(model, arrow))));
    std::string narration = narrator_.narrate(model, arrow);
    if (index > 0) { // a sender's limiting factor that changed since the previous packet
        const auto seconds = [this](std::int64_t ns) { return static_cast<double>(ns - limitsZeroNs_) * 1e-9; };
        const double before = seconds(model.arrow(index - 1).timestampNs);
        for (const auto data : {Direction::ClientToServer, Direction::ServerToClient}) {
            const auto change = limitChangeBetween(limits_[data == Direction::ClientToServer ? 0 : 1],
                                                   data, before, seconds(arrow.timestampNs), narrator_.language());
            if (!change.empty())
                narration += (narrator_.language() == NarrationLanguage::SimplifiedChinese ? "" : " ") + change;
        }
    }
    narrationLine_->setFullText(QString::fromStdString(narration));
    fitNarrationHeight();
}

void PresentationWindow::showHeader(std::size_t index)
{
    const auto packetAt = [this](std::size_t step) {
        const PresentationPacket& packet = steps_.packets()[step];
        return PresentationHeaderPane::Packet{step, static_cast<std::size_t>(packet.number) + 1, packet.fromClient,
                                              tcpFields(packets_.fieldSpans(static_cast<int>(packet.number)))};
    };
    const auto previous = steps_.previousSameDirection(index);
    header_->showPacket(packetAt(index), previous ? std::optional(packetAt(*previous)) : std::nullopt);
}

void PresentationWindow::setIntroduction(PresentationIntroductionSource source)
{
    introduction_ = std::move(source);
    showStep(false);
}

QString PresentationWindow::narrationText() const
{
    return narrationLine_->fullText();
}

QString PresentationWindow::titleText() const
{
    return title_->fullText();
}

QString PresentationWindow::changesText() const
{
    return header_->changesText();
}

} // namespace tcplens::ui
