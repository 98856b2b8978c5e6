#include "ColouringRulesDialog.h"

#include "PacketRowStyle.h"

#include <filter/DisplayFilter.h>

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "FilterMessageText.h"

namespace tcplens::ui {
namespace {

enum Column { NameColumn, FilterColumn };

QString filterProblem(const std::string& filter)
{
    const auto compiled = DisplayFilter::compile(filter);
    if (!compiled.ok())
        return ColouringRulesDialog::tr("Column %1: %2")
            .arg(compiled.error.column + 1)
            .arg(FilterMessageText::of(compiled.error.detail));
    if (compiled.filter->empty())
        return ColouringRulesDialog::tr("The filter is empty: it would colour every packet.");
    return {};
}

QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(colour);
    QPainter painter(&pixmap);
    painter.setPen(Qt::gray);
    painter.drawRect(0, 0, 15, 15);
    return QIcon(pixmap);
}

RuleColour ruleColour(const QColor& c)
{
    const auto rgba = c.rgba64();
    return {rgba.red(), rgba.green(), rgba.blue()};
}

} // namespace

ColouringRulesDialog::ColouringRulesDialog(std::vector<ColouringRule> rules, ThemeKind theme, QWidget* parent)
    : QDialog(parent), rules_(std::move(rules)), theme_(theme), list_(new QTreeWidget(this)),
      name_(new QLineEdit(this)), filter_(new QLineEdit(this)), filterError_(new QLabel(this)),
      foreground_(new QPushButton(tr("&Foreground…"), this)), background_(new QPushButton(tr("&Background…"), this)),
      delete_(new QPushButton(tr("&Delete"), this)), up_(new QPushButton(tr("Move &Up"), this)),
      down_(new QPushButton(tr("Move Do&wn"), this)), status_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Coloring Rules"));
    setObjectName(QStringLiteral("colouringRulesDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Rules are tried from the top; the first whose display filter matches a packet "
                               "colours its row. Untick a rule to keep it without using it."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    list_->setObjectName(QStringLiteral("rulesList"));
    list_->setColumnCount(2);
    list_->setHeaderLabels({tr("Name"), tr("Filter")});
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->header()->setStretchLastSection(true);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(list_, 1);

    auto* editors = new QFormLayout;
    name_->setObjectName(QStringLiteral("ruleName"));
    filter_->setObjectName(QStringLiteral("ruleFilter"));
    filter_->setPlaceholderText(tr("A display filter, e.g. tcp.analysis.retransmission"));
    filterError_->setObjectName(QStringLiteral("ruleFilterError"));
    filterError_->setWordWrap(true);
    filterError_->setStyleSheet(QStringLiteral("QLabel { color: #c00000; }"));
    filterError_->setVisible(false);
    editors->addRow(tr("&Name:"), name_);
    editors->addRow(tr("F&ilter:"), filter_);
    editors->addRow(QString(), filterError_);
    auto* colours = new QHBoxLayout;
    foreground_->setObjectName(QStringLiteral("foregroundButton"));
    background_->setObjectName(QStringLiteral("backgroundButton"));
    colours->addWidget(foreground_);
    colours->addWidget(background_);
    colours->addStretch(1);
    editors->addRow(tr("Colours:"), colours);
    layout->addLayout(editors);

    auto* actions = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New"), this);
    auto* reset = new QPushButton(tr("&Reset to Defaults"), this);
    auto* import = new QPushButton(tr("&Import…"), this);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    reset->setToolTip(tr("Wireshark's default rules that tcplens can evaluate"));
    import->setToolTip(tr("Read a Wireshark colorfilters file"));
    exportButton->setToolTip(tr("Write the rules as a Wireshark colorfilters file"));
    for (auto* button : {add, delete_, up_, down_, reset, import, exportButton}) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    foreground_->setAutoDefault(false);
    background_->setAutoDefault(false);
    actions->addStretch(1);
    layout->addLayout(actions);
    status_->setObjectName(QStringLiteral("rulesStatus"));
    status_->setWordWrap(true);
    layout->addWidget(status_);
    layout->addWidget(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list_, &QTreeWidget::currentItemChanged, this, [this] { showRule(currentRow()); });
    connect(list_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        const int row = list_->indexOfTopLevelItem(item);
        if (updating_ || column != NameColumn || row < 0)
            return;
        rules_[static_cast<std::size_t>(row)].enabled = item->checkState(NameColumn) == Qt::Checked;
        validate();
    });
    connect(name_, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (const int row = currentRow(); row >= 0) {
            rules_[static_cast<std::size_t>(row)].name = text.toStdString();
            refreshRow(row);
        }
    });
    connect(filter_, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (const int row = currentRow(); row >= 0) {
            rules_[static_cast<std::size_t>(row)].filter = text.toStdString();
            refreshRow(row);
            showRule(row);
            validate();
        }
    });
    connect(foreground_, &QPushButton::clicked, this, [this] { chooseColour(true); });
    connect(background_, &QPushButton::clicked, this, [this] { chooseColour(false); });
    connect(add, &QPushButton::clicked, this, &ColouringRulesDialog::addRule);
    connect(delete_, &QPushButton::clicked, this, &ColouringRulesDialog::removeRule);
    connect(up_, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(down_, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(reset, &QPushButton::clicked, this, [this] {
        rules_ = defaultColouringRules();
        rebuildList(0);
        status_->setText(tr("Wireshark's default rules restored."));
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const auto path = QFileDialog::getOpenFileName(this, tr("Import Coloring Rules"), QString(),
                                                       tr("Wireshark colorfilters (colorfilters *.txt);;All files (*)"));
        if (!path.isEmpty())
            status_->setText(importFile(path));
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("Export Coloring Rules"), QStringLiteral("colorfilters"));
        QString error;
        if (!path.isEmpty())
            status_->setText(exportFile(path, &error) ? tr("Exported %n rule(s) to %1.", nullptr, int(rules_.size())).arg(path)
                                                      : error);
    });
    rebuildList(0);
    resize(820, 560);
}

