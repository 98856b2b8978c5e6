#include "LabCommand.h"

#include "CliCommands.h"

#include <lab/LabCatalog.h>
#include <lab/LabRecorder.h>

#include <ostream>
#include <string>

namespace tcplens::cli {
namespace {

/// Wraps `text` at `width` columns (counting a CJK character as two), indented by `indent`.
std::string wrapped(const std::string& text, std::size_t width, const std::string& indent)
{
    std::string out = indent;
    std::size_t column = indent.size();
    std::size_t lastBreak = std::string::npos; // in `out`: where a space can become a new line
    std::size_t columnAtBreak = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
        const std::string piece = text.substr(i, length);
        i += length;
        const std::size_t cells = length >= 3 ? 2 : 1;
        if (piece == " ") {
            lastBreak = out.size();
            columnAtBreak = column;
        }
        out += piece;
        column += cells;
        if (column > width) {
            if (lastBreak != std::string::npos) {
                out.replace(lastBreak, 1, "\n" + indent);
                column = indent.size() + (column - columnAtBreak - 1);
                lastBreak = std::string::npos;
            } else if (cells == 2) { // Chinese breaks between any two characters
                out.insert(out.size() - piece.size(), "\n" + indent);
                column = indent.size() + cells;
            }
        }
    }
    return out;
}

struct Words {
    const char* scenarios;
    const char* recorded[3]; ///< Around the packet count, the port and the path.
    const char* observed;
    const char* check;
    const char* passed;
    const char* failed;
    const char* colon;
    const char* ok;       ///< The marker of a promise the capture keeps...
    const char* notKept;  ///< ...and of one it does not.
};

const Words& words(std::string_view language)
{
    static const Words english{"Scenarios of the TCP lab (tcplens-cli lab SCENARIO -w OUT.pcapng):",
                               {"Recorded ", " TCP packets on lo (tcp port ", ") into "},
                               "Seen beside the capture:", "Check of the capture:",
                               "The capture shows what the explanation promises.",
                               "The capture does not show everything the explanation promises.", ": ", "[ok]", "[FAILED]"};
    static const Words chinese{"TCP 实验的场景（tcplens-cli lab 场景 -w 输出.pcapng）：", {"已记录 ", " 个 TCP 报文（lo，tcp port ", "），写入 "},
                               "抓包之外观察到：",
                               "对抓包的检查：", "抓包展示了说明中承诺的全部内容。", "抓包没有展示说明中承诺的全部内容。", "：", "[通过]", "[未通过]"};
    return language.substr(0, 2) == "zh" ? chinese : english;
}

void printList(std::string_view language, std::ostream& out)
{
    out << words(language).scenarios << "\n\n";
    for (const auto& scenario : labScenarios()) {
        out << scenario.id << "  " << scenario.title.in(language) << '\n';
        out << wrapped(scenario.explanation.in(language), 78, "    ") << "\n\n";
    }
}

} // namespace

int runLab(const std::vector<std::string_view>& args, std::ostream& out, std::ostream& err)
{
    std::string language = "en";
    std::string output;
    std::string id;
    bool list = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto arg = args[i];
        if (arg == "--list") {
            list = true;
        } else if (arg == "--lang" || arg == "-w") {
            if (i + 1 >= args.size()) {
                err << "tcplens-cli: " << arg << " needs a value\n";
                return kExitUsage;
            }
            (arg == "-w" ? output : language) = std::string(args[++i]);
        } else if (!arg.empty() && arg.front() == '-') {
            err << "tcplens-cli: unknown option " << arg << " for lab\n";
            return kExitUsage;
        } else if (id.empty()) {
            id = std::string(arg);
        } else {
            err << "tcplens-cli: lab records one scenario at a time, not \"" << id << "\" and \"" << arg << "\"\n";
            return kExitUsage;
        }
    }
    if (language != "en" && language != "zh_CN") {
        err << "tcplens-cli: --lang takes en or zh_CN, not \"" << language << "\"\n";
        return kExitUsage;
    }
    if (list) {
        printList(language, out);
        return kExitOk;
    }
    const LabScenario* scenario = findLabScenario(id);
    if (!scenario) {
        err << "tcplens-cli: " << (id.empty() ? "lab needs a scenario" : "there is no lab scenario \"" + id + "\"")
            << "; the scenarios are:";
        for (const auto& known : labScenarios())
            err << ' ' << known.id;
        err << "\n(tcplens-cli lab --list explains each)\n";
        return kExitUsage;
    }
    if (output.empty()) {
        err << "tcplens-cli: lab " << id << " needs -w OUT.pcapng, the file to record into\n";
        return kExitUsage;
    }
    const Words& text = words(language);
    out << scenario->id << "  " << scenario->title.in(language) << '\n'
        << wrapped(scenario->explanation.in(language), 78, "    ") << "\n\n";
    out.flush();
    const auto recording = recordLabScenario(*scenario, output);
    if (!recording.recorded) {
        err << "tcplens-cli: " << recording.error << '\n';
        return kExitUnreadable;
    }
    out << text.recorded[0] << recording.packets << text.recorded[1] << recording.port << text.recorded[2]
        << recording.path << '\n';
    if (!recording.observations.empty()) {
        out << text.observed << '\n';
        for (const auto& observation : recording.observations)
            if (!observation.text.en.empty())
                out << "  " << observation.text.in(language) << '\n';
    }
    out << text.check << '\n';
    for (const auto& item : recording.check.items)
        out << "  " << (item.passed ? text.ok : text.notKept) << ' ' << item.what.in(language) << text.colon
            << item.evidence.in(language) << '\n';
    out << (recording.check.passed() ? text.passed : text.failed) << '\n';
    return recording.check.passed() ? kExitOk : kExitUnreadable;
}

} // namespace tcplens::cli
