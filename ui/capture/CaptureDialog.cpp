#include "CaptureDialog.h"

#include "HelperFailure.h"
#include "InterfaceListModel.h"
#include "WarningStyle.h"
#include "conversations/SparklineDelegate.h"
#include "packets/BpfProblemText.h"

#include <capture/BpfFilter.h>
#include <capture/CaptureHelperAccess.h>
#include <decode/LinkType.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tcplens::ui {
namespace {

const QString kInterfaceKey = QStringLiteral("capture/interface");
const QString kFilterKey = QStringLiteral("capture/filter");
const QString kSnaplenKey = QStringLiteral("capture/snaplen");
const QString kPromiscuousKey = QStringLiteral("capture/promiscuous");
const QString kBufferKey = QStringLiteral("capture/bufferMiB");
constexpr int kSampleMs = 500;

} // namespace

CaptureDialog::CaptureDialog(QWidget* parent)
    : QDialog(parent), model_(new InterfaceListModel(this)), table_(new QTableView), filter_(new QLineEdit),
      message_(new QLabel), access_(new QLabel), optionsBox_(new QGroupBox(tr("Options"))), snaplen_(new QSpinBox),
      promiscuous_(new QCheckBox(tr("Promiscuous mode: also frames addressed to other hosts"))),
      bufferMiB_(new QSpinBox), start_(new QPushButton(tr("&Start"))), sampler_(new QTimer(this))
{
    setWindowTitle(tr("Capture"));
    const QString listError = model_->refresh();

    table_->setModel(model_);
    table_->setItemDelegateForColumn(InterfaceListModel::TrafficColumn,
                                     new SparklineDelegate(InterfaceListModel::RatesRole, InterfaceListModel::kHistory, table_));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->resizeColumnsToContents();
    const int em = fontMetrics().averageCharWidth();
    table_->setColumnWidth(InterfaceListModel::NameColumn, std::max(table_->columnWidth(0), em * 14));
    table_->setColumnWidth(InterfaceListModel::TrafficColumn, em * 30);
    table_->setColumnWidth(InterfaceListModel::AddressesColumn,
                           std::min(std::max(table_->columnWidth(InterfaceListModel::AddressesColumn), em * 24), em * 44));
    connect(table_, &QTableView::doubleClicked, this, [this] {
        if (start_->isEnabled())
            accept();
    });

    filter_->setPlaceholderText(tr("tcpdump syntax, e.g. tcp port 443 — empty captures everything"));
    filter_->setClearButtonEnabled(true);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    snaplen_->setRange(64, 262144);
    snaplen_->setSuffix(tr(" bytes"));
    snaplen_->setToolTip(tr("Bytes kept of each packet; 96 keeps every header of a TCP segment"));
    bufferMiB_->setRange(1, 1024);
    bufferMiB_->setSuffix(tr(" MiB"));
    bufferMiB_->setToolTip(tr("The kernel's buffer: a larger one rides out bursts without drops"));
    auto* optionsRow = new QHBoxLayout(optionsBox_);
    auto* snaplenLabel = new QLabel(tr("Snap length:"));
    snaplenLabel->setBuddy(snaplen_);
    auto* bufferLabel = new QLabel(tr("Buffer size:"));
    bufferLabel->setBuddy(bufferMiB_);
    optionsRow->addWidget(snaplenLabel);
    optionsRow->addWidget(snaplen_);
    optionsRow->addSpacing(fontMetrics().averageCharWidth() * 3);
    optionsRow->addWidget(bufferLabel);
    optionsRow->addWidget(bufferMiB_);
    optionsRow->addSpacing(fontMetrics().averageCharWidth() * 3);
    optionsRow->addWidget(promiscuous_);
    optionsRow->addStretch(1);

    const QSettings settings;
    snaplen_->setValue(settings.value(kSnaplenKey, 262144).toInt());
    promiscuous_->setChecked(settings.value(kPromiscuousKey, true).toBool());
    bufferMiB_->setValue(settings.value(kBufferKey, 32).toInt());
    filter_->setText(settings.value(kFilterKey).toString());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    start_->setDefault(true);
    buttons->addButton(start_, QDialogButtonBox::AcceptRole);
    // Enter anywhere (the filter field too) starts, never cancels: Cancel is no default candidate.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(filter_, &QLineEdit::returnPressed, this, &CaptureDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaptureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    // Said before Start, not only after it failed: what this user must do to capture at all.
    const QString accessProblem = HelperFailure::forAccess(CaptureHelperAccess::check());
    access_->setObjectName(QStringLiteral("captureAccessMessage"));
    access_->setText(accessProblem);
    access_->setWordWrap(true);
    access_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    access_->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4d3800; border: 1px solid #e0c060; padding: 6px; }"));
    access_->setVisible(!accessProblem.isEmpty());
    layout->addWidget(access_);
    auto* heading = new QLabel(listError.isEmpty() ? tr("Capture on:") : listError);
    layout->addWidget(heading);
    layout->addWidget(table_, 1);
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("Capture &filter:"));
    filterLabel->setBuddy(filter_);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(filter_, 1);
    layout->addLayout(filterRow);
    layout->addWidget(message_);
    layout->addWidget(optionsBox_);
    layout->addWidget(buttons);

    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaptureDialog::validate);
    connect(filter_, &QLineEdit::textChanged, this, &CaptureDialog::validate);
    connect(snaplen_, &QSpinBox::valueChanged, this, &CaptureDialog::validate);

    // Packets per second from the system's counters, without capturing.
    auto* clock = new QElapsedTimer;
    clock->start();
    connect(sampler_, &QTimer::timeout, this, [this, clock] {
        model_->sample(double(clock->restart()) / 1000.0);
    });
    connect(this, &QObject::destroyed, this, [clock] { delete clock; });
    sampler_->start(kSampleMs);

    const QString remembered = settings.value(kInterfaceKey).toString();
    if (!selectInterface(remembered)) {
        // The first interface that is up and not a loopback, like Wireshark's default.
        for (int row = 0; row < model_->rowCount(); ++row) {
            const auto& interface = model_->interfaceAt(row);
            if (interface.up && interface.running && !interface.loopback && !interface.addresses.empty()) {
                selectInterface(QString::fromStdString(interface.name));
                break;
            }
        }
    }
    validate();
    resize(em * 150, fontMetrics().height() * 30);
}

