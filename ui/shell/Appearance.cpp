#include "Appearance.h"

#include "Language.h"
#include "MainWindow.h"
#include "Theme.h"
#include "capture/CaptureStatusBar.h"
#include "charts/ChartsPanel.h"
#include "conversations/ConversationModel.h"
#include "expert/ExpertController.h"
#include "inspector/FieldTreeView.h"
#include "inspector/HeaderDiagramView.h"
#include "inspector/HexView.h"
#include "packets/ColouringRulesDialog.h"
#include "packets/PacketColouring.h"
#include "packets/PacketTableView.h"

#include <QApplication>
#include <QSettings>

namespace tcplens::ui {

Appearance::Appearance(MainWindow& window)
    : QObject(&window), window_(window), colouring_(new PacketColouring(window.packetModel(), theme_, this))
{
}

void Appearance::setTheme(ThemeKind theme, bool remember)
{
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        applyTheme(*app, theme);
    theme_ = theme;
    window_.chartsPanel()->setTheme(theme);
    window_.conversationModel()->setTheme(theme);
    if (auto* expert = window_.expert())
        expert->setTheme(theme);
    colouring_->setTheme(theme);
    if (remember)
        QSettings().setValue(QStringLiteral("view/theme"), themeName(theme));
}

void Appearance::setLanguage(const QString& code)
{
    if (auto* app = QCoreApplication::instance(); app && installLanguage(*app, code))
        QSettings().setValue(QStringLiteral("view/language"), code); // LanguageChange reaches every widget
}

void Appearance::zoom(double factor)
{
    // Views that chose their own (fixed-width) fonts follow the application's size.
    zoomApplicationFont(factor, {window_.packetView(), window_.fieldView(), window_.hexView(), window_.headerDiagram()});
}

ColouringRulesDialog* Appearance::openColouringRules()
{
    auto* dialog = new ColouringRulesDialog(colouring_->rules(), theme_, &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        colouring_->setRules(dialog->rules());
        const auto problems = colouring_->problems();
        if (!problems.isEmpty())
            window_.captureStatusBar()->setNotice(tr("Coloring rules skipped: %1").arg(problems.join(QStringLiteral("; "))));
    });
    dialog->open();
    return dialog;
}

} // namespace tcplens::ui
