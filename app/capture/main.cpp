// tcplens-capture: the only tcplens program that needs the capture capability. It opens the
// interfaces, drops every privilege, and streams pcapng to a file and/or standard output.
#include "HelperCapture.h"
#include "HelperOptions.h"
#include "Privileges.h"

#include <capture/NetworkInterfaces.h>
#include <export/JsonText.h>

#include <unistd.h>

#include <csignal>
#include <iostream>

namespace {

volatile std::sig_atomic_t stopSignal = 0;

extern "C" void onStopSignal(int signal)
{
    stopSignal = signal;
}

int listDevices(bool json)
{
    std::string error;
    const auto interfaces = tcplens::listInterfaces(error);
    if (!error.empty()) {
        std::cerr << "tcplens-capture: " << error << '\n';
        return tcplens::capture::kExitFailed;
    }
    int number = 0;
    for (const auto& interface : interfaces) {
        if (json) {
            std::cout << "{\"name\":" << tcplens::jsonQuoted(interface.name)
                      << ",\"description\":" << tcplens::jsonQuoted(interface.description) << ",\"addresses\":[";
            for (std::size_t i = 0; i < interface.addresses.size(); ++i)
                std::cout << (i ? "," : "") << tcplens::jsonQuoted(interface.addresses[i]);
            std::cout << "],\"up\":" << (interface.up ? "true" : "false")
                      << ",\"running\":" << (interface.running ? "true" : "false")
                      << ",\"loopback\":" << (interface.loopback ? "true" : "false") << "}\n";
            continue;
        }
        std::cout << ++number << ". " << interface.name;
        if (!interface.description.empty())
            std::cout << " (" << interface.description << ")";
        std::cout << "  [" << interface.flagsText() << "]\n";
    }
    std::cout.flush();
    return std::cout ? tcplens::capture::kExitOk : tcplens::capture::kExitFailed;
}

void installSignalHandlers()
{
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
    // A closed standard output is seen as EPIPE from write(), and ends the capture cleanly.
    std::signal(SIGPIPE, SIG_IGN);
}

} // namespace

int main(int argc, char** argv)
{
    using namespace tcplens::capture;
    std::ios::sync_with_stdio(false);
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    const auto parsed = parseHelperOptions(args, ::isatty(STDOUT_FILENO) == 1);
    if (!parsed.options) {
        std::cerr << "tcplens-capture: " << parsed.error << '\n';
        return kExitUsage;
    }
    const auto& options = *parsed.options;
    if (options.help) {
        std::cout << helperUsage();
        return kExitOk;
    }
    installSignalHandlers();
    if (options.stopWithParent)
        stopWithParent();

    std::unique_ptr<HelperCapture> capture;
    std::string error;
    try {
        if (!options.listInterfaces)
            capture = std::make_unique<HelperCapture>(options);
    } catch (const tcplens::LiveCaptureError& failure) {
        (void)dropPrivileges(error);
        std::cerr << "tcplens-capture: " << failure.what() << '\n';
        return failure.kind() == tcplens::LiveCaptureError::Kind::BadFilter ? kExitUsage : kExitFailed;
    }
    // Nothing below needs a privilege: files are created with the invoking user's rights only.
    if (!dropPrivileges(error)) {
        std::cerr << "tcplens-capture: " << error << '\n';
        return kExitFailed;
    }
    if (options.listInterfaces)
        return listDevices(options.json);
    if (!capture->openOutputs(error)) {
        std::cerr << "tcplens-capture: " << error << '\n';
        return kExitFailed;
    }
    if (!options.quiet) {
        std::cerr << "tcplens-capture: capturing on " << capture->describe()
                  << (options.filter.empty() ? "" : ", filter \"" + options.filter + "\"")
                  << (options.filePath.empty() ? "" : ", writing " + options.filePath) << '\n';
        std::cerr.flush();
    }
    return capture->run(stopSignal, std::cerr);
}
