#include "FieldValueText.h"

#include "FieldNames.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <vector>

namespace tcplens::ui {
namespace {

constexpr const char* kOwn = "tcplens::ui::FieldValueText";

struct Phrase {
    const char* context;
    const char* english;
};

// Core's value words (core/decode/Names.cpp and the decoders' value tables) and the names of
// tunnel headers and fields the field-name table does not hold; names core also uses as field
// names come from that table's context so they read the same in both places.
constexpr Phrase kPhrases[] = {
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Not set")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Set")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "[correct]")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "[unverified]")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Good")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Bad")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Unverified")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "(relative sequence number)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "(relative ack number)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "(unchanged)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "(partial checksum: the sending host offloads checksums to its NIC)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "True")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "False")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Yes")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "No")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "bytes")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "bits")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "payload")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Don't fragment")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "More fragments")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Not ECN-Capable Transport")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "ECN-Capable Transport codepoint '10'")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "ECN-Capable Transport codepoint '01'")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Congestion Experienced")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Default")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Class Selector")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Assured Forwarding")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Expedited Forwarding")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Lower Effort")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Voice Admit")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Best Effort (default)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Background")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Excellent Effort")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Critical Applications")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Video, < 100ms latency and jitter")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Voice, < 10ms latency and jitter")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Internetwork Control")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Network Control")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Eligible")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Ineligible")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Unicast to us")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Unicast to another host")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Broadcast")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Multicast")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Sent by us")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Incoming")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Outgoing")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "802.1Q Virtual LAN")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "802.1ad Provider Bridge (Q-in-Q)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "VLAN-tagged frame (Q-in-Q)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Transparent Ethernet bridging")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "MPLS label switched packet")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "MPLS multicast label switched packet")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "802.1 Link Layer Discovery Protocol (LLDP)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "PPPoE Discovery")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "PPPoE Session")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Unknown")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "IPv6 Hop-by-Hop Option")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "IPv6 Routing")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "IPv6 Fragment")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "IPv6 Destination Options")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "IPv6 No Next Header")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Maximum Segment Size")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "SACK Permitted")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Time Stamp Option")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Window Scale")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "End of Option List")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Echo (ping) request")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Echo (ping) reply")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Destination unreachable")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Destination Unreachable")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Source quench (flow control)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Time-to-live exceeded")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Time Exceeded")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Parameter problem")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Parameter Problem")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Packet Too Big")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Router Solicitation")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Router Advertisement")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Neighbor Solicitation")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Neighbor Advertisement")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Internet Protocol version 4")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Internet Protocol version 6")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Link Control Protocol")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Internet Protocol Control Protocol")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "IPv6 Control Protocol")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Password Authentication Protocol")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Challenge Handshake Authentication Protocol")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Address")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Control")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Call ID")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Checksum Bit")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Routing Bit")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Key Bit")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Sequence Number Bit")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Strict Source Route Bit")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Recursion control")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Flags (Reserved)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Flags and Version")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Enhanced GRE")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "MPLS Experimental Bits")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "MPLS Bottom Of Label Stack")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "MPLS Label")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Label")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Exp")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Group Policy ID")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "VXLAN Network Identifier (VNI)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Virtual Network Identifier (VNI)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Operations, Administration and Management Frame")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Critical Options Present")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Protocol Type")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Virtual eXtensible Local Area Network")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Generic Network Virtualization Encapsulation")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Generic Routing Encapsulation")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "MultiProtocol Label Switching Header")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Point-to-Point Protocol")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Redirect Header")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "IP over Infiniband")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Destination GID")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Destination QPN")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "VXLAN Network ID (VNI)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "No-Operation")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "MPLS Unicast")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "MPLS Multicast")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Add Address")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Remove Address")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Multipath Capable")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Join Connection")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Data Sequence Signal")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Change Subflow Priority")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Fast Close")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "TCP Fallback")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "TCP Reset")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "IP Option")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Router Alert")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Record Route")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "End of Options List (EOL)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Loose Source Route")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Strict Source Route")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Time Stamp")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Loopback")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "(not filled in: the sending host offloads checksums to its NIC)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Juniper Ethernet")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Magic Number")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Direction")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Out")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "In")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "L2 header presence")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Present")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Extension(s) Total length")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Dest")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Offset")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Protocol ID")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Split Flag")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Sequence")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Frame Control Field")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "DS status")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "WDS (To and From DS)")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "To DS")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "From DS")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Not leaving DS")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Protected flag")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Data is not protected")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Data is protected")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Receiver address")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Transmitter address")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Address 3")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Address 4")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Sequence number")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "QoS Control")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Logical-Link Control")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Radiotap Header")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Header length")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Header Length")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Present flags word")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Present flags")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "PPI version")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "PF Log on")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "PF Log")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Address Family")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Address family")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Action")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "passed")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "blocked")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "other")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Reason")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Interface")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Interface index")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Record type")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Packet")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Solaris ipnet")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Data")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Management")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Other")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Extension")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Type")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "AVS WLAN Monitoring Header")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Prism capture header")},
    {kOwn, QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "OpenBSD Encapsulating device")},
    {kFieldNamesContext, QT_TRANSLATE_NOOP("tcplens::ui::FieldNames", "Maximum segment size")},
    {kFieldNamesContext, QT_TRANSLATE_NOOP("tcplens::ui::FieldNames", "SACK permitted")},
    {kFieldNamesContext, QT_TRANSLATE_NOOP("tcplens::ui::FieldNames", "Timestamps")},
    {kFieldNamesContext, QT_TRANSLATE_NOOP("tcplens::ui::FieldNames", "No-Operation (NOP)")},
    {kFieldNamesContext, QT_TRANSLATE_NOOP("tcplens::ui::FieldNames", "Window scale")},
    {kFieldNamesContext, QT_TRANSLATE_NOOP("tcplens::ui::FieldNames", "End of Option List (EOL)")},
    {kFieldNamesContext, QT_TRANSLATE_NOOP("tcplens::ui::FieldNames", "TCP Fast Open")},
    {kFieldNamesContext, QT_TRANSLATE_NOOP("tcplens::ui::FieldNames", "Multipath TCP")},
    {kFieldNamesContext, QT_TRANSLATE_NOOP("tcplens::ui::FieldNames", "Next Header")},
};