int ColouringRulesDialog::currentRow() const
{
    return list_->currentItem() ? list_->indexOfTopLevelItem(list_->currentItem()) : -1;
}

void ColouringRulesDialog::rebuildList(int select)
{
    updating_ = true;
    list_->clear();
    for (std::size_t i = 0; i < rules_.size(); ++i) {
        auto* item = new QTreeWidgetItem(list_);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        (void)item;
        refreshRow(static_cast<int>(i));
    }
    list_->resizeColumnToContents(NameColumn);
    list_->setColumnWidth(NameColumn, list_->columnWidth(NameColumn) + 24);
    updating_ = false;
    if (!rules_.empty())
        list_->setCurrentItem(list_->topLevelItem(std::clamp(select, 0, static_cast<int>(rules_.size()) - 1)));
    else
        showRule(-1);
    validate();
}

void ColouringRulesDialog::refreshRow(int row)
{
    auto* item = list_->topLevelItem(row);
    if (!item)
        return;
    const bool wasUpdating = updating_;
    updating_ = true;
    const auto& rule = rules_[static_cast<std::size_t>(row)];
    const auto colours = rowColoursFor(theme_, rule);
    item->setText(NameColumn, QString::fromStdString(rule.name));
    item->setText(FilterColumn, QString::fromStdString(rule.filter));
    item->setCheckState(NameColumn, rule.enabled ? Qt::Checked : Qt::Unchecked);
    const QString problem = filterProblem(rule.filter);
    item->setIcon(FilterColumn, problem.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    item->setToolTip(FilterColumn, problem.isEmpty() ? QString::fromStdString(rule.filter) : problem);
    for (int column : {NameColumn, FilterColumn}) {
        item->setBackground(column, colours.background);
        item->setForeground(column, colours.foreground);
    }
    updating_ = wasUpdating;
}

void ColouringRulesDialog::showRule(int row)
{
    const bool valid = row >= 0 && row < static_cast<int>(rules_.size());
    for (QWidget* editor : {static_cast<QWidget*>(name_), static_cast<QWidget*>(filter_), static_cast<QWidget*>(foreground_),
                            static_cast<QWidget*>(background_), static_cast<QWidget*>(delete_)})
        editor->setEnabled(valid);
    up_->setEnabled(valid && row > 0);
    down_->setEnabled(valid && row + 1 < static_cast<int>(rules_.size()));
    if (!valid) {
        name_->clear();
        filter_->clear();
        filterError_->setVisible(false);
        return;
    }
    const auto& rule = rules_[static_cast<std::size_t>(row)];
    if (name_->text().toStdString() != rule.name)
        name_->setText(QString::fromStdString(rule.name));
    if (filter_->text().toStdString() != rule.filter)
        filter_->setText(QString::fromStdString(rule.filter));
    const QString problem = filterProblem(rule.filter);
    filter_->setStyleSheet(problem.isEmpty() ? QString()
                                             : QStringLiteral("QLineEdit { background: #ffd6d6; color: #5c0000; }"));
    filterError_->setText(problem);
    filterError_->setVisible(!problem.isEmpty());
    const auto colours = rowColoursFor(ThemeKind::Light, rule);
    foreground_->setIcon(swatch(colours.foreground));
    background_->setIcon(swatch(colours.background));
}

void ColouringRulesDialog::validate()
{
    QStringList broken;
    for (const auto& rule : rules_)
        if (rule.enabled && !filterProblem(rule.filter).isEmpty())
            broken << QString::fromStdString(rule.name);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(broken.isEmpty());
    if (!broken.isEmpty())
        status_->setText(tr("Fix or untick the rules whose filter is wrong: %1").arg(broken.join(QStringLiteral(", "))));
    else if (showingBroken_)
        status_->clear();
    showingBroken_ = !broken.isEmpty();
}

void ColouringRulesDialog::chooseColour(bool foreground)
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto& rule = rules_[static_cast<std::size_t>(row)];
    const auto current = rowColoursFor(ThemeKind::Light, rule);
    const QColor chosen = QColorDialog::getColor(foreground ? current.foreground : current.background, this,
                                                 foreground ? tr("Text Colour") : tr("Background Colour"));
    if (!chosen.isValid())
        return;
    (foreground ? rule.foreground : rule.background) = ruleColour(chosen);
    refreshRow(row);
    showRule(row);
}

