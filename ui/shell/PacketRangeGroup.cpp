#include "PacketRangeGroup.h"

#include "packets/PacketListModel.h"
#include "packets/PacketMarks.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace tcplens::ui {

PacketRangeGroup::PacketRangeGroup(Packets packets, QWidget* parent)
    : QGroupBox(tr("Packet Range"), parent), packets_(std::move(packets)), range_(new QButtonGroup(this)),
      displayedOnly_(new QCheckBox(tr("Only packets the display filter shows"), this)), frames_(new QLineEdit(this)),
      count_(new QLabel(this))
{
    setObjectName(QStringLiteral("packetRange"));
    auto* layout = new QVBoxLayout(this);
    const std::pair<Range, QString> ranges[] = {{Range::All, tr("&All packets")},
                                                {Range::Selected, tr("&Selected packet only")},
                                                {Range::Marked, tr("&Marked packets only")},
                                                {Range::Conversation, tr("This &conversation")},
                                                {Range::Frames, tr("&Range of frames:")}};
    for (const auto& [range, label] : ranges) {
        auto* button = new QRadioButton(label, this);
        range_->addButton(button, static_cast<int>(range));
        if (range == Range::Frames) {
            auto* row = new QHBoxLayout;
            row->addWidget(button);
            row->addWidget(frames_, 1);
            layout->addLayout(row);
        } else {
            layout->addWidget(button);
        }
    }
    range_->button(static_cast<int>(Range::All))->setChecked(true);
    range_->button(static_cast<int>(Range::Selected))->setEnabled(packets_.selected >= 0);
    range_->button(static_cast<int>(Range::Conversation))->setEnabled(packets_.selected >= 0);
    frames_->setPlaceholderText(tr("e.g. 1-10,15,20-"));
    displayedOnly_->setChecked(true);
    layout->addWidget(displayedOnly_);
    layout->addWidget(count_);
    connect(range_, &QButtonGroup::idClicked, this, &PacketRangeGroup::refresh);
    connect(displayedOnly_, &QCheckBox::toggled, this, &PacketRangeGroup::refresh);
    connect(frames_, &QLineEdit::textChanged, this, [this] {
        range_->button(static_cast<int>(Range::Frames))->setChecked(true);
        refresh();
    });
    refresh();
}

void PacketRangeGroup::choose(Range range, bool displayedOnly, const QString& frames)
{
    if (range == Range::Frames)
        frames_->setText(frames);
    range_->button(static_cast<int>(range))->setChecked(true);
    displayedOnly_->setChecked(displayedOnly);
    refresh();
}

bool PacketRangeGroup::chosen(std::uint64_t frame) const
{
    const std::size_t row = frame - 1;
    if (frame == 0 || row >= packets_.displayed.size())
        return false;
    if (displayedOnly_->isChecked() && !packets_.displayed[row])
        return false;
    switch (static_cast<Range>(range_->checkedId())) {
    case Range::All: return true;
    case Range::Selected: return static_cast<int>(row) == packets_.selected;
    case Range::Marked: return row < packets_.marked.size() && packets_.marked[row];
    case Range::Conversation: return row < packets_.conversation.size() && packets_.conversation[row];
    case Range::Frames: return ranges_ && ranges_->contains(frame);
    }
    return false;
}

std::vector<bool> PacketRangeGroup::chosenRows() const
{
    std::vector<bool> rows(total());
    for (std::size_t row = 0; row < rows.size(); ++row)
        rows[row] = chosen(row + 1);
    return rows;
}

int PacketRangeGroup::count() const
{
    if (static_cast<Range>(range_->checkedId()) == Range::Frames && !ranges_)
        return -1;
    int n = 0;
    for (std::size_t frame = 1; frame <= packets_.displayed.size(); ++frame)
        n += chosen(frame) ? 1 : 0;
    return n;
}

void PacketRangeGroup::refresh()
{
    rangesError_.clear();
    ranges_ = FrameRanges::parse(frames_->text().toStdString(), rangesError_);
    const int n = count();
    if (n < 0)
        count_->setText(tr("Range: %1").arg(QString::fromStdString(rangesError_)));
    else
        count_->setText(tr("%1 of %2 packets will be exported.").arg(n).arg(packets_.displayed.size()));
    emit changed();
}

PacketRangeGroup::Packets packetsOf(const PacketListModel& packets, const QSortFilterProxyModel& displayed,
                                    const PacketMarks& marks, int selectedRow)
{
    PacketRangeGroup::Packets chosen;
    const auto rows = static_cast<std::size_t>(packets.rowCount());
    chosen.displayed.assign(rows, false);
    chosen.marked.assign(rows, false);
    chosen.conversation.assign(rows, false);
    for (int row = 0; row < displayed.rowCount(); ++row)
        if (const auto source = displayed.mapToSource(displayed.index(row, 0)).row(); source >= 0)
            chosen.displayed[static_cast<std::size_t>(source)] = true;
    const bool tcp = selectedRow >= 0 && packets.analysis(selectedRow).isTcp();
    const auto stream = tcp ? packets.analysis(selectedRow).stream : 0;
    for (std::size_t row = 0; row < rows; ++row) {
        chosen.marked[row] = marks.isMarked(static_cast<int>(row));
        const auto& record = packets.analysis(static_cast<int>(row));
        chosen.conversation[row] = tcp && record.isTcp() && record.stream == stream;
    }
    chosen.selected = selectedRow;
    return chosen;
}

} // namespace tcplens::ui
