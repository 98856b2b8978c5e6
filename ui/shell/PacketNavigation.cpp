#include "PacketNavigation.h"

#include "ContextMenus.h"
#include "MainWindow.h"

#include "capture/CaptureStatusBar.h"
#include "packets/FilterBar.h"
#include "packets/FindBar.h"
#include "packets/PacketFinder.h"
#include "packets/GoToPacketBar.h"
#include "packets/PacketFilterModel.h"
#include "packets/PacketListModel.h"
#include "packets/PacketMarks.h"
#include "packets/PacketTableView.h"

#include <QBoxLayout>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>

namespace tcplens::ui {

PacketNavigation::PacketNavigation(MainWindow& window, QTableView* conversations)
    : QObject(&window), window_(window), marks_(new PacketMarks(this))
{
    window.packetModel()->setMarks(marks_);
    connect(window.packetModel(), &QAbstractItemModel::modelReset, marks_, &PacketMarks::clear);
    menus_ = new ContextMenus(window, conversations, marks_);

    goTo_ = new GoToPacketBar([this](qulonglong number) -> QString {
        const auto count = static_cast<qulonglong>(window_.packetModel()->rowCount());
        if (number > count)
            return count == 1 ? tr("There is no packet %1: the capture has 1 packet.").arg(number)
                              : tr("There is no packet %1: the capture has %2 packets.").arg(number).arg(count);
        if (!isShown(static_cast<int>(number - 1)))
            return tr("Packet %1 is hidden by the filter.").arg(number);
        return {};
    });
    // Under the filter bar, wherever the window puts it.
    auto* bar = window.filterBar();
    if (auto* box = bar->parentWidget() ? qobject_cast<QBoxLayout*>(bar->parentWidget()->layout()) : nullptr)
        box->insertWidget(box->indexOf(bar) + 1, goTo_);
    connect(goTo_, &GoToPacketBar::goToPacket, this, [this](qulonglong number) { goToPacket(number); });
    find_ = new FindBar;
    if (auto* box = bar->parentWidget() ? qobject_cast<QBoxLayout*>(bar->parentWidget()->layout()) : nullptr)
        box->insertWidget(box->indexOf(bar) + 1, find_);
    connect(find_, &FindBar::findRequested, this, [this](bool forward) { find(forward); });

    auto* menuBar = window.menuBar();
    edit_ = new QMenu(&window);
    findAction_ = edit_->addAction(QString(), find_, &FindBar::open);
    findAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    findNext_ = edit_->addAction(QString(), this, [this] { find(true); });
    findNext_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    findPrevious_ = edit_->addAction(QString(), this, [this] { find(false); });
    findPrevious_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    edit_->addSeparator();
    mark_ = edit_->addAction(QString(), this, &PacketNavigation::toggleMark);
    mark_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    nextMark_ = edit_->addAction(QString(), this, [this] { stepToMark(true); });
    nextMark_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    previousMark_ = edit_->addAction(QString(), this, [this] { stepToMark(false); });
    previousMark_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    const auto menus = menuBar->actions();
    menuBar->insertMenu(menus.value(1), edit_); // after File

    go_ = new QMenu(&window);
    goToAction_ = go_->addAction(QString(), goTo_, &GoToPacketBar::open);
    goToAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    go_->addSeparator();
    nextInConversation_ = go_->addAction(QString(), this, [this] { stepInConversation(true); });
    nextInConversation_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    previousInConversation_ = go_->addAction(QString(), this, [this] { stepInConversation(false); });
    previousInConversation_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    menuBar->insertMenu(menuBar->actions().value(3), go_); // after View
    goToAction_->setObjectName(QStringLiteral("goToPacketAction"));
    mark_->setObjectName(QStringLiteral("markPacketAction"));
    findAction_->setObjectName(QStringLiteral("findPacketAction"));
    retranslate();
    window.installEventFilter(this);
}

void PacketNavigation::retranslate()
{
    edit_->setTitle(tr("&Edit"));
    findAction_->setText(tr("&Find Packet…"));
    findNext_->setText(tr("Find Ne&xt"));
    findPrevious_->setText(tr("Find Pre&vious"));
    mark_->setText(tr("&Mark/Unmark Packet"));
    nextMark_->setText(tr("Next Mark"));
    previousMark_->setText(tr("Previous Mark"));
    go_->setTitle(tr("&Go"));
    goToAction_->setText(tr("&Go to Packet…"));
    nextInConversation_->setText(tr("Next Packet in &Conversation"));
    previousInConversation_->setText(tr("Previous Packet in C&onversation"));
}

bool PacketNavigation::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &window_ && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

bool PacketNavigation::isShown(int row) const
{
    return window_.packetFilter()->rowOfSource(row) >= 0;
}

void PacketNavigation::selectRow(int row)
{
    window_.selectPacketRow(row);
    window_.packetView()->setFocus(Qt::ShortcutFocusReason);
}

bool PacketNavigation::goToPacket(qulonglong number)
{
    const auto count = static_cast<qulonglong>(window_.packetModel()->rowCount());
    if (number == 0 || number > count || !isShown(static_cast<int>(number - 1)))
        return false;
    selectRow(static_cast<int>(number - 1));
    return true;
}

bool PacketNavigation::stepInConversation(bool forward)
{
    const auto& packets = *window_.packetModel();
    const int current = window_.packetView()->currentPacketRow();
    if (current < 0 || !packets.analysis(current).isTcp())
        return false;
    const auto stream = packets.analysis(current).stream;
    for (int row = forward ? current + 1 : current - 1; row >= 0 && row < packets.rowCount(); row += forward ? 1 : -1) {
        const auto& record = packets.analysis(row);
        if (record.isTcp() && record.stream == stream && isShown(row)) {
            selectRow(row);
            return true;
        }
    }
    window_.captureStatusBar()->setNotice(forward ? tr("No later packet in this conversation.")
                                                  : tr("No earlier packet in this conversation."));
    return false;
}

bool PacketNavigation::find(bool forward)
{
    const auto query = find_->query();
    if (query.text.trimmed().isEmpty()) {
        find_->open();
        return false;
    }
    if (query.mode == PacketFinder::Mode::HexBytes && !PacketFinder::parseHex(query.text)) {
        find_->setMessage(tr("Write bytes as hex pairs, e.g. 48 54 54 50."));
        return false;
    }
    const PacketFinder finder(*window_.packetModel(), *window_.packetFilter());
    const int current = window_.packetFilter()->rowOfSource(window_.packetView()->currentPacketRow());
    const int shown = finder.find(query, current, forward);
    if (shown < 0) {
        find_->setMessage(tr("No shown packet matches."));
        return false;
    }
    find_->setMessage({});
    window_.selectPacketRow(window_.packetFilter()->sourceRow(shown));
    return true;
}

void PacketNavigation::toggleMark()
{
    const int row = window_.packetView()->currentPacketRow();
    if (row >= 0)
        marks_->toggle(row);
}

bool PacketNavigation::stepToMark(bool forward)
{
    const int from = window_.packetView()->currentPacketRow();
    const int row = marks_->next(from < 0 ? (forward ? -1 : 0) : from, forward, [this](int at) {
        return at < window_.packetModel()->rowCount() && isShown(at);
    });
    if (row < 0) {
        window_.captureStatusBar()->setNotice(tr("No marked packet is shown."));
        return false;
    }
    selectRow(row);
    return true;
}

} // namespace tcplens::ui
