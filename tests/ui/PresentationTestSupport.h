#pragma once
// Shared by the presentation tests: the captures they walk, a conversation presented in each
// language on each screen, a step shown as a person sees it, whether a text is whole in its box.

#include "UiTestSupport.h"

#include <presentation/FittedLabel.h>
#include <presentation/PresentationWindow.h>
#include <shell/Language.h>

#include <QApplication>
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QLabel>
#include <QLayout>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QtTest>

#include <cstdint>
#include <optional>
#include <span>
#include <utility>

namespace tcplens::ui::test {

/// QVERIFY2 messages that start with where the check was: `fail("what")`. Each message lives
/// until the next (qPrintable of a temporary would dangle before QVERIFY2 prints it).
class FailureText {
public:
    explicit FailureText(QString where) : where_(std::move(where)) {}
    const char* operator()(const QString& what)
    {
        text_ = (where_ + QStringLiteral(": ") + what).toLocal8Bit();
        return text_.constData();
    }

private:
    QString where_;
    QByteArray text_;
};

/// Every fixture in tests/data and the bundled sample.
inline QStringList presentationFixtures()
{
    QStringList paths;
    const QDir data(QStringLiteral(TCPLENS_TEST_DATA_DIR));
    for (const QString& name : data.entryList({QStringLiteral("*.pcap"), QStringLiteral("*.pcapng")}, QDir::Files,
                                              QDir::Name))
        paths << data.filePath(name);
    paths << samplePath();
    return paths;
}

/// Loads `path` into `packets`: the stream number of its first TCP conversation, or nothing (an
/// unsupported link type, or no TCP at all).
inline std::optional<std::uint32_t> loadFirstConversation(PacketListModel& packets, const QString& path)
{
    const LoadResult loaded = loadSynchronously(packets, path);
    if (loaded.status == LoadStatus::Failed || packets.firstTcpRow() < 0)
        return std::nullopt;
    return packets.analysis(packets.firstTcpRow()).stream;
}

/// Presents conversation `stream` in English, then Chinese, on each of `screens`: a
/// PresentationWindow of the screen's size, shown and exposed, handed to
/// `check(show, language, screen)`. Stops at the first failure; ends in English.
template <typename Check>
void presentEverywhere(const PacketListModel& packets, std::uint32_t stream, std::span<const QSize> screens,
                       Check&& check)
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(installLanguage(*qApp, language));
        for (const QSize screen : screens) {
            PresentationWindow show(packets, stream);
            show.resize(screen);
            show.show();
            QVERIFY(QTest::qWaitForWindowExposed(&show));
            check(show, language, screen);
            if (QTest::currentTestFailed())
                return;
        }
    }
    QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
}

/// Shows step `step` laid out and scrolled as it is on screen.
inline void showStep(PresentationWindow& show, int step)
{
    show.goToStep(step);
    show.layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall); // the flow graph's scroll after a resize
}

/// "echo-dialogue zh_CN 1024x768 step 25", for failure messages.
inline QString stepName(const QString& capture, const QString& language, QSize screen, int step)
{
    return QStringLiteral("%1 %2 %3x%4 step %5").arg(capture, language).arg(screen.width()).arg(screen.height()).arg(step);
}

/// Why `label`'s text does not fit its box, or an empty string. A presentation text shortened
/// with "…" to fit does not fit: the class must read all of it.
inline QString labelOverflow(const QLabel* label)
{
    if (const auto* fitted = qobject_cast<const FittedLabel*>(label); fitted && fitted->text() != fitted->fullText())
        return QStringLiteral("\"%1\" is shortened to \"%2\" in %3x%4 px")
            .arg(fitted->fullText(), fitted->text())
            .arg(fitted->width())
            .arg(fitted->height());
    if (label->text().isEmpty())
        return {};
    const QFontMetrics fm(label->font());
    const QRect room = label->contentsRect();
    const int flags = label->wordWrap() ? Qt::TextWordWrap : Qt::TextSingleLine;
    const QRect needed = fm.boundingRect(QRect(0, 0, room.width(), 100'000), flags, label->text());
    if (needed.width() <= room.width() && needed.height() <= room.height())
        return {};
    return QStringLiteral("\"%1\" needs %2x%3 in %4x%5")
        .arg(label->text())
        .arg(needed.width())
        .arg(needed.height())
        .arg(room.width())
        .arg(room.height());
}

} // namespace tcplens::ui::test
