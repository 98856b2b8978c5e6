#include "TcpFlagsText.h"

#include "DecodedPacket.h"

#include <array>
#include <utility>

namespace tcplens {
namespace {

// Low bit first, the order both tcpdump and Wireshark list them in.
constexpr std::array<std::pair<std::uint16_t, const char*>, 9> kNames{{{tcpflag::Fin, "FIN"},
                                                                        {tcpflag::Syn, "SYN"},
                                                                        {tcpflag::Rst, "RST"},
                                                                        {tcpflag::Psh, "PSH"},
                                                                        {tcpflag::Ack, "ACK"},
                                                                        {tcpflag::Urg, "URG"},
                                                                        {tcpflag::Ece, "ECE"},
                                                                        {tcpflag::Cwr, "CWR"},
                                                                        {tcpflag::Ae, "AE"}}};

} // namespace

std::string tcpdumpFlags(std::uint16_t flags)
{
    static constexpr std::array<std::pair<std::uint16_t, char>, 8> marks{{{tcpflag::Fin, 'F'},
                                                                          {tcpflag::Syn, 'S'},
                                                                          {tcpflag::Rst, 'R'},
                                                                          {tcpflag::Psh, 'P'},
                                                                          {tcpflag::Ack, '.'},
                                                                          {tcpflag::Urg, 'U'},
                                                                          {tcpflag::Ece, 'E'},
                                                                          {tcpflag::Cwr, 'W'}}};
    std::string text;
    for (const auto& [bit, mark] : marks)
        if (flags & bit)
            text.push_back(mark);
    if (flags & tcpflag::Ae)
        text.push_back('e');
    return text.empty() ? "none" : text;
}

std::string wiresharkFlagNames(std::uint16_t flags)
{
    std::string text;
    for (const auto& [bit, name] : kNames) {
        if (!(flags & bit))
            continue;
        if (!text.empty())
            text += ", ";
        text += name;
    }
    if (flags & 0x0e00)
        text += text.empty() ? "Reserved" : ", Reserved";
    return text.empty() ? "<None>" : text;
}

std::string wiresharkFlagPicture(std::uint16_t flags)
{
    static constexpr char letters[] = "RRRACEUAPRSF";
    std::string text;
    for (int bit = 0; bit < 12; ++bit) {
        if ((flags >> (11 - bit)) & 1U)
            text.push_back(letters[bit]);
        else
            text += "\xC2\xB7"; // U+00B7 MIDDLE DOT, as Wireshark prints it
    }
    return text;
}

std::string flagWords(std::uint16_t flags)
{
    std::string text;
    const auto add = [&](const char* word) {
        if (!text.empty())
            text.push_back('-');
        text += word;
    };
    if (flags & tcpflag::Syn)
        add("SYN");
    if (flags & tcpflag::Fin)
        add("FIN");
    if (flags & tcpflag::Rst)
        add("RST");
    if (flags & tcpflag::Psh)
        add("PSH");
    if (flags & tcpflag::Urg)
        add("URG");
    if (flags & tcpflag::Ack)
        add("ACK");
    if (flags & tcpflag::Ece)
        add("ECE");
    if (flags & tcpflag::Cwr)
        add("CWR");
    return text.empty() ? "NONE" : text;
}

} // namespace tcplens