/// Lines whose numbers sit inside the words: reworded as a whole, before the single phrases.
struct Template {
    const char* pattern;
    const char* english; ///< With %1..%4 for the pattern's captures.
};
constexpr std::array kTemplates{
    Template{"(\\d+) bytes on wire \\((\\d+) bits\\), (\\d+) bytes captured \\((\\d+) bits\\)",
             QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "%1 bytes on wire (%2 bits), %3 bytes captured (%4 bits)")},
    Template{"\\[incorrect, should be (0x[0-9a-f]+)\\]", QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "[incorrect, should be %1]")},
    Template{"\\(of frame (\\d+)\\)", QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "(of frame %1)")},
    Template{"\\(multiply by (\\d+)\\)", QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "(multiply by %1)")},
    Template{"(Data|Management|Control|Extension|Unknown) frame, subtype (\\d+)",
             QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "%1 frame, subtype %2")},
    Template{"Radiotap Header v(\\d+), Length (\\d+)", QT_TRANSLATE_NOOP("tcplens::ui::FieldValueText", "Radiotap Header v%1, Length %2")},
};

/// One alternation of every phrase, longest first, each a whole word ("Set" not in "Settings", "No" not in "No-Operation").
const QRegularExpression& phrasePattern()
{
    static const QRegularExpression pattern = [] {
        std::vector<const Phrase*> sorted;
        for (const Phrase& phrase : kPhrases)
            sorted.push_back(&phrase);
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const Phrase* a, const Phrase* b) { return qstrlen(a->english) > qstrlen(b->english); });
        QStringList alternatives;
        for (const Phrase* phrase : sorted)
            alternatives << QRegularExpression::escape(QString::fromUtf8(phrase->english));
        return QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_'-])(?:") + alternatives.join(QLatin1Char('|'))
                                  + QStringLiteral(")(?![A-Za-z0-9_'-])"));
    }();
    return pattern;
}

const std::vector<QRegularExpression>& templatePatterns()
{
    static const std::vector<QRegularExpression> patterns = [] {
        std::vector<QRegularExpression> compiled;
        for (const Template& each : kTemplates)
            compiled.emplace_back(QString::fromUtf8(each.pattern));
        return compiled;
    }();
    return patterns;
}

const char* contextOf(const QString& english)
{
    const QByteArray utf8 = english.toUtf8();
    for (const Phrase& phrase : kPhrases)
        if (utf8 == phrase.english)
            return phrase.context;
    return kOwn;
}

} // namespace

QString FieldValueText::worded(const QString& text)
{
    QString out = text;
    for (std::size_t at = 0; at < kTemplates.size(); ++at) {
        const QRegularExpression& re = templatePatterns()[at];
        const auto match = re.match(out);
        if (!match.hasMatch())
            continue;
        QString worded = tr(kTemplates[at].english);
        for (int i = 1; i <= re.captureCount(); ++i)
            worded = worded.arg(match.captured(i));
        out.replace(match.capturedStart(), match.capturedLength(), worded);
    }
    QString result;
    qsizetype from = 0;
    for (auto it = phrasePattern().globalMatch(out); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(out).mid(from, match.capturedStart() - from);
        const QString english = match.captured();
        result += QCoreApplication::translate(contextOf(english), english.toUtf8().constData());
        from = match.capturedEnd();
    }
    result += QStringView(out).mid(from);
    return result;
}

} // namespace tcplens::ui
