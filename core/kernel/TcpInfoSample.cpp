#include "TcpInfoSample.h"

#include <iterator>

namespace tcplens {

std::string tcpStateName(std::uint8_t state)
{
    static constexpr const char* kNames[] = {"UNKNOWN(0)", "ESTABLISHED", "SYN_SENT",   "SYN_RECV",
                                             "FIN_WAIT1",  "FIN_WAIT2",   "TIME_WAIT",  "CLOSE",
                                             "CLOSE_WAIT", "LAST_ACK",    "LISTEN",     "CLOSING",
                                             "NEW_SYN_RECV"};
    if (state > 0 && state < std::size(kNames))
        return kNames[state];
    return "UNKNOWN(" + std::to_string(state) + ")";
}

std::string caStateName(std::uint8_t caState)
{
    static constexpr const char* kNames[] = {"open", "disorder", "cwr", "recovery", "loss"};
    if (caState < std::size(kNames))
        return kNames[caState];
    return "unknown(" + std::to_string(caState) + ")";
}

} // namespace tcplens