void ColouringRulesDialog::addRule()
{
    const int at = currentRow() < 0 ? 0 : currentRow();
    ColouringRule rule{tr("New rule").toStdString(), "tcp", RuleColour{0, 0, 0}, RuleColour{65535, 65535, 45000}, true};
    rules_.insert(rules_.begin() + at, std::move(rule));
    rebuildList(at);
    name_->setFocus();
    name_->selectAll();
}

void ColouringRulesDialog::removeRule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    rules_.erase(rules_.begin() + row);
    rebuildList(row);
}

void ColouringRulesDialog::moveRule(int by)
{
    const int row = currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= static_cast<int>(rules_.size()))
        return;
    std::swap(rules_[static_cast<std::size_t>(row)], rules_[static_cast<std::size_t>(to)]);
    rebuildList(to);
}

QString ColouringRulesDialog::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    auto parsed = parseColourFilters(file.readAll().toStdString());
    if (parsed.rules.empty())
        return tr("%1 holds no coloring rules.").arg(path);
    QStringList disabled;
    for (auto& rule : parsed.rules) {
        if (rule.enabled && !filterProblem(rule.filter).isEmpty()) {
            rule.enabled = false; // fields tcplens does not decode: kept, visible, but off
            disabled << QString::fromStdString(rule.name);
        }
    }
    rules_ = std::move(parsed.rules);
    rebuildList(0);
    QString summary = tr("Imported %n rule(s).", nullptr, int(rules_.size()));
    if (!disabled.isEmpty())
        summary += QLatin1Char(' ') + tr("Turned off because tcplens cannot evaluate their filters: %1.")
                                          .arg(disabled.join(QStringLiteral(", ")));
    if (!parsed.errors.empty())
        summary += QLatin1Char(' ') + tr("Skipped %n line(s) that are not rules.", nullptr, int(parsed.errors.size()));
    return summary;
}

bool ColouringRulesDialog::exportFile(const QString& path, QString* error) const
{
    QFile file(path);
    const auto text = QByteArray::fromStdString(formatColourFilters(rules_));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tcplens::ui
