#pragma once
// The capturable interfaces for the Capture dialog: name, description, addresses, flags and
// the recent packets per second of each (sampled from the system's counters, no capture).

#include <capture/NetworkInterfaces.h>

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <vector>

namespace tcplens::ui {

class InterfaceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TrafficColumn, AddressesColumn, FlagsColumn, DescriptionColumn, ColumnCount };
    enum Role {
        RatesRole = Qt::UserRole + 1, ///< QList<double>: packets/s, oldest first (TrafficColumn).
        NameRole,                     ///< The interface name, as QString.
    };
    /// Reads an interface's packet counter; swappable in tests.
    using CounterSource = std::function<std::optional<std::uint64_t>(const std::string& name)>;
    static constexpr int kHistory = 40;

    explicit InterfaceListModel(QObject* parent = nullptr);

    /// Lists the interfaces again (pcap_findalldevs); returns libpcap's error, empty when fine.
    QString refresh();
    /// Replaces the list (tests).
    void setInterfaces(std::vector<NetworkInterface> interfaces);
    void setCounterSource(CounterSource source) { counters_ = std::move(source); }
    /// Takes one counter sample per interface; `seconds` since the previous sample.
    void sample(double seconds);

    [[nodiscard]] int rowOf(const QString& name) const;
    [[nodiscard]] const NetworkInterface& interfaceAt(int row) const { return interfaces_[static_cast<std::size_t>(row)]; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<NetworkInterface> interfaces_;
    std::vector<std::optional<std::uint64_t>> lastCounter_;
    std::vector<QList<double>> rates_;
    CounterSource counters_;
};

} // namespace tcplens::ui
