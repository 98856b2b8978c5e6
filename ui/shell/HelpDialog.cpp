#include "HelpDialog.h"

#include "Language.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QRegularExpression>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tcplens::ui {
namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QStringLiteral("…"));
    return text;
}

void collect(const QMenu* menu, const QString& path, QList<QPair<QString, QString>>& rows)
{
    for (const auto* action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), path + plain(action->text()) + QStringLiteral(" › "), rows);
            continue;
        }
        QStringList keys;
        for (const auto& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows.append({path + plain(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

HelpDialog::HelpDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent), menus_(menus), tabs_(new QTabWidget), guide_(new QTextBrowser), shortcuts_(new QTableWidget)
{
    setObjectName(QStringLiteral("helpDialog"));
    guide_->setOpenExternalLinks(true);
    shortcuts_->setColumnCount(2);
    shortcuts_->verticalHeader()->hide();
    shortcuts_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    shortcuts_->setSelectionBehavior(QAbstractItemView::SelectRows);
    shortcuts_->horizontalHeader()->setStretchLastSection(true);
    tabs_->addTab(guide_, QString());
    tabs_->addTab(shortcuts_, QString());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_, 1);
    layout->addWidget(buttons);
    const int em = fontMetrics().averageCharWidth();
    resize(em * 100, fontMetrics().height() * 40);
    retranslate();
}

QString HelpDialog::guideMarkdown(const QString& language)
{
    QFile file(QStringLiteral(":/help/guide_%1.md").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        file.setFileName(QStringLiteral(":/help/guide_en.md"));
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void HelpDialog::showPage(Page page)
{
    fillShortcuts();
    tabs_->setCurrentIndex(page == Page::Guide ? 0 : 1);
}

void HelpDialog::retranslate()
{
    setWindowTitle(tr("tcplens Help"));
    tabs_->setTabText(0, tr("User Guide"));
    tabs_->setTabText(1, tr("Keyboard Shortcuts"));
    shortcuts_->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    guide_->setMarkdown(guideMarkdown(installedLanguage()));
    fillShortcuts();
}

void HelpDialog::fillShortcuts()
{
    QList<QPair<QString, QString>> rows;
    if (menus_)
        for (const auto* action : menus_->actions())
            if (action->menu())
                collect(action->menu(), plain(action->text()) + QStringLiteral(" › "), rows);
    shortcuts_->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        shortcuts_->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        shortcuts_->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    shortcuts_->resizeColumnToContents(0);
}

void HelpDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace tcplens::ui
