#include "ConversationModel.h"

#include "charts/LimitBands.h"
#include "expert/ExpertStyle.h"
#include "shell/Language.h"

#include <tcp/Conversation.h>

#include <algorithm>
#include <cmath>

namespace tcplens::ui {
namespace {

QString secondsText(std::int64_t ns)
{
    return QString::number(static_cast<double>(ns) / 1e9, 'f', 6);
}

QString endpointString(const Endpoint& endpoint)
{
    return QString::fromStdString(endpointText(endpoint));
}

double initialRttMs(const ConversationSummary& c)
{
    return c.initialRttNs < 0 ? -1.0 : static_cast<double>(c.initialRttNs) / 1e6;
}

} // namespace

ConversationModel::ConversationModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConversationModel::clear()
{
    beginResetModel();
    rows_.clear();
    limits_.reset();
    endResetModel();
}

void ConversationModel::append(const PacketBatch& batch)
{
    apply(batch.conversations);
}

void ConversationModel::apply(const std::vector<ConversationSummary>& touched)
{
    if (touched.empty())
        return;
    std::vector<int> updated;
    std::size_t firstNew = touched.size();
    for (std::size_t i = 0; i < touched.size(); ++i) {
        if (touched[i].stream >= rows_.size()) {
            firstNew = i;
            break;
        }
        rows_[touched[i].stream] = touched[i];
        updated.push_back(static_cast<int>(touched[i].stream));
    }
    emitRowsChanged(updated);
    if (firstNew == touched.size())
        return;

    // Streams are numbered densely, so the new ones extend the table; a gap would get a placeholder.
    const auto last = static_cast<std::size_t>(touched.back().stream);
    beginInsertRows({}, rowCount(), static_cast<int>(last));
    rows_.reserve(last + 1);
    for (std::size_t i = firstNew; i < touched.size(); ++i) {
        while (rows_.size() < touched[i].stream) {
            rows_.emplace_back();
            rows_.back().stream = static_cast<std::uint32_t>(rows_.size() - 1);
        }
        rows_.push_back(touched[i]);
    }
    endInsertRows();
}

void ConversationModel::emitRowsChanged(const std::vector<int>& rows)
{
    // One signal per run of consecutive rows keeps a proxy from re-checking rows nobody touched.
    for (std::size_t begin = 0; begin < rows.size();) {
        std::size_t end = begin + 1;
        while (end < rows.size() && rows[end] == rows[end - 1] + 1)
            ++end;
        emit dataChanged(index(rows[begin], 0), index(rows[end - 1], ColumnCount - 1));
        begin = end;
    }
}

const ConversationSummary* ConversationModel::conversation(int row) const noexcept
{
    return row >= 0 && static_cast<std::size_t>(row) < rows_.size() ? &rows_[static_cast<std::size_t>(row)] : nullptr;
}

int ConversationModel::firstConversationWithHandshake() const noexcept
{
    // Zeek's history: S is the client's SYN, h the server's SYN-ACK.
    const auto handshake = std::find_if(rows_.begin(), rows_.end(), [](const ConversationSummary& c) {
        return c.history.find('S') != std::string::npos && c.history.find('h') != std::string::npos;
    });
    if (handshake != rows_.end())
        return static_cast<int>(handshake - rows_.begin());
    // Else the first with packets (a stream opened by an ICMP error's quote has none).
    const auto first = std::find_if(rows_.begin(), rows_.end(), [](const ConversationSummary& c) { return c.packets() > 0; });
    return first != rows_.end() ? static_cast<int>(first - rows_.begin()) : -1;
}

int ConversationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ConversationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConversationModel::displayText(const ConversationSummary& c, int column)
{
    switch (column) {
    case StreamColumn: return QString::number(c.stream);
    case ClientColumn: return endpointString(c.client.endpoint);
    case ServerColumn: return endpointString(c.server.endpoint);
    case StateColumn: return QString::fromStdString(c.connState);
    case HistoryColumn: return QString::fromStdString(c.history);
    case PacketsClientToServerColumn: return QString::number(c.client.packets);
    case PacketsServerToClientColumn: return QString::number(c.server.packets);
    case BytesClientToServerColumn: return QString::number(c.client.frameBytes);
    case BytesServerToClientColumn: return QString::number(c.server.frameBytes);
    case DurationColumn: return secondsText(c.durationNs());
    case InitialRttColumn: return c.initialRttNs < 0 ? QString() : QString::number(initialRttMs(c), 'f', 3);
    case RetransmissionRateColumn: return QString::number(c.retransmissionRate, 'f', 2);
    case PairColumn: return endpointString(c.client.endpoint) + QStringLiteral(" \u21c4 ") + endpointString(c.server.endpoint);
    default: return {};
    }
}

QVariant ConversationModel::sortValue(const ConversationSummary& c, int column)
{
    switch (column) {
    case StreamColumn: return static_cast<qulonglong>(c.stream);
    case PacketsClientToServerColumn: return static_cast<qulonglong>(c.client.packets);
    case PacketsServerToClientColumn: return static_cast<qulonglong>(c.server.packets);
    case BytesClientToServerColumn: return static_cast<qulonglong>(c.client.frameBytes);
    case BytesServerToClientColumn: return static_cast<qulonglong>(c.server.frameBytes);
    case DurationColumn: return static_cast<qlonglong>(c.durationNs());
    case InitialRttColumn: return initialRttMs(c);
    case RetransmissionRateColumn: return c.retransmissionRate;
    default: return displayText(c, column);
    }
}

QVariant ConversationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& c = rows_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (column == ExpertColumn && role != StreamRole)
        return expertData(c.stream, role);
    if (column == LimitColumn && role != StreamRole)
        return limitData(c, role);
    switch (role) {
    case Qt::DisplayRole: return displayText(c, column);
    case SortRole: return sortValue(c, column);
    case StreamRole: return static_cast<uint>(c.stream);
    case Qt::TextAlignmentRole:
        if (column == ClientColumn || column == ServerColumn || column == StateColumn || column == HistoryColumn
            || column == PairColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == ClientColumn && !c.clientKnown)
            return tr("No SYN seen: the client is guessed from the ports");
        if (column == StateColumn || column == HistoryColumn)
            return QString::fromStdString(completenessText(c.completeness));
        if (column == PairColumn)
            return tr("Client %1, server %2").arg(endpointString(c.client.endpoint), endpointString(c.server.endpoint));
        return {};
    default: return {};
    }
}

