#pragma once
// The report's sentences, each in English and Simplified Chinese, and the filling of their
// placeholders, apart from the answers that pick them (ReportAnswers), as NarrationCatalogue is
// apart from FlowNarrator: a translator reads one table, a reviewer of the TCP reasoning the other.

#include "../flow/FlowNarrator.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>

namespace tcplens::report {

/// Every sentence of the report, in each language. Placeholders in braces are filled by fill().
enum class Say : std::uint8_t {
    Title, Subtitle, How, Frame, Missing, NoAck, RetransmittedCell,
    EndpointsQ, ClientLine, ServerLine, EndpointsHow, EndpointsGuessHow,
    SynQ, SynLine, SynWhy, SynCopies, NoSyn, SynHow,
    SynAckQ, SynAckLine, SynAckDerived, SynAckOther, SynAckNoSyn, SynAckWhy, NoSynAck, SynAckHow,
    ClientToServer, ServerToClient, Client, Server,
    NoDataQ, NoDataLine, NoDataHow,
    FirstDataQ, FirstDataLine, FirstDataHow,
    RttQ, RttFewer, RttHow,
    ColIndex, ColFrame, ColSeq, ColLength, ColSent, ColAckFrame, ColAcked, ColSample, ColEstimated, ColDev, ColRto,
    LengthsQ, LengthsFirst, LengthsAll, LengthsHow,
    WindowQ, WindowLine, WindowNone, Throttled, WindowFullLine, ZeroWindowLine, NotThrottledFlight, NotThrottled,
    WindowHow,
    RetransQ, RetransLine, RetransNone, RetransHow,
    ThroughputQ, ThroughputLine, ThroughputNone, ThroughputHow,
    SlowStartQ, SlowStartLoss, SlowStartNotSeen, SlowStartRounds, SlowStartHow,
    LimitsQ, LimitsLine, LimitsNearReceiver, LimitsHow, ColFactor, ColSeconds, ColShare,
    Count
};

/// The phrase `what` in `language`, placeholders unfilled.
[[nodiscard]] const char* phrase(NarrationLanguage language, Say what) noexcept;

using Values = std::initializer_list<std::pair<const char*, std::string>>;

/// The phrase with its placeholders filled by fillPlaceholder().
[[nodiscard]] std::string fill(NarrationLanguage language, Say what, Values values = {});

} // namespace tcplens::report
