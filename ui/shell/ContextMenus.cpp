#include "ContextMenus.h"

#include "ExportJob.h"
#include "MainWindow.h"

#include "capture/CaptureStatusBar.h"
#include "charts/ChartsPanel.h"
#include "conversations/ConversationExport.h"
#include "conversations/ConversationFilterModel.h"
#include "conversations/ConversationModel.h"
#include "flowgraph/FlowGraphPanel.h"
#include "flowgraph/FlowGraphView.h"
#include "inspector/FieldTreeModel.h"
#include "inspector/FieldTreeText.h"
#include "inspector/FieldTreeView.h"
#include "packets/FieldFilter.h"
#include "packets/FilterBar.h"
#include "packets/PacketFilterModel.h"
#include "packets/PacketListModel.h"
#include "packets/PacketMarks.h"
#include "packets/PacketTableView.h"

#include <tcp/ConversationSummary.h>

#include <algorithm>

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QTableView>

namespace tcplens::ui {
namespace {

QByteArray bytesOf(Bytes bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

/// Bytes as text: printable ASCII kept, everything else a dot, as Wireshark's "as Printable Text".
QString printable(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        text += (u >= 0x20 && u < 0x7f) || u == '\n' || u == '\t' ? QChar(u) : QChar(u'.');
    }
    return text;
}

QString rowLine(const QAbstractItemModel& model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << model.index(row, column).data().toString();
    return cells.join(QLatin1Char('\t'));
}

/// "Source Port: 80" → "80"; a text without a name is its own value.
QString valueOf(const QString& line)
{
    const auto colon = line.indexOf(QStringLiteral(": "));
    return colon < 0 ? line : line.mid(colon + 2);
}

} // namespace

ContextMenus::ContextMenus(MainWindow& window, QTableView* conversations, PacketMarks* marks)
    : QObject(&window), window_(window), conversations_(conversations), marks_(marks)
{
    auto hook = [this](QWidget* widget, QWidget* viewport, QMenu* (ContextMenus::*make)(const QPoint&)) {
        widget->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(widget, &QWidget::customContextMenuRequested, this,
                [this, viewport, make](const QPoint& pos) { show((this->*make)(pos), viewport, pos); });
    };
    hook(window.packetView(), window.packetView()->viewport(), &ContextMenus::packetListMenu);
    hook(window.fieldView(), window.fieldView()->viewport(), &ContextMenus::fieldTreeMenu);
    hook(conversations_, conversations_->viewport(), &ContextMenus::conversationMenu);
    hook(window.flowGraph()->view(), window.flowGraph()->view()->viewport(), &ContextMenus::flowGraphMenu);
}

void ContextMenus::show(QMenu* menu, QWidget* viewport, const QPoint& pos)
{
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    shown_ = menu;
    menu->popup(viewport->mapToGlobal(pos));
}

QMenu* ContextMenus::packetListMenu(const QPoint& pos)
{
    auto* view = window_.packetView();
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        return nullptr;
    const int row = window_.packetFilter()->sourceRow(index.row());
    view->selectPacketRow(row); // the menu acts on the packet it was opened on, as Wireshark's does
    const auto& packets = *window_.packetModel();
    const auto& record = packets.analysis(row);
    Copies copies{index.data().toString(), rowLine(*view->model(), index.row()),
                  bytesOf(packets.store().bytes(static_cast<PacketNumber>(row))), true};
    return build(FieldFilter::forColumn(packets, row, index.column()),
                 record.isTcp() ? std::optional(record.stream) : std::nullopt, row, copies);
}

QMenu* ContextMenus::fieldTreeMenu(const QPoint& pos)
{
    auto* view = window_.fieldView();
    const QModelIndex index = view->indexAt(pos);
    const int row = window_.packetView()->currentPacketRow();
    if (!index.isValid() || row < 0)
        return nullptr;
    view->setCurrentIndex(index);
    const int span = window_.fieldModel()->spanIndexOf(index);
    const auto& packets = *window_.packetModel();
    const auto spans = packets.fieldSpans(row);
    Copies copies{valueOf(index.data().toString()), index.data().toString(), {}, false};
    if (span >= 0 && static_cast<std::size_t>(span) < spans.size())
        copies.value = FieldTreeText::coreValue(spans[static_cast<std::size_t>(span)]); // core's value in every language
    if (span >= 0 && static_cast<std::size_t>(span) < spans.size() && spans[span].bitWidth > 0) {
        const auto bytes = packets.decodedBytes(row);
        const auto& field = spans[static_cast<std::size_t>(span)];
        if (field.firstByte() + field.byteLength() <= bytes.size()) {
            copies.bytes = bytesOf(bytes.subspan(field.firstByte(), field.byteLength()));
            copies.hasBytes = true;
        }
    }
    const auto& record = packets.analysis(row);
    return build(FieldFilter::forField(packets, row, span), record.isTcp() ? std::optional(record.stream) : std::nullopt,
                 row, copies);
}

QMenu* ContextMenus::conversationMenu(const QPoint& pos)
{
    const QModelIndex index = conversations_->indexAt(pos);
    if (!index.isValid())
        return nullptr;
    const auto stream = index.data(ConversationModel::StreamRole);
    const auto* model = window_.conversationModel();
    const auto source = window_.conversationFilter()->mapToSource(index);
    const auto* conversation = model->conversation(source.row());
    if (!conversation || !stream.isValid())
        return nullptr;
    const int endpoint = index.column() == ConversationModel::ClientColumn   ? 0
                         : index.column() == ConversationModel::ServerColumn ? 1
                                                                             : -1;
    Copies copies{index.data().toString(), rowLine(*conversations_->model(), index.row()), {}, false};
    return build(FieldFilter::forConversation(*conversation, endpoint), stream.toUInt(), -1, copies);
}

QMenu* ContextMenus::flowGraphMenu(const QPoint& pos)
{
    auto* panel = window_.flowGraph();
    const int graphRow = panel->view()->rowAtViewport(pos);
    if (graphRow < 0)
        return nullptr;
    const int row = static_cast<int>(panel->model().packetAt(graphRow));
    const auto& packets = *window_.packetModel();
    if (row < 0 || row >= packets.rowCount())
        return nullptr;
    window_.selectPacketRow(row);
    const auto& record = packets.analysis(row);
    FilterChoice filter{{}, FieldFilter::tr("This packet is not TCP.")};
    if (record.isTcp())
        for (const auto& conversation : window_.conversationModel()->conversations())
            if (conversation.stream == record.stream)
                filter = FieldFilter::forConversation(conversation);
    Copies copies{packets.index(row, PacketListModel::InfoColumn).data().toString(), rowLine(packets, row),
                  bytesOf(packets.store().bytes(static_cast<PacketNumber>(row))), true};
    return build(filter, record.isTcp() ? std::optional(record.stream) : std::nullopt, row, copies);
}

QMenu* ContextMenus::build(const FilterChoice& filter, std::optional<std::uint32_t> stream, int packetRow,
                           const Copies& copies)
{
    auto* menu = new QMenu(&window_);
    menu->setObjectName(QStringLiteral("contextMenu"));
    menu->setToolTipsVisible(true);
    auto named = [](QAction* action, const char* name) {
        action->setObjectName(QLatin1String(name));
        return action;
    };
    const QString expression = filter.expression;
    auto* apply = named(menu->addAction(tr("&Apply as Filter"), this,
                                        [this, expression] { window_.filterBar()->applyExpression(expression); }),
                        "applyAsFilter");
    auto* prepare = named(menu->addAction(tr("&Prepare as Filter"), this,
                                          [this, expression] { window_.filterBar()->prepareExpression(expression); }),
                          "prepareAsFilter");
    for (auto* action : {apply, prepare}) {
        action->setEnabled(filter.ok());
        action->setToolTip(filter.ok() ? expression : filter.whyNot);
    }
    menu->addSeparator();
    auto* follow = named(menu->addAction(tr("&Follow Conversation"), this, [this, stream] { window_.followStream(stream); }),
                         "followConversation");
    follow->setEnabled(stream.has_value());
    if (!stream)
        follow->setToolTip(tr("Only TCP packets belong to a conversation."));
    auto* charts = named(menu->addAction(tr("Show in &Charts"), this, [this, stream] { showCharts(*stream); }), "showInCharts");
    charts->setEnabled(stream.has_value());
    auto* exportIt = named(menu->addAction(tr("&Export This Conversation…"), this, [this, stream] { exportConversation(*stream); }),
                           "exportConversation");
    exportIt->setEnabled(stream.has_value());
    if (marks_ && packetRow >= 0) {
        auto* mark = named(menu->addAction(marks_->isMarked(packetRow) ? tr("Un&mark Packet") : tr("&Mark Packet"), this,
                                           [this, packetRow] { marks_->toggle(packetRow); }),
                           "markPacket");
        mark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    }
    menu->addSeparator();
    auto* copy = menu->addMenu(tr("&Copy"));
    auto put = [](const QString& text) { QGuiApplication::clipboard()->setText(text); };
    named(copy->addAction(tr("&Value"), this, [put, text = copies.value] { put(text); }), "copyValue");
    named(copy->addAction(tr("&Line"), this, [put, text = copies.line] { put(text); }), "copyLine");
    auto* hex = named(copy->addAction(tr("Bytes as &Hex"), this, [put, bytes = copies.bytes] { put(QString::fromLatin1(bytes.toHex())); }),
                      "copyHex");
    auto* text = named(copy->addAction(tr("Bytes as &Text"), this, [put, bytes = copies.bytes] { put(printable(bytes)); }),
                       "copyText");
    hex->setEnabled(copies.hasBytes);
    text->setEnabled(copies.hasBytes);
    auto* asFilter = named(copy->addAction(tr("As &Filter"), this, [put, expression] { put(expression); }), "copyFilter");
    asFilter->setEnabled(filter.ok());
    const auto bpf = filter.ok() ? FieldFilter::asBpf(expression) : filter;
    auto* asBpf = named(copy->addAction(tr("As &BPF (tcpdump)"), this, [put, text = bpf.expression] { put(text); }), "copyBpf");
    asBpf->setEnabled(bpf.ok());
    asBpf->setToolTip(bpf.ok() ? bpf.expression : bpf.whyNot);
    copy->setToolTipsVisible(true);
    return menu;
}

void ContextMenus::exportConversation(std::uint32_t stream)
{
    const QString source = window_.rereadablePath();
    QString format = tr("pcapng captures (*.pcapng)");
    const QString pcap = tr("pcap captures (*.pcap)");
    const QString path = QFileDialog::getSaveFileName(&window_, tr("Export Conversation %1").arg(stream),
                                                      QStringLiteral("conversation-%1.pcapng").arg(stream),
                                                      format + QStringLiteral(";;") + pcap, &format);
    if (path.isEmpty())
        return;
    const bool asPcap = format == pcap || path.endsWith(QStringLiteral(".pcap"), Qt::CaseInsensitive);
    std::vector<bool> rows;
    if (const QString problem = ConversationExport::prepare(*window_.packetModel(), stream, source, rows); !problem.isEmpty()) {
        window_.captureStatusBar()->setNotice(problem, CaptureStatusBar::NoticeKind::Warning);
        return;
    }
    auto work = [rows = std::move(rows), source, path, asPcap](const ExportControl& control) {
        ExportOutcome outcome;
        const auto written = ConversationExport::writeRows(rows, source, path, asPcap ? SaveFormat::Pcap : SaveFormat::Pcapng,
                                                           outcome.error, control);
        outcome.written = std::max<std::int64_t>(written, 0);
        outcome.cancelled = written == kExportCancelled;
        return outcome;
    };
    window_.watchExport(new ExportJob(&window_, tr("Export Conversation %1").arg(stream), path,
                                      static_cast<std::uint64_t>(window_.packetModel()->rowCount()), std::move(work)));
}

void ContextMenus::showCharts(std::uint32_t stream)
{
    window_.chartsPanel()->showStream(stream);
    window_.showCharts();
}

} // namespace tcplens::ui
