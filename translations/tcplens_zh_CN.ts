<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HeaderDiagramView</name>
    <message>
        <location filename="../ui/views/HeaderDiagramPainter.cpp" line="89"/>
        <source>No IP or TCP header in this packet</source>
        <translation>此数据包没有 IP 或 TCP 首部</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::CaptureStatusBar</name>
    <message>
        <location filename="../ui/views/CaptureStatusBar.cpp" line="17"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/CaptureStatusBar.cpp" line="24"/>
        <source>Stop loading; the packets read so far stay listed</source>
        <translation>停止加载；已读取的数据包保留在列表中</translation>
    </message>
    <message>
        <location filename="../ui/views/CaptureStatusBar.cpp" line="45"/>
        <source>1 packet</source>
        <translation>1 个数据包</translation>
    </message>
    <message>
        <location filename="../ui/views/CaptureStatusBar.cpp" line="45"/>
        <source>%1 packets</source>
        <translation>%1 个数据包</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ConversationModel</name>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="148"/>
        <source>No SYN seen: the client is guessed from the ports</source>
        <translation>未见到 SYN：客户端是根据端口推测的</translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="161"/>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="162"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="163"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="164"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="165"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="166"/>
        <source>Packets C→S</source>
        <translation>数据包 C→S</translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="167"/>
        <source>Packets S→C</source>
        <translation>数据包 S→C</translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="168"/>
        <source>Bytes C→S</source>
        <translation>字节 C→S</translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="169"/>
        <source>Bytes S→C</source>
        <translation>字节 S→C</translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="170"/>
        <source>Duration (s)</source>
        <translation>持续时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="171"/>
        <source>iRTT (ms)</source>
        <translation>iRTT（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/ConversationModel.cpp" line="172"/>
        <source>Retrans %</source>
        <translation>重传率 %</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FieldTreeModel</name>
    <message>
        <location filename="../ui/models/FieldTreeModel.cpp" line="92"/>
        <source>%1 — bytes %2–%3</source>
        <translation>%1 — 字节 %2–%3</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FilterBar</name>
    <message>
        <location filename="../ui/FilterBar.cpp" line="26"/>
        <source>Filter (tcpdump syntax), e.g.  tcp[13] &amp; 2 != 0   or   port 8888</source>
        <translation>过滤器（tcpdump 语法），例如  tcp[13] &amp; 2 != 0   或   port 8888</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="35"/>
        <source>Showing one conversation; click to show all packets again</source>
        <translation>仅显示一个会话；点击可重新显示全部数据包</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="40"/>
        <source>Filter:</source>
        <translation>过滤器：</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <source>1 packet</source>
        <translation>1 个数据包</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <source>%1 packets</source>
        <translation>%1 个数据包</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Open a capture with File › Open, or drop one on this window.</source>
        <translation>用 文件 › 打开 打开一个捕获文件，或把文件拖放到此窗口。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Open &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>The bundled hello-exchange capture: handshake, two messages, close</source>
        <translation>内置的 hello-exchange 捕获：握手、两条消息、挥手</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>&amp;About tcplens</source>
        <translation>关于 tcplens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Filter %1: %2 of %3 packets</source>
        <translation>过滤器 %1：显示 %3 个数据包中的 %2 个</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>Find conversations (address, port, state, history)…</source>
        <translation>查找会话（地址、端口、状态、历史）…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Header diagram</source>
        <translation>首部示意图</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Conversation %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="285"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>&amp;Time Format</source>
        <translation>时间格式(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>Seconds Since &amp;First Packet</source>
        <translation>自第一个数据包起的秒数(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="290"/>
        <source>Seconds Since &amp;Conversation Start</source>
        <translation>自会话开始起的秒数(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>Seconds Since &amp;Previous Displayed Packet</source>
        <translation>自上一个显示的数据包起的秒数(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>Time of &amp;Day</source>
        <translation>一天中的时间(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>&amp;Relative Sequence Numbers</source>
        <translation>相对序号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>&amp;Normal Size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>The language changes the next time tcplens starts.</source>
        <translation>界面语言将在下次启动 tcplens 时生效。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>&amp;Analyze</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>&amp;Follow This Conversation</source>
        <translation>追踪此会话(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>&amp;Show All Conversations</source>
        <translation>显示全部会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Only &amp;Handshakes and Closes (SYN, FIN, RST)</source>
        <translation>仅显示握手和挥手（SYN、FIN、RST）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>Edit Display &amp;Filter</source>
        <translation>编辑显示过滤器(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>Sample not found</source>
        <translation>找不到示例</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="364"/>
        <source>The bundled sample %1 is not in any of:
%2</source>
        <translation>内置示例 %1 不在以下任何位置：
%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>Open Capture</source>
        <translation>打开捕获文件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>Captures (*.pcap *.pcapng *.cap *.pcap.gz);;All files (*)</source>
        <translation>捕获文件 (*.pcap *.pcapng *.cap *.pcap.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="415"/>
        <source>About tcplens</source>
        <translation>关于 tcplens</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="416"/>
        <source>&lt;h3&gt;tcplens %1&lt;/h3&gt;&lt;p&gt;Makes TCP visible: open a capture and follow every segment, flag and option of its connections.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;tcplens %1&lt;/h3&gt;&lt;p&gt;让 TCP 看得见：打开一个捕获文件，追踪其中每个连接的每个报文段、标志和选项。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="446"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="447"/>
        <source>tcplens — %1</source>
        <translation>tcplens — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="471"/>
        <source>%1 — showing the %2 before it</source>
        <translation>%1 — 显示此前的 %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Loading cancelled — showing the first %1</source>
        <translation>已取消加载 — 显示前 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="479"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="481"/>
        <source>Cannot open capture</source>
        <translation>无法打开捕获文件</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::PacketListModel</name>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="219"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="220"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="221"/>
        <source>Source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="222"/>
        <source>Destination</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="223"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="224"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="225"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="226"/>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="227"/>
        <source>Ack</source>
        <translation>确认号</translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="228"/>
        <source>Len</source>
        <translation>载荷长度</translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="229"/>
        <source>Win</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../ui/models/PacketListModel.cpp" line="230"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::Theme</name>
    <message>
        <location filename="../ui/Theme.cpp" line="153"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/Theme.cpp" line="154"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/Theme.cpp" line="155"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
</TS>