bool CaptureDialog::selectInterface(const QString& name)
{
    const int row = model_->rowOf(name);
    if (row < 0)
        return false;
    table_->selectRow(row);
    return true;
}

QString CaptureDialog::selectedInterface() const
{
    const auto rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(InterfaceListModel::NameRole).toString();
}

std::optional<int> CaptureDialog::linkTypeOf(const QString& name)
{
    const auto known = linkTypes_.constFind(name);
    if (known != linkTypes_.constEnd())
        return *known;
    const auto linkType = interfaceLinkType(name.toStdString());
    linkTypes_.insert(name, linkType);
    return linkType;
}

void CaptureDialog::validate()
{
    const QString name = selectedInterface();
    QString problem;
    QString info;
    if (name.isEmpty()) {
        problem = tr("Choose an interface.");
    } else if (const auto linkType = linkTypeOf(name); !linkType) {
        problem = tr("The interface %1 is gone; open this dialog again for a fresh list.").arg(name);
    } else {
        info = tr("Link type %1 (%2)")
                   .arg(QString::fromStdString(linkTypeName(*linkType)),
                        QString::fromStdString(linkTypeDescription(*linkType)));
        const QString expression = filter_->text().trimmed();
        if (!expression.isEmpty()) {
            std::string error;
            if (!BpfFilter::compile(expression.toStdString(), *linkType, static_cast<std::uint32_t>(snaplen_->value()), error))
                problem = BpfProblemText::of(error);
        }
    }
    const bool filterBad = !problem.isEmpty() && !name.isEmpty() && !filter_->text().trimmed().isEmpty()
                           && linkTypeOf(name).has_value();
    filter_->setStyleSheet(filterBad ? QStringLiteral("QLineEdit { background: #ffd6d6; color: #5c0000; }") : QString());
    filter_->setToolTip(filterBad ? problem : QString());
    message_->setText(problem.isEmpty() ? info : problem);
    message_->setStyleSheet(problem.isEmpty() ? QString() : warningStyleSheet(palette()));
    start_->setEnabled(problem.isEmpty());
}

LiveCaptureOptions CaptureDialog::options() const
{
    LiveCaptureOptions options;
    options.interface = selectedInterface().toStdString();
    options.filter = filter_->text().trimmed().toStdString();
    options.snaplen = static_cast<std::uint32_t>(snaplen_->value());
    options.promiscuous = promiscuous_->isChecked();
    options.bufferBytes = static_cast<std::uint32_t>(bufferMiB_->value()) << 20;
    return options;
}

void CaptureDialog::accept()
{
    validate();
    if (!start_->isEnabled())
        return;
    rememberChoice();
    QDialog::accept();
}

void CaptureDialog::rememberChoice() const
{
    QSettings settings;
    settings.setValue(kInterfaceKey, selectedInterface());
    settings.setValue(kFilterKey, filter_->text().trimmed());
    settings.setValue(kSnaplenKey, snaplen_->value());
    settings.setValue(kPromiscuousKey, promiscuous_->isChecked());
    settings.setValue(kBufferKey, bufferMiB_->value());
}

} // namespace tcplens::ui
