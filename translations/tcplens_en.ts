<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HeaderDiagramView</name>
    <message>
        <location filename="../ui/views/HeaderDiagramPainter.cpp" line="89"/>
        <source>No IP or TCP header in this packet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::CaptureStatusBar</name>
    <message>
        <location filename="../ui/views/CaptureStatusBar.cpp" line="17"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/CaptureStatusBar.cpp" line="24"/>
        <source>Stop loading; the packets read so far stay listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/CaptureStatusBar.cpp" line="45"/>
        <source>1 packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/CaptureStatusBar.cpp" line="45"/>
        <source>%1 packets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ConversationModel</name>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="148"/>
        <source>No SYN seen: the client is guessed from the ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="161"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="162"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="163"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="164"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="165"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="166"/>
        <source>Packets C→S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="167"/>
        <source>Packets S→C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="168"/>
        <source>Bytes C→S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="169"/>
        <source>Bytes S→C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="170"/>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="171"/>
        <source>iRTT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="172"/>
        <source>Retrans %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FieldTreeModel</name>
    <message>
        <location filename="../ui/models/FieldTreeModel.cpp" line="92"/>
        <source>%1 — bytes %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FilterBar</name>
    <message>
        <location filename="../ui/FilterBar.cpp" line="26"/>
        <source>Filter (tcpdump syntax), e.g.  tcp[13] &amp; 2 != 0   or   port 8888</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="35"/>
        <source>Showing one conversation; click to show all packets again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="40"/>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <source>1 packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <source>%1 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Open a capture with File › Open, or drop one on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Open &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>The bundled hello-exchange capture: handshake, two messages, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>&amp;About tcplens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Filter %1: %2 of %3 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>Find conversations (address, port, state, history)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Header diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="285"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>&amp;Time Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>Seconds Since &amp;First Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="290"/>
        <source>Seconds Since &amp;Conversation Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>Seconds Since &amp;Previous Displayed Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>Time of &amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>&amp;Relative Sequence Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>The language changes the next time tcplens starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>&amp;Analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>&amp;Follow This Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>&amp;Show All Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Only &amp;Handshakes and Closes (SYN, FIN, RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>Edit Display &amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>Sample not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="364"/>
        <source>The bundled sample %1 is not in any of:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>Open Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>Captures (*.pcap *.pcapng *.cap *.pcap.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="415"/>
        <source>About tcplens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="416"/>
        <source>&lt;h3&gt;tcplens %1&lt;/h3&gt;&lt;p&gt;Makes TCP visible: open a capture and follow every segment, flag and option of its connections.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="446"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="447"/>
        <source>tcplens — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="471"/>
        <source>%1 — showing the %2 before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Loading cancelled — showing the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="479"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="481"/>
        <source>Cannot open capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::PacketListModel</name>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="219"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="220"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="221"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="222"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="223"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="224"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="225"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="226"/>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="227"/>
        <source>Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="228"/>
        <source>Len</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="229"/>
        <source>Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="230"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcplens::ui::Theme</name>
    <message>
        <location filename="../ui/Theme.cpp" line="153"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Theme.cpp" line="154"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Theme.cpp" line="155"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
