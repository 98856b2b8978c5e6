#include "InterfaceListModel.h"

#include <QLocale>

namespace tcplens::ui {

InterfaceListModel::InterfaceListModel(QObject* parent)
    : QAbstractTableModel(parent), counters_([](const std::string& name) { return interfacePacketCounter(name); })
{
}

QString InterfaceListModel::refresh()
{
    std::string error;
    auto interfaces = listInterfaces(error);
    setInterfaces(std::move(interfaces));
    return QString::fromStdString(error);
}

void InterfaceListModel::setInterfaces(std::vector<NetworkInterface> interfaces)
{
    beginResetModel();
    interfaces_ = std::move(interfaces);
    lastCounter_.assign(interfaces_.size(), std::nullopt);
    rates_.assign(interfaces_.size(), {});
    endResetModel();
    sample(0); // the first counters: rates start with the next sample
}

void InterfaceListModel::sample(double seconds)
{
    for (std::size_t i = 0; i < interfaces_.size(); ++i) {
        const auto now = counters_ ? counters_(interfaces_[i].name) : std::nullopt;
        if (now && lastCounter_[i] && seconds > 0) {
            const double rate = *now >= *lastCounter_[i] ? double(*now - *lastCounter_[i]) / seconds : 0.0;
            auto& history = rates_[i];
            history.append(rate);
            while (history.size() > kHistory)
                history.removeFirst();
        }
        lastCounter_[i] = now;
    }
    if (!interfaces_.empty() && seconds > 0)
        emit dataChanged(index(0, TrafficColumn), index(rowCount() - 1, TrafficColumn), {Qt::DisplayRole, RatesRole});
}

int InterfaceListModel::rowOf(const QString& name) const
{
    for (std::size_t i = 0; i < interfaces_.size(); ++i)
        if (QString::fromStdString(interfaces_[i].name) == name)
            return static_cast<int>(i);
    return -1;
}

int InterfaceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(interfaces_.size());
}

int InterfaceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterfaceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const auto& interface = interfaces_[row];
    if (role == NameRole)
        return QString::fromStdString(interface.name);
    if (role == RatesRole && index.column() == TrafficColumn)
        return QVariant::fromValue(rates_[row]);
    if (role == Qt::ToolTipRole && index.column() == AddressesColumn) {
        QStringList addresses;
        for (const auto& address : interface.addresses)
            addresses << QString::fromStdString(address);
        return addresses.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return QString::fromStdString(interface.name);
    case DescriptionColumn: return QString::fromStdString(interface.description);
    case AddressesColumn: {
        QStringList addresses;
        for (const auto& address : interface.addresses)
            addresses << QString::fromStdString(address);
        return addresses.join(QStringLiteral(", "));
    }
    case FlagsColumn: {
        QStringList flags{interface.up ? tr("up") : tr("down")};
        if (interface.running)
            flags << tr("running");
        if (interface.loopback)
            flags << tr("loopback");
        if (interface.wireless)
            flags << tr("wireless");
        return flags.join(QStringLiteral(", "));
    }
    case TrafficColumn: {
        const auto& history = rates_[row];
        return history.isEmpty() ? QString() : tr("%1/s").arg(QLocale().toString(qRound64(history.last())));
    }
    default: return {};
    }
}

QVariant InterfaceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Interface");
    case TrafficColumn: return tr("Packets/s");
    case AddressesColumn: return tr("Addresses");
    case FlagsColumn: return tr("Flags");
    case DescriptionColumn: return tr("Description");
    default: return {};
    }
}

} // namespace tcplens::ui
