// tcplens: the Qt Widgets face of the tcplens core; wiring only.
#include <AppInfo.h>
#include <Fonts.h>
#include <MainWindow.h>
#include <models/PacketListModel.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

namespace {

struct Options {
    QString capture;    // empty: the bundled sample
    QString screenshot; // empty: run interactively
    QSize size{1280, 800};
};

bool parseOptions(const QApplication& app, Options& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Makes TCP visible."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("capture"), QStringLiteral("pcap or pcapng file (default: the bundled sample)"),
                                 QStringLiteral("[capture]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Load the capture, select its first TCP packet, save the window "
                                                       "as a PNG and exit."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1920x1080."),
                                  QStringLiteral("WxH"));
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.process(app);

    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "tcplens: give at most one capture file\n");
        return false;
    }
    options.capture = parser.positionalArguments().value(0);
    options.screenshot = parser.value(screenshot);
    if (parser.isSet(size)) {
        const auto match = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
        if (!match.hasMatch() || match.captured(1).toInt() < 200 || match.captured(2).toInt() < 150) {
            std::fprintf(stderr, "tcplens: --size wants WxH, at least 200x150, e.g. 1920x1080\n");
            return false;
        }
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    return true;
}

// Saves the window once the capture is loaded, with the first TCP packet's fields open.
void arrangeScreenshot(tcplens::ui::MainWindow& window, const QString& out)
{
    using tcplens::ui::LoadResult;
    using tcplens::ui::LoadStatus;
    window.setErrorReporter([](const QString& title, const QString& message) {
        std::fprintf(stderr, "tcplens: %s: %s\n", qUtf8Printable(title), qUtf8Printable(message));
    });
    QObject::connect(&window, &tcplens::ui::MainWindow::loadFinished, &window, [&window, out](const LoadResult& result) {
        if (result.status == LoadStatus::Failed) {
            QCoreApplication::exit(1);
            return;
        }
        window.selectPacketRow(std::max(window.packetModel()->firstTcpRow(), 0));
        // One more turn of the event loop lets the views lay out the new rows before the grab.
        QTimer::singleShot(0, &window, [&window, out] {
            if (!window.grab().save(out, "PNG")) {
                std::fprintf(stderr, "tcplens: cannot write %s\n", qUtf8Printable(out));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(0);
        });
    });
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tcplens"));
    QApplication::setOrganizationName(QStringLiteral("tcplens"));
    QApplication::setApplicationVersion(tcplens::ui::versionText());

    Options options;
    if (!parseOptions(app, options))
        return 2;

    tcplens::ui::applyReadableApplicationFont();
    tcplens::ui::MainWindow window;
    window.resize(options.size);
    if (!options.screenshot.isEmpty())
        arrangeScreenshot(window, options.screenshot);
    window.show();

    if (!options.capture.isEmpty())
        window.openCapture(options.capture);
    else if (!window.openSample() && !options.screenshot.isEmpty())
        return 1;
    return app.exec();
}