QVariant ConversationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StreamColumn: return tr("Stream");
    case ClientColumn: return tr("Client");
    case ServerColumn: return tr("Server");
    case StateColumn: return tr("State");
    case HistoryColumn: return tr("History");
    case PacketsClientToServerColumn: return tr("Packets C→S");
    case PacketsServerToClientColumn: return tr("Packets S→C");
    case BytesClientToServerColumn: return tr("Bytes C→S");
    case BytesServerToClientColumn: return tr("Bytes S→C");
    case DurationColumn: return tr("Duration (s)");
    case InitialRttColumn: return tr("iRTT (ms)");
    case RetransmissionRateColumn: return tr("Retrans %");
    case ExpertColumn: return tr("Expert");
    case PairColumn: return tr("Client ⇄ Server");
    case LimitColumn: return tr("Limited by");
    default: return {};
    }
}

void ConversationModel::setExpert(std::shared_ptr<const ExpertInfo> info)
{
    expert_ = std::move(info);
    if (!rows_.empty())
        emit dataChanged(index(0, ExpertColumn), index(rowCount() - 1, ExpertColumn));
}

void ConversationModel::setLimits(std::shared_ptr<const std::vector<StreamLimitSummary>> limits)
{
    limits_ = std::move(limits);
    if (!rows_.empty())
        emit dataChanged(index(0, LimitColumn), index(rowCount() - 1, LimitColumn));
}

void ConversationModel::setTheme(ThemeKind theme)
{
    theme_ = theme;
    if (!rows_.empty())
        emit dataChanged(index(0, ExpertColumn), index(rowCount() - 1, ExpertColumn), {Qt::DecorationRole});
}

QVariant ConversationModel::expertData(std::uint32_t stream, int role) const
{
    const auto total = expert_ ? expert_->streamTotal(stream) : ExpertTotal{};
    switch (role) {
    case Qt::DisplayRole:
        return total.worst ? QString::number(total.count) : QString();
    case Qt::DecorationRole:
        return total.worst ? QVariant(severityIcon(*total.worst, theme_)) : QVariant();
    case Qt::ToolTipRole:
        return total.worst ? tr("%n expert item(s), the worst a %1", nullptr, int(total.count))
                                 .arg(severityDisplayName(*total.worst).toLower())
                           : QVariant();
    case SortRole: // worst severity first, then how many
        return total.worst ? qulonglong((int(*total.worst) + 1)) * 1'000'000'000ULL + total.count : qulonglong(0);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ConversationModel::limitData(const ConversationSummary& c, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (!limits_ || c.stream >= limits_->size())
        return role == SortRole ? QVariant(QString()) : QVariant();
    const auto& limits = (*limits_)[c.stream];
    const auto cell = [&limits](Direction d) { return limits[static_cast<std::size_t>(tcplens::index(d))]; };
    // The direction that carried more payload is the transfer a user asks about.
    const auto main = c.server.payloadBytes > c.client.payloadBytes ? Direction::ServerToClient : Direction::ClientToServer;
    const auto other = main == Direction::ClientToServer ? Direction::ServerToClient : Direction::ClientToServer;
    const DirectionLimit shown = cell(main).known ? cell(main) : cell(other);
    const auto percent = [](const DirectionLimit& l) { return static_cast<int>(std::lround(100 * l.share)); };
    switch (role) {
    case Qt::DisplayRole:
        return shown.known ? tr("%1 %2%").arg(LimitBands::shortName(shown.dominant)).arg(percent(shown)) : QString();
    case SortRole: // by factor, the largest share first within one
        return shown.known ? LimitBands::shortName(shown.dominant)
                                 + QStringLiteral(" %1").arg(1000 - static_cast<int>(std::lround(1000 * shown.share)), 4,
                                                             10, QLatin1Char('0'))
                           : QString();
    case Qt::ToolTipRole: {
        const auto language =
            parseNarrationLanguage(installedLanguage().toStdString()).value_or(NarrationLanguage::English);
        QStringList lines;
        for (const auto d : {Direction::ClientToServer, Direction::ServerToClient}) {
            const auto l = cell(d);
            if (l.known)
                lines << (d == Direction::ClientToServer ? tr("Client → server: %1, %2% of the time")
                                                         : tr("Server → client: %1, %2% of the time"))
                             .arg(QString::fromStdString(limitFactorPhrase(l.dominant, language)))
                             .arg(percent(l));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

} // namespace tcplens::ui
