<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Time-sequence graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows and congestion window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput and goodput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textbook model (Tahoe, Reno) and measured flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client → server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server → client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — conversation %2, data %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderDiagramView</name>
    <message>
        <source>No IP or TCP header in this packet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperFailure</name>
    <message>
        <source>Either join the group allowed to capture: sudo usermod -aG %1 %2, then log in again; or give the capture helper alone the capability: sudo setcap cap_net_raw,cap_net_admin+eip %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture helper tcplens-capture is not installed, so tcplens cannot capture. Install it with tcplens (cmake --install), or set TCPLENS_CAPTURE_HELPER to its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot capture: you are not in the group %1 that may run the capture helper %2. Join it with sudo usermod -aG %1 %3, then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot capture: the capture helper %1 lacks the capture capability and you are not root. Grant it to the helper alone: sudo setcap cap_net_raw,cap_net_admin+eip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcplens-capture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not capture on %1: the capture helper %2 lacks the capture capability, or you are not in the group that may run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no interface %1: open File › Capture… again for a fresh list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface %1 is down: bring it up first (ip link set %1 up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture filter is not valid; correct it in File › Capture….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture helper was ended by signal %1; the packets captured so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture helper failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCPLENS_CAPTURE_HELPER names %1, which is not an executable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked for it beside %1 and on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::Appearance</name>
    <message>
        <source>Coloring rules skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::BpfProblemText</name>
    <message>
        <source>can&apos;t parse filter expression: syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown host &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown port &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal port number %1 &gt; 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 proto &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid IPv4 address &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bogus ethernet address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask length must be &lt;= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare a BPF compiler for link type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>libpcap&apos;s own words, which tcplens does not know</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::CaptureCoordinator</name>
    <message>
        <source>1 packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing on %1… (File › Stop Capture, Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcplens — capturing on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the capture on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture on %1 did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcplens — capture on %1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture stopped: %1 — File › Save As keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — showing the %2 captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcplens — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capture from an earlier run was not saved: %1 (%2 KiB, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the recovered capture %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 over ssh…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::CaptureDialog</name>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promiscuous mode: also frames addressed to other hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdump syntax, e.g. tcp port 443 — empty captures everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes kept of each packet; 96 keeps every header of a TCP segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s buffer: a larger one rides out bursts without drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface %1 is gone; open this dialog again for a fresh list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link type %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::CapturePropertiesDialog</name>
    <message>
        <source>Capture File Properties — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encapsulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture (section %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a (no time elapsed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average packets/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average bytes/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average bits/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average packet size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture File Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a capture file first. Packets still being captured, or read from a pipe, have no file to describe yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcap (little-endian, microsecond timestamps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcap (little-endian, nanosecond timestamps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcap (big-endian, microsecond timestamps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcap (big-endian, nanosecond timestamps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>microseconds (6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nanoseconds (9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10^-%1 s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSD loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenBSD loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux cooked v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux cooked v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPP over serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPoE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPP for pppd, with direction flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPP with direction flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cisco HDLC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux ARCNET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux netfilter log messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 4391 IP-over-Infiniband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juniper Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::CaptureSession</name>
    <message>
        <source>Save Capture As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcapng (*.pcapng);;pcap (*.pcap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for captures %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved packets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved packets: the recovered capture %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved packets: %1 captured on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to stop the capture and save the captured packets before opening another file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the captured packets before opening another file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to stop the capture and save the captured packets before starting a new capture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the captured packets before starting a new capture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to stop the capture and save the captured packets before closing the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the captured packets before closing the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to stop the capture and save the captured packets before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the captured packets before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and &amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and &amp;Quit without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and &amp;Continue without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue &amp;without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::CaptureStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; the packets read so far stay listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 · dropped by kernel %2 · by interface %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets that passed the capture filter; dropped by the kernel because the buffer was full; dropped by the interface or its driver; capture duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the capture; its packets stay on screen (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displayed %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets the display filter and the followed conversation let through, of the packets loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — showing the %2 before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled — showing the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ChartOptions</name>
    <message>
        <source>Stevens style (a dot per segment instead of tcptrace&apos;s bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss events: ▼ retransmission, ▼ fast retransmission, ■ timeout; ◆ recovered (everything sent before the loss ACKed); the bar on top spans each recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving average over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this capture&apos;s losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textbook parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial congestion window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial slow-start threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment is lost in the first round whose cwnd reaches this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 duplicate ACKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cwnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssthresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ChartPlot</name>
    <message>
        <source>frame %1 — click to select it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image must be at least 50×50 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown image format &quot;%1&quot; (use .png, .pdf or .svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ChartsPanel</name>
    <message>
        <source>client → server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server → client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textbook model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcptrace&apos;s time-sequence graph: segments, ACKs, receive window, SACK blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertised window, bytes in flight, congestion-window estimate, ssthresh, phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput and goodput as a moving average, segment sizes behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK and timestamp round-trip times against time or sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahoe and Reno as the textbook draws them, beside what this connection did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the other side&apos;s data and this side&apos;s ACKs (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the whole conversation (key 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;Image (PNG, PDF, SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart &amp;Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a TCP packet or conversation to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1: computing its series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1, data %2 (%3 of payload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x axis only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y axis only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or drag: zoom and pan · + − and arrows · 0 resets · x / y: one axis (now %1) · click a point to select its packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averaging over %1: a tenth of this short conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conversation is charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limiting Factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the strip along the time axis that says what held the sender back (time-sequence and Windows charts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ColouringRulesDialog</name>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is empty: it would colour every packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Foreground…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coloring Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first whose display filter matches a packet colours its row. Untick a rule to keep it without using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display filter, e.g. tcp.analysis.retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireshark&apos;s default rules that tcplens can evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a Wireshark colorfilters file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rules as a Wireshark colorfilters file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireshark&apos;s default rules restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Coloring Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireshark colorfilters (colorfilters *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Coloring Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix or untick the rules whose filter is wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no coloring rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Turned off because tcplens cannot evaluate their filters: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) that are not rules.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ContextMenus</name>
    <message>
        <source>&amp;Apply as Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare as Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only TCP packets belong to a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;mark Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes as &amp;Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes as &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export This Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcapng captures (*.pcapng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcap captures (*.pcap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;BPF (tcpdump)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ConversationExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1 has no packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packets on screen cannot be read again while the capture runs or when they came from a pipe: stop the capture or save them (File › Save As) first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ConversationModel</name>
    <message>
        <source>No SYN seen: the client is guessed from the ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets C→S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets S→C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes C→S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes S→C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iRTT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrans %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1, server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ⇄ Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expert item(s), the worst a %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client → server: %1, %2% of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server → client: %1, %2% of the time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ConversationReportDialog</name>
    <message>
        <source>Working out the report of conversation %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no TCP conversation %1 in this capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a frame number to select that packet in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ConversationsPanel</name>
    <message>
        <source>Find conversations (address, port, state, history)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to show more columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::DisplayScope</name>
    <message>
        <source>BPF filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::Expert</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExpertController</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst expert severity in the capture: %1 (%2). Click to open Expert Information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next packet with an expert note, warning or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Pro&amp;blem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous packet with an expert note, warning or error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExpertModel</name>
    <message numerus="yes">
        <source>%1 (%n kind(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Frame %1 (conversation %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExpertPanel</name>
    <message>
        <source>Collecting the expert items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expert items: no TCP segment raised one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a capture to see its expert items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expert item(s) — %1. Click a frame to select it; Go › Next Problem steps through them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExpertWording</name>
    <message>
        <source>The acknowledgment number field is nonzero while the ACK flag is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection establish request (SYN): server port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection establish acknowledge (SYN+ACK): server port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection finish (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection reset (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame initiates the connection closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame undergoes the connection closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The urgent pointer field is nonzero while the URG flag is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYN packet does not contain a MSS option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The non-SYN packet does contain a MSS option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window scale shift exceeds 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-zero header padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D-SACK Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP SYN with TFO Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame is a (suspected) retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame is a (suspected) fast retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame is a (suspected) spurious retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame is a (suspected) out-of-order segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new tcp session is started with the same ports as an earlier session in this trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous segment(s) not captured (common at capture start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACKed segment that wasn&apos;t captured (common at capture start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP window update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP window specified by the receiver is now completely full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP keep-alive segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK to a TCP keep-alive segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate ACK (#%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Zero Window Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Zero Window segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK to a TCP Zero Window Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bogus TCP header length (%1, must be at least 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExportDissectionsDialog</name>
    <message>
        <source>Export Packet Dissections as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Packet Dissections as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packets&apos; bytes cannot be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice holds no packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.json *.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Packet Dissections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a capture file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets are still arriving: stop the capture or wait until the file is loaded, then export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExportJob</name>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 packets to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExportPacketsDialog</name>
    <message>
        <source>Export Specified Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcapng (keeps every interface and comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcap (nanosecond)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice holds no packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcap (*.pcap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcapng (*.pcapng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a capture file first. Packets still being captured, or read from a pipe, cannot be read again: stop the capture or save them (File › Save As) first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExportProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: removing what was written…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FieldFilter</name>
    <message>
        <source>Select a field first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a packet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet is not TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display filter for this: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Info column is a summary of several fields; apply one of them from the packet details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet has no field for that column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no filter to translate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FieldNames</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentiated Services Codepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit Congestion Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence Number (raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment number (raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accurate ECN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion Window Reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECN-Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-Operation (NOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of Option List (EOL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Fast Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipath TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux cooked capture v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux cooked capture v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-layer address type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-layer address length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Protocol Version 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentiated Services Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header checksum status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculated Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Protocol Version 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassembled length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Datagram Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission Control Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Segment Len</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculated window size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSS Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp echo reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast Open Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipath TCP subtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipath TCP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQ/ACK analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null/Loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenBSD loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>802.1Q Virtual LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassembled IPv4 in frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassembled IPv6 in frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 Hop-by-Hop Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 Fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 Destination Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Control Message Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Control Message Protocol v6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting data in fragment overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple tail fragments found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassembled IPv4 length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassembled IPv6 length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FieldTreeModel</name>
    <message>
        <source>%1 — bytes %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FieldTreeText</name>
    <message>
        <source>Src</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Src Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dst Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Len</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Not received by the client (lost after the capture point, or still on its way)]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Not received by the server (lost after the capture point, or still on its way)]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Option - </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FieldValueText</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[correct]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[unverified]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(relative sequence number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(relative ack number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(partial checksum: the sending host offloads checksums to its NIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ECN-Capable Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECN-Capable Transport codepoint &apos;10&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECN-Capable Transport codepoint &apos;01&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assured Forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expedited Forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best Effort (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video, &lt; 100ms latency and jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice, &lt; 10ms latency and jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internetwork Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicast to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicast to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>802.1Q Virtual LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>802.1ad Provider Bridge (Q-in-Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN-tagged frame (Q-in-Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent Ethernet bridging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPLS label switched packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPLS multicast label switched packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>802.1 Link Layer Discovery Protocol (LLDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPoE Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPoE Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 Hop-by-Hop Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 Fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 Destination Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 No Next Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum Segment Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK Permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Stamp Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of Option List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo (ping) request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo (ping) reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source quench (flow control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-to-live exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet Too Big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router Solicitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router Advertisement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbor Solicitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbor Advertisement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Protocol version 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Protocol version 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Control Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Protocol Control Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 Control Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Authentication Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge Handshake Authentication Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum Bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing Bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence Number Bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict Source Route Bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recursion control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags (Reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags and Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced GRE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPLS Experimental Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPLS Bottom Of Label Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPLS Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group Policy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VXLAN Network Identifier (VNI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual Network Identifier (VNI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations, Administration and Management Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical Options Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual eXtensible Local Area Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic Network Virtualization Encapsulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic Routing Encapsulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MultiProtocol Label Switching Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-to-Point Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP over Infiniband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination GID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination QPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes on wire (%2 bits), %3 bytes captured (%4 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[incorrect, should be %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(of frame %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(multiply by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VXLAN Network ID (VNI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPLS Unicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPLS Multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipath Capable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Sequence Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Subflow Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of Options List (EOL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loose Source Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict Source Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not filled in: the sending host offloads checksums to its NIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juniper Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magic Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 header presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension(s) Total length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame Control Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DS status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WDS (To and From DS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To DS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From DS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not leaving DS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmitter address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical-Link Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotap Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present flags word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPI version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PF Log on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PF Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solaris ipnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVS WLAN Monitoring Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prism capture header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenBSD Encapsulating device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frame, subtype %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotap Header v%1, Length %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FilterBar</name>
    <message>
        <source>Showing one conversation; click to show all packets again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters used before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display filter, e.g.  tcp.analysis.retransmission   or   ip.addr == 10.0.0.5   (tcpdump syntax works too: port 8888)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: display filter, else BPF (tcpdump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display filter (Wireshark) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPF (tcpdump) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the filter is read in; click to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as BPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tcpdump (BPF) expression that keeps the same packets, e.g. for a capture filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a tcpdump (BPF) expression: it is not a display filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid display filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy: the filter is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the filter first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already tcpdump (BPF) syntax, copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (copied as BPF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BPF expression for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FilterExpression</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPF (tcpdump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a tcpdump (BPF) expression either: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FilterMessageText</name>
    <message>
        <source>application-layer dissection is not done by tcplens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcplens does not keep the scale factor&apos;s -1/-2 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcplens does not count bytes sent since the last PSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcplens does not estimate the retransmission timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Fast Open analysis is not done by tcplens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet or other MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\x needs a hexadecimal digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string has no closing &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character constant has no closing &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character constant holds exactly one character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slice has no closing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;=&quot; is not an operator; use == (or eq) to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was unexpected here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of filter expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was unexpected in this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ( has no closing )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set has no closing }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such field; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 and cannot be sliced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic needs numbers; this side is a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only numbers can be negated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function %1() is not supported (len(field) and count(field) are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>len() needs a byte string, address or protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a field nor a protocol name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither side of the comparison is a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cannot be compared with a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value; test its presence alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cannot be ordered with &lt;, &lt;=, &gt; or &gt;=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;contains&quot; needs a byte string, text or protocol; this is a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;contains&quot; looks for bytes or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;matches&quot; needs a byte string, text or protocol; this is a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;matches&quot; takes a regular expression in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range needs ordered values, not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid unsigned integer (it is negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid boolean (True, False, 1 or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid IPv4 address (a.b.c.d or a.b.c.d/len; names are not resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid IPv6 address (or address/len; names are not resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid Ethernet address (aa:bb:cc:dd:ee:ff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid byte string (aa:bb:cc, or &quot;text&quot; in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field without a value (FT_NONE) can only be tested for presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is worked out by tcplens from the conversation; a capture filter sees one packet&apos;s bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is capture metadata (time, frame number); BPF sees only the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sits at an offset BPF cannot follow in general (after variable-length headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no tcpdump primitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;contains&quot; and &quot;matches&quot; search the payload; BPF compares fixed offsets only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this part has no tcpdump equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slices of %1 need their header&apos;s offset, which BPF has only for ip[], ip6[], tcp[] and udp[]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic and functions on fields are not translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparisons need a field on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value compared with %1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be compared for equality in BPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range of %1 has no tcpdump primitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such field in this packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is not a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a display-filter field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value tcplens can compare here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FindBar</name>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Retransmission, 48 54 54 50, or Window: 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FlowGraphExport</name>
    <message>
        <source>The diagram is %1 pixels tall, more than a PNG can reasonably hold (%2): export a range of rows, or use SVG or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP flow graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence diagram drawn by tcplens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing images needs the graphical part of tcplens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no packets to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1: use png, svg, pdf, txt, mmd or puml.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FlowGraphModel</name>
    <message>
        <source>Not received by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received by the %1 (lost after the capture point, or still on its way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 sends its SYN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 is sent as if it had not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1, a FIN, does not acknowledge it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1, a duplicate ACK, still asks for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 still asks for it while it SACKs later data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 resends bytes it had acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not received (frame %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client now limited by %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server now limited by %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>congestion window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmission timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FlowGraphPainter</name>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s since
conversation start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s since
first packet shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FlowGraphPanel</name>
    <message>
        <source>flow-graph.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All listed conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows evenly spaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows spaced by time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenly spaced rows, or gaps as long as the time between packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw arrows sloping down, to suggest the time a packet travels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG Vector Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASCII Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlantUML Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Selected Rows (Shift+Click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative seq/ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows are selected: click a packet, then Shift+click another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid files (*.mmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlantUML files (*.puml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation first: the flow graph is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Flow Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the flow graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation of the selected packet or conversation, or every conversation the Conversations panel lists (after the display filter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FlowGraphStyle</name>
    <message>
        <source>Reset (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN / FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FlowGraphView</name>
    <message>
        <source>Select a conversation to see its packets as a sequence diagram.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FollowStreamDialog</name>
    <message>
        <source>Follow TCP Stream (tcp.stream eq %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture has no TCP stream %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3 bytes; %2 → %1: %4 bytes; %5 chunks. Click a line to select its packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entire conversation (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Stream Content As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow TCP Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a TCP packet of a capture file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packets on screen cannot be read again while the capture runs or when they came from a pipe: stop the capture or save them (File › Save As) and open the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::GoToPacketBar</name>
    <message>
        <source>Go to packet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets are numbered from 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::HeaderDiagramLabels</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IHL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK_PERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × 4 = %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (raw %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> = 1 (set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> = 0 (not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 header (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Offset × 4 = header length:   (tcp[12] &amp; 0xf0) &gt;&gt; 2 = %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IHL × 4 = header length:   (ip[0] &amp; 0x0f) &lt;&lt; 2 = %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::HeaderDiagramShortLabels</name>
    <message>
        <source>Ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IHL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frag Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Src Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dst Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urg Ptr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK_P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::HeaderDiagramView</name>
    <message>
        <source>Select a packet to see its IP and TCP headers drawn bit by bit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::HelpDialog</name>
    <message>
        <source>tcplens Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About tcplens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About tcplens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;tcplens %1&lt;/h3&gt;&lt;p&gt;Makes TCP visible: open a capture and follow every segment, flag and option of its connections.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::InspectorPanel</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::InterfaceListModel</name>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wireless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::KernelChartFeed</name>
    <message>
        <source>Kernel cwnd (tcp_info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel cwnd (tcp_info, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel ssthresh (tcp_info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel split unavailable: this tcp_info sidecar has no busy, rwnd_limited and sndbuf_limited columns (recorded by an older tcplens or a kernel before Linux 4.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel split unavailable: the samples of the sender&apos;s socket cover no transfer time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (wire %3, %4)</source>
        <extracomment>factor group, kernel share, wire share, difference in percentage points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kernel %2, wire %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel&apos;s split (tcp_info) over %1 of transfer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The kernel counted busy %1, receiver-window-limited %2, send-buffer-limited %3 between %4 and %5 after the stream&apos;s first packet (%n samples of the sender&apos;s socket).</source>
        <translation>
            <numerusform>The kernel counted busy %1, receiver-window-limited %2, send-buffer-limited %3 between %4 and %5 after the stream&apos;s first packet (%n sample of the sender&apos;s socket).</numerusform>
            <numerusform>The kernel counted busy %1, receiver-window-limited %2, send-buffer-limited %3 between %4 and %5 after the stream&apos;s first packet (%n samples of the sender&apos;s socket).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delivery_rate_app_limited was set in %1 of %n samples.</source>
        <translation>
            <numerusform>delivery_rate_app_limited was set in %1 of %n sample.</numerusform>
            <numerusform>delivery_rate_app_limited was set in %1 of %n samples.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wire shares group the limiting factors as the kernel counts: receiver window (and zero window), send buffer, busy otherwise (congestion, loss recovery, timeouts), not busy (application, idle); the difference is wire minus kernel, in percentage points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::LabDialog</name>
    <message>
        <source>Record a Lab Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each recording is a new file here, named after the scenario and the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, one packet per key press, starting with the scenario&apos;s explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs root: this scenario makes a network namespace of its own (its loopback shaped with tc), which only root may do. Start tcplens as root (sudo) to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as root in a network namespace of its own; the rest of the machine is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on the loopback interface between tcplens&apos;s own client and server, through the capture helper tcplens-capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Lab Recordings In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder %1: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the capture helper on the loopback interface…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording: the client and the server are at work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the last packets to reach the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the capture shows what the explanation promises…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the partial recording was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture helper may not capture. %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture helper did not capture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be written: %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario&apos;s network namespace could not be made: %1. It needs root and the ip, tc and ethtool programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s sockets failed: %1. Record it again (a busy machine can miss a timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n TCP packets into %1, but the window could not open it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n TCP packets into %1 and opened it in the window. Present it to the class?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n TCP packets into %1; opening it…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What the capture shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a promise of the explanation: the frames that keep it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture shows what the explanation promises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture does not show everything the explanation promises; record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen beside the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the scenario&apos;s sockets finish their step first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture helper %1 could not be started: install it again with tcplens, or set TCPLENS_CAPTURE_HELPER to another copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::LabIntroduction</name>
    <message>
        <source>TCP lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::LabMenu</name>
    <message>
        <source>&amp;Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make real TCP traffic between tcplens&apos;s own client and server, capture it and present it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::LabProblemText</name>
    <message>
        <source>cannot make a socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bind a loopback port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to port %1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection came to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot wait for a connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot accept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set a socket option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer closed after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot receive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the peer&apos;s FIN timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set SO_LINGER: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario&apos;s sockets failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot name the scenario in the recorded file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recorded file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the recorded file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture helper %1 could not capture on %2 (exit code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture helper %1 could not capture on %2 (exit code 1): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant the capture capability to tcplens-capture: setcap cap_net_raw,cap_net_admin+eip %1, or add yourself to the tcplens group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture helper %1 did not start capturing in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture helper ended with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a network namespace for the lab: %1 (this scenario needs root: run it with sudo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a network namespace for the lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closed port accepted the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended with a FIN, not a RST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers came wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1 bytes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: received %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel does not offer the congestion control %1 (see /proc/sys/net/ipv4/tcp_available_congestion_control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read tcp_info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set net.ipv4.tcp_abort_on_overflow in the lab&apos;s network namespace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::LimitBands</name>
    <message>
        <source>handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>congestion window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmission timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::LiveCaptureWorker</name>
    <message>
        <source>The capture was stopped before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture on %1 over ssh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream of tcplens-capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture live from a network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Specified &amp;Packets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Packet &amp;Dissections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture File P&amp;roperties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the window: back to the start, no capture open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello exchange: handshake, three messages, close (seed 004)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP: two small page requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lossy bulk transfer: retransmissions, fast retransmissions, SACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds Since &amp;First Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds Since &amp;Conversation Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds Since &amp;Previous Displayed Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of &amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relative Sequence Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bytes as Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, one packet at a time, for a classroom projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back in its default place and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow This Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;TCP Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show All Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;Handshakes and Closes (SYN, FIN, RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts of This Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation &amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP lab&apos;s answers for this conversation: sequence numbers, RTT estimates, window, retransmissions, throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Display &amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.pcap.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture from &amp;Remote Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture on another machine with its tcpdump, over ssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colori&amp;ze Packet List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the packet list&apos;s rows by the coloring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coloring Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the display filters that colour the packet list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Filter as &amp;BPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tcpdump (BPF) expression that keeps the packets the display filter keeps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::MainWindow</name>
    <message>
        <source>Open a capture with File › Open, or drop one on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled sample %1 is not in any of:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcplens — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation %1 to present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no TCP conversation to present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 as packets arrive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no TCP conversation to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ModelChart</name>
    <message>
        <source>Transmission round (one RTT each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion window (MSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahoe ssthresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reno ssthresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured flight size / MSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahoe cwnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reno cwnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (timeout or 3 duplicate ACKs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured flight size / MSS (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>congestion avoidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 dup ACKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast recovery (Reno)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transmissions in this direction: showing the textbook example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1 · %2 MSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahoe %1 (ssthresh %2) · Reno %3 (ssthresh %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::PacketColumnText</name>
    <message>
        <source>Sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in flight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>The code of this translation&apos;s language (en or zh_CN): Wireshark&apos;s analysis tags are shown in it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported link type %1 (%2), length %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::PacketListModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Len</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time
(s since first packet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time
(s since conversation start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time
(s since previous shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::PacketNavigation</name>
    <message>
        <source>There is no packet %1: the capture has 1 packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no packet %1: the capture has %2 packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet %1 is hidden by the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark/Unmark Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Packet in &amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Packet in C&amp;onversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later packet in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier packet in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write bytes as hex pairs, e.g. 48 54 54 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shown packet matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marked packet is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::PacketRangeGroup</name>
    <message>
        <source>Packet Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only packets the display filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected packet only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marked packets only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range of frames:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1-10,15,20-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 packets will be exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::PresentationWindow</name>
    <message>
        <source>tcplens — presenting conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Space PgDn: next packet    ← PgUp: back    Home / End    Esc: leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1 has no packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1: %2 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press → to send the first packet. Before each press, guess what comes next: who sends, which flags, which numbers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each packet&apos;s header will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP header of packet %1 (frame %2), sent by the %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s first packet: nothing to compare with yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the %1&apos;s packet %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlined: changed since the %1&apos;s packet %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ReadProblemText</name>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: it is a directory, not a capture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): not a capture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes (inside its %2 compression)): not a capture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot map %1 into memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (it starts with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (it starts with %2 (inside its %3 compression))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a spool file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot map a spool file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spool file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream is larger than the 256 GiB this reader can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the %1 decompressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restart the %1 decompressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 stream is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged %1 data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stopped at frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stopped at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file cut short: frame %1 is incomplete (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged capture file at frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged capture file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archaic pcap savefile format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported pcap savefile version %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated dump file; tried to read %1 file header bytes, only got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated dump file; tried to read %1 header bytes, only got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated dump file; tried to read %1 captured bytes, only got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid packet capture length %1, bigger than snaplen of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid packet capture length %1, bigger than maximum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>libpcap&apos;s own words, which tcplens does not know</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block header at byte %1 is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section header at byte %1 is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section header at byte %1 has no valid byte-order magic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block at byte %1 has an impossible length (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block at byte %1 needs %2 bytes, %3 are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block at byte %1 ends with a length that differs from its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a pcapng file (no section header block at its start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section header at byte %1 is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported pcapng version %1.%2 in the section header at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interface block at byte %1 is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interface block at byte %1 comes before any section header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture describes more than %1 interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the packet block at byte %1 is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the packet block at byte %1 says it holds %2 bytes but has room for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the packet block at byte %1 refers to interface %2, but its section describes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a packet comes before any section header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::RemoteCaptureDialog</name>
    <message>
        <source>Run tcpdump with sudo on the host (sudo -n: no password prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture from Remote Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[user@]host[:port], e.g. alice@lab-3:2222</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdump syntax, run on the host; the ssh connection itself is always left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh -o options, e.g. IdentityFile=~/.ssh/lab_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each word is passed to ssh as -o WORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures on another machine through your ssh: tcpdump runs there and its packets stream into this window as a local capture does. ssh must log in without a password prompt (a key, e.g. ssh-copy-id); the remote user needs the capture capability, or sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh &amp;options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host to capture on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh options are written as Name=value (each becomes -o Name=value), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ssh connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host must be a name or an address (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;:&apos;), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user must be a login name (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote interface must be a name like eth0 or any, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture filter must be one line of at most 8192 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot length must be from 64 to 262144</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bracketed address needs its &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ssh port must be from 1 to 65535, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh could not log in to %1: set up a key (ssh-copy-id %1) so that ssh logs in without a password prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh could not reach %1 (is sshd running there, and the name right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 differs from the one ssh knows: if the host was reinstalled, remove the old key with ssh-keygen -R %1 and connect once with ssh %2 in a terminal to accept the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh does not know %1&apos;s host key yet: connect once with ssh %2 in a terminal to accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdump is not installed on %1 (install it there, e.g. apt install tcpdump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo on %1 asks for a password: allow tcpdump without one (NOPASSWD in sudoers), or give the remote user the capture capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote user may not capture on %1: run tcpdump there with sudo (--sudo, or the dialog&apos;s sudo box), or on that host run sudo setcap cap_net_raw,cap_net_admin+eip $(command -v tcpdump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no interface %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdump on %1 refused the capture filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::RttChart</name>
    <message>
        <source>Round-trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative sequence number the ACK covers (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp RTT (TSval → TSecr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: min %2 · avg %3 · max %4 (%n samples)</source>
        <translation>
            <numerusform>%1: min %2 · avg %3 · max %4 (%n sample)</numerusform>
            <numerusform>%1: min %2 · avg %3 · max %4 (%n samples)</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RTT samples in this direction (no data, or every segment was retransmitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s since conversation start)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::SystemErrorText</name>
    <message>
        <source>No such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value too large for defined data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <comment>opening or reading a file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted system call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::Theme</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ThroughputChart</name>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (average over %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodput (new data only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data was sent in this direction — try Switch Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t %1 s · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s since conversation start)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::TimeSequenceChart</name>
    <message>
        <source>Relative sequence number (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive window (ack + window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast retransmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes and keep-alives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data was sent in this direction — try Switch Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t %1 s · seq %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s since conversation start)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::WindowsChart</name>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion avoidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertised window (receiver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion window (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssthresh (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data was sent in this direction — try Switch Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t %1 s · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive window up to %1 bytes, above the top: press - to zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s since conversation start)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
