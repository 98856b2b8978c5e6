<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Time-sequence graph</source>
        <translation>时间-序号图</translation>
    </message>
    <message>
        <source>Windows and congestion window</source>
        <translation>窗口与拥塞窗口</translation>
    </message>
    <message>
        <source>Throughput and goodput</source>
        <translation>吞吐量与有效吞吐量</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>Textbook model (Tahoe, Reno) and measured flight</source>
        <translation>教科书模型（Tahoe、Reno）与实测在途数据</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <source>%1 — conversation %2, data %3</source>
        <translation>%1 — 会话 %2，数据方向 %3</translation>
    </message>
</context>
<context>
    <name>HeaderDiagramView</name>
    <message>
        <source>No IP or TCP header in this packet</source>
        <translation>此数据包没有 IP 或 TCP 首部</translation>
    </message>
</context>
<context>
    <name>HelperFailure</name>
    <message>
        <source>Either join the group allowed to capture: sudo usermod -aG %1 %2, then log in again; or give the capture helper alone the capability: sudo setcap cap_net_raw,cap_net_admin+eip %3</source>
        <translation>可以加入允许抓包的用户组：sudo usermod -aG %1 %2，然后重新登录；或者只给抓包助手授予该能力：sudo setcap cap_net_raw,cap_net_admin+eip %3</translation>
    </message>
    <message>
        <source>The capture helper tcplens-capture is not installed, so tcplens cannot capture. Install it with tcplens (cmake --install), or set TCPLENS_CAPTURE_HELPER to its path.</source>
        <translation>未安装抓包助手 tcplens-capture，因此 tcplens 无法抓包。请随 tcplens 一起安装它（cmake --install），或将 TCPLENS_CAPTURE_HELPER 设为它的路径。</translation>
    </message>
    <message>
        <source>You cannot capture: you are not in the group %1 that may run the capture helper %2. Join it with sudo usermod -aG %1 %3, then log in again.</source>
        <translation>你无法抓包：你不在可以运行抓包助手 %2 的用户组 %1 中。请用 sudo usermod -aG %1 %3 加入该组，然后重新登录。</translation>
    </message>
    <message>
        <source>You cannot capture: the capture helper %1 lacks the capture capability and you are not root. Grant it to the helper alone: sudo setcap cap_net_raw,cap_net_admin+eip %1</source>
        <translation>你无法抓包：抓包助手 %1 没有抓包能力，而你也不是 root。请只给该助手授予能力：sudo setcap cap_net_raw,cap_net_admin+eip %1</translation>
    </message>
    <message>
        <source>tcplens-capture: %1</source>
        <translation>tcplens-capture 的原话：%1</translation>
    </message>
    <message>
        <source>You may not capture on %1: the capture helper %2 lacks the capture capability, or you are not in the group that may run it.</source>
        <translation>你无权在 %1 上抓包：抓包助手 %2 没有抓包能力，或者你不在可以运行它的用户组中。</translation>
    </message>
    <message>
        <source>There is no interface %1: open File › Capture… again for a fresh list.</source>
        <translation>没有接口 %1：请重新打开 文件 › 捕获… 获取最新列表。</translation>
    </message>
    <message>
        <source>The interface %1 is down: bring it up first (ip link set %1 up).</source>
        <translation>接口 %1 未启用：请先启用它（ip link set %1 up）。</translation>
    </message>
    <message>
        <source>The capture filter is not valid; correct it in File › Capture….</source>
        <translation>捕获过滤器无效；请在 文件 › 捕获… 中更正。</translation>
    </message>
    <message>
        <source>The capture helper was ended by signal %1; the packets captured so far are kept.</source>
        <translation>抓包助手被信号 %1 终止；已抓到的数据包均已保留。</translation>
    </message>
    <message>
        <source>The capture helper failed (exit code %1).</source>
        <translation>抓包助手失败（退出码 %1）。</translation>
    </message>
    <message>
        <source>The capture failed: %1</source>
        <translation>抓包失败：%1</translation>
    </message>
    <message>
        <source>TCPLENS_CAPTURE_HELPER names %1, which is not an executable file.</source>
        <translation>TCPLENS_CAPTURE_HELPER 指向 %1，它不是可执行文件。</translation>
    </message>
    <message>
        <source>Looked for it beside %1 and on PATH.</source>
        <translation>已在 %1 目录中和 PATH 中查找。</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::Appearance</name>
    <message>
        <source>Coloring rules skipped: %1</source>
        <translation>已跳过的着色规则：%1</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::BpfProblemText</name>
    <message>
        <source>can&apos;t parse filter expression: syntax error</source>
        <translation>无法解析过滤表达式：语法错误</translation>
    </message>
    <message>
        <source>unknown host &apos;%1&apos;</source>
        <translation>未知的主机 '%1'</translation>
    </message>
    <message>
        <source>unknown port &apos;%1&apos;</source>
        <translation>未知的端口 '%1'</translation>
    </message>
    <message>
        <source>illegal port number %1 &gt; 65535</source>
        <translation>端口号 %1 无效：大于 65535</translation>
    </message>
    <message>
        <source>unknown %1 proto &apos;%2&apos;</source>
        <translation>%1 没有名为 '%2' 的协议</translation>
    </message>
    <message>
        <source>invalid IPv4 address &apos;%1&apos;</source>
        <translation>无效的 IPv4 地址 '%1'</translation>
    </message>
    <message>
        <source>bogus ethernet address %1</source>
        <translation>无效的以太网地址 %1</translation>
    </message>
    <message>
        <source>mask length must be &lt;= %1</source>
        <translation>掩码长度不能大于 %1</translation>
    </message>
    <message>
        <source>cannot prepare a BPF compiler for link type %1</source>
        <translation>无法为链路类型 %1 准备 BPF 编译器</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>libpcap&apos;s own words, which tcplens does not know</comment>
        <translation>libpcap 报告：%1</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::CaptureCoordinator</name>
    <message>
        <source>1 packet</source>
        <translation>1 个数据包</translation>
    </message>
    <message>
        <source>%1 packets</source>
        <translation>%1 个数据包</translation>
    </message>
    <message>
        <source>Capture on %1</source>
        <translation>在 %1 上捕获</translation>
    </message>
    <message>
        <source>Capturing on %1… (File › Stop Capture, Ctrl+E)</source>
        <translation>正在 %1 上捕获…（文件 › 停止捕获，Ctrl+E）</translation>
    </message>
    <message>
        <source>tcplens — capturing on %1</source>
        <translation>tcplens — 正在 %1 上捕获</translation>
    </message>
    <message>
        <source>Cannot start the capture</source>
        <translation>无法开始捕获</translation>
    </message>
    <message>
        <source>Starting the capture on %1…</source>
        <translation>正在 %1 上开始捕获…</translation>
    </message>
    <message>
        <source>The capture on %1 did not start</source>
        <translation>%1 上的捕获未能开始</translation>
    </message>
    <message>
        <source>tcplens — capture on %1 (not saved)</source>
        <translation>tcplens — %1 上的捕获（未保存）</translation>
    </message>
    <message>
        <source>Capture stopped: %1 — File › Save As keeps it</source>
        <translation>捕获已停止：%1 — 用 文件 › 另存为 保存</translation>
    </message>
    <message>
        <source>%1 — showing the %2 captured</source>
        <translation>%1 — 显示已捕获的 %2</translation>
    </message>
    <message>
        <source>The capture stopped</source>
        <translation>捕获已停止</translation>
    </message>
    <message>
        <source>Cannot save the capture</source>
        <translation>无法保存捕获</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已另存为 %1</translation>
    </message>
    <message>
        <source>tcplens — %1</source>
        <translation>tcplens — %1</translation>
    </message>
    <message>
        <source>Recover capture</source>
        <translation>恢复捕获</translation>
    </message>
    <message>
        <source>A capture from an earlier run was not saved: %1 (%2 KiB, %3).</source>
        <translation>上次运行的一个捕获未保存：%1（%2 KiB，%3）。</translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Discard It</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Opening the recovered capture %1…</source>
        <translation>正在打开恢复的捕获 %1…</translation>
    </message>
    <message>
        <source>Connecting to %1 over ssh…</source>
        <translation>正在通过 ssh 连接 %1…</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::CaptureDialog</name>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Promiscuous mode: also frames addressed to other hosts</source>
        <translation>混杂模式：也捕获发往其他主机的帧</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>捕获</translation>
    </message>
    <message>
        <source>tcpdump syntax, e.g. tcp port 443 — empty captures everything</source>
        <translation>tcpdump 语法，例如 tcp port 443 — 留空则捕获全部</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>Bytes kept of each packet; 96 keeps every header of a TCP segment</source>
        <translation>每个数据包保留的字节数；96 即可保留 TCP 报文段的全部首部</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>The kernel&apos;s buffer: a larger one rides out bursts without drops</source>
        <translation>内核缓冲区：越大越能承受突发流量而不丢包</translation>
    </message>
    <message>
        <source>Snap length:</source>
        <translation>快照长度：</translation>
    </message>
    <message>
        <source>Buffer size:</source>
        <translation>缓冲区大小：</translation>
    </message>
    <message>
        <source>Capture on:</source>
        <translation>在以下接口上捕获：</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>捕获过滤器(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose an interface.</source>
        <translation>请选择一个接口。</translation>
    </message>
    <message>
        <source>The interface %1 is gone; open this dialog again for a fresh list.</source>
        <translation>接口 %1 已不存在；请重新打开此对话框以刷新列表。</translation>
    </message>
    <message>
        <source>Link type %1 (%2)</source>
        <translation>链路类型 %1（%2）</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::CapturePropertiesDialog</name>
    <message>
        <source>BSD loopback</source>
        <translation>BSD 环回</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>以太网</translation>
    </message>
    <message>
        <source>Raw IP</source>
        <translation>原始 IP</translation>
    </message>
    <message>
        <source>OpenBSD loopback</source>
        <translation>OpenBSD 环回</translation>
    </message>
    <message>
        <source>Linux cooked v1</source>
        <translation>Linux cooked 捕获 v1</translation>
    </message>
    <message>
        <source>Linux cooked v2</source>
        <translation>Linux cooked 捕获 v2</translation>
    </message>
    <message>
        <source>Raw IPv4</source>
        <translation>原始 IPv4</translation>
    </message>
    <message>
        <source>Raw IPv6</source>
        <translation>原始 IPv6</translation>
    </message>
    <message>
        <source>PPP</source>
        <translation>PPP</translation>
    </message>
    <message>
        <source>PPP over serial</source>
        <translation>串行链路上的 PPP</translation>
    </message>
    <message>
        <source>PPPoE</source>
        <translation>PPPoE</translation>
    </message>
    <message>
        <source>PPP for pppd, with direction flag</source>
        <translation>pppd 的 PPP（带方向标志）</translation>
    </message>
    <message>
        <source>PPP with direction flag</source>
        <translation>带方向标志的 PPP</translation>
    </message>
    <message>
        <source>Cisco HDLC</source>
        <translation>Cisco HDLC</translation>
    </message>
    <message>
        <source>Linux ARCNET</source>
        <translation>Linux ARCNET</translation>
    </message>
    <message>
        <source>Linux netfilter log messages</source>
        <translation>Linux netfilter 日志消息</translation>
    </message>
    <message>
        <source>RFC 4391 IP-over-Infiniband</source>
        <translation>RFC 4391 InfiniBand 上的 IP</translation>
    </message>
    <message>
        <source>Juniper Ethernet</source>
        <translation>Juniper 以太网</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1（UTC 协调世界时）</translation>
    </message>
    <message>
        <source>Capture File Properties — %1</source>
        <translation>捕获文件属性 — %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>, %1 compressed</source>
        <translation>，%1 压缩</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1: %2 packets</source>
        <translation>%1：%2 个数据包</translation>
    </message>
    <message>
        <source>Encapsulation</source>
        <translation>封装</translation>
    </message>
    <message>
        <source>Snapshot length</source>
        <translation>快照长度</translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation>时间精度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>First packet</source>
        <translation>第一个数据包</translation>
    </message>
    <message>
        <source>Last packet</source>
        <translation>最后一个数据包</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>经过时间</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Packets in time order</source>
        <translation>数据包按时间顺序</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Capture (section %1)</source>
        <translation>捕获（第 %1 节）</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>捕获</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>链路类型</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Capture filter</source>
        <translation>捕获过滤器</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>n/a (no time elapsed)</source>
        <translation>不适用（没有经过时间）</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Bytes captured</source>
        <translation>已捕获字节</translation>
    </message>
    <message>
        <source>Average packets/s</source>
        <translation>平均每秒数据包数</translation>
    </message>
    <message>
        <source>Average bytes/s</source>
        <translation>平均每秒字节数</translation>
    </message>
    <message>
        <source>Average bits/s</source>
        <translation>平均每秒比特数</translation>
    </message>
    <message>
        <source>Average packet size</source>
        <translation>平均数据包大小</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>File comments</source>
        <translation>文件注释</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Packet comments</source>
        <translation>数据包注释</translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation>第 %1 帧：%2</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Capture File Properties</source>
        <translation>捕获文件属性</translation>
    </message>
    <message>
        <source>Open a capture file first. Packets still being captured, or read from a pipe, have no file to describe yet.</source>
        <translation>请先打开一个捕获文件。仍在捕获中或从管道读取的数据包还没有可描述的文件。</translation>
    </message>
    <message>
        <source>pcap (little-endian, microsecond timestamps)</source>
        <translation>pcap（小端序，微秒时间戳）</translation>
    </message>
    <message>
        <source>pcap (little-endian, nanosecond timestamps)</source>
        <translation>pcap（小端序，纳秒时间戳）</translation>
    </message>
    <message>
        <source>pcap (big-endian, microsecond timestamps)</source>
        <translation>pcap（大端序，微秒时间戳）</translation>
    </message>
    <message>
        <source>pcap (big-endian, nanosecond timestamps)</source>
        <translation>pcap（大端序，纳秒时间戳）</translation>
    </message>
    <message>
        <source>seconds (0)</source>
        <translation>秒（0）</translation>
    </message>
    <message>
        <source>milliseconds (3)</source>
        <translation>毫秒（3）</translation>
    </message>
    <message>
        <source>microseconds (6)</source>
        <translation>微秒（6）</translation>
    </message>
    <message>
        <source>nanoseconds (9)</source>
        <translation>纳秒（9）</translation>
    </message>
    <message>
        <source>10^-%1 s (%1)</source>
        <translation>10^-%1 秒（%1）</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::CaptureSession</name>
    <message>
        <source>Save Capture As</source>
        <translation>捕获另存为</translation>
    </message>
    <message>
        <source>pcapng (*.pcapng);;pcap (*.pcap)</source>
        <translation>pcapng (*.pcapng);;pcap (*.pcap)</translation>
    </message>
    <message>
        <source>Cannot create the folder for captures %1</source>
        <translation>无法创建捕获文件夹 %1</translation>
    </message>
    <message>
        <source>1 packet</source>
        <translation>1 个数据包</translation>
    </message>
    <message>
        <source>%1 packets</source>
        <translation>%1 个数据包</translation>
    </message>
    <message>
        <source>Cannot save the capture</source>
        <translation>无法保存捕获</translation>
    </message>
    <message>
        <source>Unsaved packets…</source>
        <translation>未保存的数据包…</translation>
    </message>
    <message>
        <source>You have unsaved packets: the recovered capture %1.</source>
        <translation>有未保存的数据包：恢复的捕获 %1。</translation>
    </message>
    <message>
        <source>You have unsaved packets: %1 captured on %2.</source>
        <translation>有未保存的数据包：在 %2 上捕获的 %1。</translation>
    </message>
    <message>
        <source>Do you want to stop the capture and save the captured packets before opening another file?</source>
        <translation>打开另一个文件之前，要停止捕获并保存已捕获的数据包吗？</translation>
    </message>
    <message>
        <source>Do you want to save the captured packets before opening another file?</source>
        <translation>打开另一个文件之前，要保存已捕获的数据包吗？</translation>
    </message>
    <message>
        <source>Do you want to stop the capture and save the captured packets before starting a new capture?</source>
        <translation>开始新的捕获之前，要停止捕获并保存已捕获的数据包吗？</translation>
    </message>
    <message>
        <source>Do you want to save the captured packets before starting a new capture?</source>
        <translation>开始新的捕获之前，要保存已捕获的数据包吗？</translation>
    </message>
    <message>
        <source>Do you want to stop the capture and save the captured packets before closing the file?</source>
        <translation>关闭文件之前，要停止捕获并保存已捕获的数据包吗？</translation>
    </message>
    <message>
        <source>Do you want to save the captured packets before closing the file?</source>
        <translation>关闭文件之前，要保存已捕获的数据包吗？</translation>
    </message>
    <message>
        <source>Do you want to stop the capture and save the captured packets before quitting?</source>
        <translation>退出之前，要停止捕获并保存已捕获的数据包吗？</translation>
    </message>
    <message>
        <source>Do you want to save the captured packets before quitting?</source>
        <translation>退出之前，要保存已捕获的数据包吗？</translation>
    </message>
    <message>
        <source>They will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，它们将会丢失。</translation>
    </message>
    <message>
        <source>Stop and &amp;Save</source>
        <translation>停止并保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Stop and &amp;Quit without Saving</source>
        <translation>停止并退出，不保存(&amp;Q)</translation>
    </message>
    <message>
        <source>Stop and &amp;Continue without Saving</source>
        <translation>停止并继续，不保存(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit without Saving</source>
        <translation>退出，不保存(&amp;Q)</translation>
    </message>
    <message>
        <source>Continue &amp;without Saving</source>
        <translation>继续，不保存(&amp;W)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::CaptureStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading; the packets read so far stay listed</source>
        <translation>停止加载；已读取的数据包保留在列表中</translation>
    </message>
    <message>
        <source>1 packet</source>
        <translation>1 个数据包</translation>
    </message>
    <message>
        <source>%1 packets</source>
        <translation>%1 个数据包</translation>
    </message>
    <message>
        <source>Received %1 · dropped by kernel %2 · by interface %3 · %4</source>
        <translation>已接收 %1 · 内核丢弃 %2 · 接口丢弃 %3 · %4</translation>
    </message>
    <message>
        <source>Packets that passed the capture filter; dropped by the kernel because the buffer was full; dropped by the interface or its driver; capture duration</source>
        <translation>通过捕获过滤器的数据包；因缓冲区已满被内核丢弃的；被接口或其驱动丢弃的；捕获时长</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the capture; its packets stay on screen (Ctrl+E)</source>
        <translation>停止捕获；已捕获的数据包保留在屏幕上（Ctrl+E）</translation>
    </message>
    <message>
        <source>Displayed %1 of %2</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <source>Packets the display filter and the followed conversation let through, of the packets loaded</source>
        <translation>通过显示过滤器和所跟踪会话的数据包数，以及已载入的数据包总数</translation>
    </message>
    <message>
        <source>%1 — showing the %2 before it</source>
        <translation>%1 — 显示此前的 %2</translation>
    </message>
    <message>
        <source>Loading cancelled — showing the first %1</source>
        <translation>已取消加载 — 显示前 %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ChartOptions</name>
    <message>
        <source>Stevens style (a dot per segment instead of tcptrace&apos;s bars)</source>
        <translation>Stevens 风格（每个报文段一个点，而不是 tcptrace 的竖条）</translation>
    </message>
    <message>
        <source>Loss events: ▼ retransmission, ▼ fast retransmission, ■ timeout; ◆ recovered (everything sent before the loss ACKed); the bar on top spans each recovery.</source>
        <translation>丢包事件：▼ 重传，▼ 快速重传，■ 超时；◆ 已恢复（丢包前发送的数据全部被确认）；顶部横条标出每次恢复的时段。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Moving average over</source>
        <translation>滑动平均窗口</translation>
    </message>
    <message>
        <source>against time</source>
        <translation>按时间</translation>
    </message>
    <message>
        <source>against sequence number</source>
        <translation>按序号</translation>
    </message>
    <message>
        <source>RTT samples</source>
        <translation>RTT 样本</translation>
    </message>
    <message>
        <source>this capture&apos;s losses</source>
        <translation>本捕获文件中的丢包</translation>
    </message>
    <message>
        <source>textbook parameters</source>
        <translation>教科书参数</translation>
    </message>
    <message>
        <source> MSS</source>
        <translation> MSS</translation>
    </message>
    <message>
        <source>Initial congestion window</source>
        <translation>初始拥塞窗口</translation>
    </message>
    <message>
        <source>Initial slow-start threshold</source>
        <translation>初始慢启动阈值</translation>
    </message>
    <message>
        <source>A segment is lost in the first round whose cwnd reaches this</source>
        <translation>在 cwnd 首次达到该值的轮次中丢失一个报文段</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>3 duplicate ACKs</source>
        <translation>3 个重复确认</translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation>驱动方式</translation>
    </message>
    <message>
        <source>cwnd</source>
        <translation>cwnd</translation>
    </message>
    <message>
        <source>ssthresh</source>
        <translation>ssthresh</translation>
    </message>
    <message>
        <source>loss at</source>
        <translation>丢包于</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>轮数</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ChartPlot</name>
    <message>
        <source>frame %1 — click to select it</source>
        <translation>第 %1 帧 — 单击选中</translation>
    </message>
    <message>
        <source>the image must be at least 50×50 pixels</source>
        <translation>图像至少需要 50×50 像素</translation>
    </message>
    <message>
        <source>unknown image format &quot;%1&quot; (use .png, .pdf or .svg)</source>
        <translation>未知的图像格式“%1”（请用 .png、.pdf 或 .svg）</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ChartsPanel</name>
    <message>
        <source>client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <source>Time-sequence</source>
        <translation>时间-序号</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Textbook model</source>
        <translation>教科书模型</translation>
    </message>
    <message>
        <source>tcptrace&apos;s time-sequence graph: segments, ACKs, receive window, SACK blocks</source>
        <translation>tcptrace 风格的时间-序号图：报文段、确认、接收窗口、SACK 块</translation>
    </message>
    <message>
        <source>Advertised window, bytes in flight, congestion-window estimate, ssthresh, phases</source>
        <translation>通告窗口、在途字节、拥塞窗口估计、慢启动阈值、阶段</translation>
    </message>
    <message>
        <source>Throughput and goodput as a moving average, segment sizes behind</source>
        <translation>吞吐量与有效吞吐量（滑动平均），背景为报文段大小</translation>
    </message>
    <message>
        <source>ACK and timestamp round-trip times against time or sequence number</source>
        <translation>按时间或序号绘制的确认 RTT 与时间戳 RTT</translation>
    </message>
    <message>
        <source>Tahoe and Reno as the textbook draws them, beside what this connection did</source>
        <translation>教科书中的 Tahoe 与 Reno，与本连接的实际表现对照</translation>
    </message>
    <message>
        <source>Switch &amp;Direction</source>
        <translation>切换方向(&amp;D)</translation>
    </message>
    <message>
        <source>Chart the other side&apos;s data and this side&apos;s ACKs (Ctrl+Shift+D)</source>
        <translation>绘制另一方向的数据和本方向的确认（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the whole conversation (key 0)</source>
        <translation>回到整个会话（按键 0）</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Chart as &amp;Image (PNG, PDF, SVG)…</source>
        <translation>图表导出为图像（PNG、PDF、SVG）(&amp;I)…</translation>
    </message>
    <message>
        <source>Chart &amp;Data as CSV…</source>
        <translation>图表数据导出为 CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>Select a TCP packet or conversation to chart it.</source>
        <translation>选择一个 TCP 数据包或会话以绘制图表。</translation>
    </message>
    <message>
        <source>Conversation %1: computing its series…</source>
        <translation>会话 %1：正在计算数据序列…</translation>
    </message>
    <message>
        <source>Conversation %1, data %2 (%3 of payload)</source>
        <translation>会话 %1，数据方向 %2（载荷 %3）</translation>
    </message>
    <message>
        <source>x axis only</source>
        <translation>仅 x 轴</translation>
    </message>
    <message>
        <source>y axis only</source>
        <translation>仅 y 轴</translation>
    </message>
    <message>
        <source>both axes</source>
        <translation>两个轴</translation>
    </message>
    <message>
        <source>Wheel or drag: zoom and pan · + − and arrows · 0 resets · x / y: one axis (now %1) · click a point to select its packet</source>
        <translation>滚轮或拖动：缩放与平移 · + − 与方向键 · 0 重置 · x / y：只作用于一个轴（当前：%1）· 单击数据点选中对应数据包</translation>
    </message>
    <message>
        <source>Averaging over %1: a tenth of this short conversation.</source>
        <translation>平均窗口为 %1：本会话较短，取其时长的十分之一。</translation>
    </message>
    <message>
        <source>no conversation is charted</source>
        <translation>当前没有绘制任何会话</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>&amp;Limiting Factors</source>
        <translation>限制因素(&amp;L)</translation>
    </message>
    <message>
        <source>Show the strip along the time axis that says what held the sender back (time-sequence and Windows charts)</source>
        <translation>显示沿时间轴标明是什么限制了发送方的色带（时间-序号图和窗口图）</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ColouringRulesDialog</name>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>The filter is empty: it would colour every packet.</source>
        <translation>过滤器为空：它会给每个数据包着色。</translation>
    </message>
    <message>
        <source>&amp;Foreground…</source>
        <translation>前景色(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Background…</source>
        <translation>背景色(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Coloring Rules</source>
        <translation>着色规则</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first whose display filter matches a packet colours its row. Untick a rule to keep it without using it.</source>
        <translation>规则从上往下依次尝试；第一条显示过滤器匹配数据包的规则为该行着色。取消勾选可保留规则但不使用。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <source>A display filter, e.g. tcp.analysis.retransmission</source>
        <translation>显示过滤器，例如 tcp.analysis.retransmission</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>过滤器(&amp;I)：</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Wireshark&apos;s default rules that tcplens can evaluate</source>
        <translation>tcplens 能够求值的 Wireshark 默认规则</translation>
    </message>
    <message>
        <source>Read a Wireshark colorfilters file</source>
        <translation>读取 Wireshark 的 colorfilters 文件</translation>
    </message>
    <message>
        <source>Write the rules as a Wireshark colorfilters file</source>
        <translation>把规则写成 Wireshark 的 colorfilters 文件</translation>
    </message>
    <message>
        <source>Wireshark&apos;s default rules restored.</source>
        <translation>已恢复 Wireshark 的默认规则。</translation>
    </message>
    <message>
        <source>Import Coloring Rules</source>
        <translation>导入着色规则</translation>
    </message>
    <message>
        <source>Wireshark colorfilters (colorfilters *.txt);;All files (*)</source>
        <translation>Wireshark colorfilters (colorfilters *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Coloring Rules</source>
        <translation>导出着色规则</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条规则导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix or untick the rules whose filter is wrong: %1</source>
        <translation>请修正或取消勾选过滤器有误的规则：%1</translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation>文字颜色</translation>
    </message>
    <message>
        <source>Background Colour</source>
        <translation>背景颜色</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no coloring rules.</source>
        <translation>%1 中没有着色规则。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s).</source>
        <translation>
            <numerusform>已导入 %n 条规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>Turned off because tcplens cannot evaluate their filters: %1.</source>
        <translation>以下规则的过滤器 tcplens 无法求值，已停用：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) that are not rules.</source>
        <translation>
            <numerusform>跳过了 %n 行非规则内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ContextMenus</name>
    <message>
        <source>&amp;Apply as Filter</source>
        <translation>作为过滤器应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Prepare as Filter</source>
        <translation>准备为过滤器(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Follow Conversation</source>
        <translation>跟踪会话(&amp;F)</translation>
    </message>
    <message>
        <source>Only TCP packets belong to a conversation.</source>
        <translation>只有 TCP 数据包才属于会话。</translation>
    </message>
    <message>
        <source>Show in &amp;Charts</source>
        <translation>在图表中显示(&amp;C)</translation>
    </message>
    <message>
        <source>Un&amp;mark Packet</source>
        <translation>取消标记数据包(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Mark Packet</source>
        <translation>标记数据包(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>整行(&amp;L)</translation>
    </message>
    <message>
        <source>Bytes as &amp;Hex</source>
        <translation>字节(十六进制)(&amp;H)</translation>
    </message>
    <message>
        <source>Bytes as &amp;Text</source>
        <translation>字节(可打印文本)(&amp;T)</translation>
    </message>
    <message>
        <source>As &amp;Filter</source>
        <translation>过滤表达式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export This Conversation…</source>
        <translation>导出此会话(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Conversation %1</source>
        <translation>导出会话 %1</translation>
    </message>
    <message>
        <source>pcapng captures (*.pcapng)</source>
        <translation>pcapng 抓包文件 (*.pcapng)</translation>
    </message>
    <message>
        <source>pcap captures (*.pcap)</source>
        <translation>pcap 抓包文件 (*.pcap)</translation>
    </message>
    <message>
        <source>As &amp;BPF (tcpdump)</source>
        <translation>作为 BPF (tcpdump)(&amp;B)</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ConversationExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Conversation %1 has no packets.</source>
        <translation>会话 %1 没有数据包。</translation>
    </message>
    <message>
        <source>The packets on screen cannot be read again while the capture runs or when they came from a pipe: stop the capture or save them (File › Save As) first.</source>
        <translation>捕获进行中或数据包来自管道时无法再次读取屏幕上的数据包：请先停止捕获或保存它们（文件 › 另存为）。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ConversationModel</name>
    <message>
        <source>No SYN seen: the client is guessed from the ports</source>
        <translation>未见到 SYN：客户端是根据端口推测的</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Packets C→S</source>
        <translation>数据包 C→S</translation>
    </message>
    <message>
        <source>Packets S→C</source>
        <translation>数据包 S→C</translation>
    </message>
    <message>
        <source>Bytes C→S</source>
        <translation>字节 C→S</translation>
    </message>
    <message>
        <source>Bytes S→C</source>
        <translation>字节 S→C</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>持续时间（秒）</translation>
    </message>
    <message>
        <source>iRTT (ms)</source>
        <translation>iRTT（毫秒）</translation>
    </message>
    <message>
        <source>Retrans %</source>
        <translation>重传率 %</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message numerus="yes">
        <source>%n expert item(s), the worst a %1</source>
        <translation>
            <numerusform>%n 条专家信息，最严重的是%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Client %1, server %2</source>
        <translation>客户端 %1，服务器 %2</translation>
    </message>
    <message>
        <source>Client ⇄ Server</source>
        <translation>客户端 ⇄ 服务器</translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation>限制因素</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Client → server: %1, %2% of the time</source>
        <translation>客户端 → 服务器：%1，占 %2% 的时间</translation>
    </message>
    <message>
        <source>Server → client: %1, %2% of the time</source>
        <translation>服务器 → 客户端：%1，占 %2% 的时间</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ConversationReportDialog</name>
    <message>
        <source>Working out the report of conversation %1…</source>
        <translation>正在计算会话 %1 的报告…</translation>
    </message>
    <message>
        <source>There is no TCP conversation %1 in this capture.</source>
        <translation>这个捕获中没有 TCP 会话 %1。</translation>
    </message>
    <message>
        <source>Click a frame number to select that packet in the main window.</source>
        <translation>点击帧号即可在主窗口中选中该数据包。</translation>
    </message>
    <message>
        <source>Export Report as Markdown</source>
        <translation>将报告导出为 Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Conversation Report</source>
        <translation>会话报告</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ConversationsPanel</name>
    <message>
        <source>Find conversations (address, port, state, history)…</source>
        <translation>查找会话（地址、端口、状态、历史）…</translation>
    </message>
    <message>
        <source>Right-click to show more columns</source>
        <translation>右键单击可显示更多列</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::DisplayScope</name>
    <message>
        <source>BPF filter: %1</source>
        <translation>BPF 过滤器：%1</translation>
    </message>
    <message>
        <source>Display filter: %1</source>
        <translation>显示过滤器：%1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>会话 %1</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::Expert</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExpertController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Worst expert severity in the capture: %1 (%2). Click to open Expert Information.</source>
        <translation>捕获中最严重的专家级别：%1（%2）。点击打开专家信息。</translation>
    </message>
    <message>
        <source>Next &amp;Problem</source>
        <translation>下一个问题(&amp;P)</translation>
    </message>
    <message>
        <source>Select the next packet with an expert note, warning or error</source>
        <translation>选中下一个带专家注意、警告或错误的分组</translation>
    </message>
    <message>
        <source>Previous Pro&amp;blem</source>
        <translation>上一个问题(&amp;B)</translation>
    </message>
    <message>
        <source>Select the previous packet with an expert note, warning or error</source>
        <translation>选中上一个带专家注意、警告或错误的分组</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExpertModel</name>
    <message numerus="yes">
        <source>%1 (%n kind(s))</source>
        <translation>
            <numerusform>%1（%n 种）</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame %1 (conversation %2)</source>
        <translation>帧 %1（会话 %2）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExpertPanel</name>
    <message>
        <source>Collecting the expert items…</source>
        <translation>正在收集专家信息…</translation>
    </message>
    <message>
        <source>No expert items: no TCP segment raised one.</source>
        <translation>没有专家信息：没有 TCP 报文段引发任何一条。</translation>
    </message>
    <message>
        <source>Open a capture to see its expert items.</source>
        <translation>打开一个捕获文件以查看其专家信息。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n expert item(s) — %1. Click a frame to select it; Go › Next Problem steps through them.</source>
        <translation>
            <numerusform>%n 条专家信息 — %1。点击帧即可选中；“跳转 › 下一个问题”逐个查看。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExpertWording</name>
    <message>
        <source>The acknowledgment number field is nonzero while the ACK flag is not set</source>
        <translation>ACK 标志未置位，但确认号字段不为零</translation>
    </message>
    <message>
        <source>Connection establish request (SYN): server port %1</source>
        <translation>连接建立请求 (SYN)：服务器端口 %1</translation>
    </message>
    <message>
        <source>Connection establish acknowledge (SYN+ACK): server port %1</source>
        <translation>连接建立确认 (SYN+ACK)：服务器端口 %1</translation>
    </message>
    <message>
        <source>Connection finish (FIN)</source>
        <translation>连接结束 (FIN)</translation>
    </message>
    <message>
        <source>Connection reset (RST)</source>
        <translation>连接重置 (RST)</translation>
    </message>
    <message>
        <source>This frame initiates the connection closing</source>
        <translation>此数据包主动发起连接关闭</translation>
    </message>
    <message>
        <source>This frame undergoes the connection closing</source>
        <translation>此数据包被动进入连接关闭</translation>
    </message>
    <message>
        <source>Bad checksum</source>
        <translation>校验和错误</translation>
    </message>
    <message>
        <source>The urgent pointer field is nonzero while the URG flag is not set</source>
        <translation>URG 标志未置位，但紧急指针字段不为零</translation>
    </message>
    <message>
        <source>The SYN packet does not contain a MSS option</source>
        <translation>SYN 数据包不含 MSS 选项</translation>
    </message>
    <message>
        <source>The non-SYN packet does contain a MSS option</source>
        <translation>非 SYN 数据包含有 MSS 选项</translation>
    </message>
    <message>
        <source>Window scale shift exceeds 14</source>
        <translation>窗口扩大因子的移位数超过 14</translation>
    </message>
    <message>
        <source>Non-zero header padding</source>
        <translation>首部填充字节不为零</translation>
    </message>
    <message>
        <source>D-SACK Sequence</source>
        <translation>D-SACK 序号（重复的选择确认）</translation>
    </message>
    <message>
        <source>TCP SYN with TFO Cookie</source>
        <translation>携带 TFO Cookie 的 TCP SYN</translation>
    </message>
    <message>
        <source>This frame is a (suspected) retransmission</source>
        <translation>此数据包（疑似）是重传 (retransmission)</translation>
    </message>
    <message>
        <source>This frame is a (suspected) fast retransmission</source>
        <translation>此数据包（疑似）是快速重传 (fast retransmission)</translation>
    </message>
    <message>
        <source>This frame is a (suspected) spurious retransmission</source>
        <translation>此数据包（疑似）是虚假重传 (spurious retransmission)</translation>
    </message>
    <message>
        <source>This frame is a (suspected) out-of-order segment</source>
        <translation>此数据包（疑似）是乱序报文段 (out-of-order)</translation>
    </message>
    <message>
        <source>A new tcp session is started with the same ports as an earlier session in this trace</source>
        <translation>新的 TCP 会话使用了本捕获中先前会话的相同端口（端口重用）</translation>
    </message>
    <message>
        <source>Previous segment(s) not captured (common at capture start)</source>
        <translation>之前的报文段未被捕获（捕获开始时常见）(previous segment not captured)</translation>
    </message>
    <message>
        <source>ACKed segment that wasn&apos;t captured (common at capture start)</source>
        <translation>确认了未被捕获的报文段（捕获开始时常见）(ACKed unseen segment)</translation>
    </message>
    <message>
        <source>TCP window update</source>
        <translation>TCP 窗口更新 (window update)</translation>
    </message>
    <message>
        <source>TCP window specified by the receiver is now completely full</source>
        <translation>接收方通告的 TCP 窗口现已全部占满 (window full)</translation>
    </message>
    <message>
        <source>TCP keep-alive segment</source>
        <translation>TCP 保活报文段 (keep-alive)</translation>
    </message>
    <message>
        <source>ACK to a TCP keep-alive segment</source>
        <translation>对 TCP 保活报文段的确认 (keep-alive ACK)</translation>
    </message>
    <message>
        <source>Duplicate ACK (#%1)</source>
        <translation>重复确认 (dup ACK) #%1</translation>
    </message>
    <message>
        <source>TCP Zero Window Probe</source>
        <translation>TCP 零窗口探测 (zero window probe)</translation>
    </message>
    <message>
        <source>TCP Zero Window segment</source>
        <translation>TCP 零窗口报文段 (zero window)</translation>
    </message>
    <message>
        <source>ACK to a TCP Zero Window Probe</source>
        <translation>对 TCP 零窗口探测的确认 (zero window probe ACK)</translation>
    </message>
    <message>
        <source>Bogus TCP header length (%1, must be at least 20)</source>
        <translation>TCP 首部长度错误（%1，至少应为 20）</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExportDissectionsDialog</name>
    <message>
        <source>Export Packet Dissections as CSV</source>
        <translation>将数据包解析导出为 CSV</translation>
    </message>
    <message>
        <source>Export Packet Dissections as JSON</source>
        <translation>将数据包解析导出为 JSON</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>The packets&apos; bytes cannot be read again.</source>
        <translation>无法再次读取这些数据包的字节。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The choice holds no packets.</source>
        <translation>所选范围中没有数据包。</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.json *.jsonl)</source>
        <translation>JSON Lines (*.json *.jsonl)</translation>
    </message>
    <message>
        <source>Export Packet Dissections</source>
        <translation>导出数据包解析</translation>
    </message>
    <message>
        <source>Open a capture file first.</source>
        <translation>请先打开一个捕获文件。</translation>
    </message>
    <message>
        <source>Packets are still arriving: stop the capture or wait until the file is loaded, then export.</source>
        <translation>数据包仍在到达：请先停止捕获或等待文件加载完毕，再导出。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExportJob</name>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>导出已取消：未写入 %1。</translation>
    </message>
    <message>
        <source>Cannot export the packets</source>
        <translation>无法导出数据包</translation>
    </message>
    <message>
        <source>Exported %1 packets to %2.</source>
        <translation>已将 %1 个数据包导出到 %2。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExportPacketsDialog</name>
    <message>
        <source>Export Specified Packets</source>
        <translation>导出特定数据包</translation>
    </message>
    <message>
        <source>pcapng (keeps every interface and comment)</source>
        <translation>pcapng（保留所有接口与注释）</translation>
    </message>
    <message>
        <source>pcap (nanosecond)</source>
        <translation>pcap（纳秒）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>The choice holds no packets.</source>
        <translation>所选范围中没有数据包。</translation>
    </message>
    <message>
        <source>pcap (*.pcap)</source>
        <translation>pcap (*.pcap)</translation>
    </message>
    <message>
        <source>pcapng (*.pcapng)</source>
        <translation>pcapng (*.pcapng)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open a capture file first. Packets still being captured, or read from a pipe, cannot be read again: stop the capture or save them (File › Save As) first.</source>
        <translation>请先打开一个捕获文件。仍在捕获中或从管道读取的数据包无法再次读取：请先停止捕获或保存它们（文件 › 另存为）。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ExportProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling: removing what was written…</source>
        <translation>正在取消：删除已写入的内容…</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FieldFilter</name>
    <message>
        <source>Select a field first.</source>
        <translation>请先选择一个字段。</translation>
    </message>
    <message>
        <source>Select a packet first.</source>
        <translation>请先选择一个数据包。</translation>
    </message>
    <message>
        <source>This packet is not TCP.</source>
        <translation>这个数据包不是 TCP。</translation>
    </message>
    <message>
        <source>No display filter for this: %1.</source>
        <translation>这里没有对应的显示过滤器：%1。</translation>
    </message>
    <message>
        <source>The Info column is a summary of several fields; apply one of them from the packet details.</source>
        <translation>Info 列是多个字段的摘要；请在数据包详细信息中选择其中一个字段应用。</translation>
    </message>
    <message>
        <source>This packet has no field for that column.</source>
        <translation>这个数据包没有该列对应的字段。</translation>
    </message>
    <message>
        <source>There is no filter to translate.</source>
        <translation>没有可转换的过滤器。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FieldNames</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Header Length</source>
        <translation>首部长度</translation>
    </message>
    <message>
        <source>Differentiated Services Codepoint</source>
        <translation>区分服务码点 (DSCP)</translation>
    </message>
    <message>
        <source>Explicit Congestion Notification</source>
        <translation>显式拥塞通知 (ECN)</translation>
    </message>
    <message>
        <source>Total Length</source>
        <translation>总长度</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Reserved bit</source>
        <translation>保留位</translation>
    </message>
    <message>
        <source>Don&apos;t fragment</source>
        <translation>不分片 (DF)</translation>
    </message>
    <message>
        <source>More fragments</source>
        <translation>还有分片 (MF)</translation>
    </message>
    <message>
        <source>Fragment Offset</source>
        <translation>片偏移</translation>
    </message>
    <message>
        <source>Time to Live</source>
        <translation>生存时间</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Header Checksum</source>
        <translation>首部校验和</translation>
    </message>
    <message>
        <source>Source Address</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Destination Address</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>Traffic Class</source>
        <translation>通信量类</translation>
    </message>
    <message>
        <source>Flow Label</source>
        <translation>流标号</translation>
    </message>
    <message>
        <source>Payload Length</source>
        <translation>有效载荷长度</translation>
    </message>
    <message>
        <source>Next Header</source>
        <translation>下一个首部</translation>
    </message>
    <message>
        <source>Hop Limit</source>
        <translation>跳数限制</translation>
    </message>
    <message>
        <source>Source Port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>Destination Port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <source>Sequence Number (raw)</source>
        <translation>序号（原始值）</translation>
    </message>
    <message>
        <source>Acknowledgment number (raw)</source>
        <translation>确认号（原始值）</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Accurate ECN</source>
        <translation>精确 ECN (AE)</translation>
    </message>
    <message>
        <source>Congestion Window Reduced</source>
        <translation>拥塞窗口已减小 (CWR)</translation>
    </message>
    <message>
        <source>ECN-Echo</source>
        <translation>ECN 回显 (ECE)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急 (URG)</translation>
    </message>
    <message>
        <source>Acknowledgment</source>
        <translation>确认 (ACK)</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送 (PSH)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>复位 (RST)</translation>
    </message>
    <message>
        <source>Syn</source>
        <translation>同步 (SYN)</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>终止 (FIN)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Urgent Pointer</source>
        <translation>紧急指针</translation>
    </message>
    <message>
        <source>Maximum segment size</source>
        <translation>最大报文段长度 (MSS)</translation>
    </message>
    <message>
        <source>No-Operation (NOP)</source>
        <translation>无操作 (NOP)</translation>
    </message>
    <message>
        <source>End of Option List (EOL)</source>
        <translation>选项列表结束 (EOL)</translation>
    </message>
    <message>
        <source>Window scale</source>
        <translation>窗口扩大因子</translation>
    </message>
    <message>
        <source>SACK permitted</source>
        <translation>允许选择确认 (SACK permitted)</translation>
    </message>
    <message>
        <source>SACK</source>
        <translation>选择确认 (SACK)</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>TCP Fast Open</source>
        <translation>TCP 快速打开 (TFO)</translation>
    </message>
    <message>
        <source>Multipath TCP</source>
        <translation>多路径 TCP (MPTCP)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Packet comments</source>
        <translation>数据包注释</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Interface id</source>
        <translation>接口编号</translation>
    </message>
    <message>
        <source>Interface name</source>
        <translation>接口名称</translation>
    </message>
    <message>
        <source>Interface description</source>
        <translation>接口描述</translation>
    </message>
    <message>
        <source>Ethernet II</source>
        <translation>以太网 II</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Linux cooked capture v1</source>
        <translation>Linux 伪链路层首部 (cooked capture) v1</translation>
    </message>
    <message>
        <source>Linux cooked capture v2</source>
        <translation>Linux 伪链路层首部 (cooked capture) v2</translation>
    </message>
    <message>
        <source>Packet type</source>
        <translation>数据包类型</translation>
    </message>
    <message>
        <source>Link-layer address type</source>
        <translation>链路层地址类型</translation>
    </message>
    <message>
        <source>Link-layer address length</source>
        <translation>链路层地址长度</translation>
    </message>
    <message>
        <source>Interface index</source>
        <translation>接口索引</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>协议族</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>DEI</source>
        <translation>丢弃指示 (DEI)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>VLAN 标识 (ID)</translation>
    </message>
    <message>
        <source>Internet Protocol Version 4</source>
        <translation>网际协议第 4 版 (IPv4)</translation>
    </message>
    <message>
        <source>Differentiated Services Field</source>
        <translation>区分服务字段</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Header checksum status</source>
        <translation>首部校验和状态</translation>
    </message>
    <message>
        <source>Calculated Checksum</source>
        <translation>计算出的校验和</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Internet Protocol Version 6</source>
        <translation>网际协议第 6 版 (IPv6)</translation>
    </message>
    <message>
        <source>Fragment</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Fragment count</source>
        <translation>分片数</translation>
    </message>
    <message>
        <source>Reassembled length</source>
        <translation>重组后长度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>User Datagram Protocol</source>
        <translation>用户数据报协议 (UDP)</translation>
    </message>
    <message>
        <source>Transmission Control Protocol</source>
        <translation>传输控制协议 (TCP)</translation>
    </message>
    <message>
        <source>Stream index</source>
        <translation>流编号</translation>
    </message>
    <message>
        <source>TCP Segment Len</source>
        <translation>TCP 报文段长度</translation>
    </message>
    <message>
        <source>Sequence Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Acknowledgment Number</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>TCP Flags</source>
        <translation>TCP 标志</translation>
    </message>
    <message>
        <source>Calculated window size</source>
        <translation>计算出的窗口大小</translation>
    </message>
    <message>
        <source>Checksum Status</source>
        <translation>校验和状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>MSS Value</source>
        <translation>MSS 值</translation>
    </message>
    <message>
        <source>Shift count</source>
        <translation>移位数</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>乘数</translation>
    </message>
    <message>
        <source>left edge</source>
        <translation>左边界</translation>
    </message>
    <message>
        <source>right edge</source>
        <translation>右边界</translation>
    </message>
    <message>
        <source>Timestamp value</source>
        <translation>时间戳值 (TSval)</translation>
    </message>
    <message>
        <source>Timestamp echo reply</source>
        <translation>时间戳回显应答 (TSecr)</translation>
    </message>
    <message>
        <source>Fast Open Cookie</source>
        <translation>快速打开 Cookie</translation>
    </message>
    <message>
        <source>Multipath TCP subtype</source>
        <translation>多路径 TCP 子类型</translation>
    </message>
    <message>
        <source>Multipath TCP version</source>
        <translation>多路径 TCP 版本</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>TCP payload</source>
        <translation>TCP 载荷</translation>
    </message>
    <message>
        <source>SEQ/ACK analysis</source>
        <translation>SEQ/ACK 分析</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Duplicate ACK</source>
        <translation>重复确认</translation>
    </message>
    <message>
        <source>Bytes in flight</source>
        <translation>在途字节数</translation>
    </message>
    <message>
        <source>Sender state</source>
        <translation>发送方状态</translation>
    </message>
    <message>
        <source>Receiver state</source>
        <translation>接收方状态</translation>
    </message>
    <message>
        <source>Acknowledgment number</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Null/Loopback</source>
        <translation>BSD 环回 (Null/Loopback)</translation>
    </message>
    <message>
        <source>OpenBSD loopback</source>
        <translation>OpenBSD 环回 (loopback)</translation>
    </message>
    <message>
        <source>802.1Q Virtual LAN</source>
        <translation>802.1Q 虚拟局域网 (VLAN)</translation>
    </message>
    <message>
        <source>Reassembled IPv4 in frame</source>
        <translation>IPv4 重组所在帧</translation>
    </message>
    <message>
        <source>Reassembled IPv6 in frame</source>
        <translation>IPv6 重组所在帧</translation>
    </message>
    <message>
        <source>IPv6 Hop-by-Hop Option</source>
        <translation>IPv6 逐跳选项</translation>
    </message>
    <message>
        <source>IPv6 Routing</source>
        <translation>IPv6 路由</translation>
    </message>
    <message>
        <source>IPv6 Fragment</source>
        <translation>IPv6 分片</translation>
    </message>
    <message>
        <source>IPv6 Destination Options</source>
        <translation>IPv6 目的选项</translation>
    </message>
    <message>
        <source>Internet Control Message Protocol</source>
        <translation>网际控制报文协议 (ICMP)</translation>
    </message>
    <message>
        <source>Internet Control Message Protocol v6</source>
        <translation>网际控制报文协议第 6 版 (ICMPv6)</translation>
    </message>
    <message>
        <source>Fragment overlap</source>
        <translation>分片重叠</translation>
    </message>
    <message>
        <source>Conflicting data in fragment overlap</source>
        <translation>分片重叠处数据冲突</translation>
    </message>
    <message>
        <source>Multiple tail fragments found</source>
        <translation>发现多个末尾分片</translation>
    </message>
    <message>
        <source>Fragment too long</source>
        <translation>分片过长</translation>
    </message>
    <message>
        <source>Reassembled IPv4 length</source>
        <translation>重组后的 IPv4 长度</translation>
    </message>
    <message>
        <source>Reassembled IPv6 length</source>
        <translation>重组后的 IPv6 长度</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FieldTreeModel</name>
    <message>
        <source>%1 — bytes %2–%3</source>
        <translation>%1 — 字节 %2–%3</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FieldTreeText</name>
    <message>
        <source>Src</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Dst</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Src Port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>Dst Port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Len</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>[Not received by the client (lost after the capture point, or still on its way)]</source>
        <translation>[客户端未收到（在捕获点之后丢失，或仍在路上）]</translation>
    </message>
    <message>
        <source>[Not received by the server (lost after the capture point, or still on its way)]</source>
        <translation>[服务器未收到（在捕获点之后丢失，或仍在路上）]</translation>
    </message>
    <message>
        <source>TCP Option - </source>
        <translation>TCP 选项 - </translation>
    </message>
    <message>
        <source>Next Header</source>
        <translation>下一个首部</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FieldValueText</name>
    <message>
        <source>Not set</source>
        <translation>未置位</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>置位</translation>
    </message>
    <message>
        <source>[correct]</source>
        <translation>[正确]</translation>
    </message>
    <message>
        <source>[unverified]</source>
        <translation>[未验证]</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>(relative sequence number)</source>
        <translation>(相对序号)</translation>
    </message>
    <message>
        <source>(relative ack number)</source>
        <translation>(相对确认号)</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(不变)</translation>
    </message>
    <message>
        <source>(partial checksum: the sending host offloads checksums to its NIC)</source>
        <translation>(部分校验和：发送主机把校验和交给网卡计算 (checksum offload))</translation>
    </message>
    <message>
        <source>True</source>
        <translation>是</translation>
    </message>
    <message>
        <source>False</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>位</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>Don&apos;t fragment</source>
        <translation>不分片 (DF)</translation>
    </message>
    <message>
        <source>More fragments</source>
        <translation>更多分片 (MF)</translation>
    </message>
    <message>
        <source>Not ECN-Capable Transport</source>
        <translation>不支持 ECN 的传输 (Not-ECT)</translation>
    </message>
    <message>
        <source>ECN-Capable Transport codepoint &apos;10&apos;</source>
        <translation>支持 ECN 的传输，码点 &apos;10&apos; (ECT(0))</translation>
    </message>
    <message>
        <source>ECN-Capable Transport codepoint &apos;01&apos;</source>
        <translation>支持 ECN 的传输，码点 &apos;01&apos; (ECT(1))</translation>
    </message>
    <message>
        <source>Congestion Experienced</source>
        <translation>遇到拥塞 (CE)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Class Selector</source>
        <translation>类选择器 (Class Selector)</translation>
    </message>
    <message>
        <source>Assured Forwarding</source>
        <translation>确保转发 (Assured Forwarding)</translation>
    </message>
    <message>
        <source>Expedited Forwarding</source>
        <translation>加速转发 (EF)</translation>
    </message>
    <message>
        <source>Lower Effort</source>
        <translation>低优先级 (LE)</translation>
    </message>
    <message>
        <source>Voice Admit</source>
        <translation>语音准入 (Voice Admit)</translation>
    </message>
    <message>
        <source>Best Effort (default)</source>
        <translation>尽力而为 (Best Effort)（默认）</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景流量 (Background)</translation>
    </message>
    <message>
        <source>Excellent Effort</source>
        <translation>优质尽力而为 (Excellent Effort)</translation>
    </message>
    <message>
        <source>Critical Applications</source>
        <translation>关键应用 (Critical Applications)</translation>
    </message>
    <message>
        <source>Video, &lt; 100ms latency and jitter</source>
        <translation>视频，时延和抖动 &lt; 100ms</translation>
    </message>
    <message>
        <source>Voice, &lt; 10ms latency and jitter</source>
        <translation>语音，时延和抖动 &lt; 10ms</translation>
    </message>
    <message>
        <source>Internetwork Control</source>
        <translation>网间控制 (Internetwork Control)</translation>
    </message>
    <message>
        <source>Network Control</source>
        <translation>网络控制 (Network Control)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>可丢弃</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>不可丢弃</translation>
    </message>
    <message>
        <source>Unicast to us</source>
        <translation>发给本机的单播</translation>
    </message>
    <message>
        <source>Unicast to another host</source>
        <translation>发给其他主机的单播</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation>组播</translation>
    </message>
    <message>
        <source>Sent by us</source>
        <translation>本机发出</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>入向</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>出向</translation>
    </message>
    <message>
        <source>802.1Q Virtual LAN</source>
        <translation>802.1Q 虚拟局域网 (VLAN)</translation>
    </message>
    <message>
        <source>802.1ad Provider Bridge (Q-in-Q)</source>
        <translation>802.1ad 运营商网桥 (Q-in-Q)</translation>
    </message>
    <message>
        <source>VLAN-tagged frame (Q-in-Q)</source>
        <translation>带 VLAN 标签的帧 (Q-in-Q)</translation>
    </message>
    <message>
        <source>Transparent Ethernet bridging</source>
        <translation>透明以太网桥接 (Transparent Ethernet bridging)</translation>
    </message>
    <message>
        <source>MPLS label switched packet</source>
        <translation>MPLS 标签交换数据包</translation>
    </message>
    <message>
        <source>MPLS multicast label switched packet</source>
        <translation>MPLS 组播标签交换数据包</translation>
    </message>
    <message>
        <source>802.1 Link Layer Discovery Protocol (LLDP)</source>
        <translation>802.1 链路层发现协议 (LLDP)</translation>
    </message>
    <message>
        <source>PPPoE Discovery</source>
        <translation>PPPoE 发现阶段</translation>
    </message>
    <message>
        <source>PPPoE Session</source>
        <translation>PPPoE 会话阶段</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>IPv6 Hop-by-Hop Option</source>
        <translation>IPv6 逐跳选项</translation>
    </message>
    <message>
        <source>IPv6 Routing</source>
        <translation>IPv6 路由首部</translation>
    </message>
    <message>
        <source>IPv6 Fragment</source>
        <translation>IPv6 分片首部</translation>
    </message>
    <message>
        <source>IPv6 Destination Options</source>
        <translation>IPv6 目的选项</translation>
    </message>
    <message>
        <source>IPv6 No Next Header</source>
        <translation>IPv6 无下一首部</translation>
    </message>
    <message>
        <source>Maximum Segment Size</source>
        <translation>最大报文段长度 (MSS)</translation>
    </message>
    <message>
        <source>SACK Permitted</source>
        <translation>允许选择确认 (SACK Permitted)</translation>
    </message>
    <message>
        <source>Time Stamp Option</source>
        <translation>时间戳选项</translation>
    </message>
    <message>
        <source>Window Scale</source>
        <translation>窗口扩大因子 (Window Scale)</translation>
    </message>
    <message>
        <source>End of Option List</source>
        <translation>选项表结束 (EOL)</translation>
    </message>
    <message>
        <source>Echo (ping) request</source>
        <translation>回显请求 (Echo request)</translation>
    </message>
    <message>
        <source>Echo (ping) reply</source>
        <translation>回显应答 (Echo reply)</translation>
    </message>
    <message>
        <source>Destination unreachable</source>
        <translation>目的不可达</translation>
    </message>
    <message>
        <source>Destination Unreachable</source>
        <translation>目的不可达</translation>
    </message>
    <message>
        <source>Source quench (flow control)</source>
        <translation>源抑制 (Source quench)</translation>
    </message>
    <message>
        <source>Time-to-live exceeded</source>
        <translation>生存时间超时</translation>
    </message>
    <message>
        <source>Time Exceeded</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Parameter problem</source>
        <translation>参数问题</translation>
    </message>
    <message>
        <source>Parameter Problem</source>
        <translation>参数问题</translation>
    </message>
    <message>
        <source>Packet Too Big</source>
        <translation>分组过大 (Packet Too Big)</translation>
    </message>
    <message>
        <source>Router Solicitation</source>
        <translation>路由器请求</translation>
    </message>
    <message>
        <source>Router Advertisement</source>
        <translation>路由器通告</translation>
    </message>
    <message>
        <source>Neighbor Solicitation</source>
        <translation>邻居请求</translation>
    </message>
    <message>
        <source>Neighbor Advertisement</source>
        <translation>邻居通告</translation>
    </message>
    <message>
        <source>Internet Protocol version 4</source>
        <translation>网际协议第 4 版 (IPv4)</translation>
    </message>
    <message>
        <source>Internet Protocol version 6</source>
        <translation>网际协议第 6 版 (IPv6)</translation>
    </message>
    <message>
        <source>Link Control Protocol</source>
        <translation>链路控制协议 (LCP)</translation>
    </message>
    <message>
        <source>Internet Protocol Control Protocol</source>
        <translation>IP 控制协议 (IPCP)</translation>
    </message>
    <message>
        <source>IPv6 Control Protocol</source>
        <translation>IPv6 控制协议 (IPV6CP)</translation>
    </message>
    <message>
        <source>Password Authentication Protocol</source>
        <translation>口令认证协议 (PAP)</translation>
    </message>
    <message>
        <source>Challenge Handshake Authentication Protocol</source>
        <translation>挑战握手认证协议 (CHAP)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>呼叫标识 (Call ID)</translation>
    </message>
    <message>
        <source>Checksum Bit</source>
        <translation>校验和位</translation>
    </message>
    <message>
        <source>Routing Bit</source>
        <translation>路由位</translation>
    </message>
    <message>
        <source>Key Bit</source>
        <translation>密钥位</translation>
    </message>
    <message>
        <source>Sequence Number Bit</source>
        <translation>序号位</translation>
    </message>
    <message>
        <source>Strict Source Route Bit</source>
        <translation>严格源路由位</translation>
    </message>
    <message>
        <source>Recursion control</source>
        <translation>递归控制</translation>
    </message>
    <message>
        <source>Flags (Reserved)</source>
        <translation>标志（保留）</translation>
    </message>
    <message>
        <source>Flags and Version</source>
        <translation>标志和版本</translation>
    </message>
    <message>
        <source>Enhanced GRE</source>
        <translation>增强型 GRE</translation>
    </message>
    <message>
        <source>MPLS Experimental Bits</source>
        <translation>MPLS 实验位 (EXP)</translation>
    </message>
    <message>
        <source>MPLS Bottom Of Label Stack</source>
        <translation>MPLS 栈底标志 (S)</translation>
    </message>
    <message>
        <source>MPLS Label</source>
        <translation>MPLS 标签</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Exp</source>
        <translation>实验位 (Exp)</translation>
    </message>
    <message>
        <source>Group Policy ID</source>
        <translation>组策略 ID</translation>
    </message>
    <message>
        <source>VXLAN Network Identifier (VNI)</source>
        <translation>VXLAN 网络标识符 (VNI)</translation>
    </message>
    <message>
        <source>Virtual Network Identifier (VNI)</source>
        <translation>虚拟网络标识符 (VNI)</translation>
    </message>
    <message>
        <source>Operations, Administration and Management Frame</source>
        <translation>操作管理维护帧 (OAM)</translation>
    </message>
    <message>
        <source>Critical Options Present</source>
        <translation>含关键选项</translation>
    </message>
    <message>
        <source>Protocol Type</source>
        <translation>协议类型</translation>
    </message>
    <message>
        <source>Virtual eXtensible Local Area Network</source>
        <translation>虚拟扩展局域网 (VXLAN)</translation>
    </message>
    <message>
        <source>Generic Network Virtualization Encapsulation</source>
        <translation>通用网络虚拟化封装 (Geneve)</translation>
    </message>
    <message>
        <source>Generic Routing Encapsulation</source>
        <translation>通用路由封装 (GRE)</translation>
    </message>
    <message>
        <source>MultiProtocol Label Switching Header</source>
        <translation>多协议标签交换首部 (MPLS)</translation>
    </message>
    <message>
        <source>Point-to-Point Protocol</source>
        <translation>点对点协议 (PPP)</translation>
    </message>
    <message>
        <source>Redirect Header</source>
        <translation>重定向首部 (Redirect Header)</translation>
    </message>
    <message>
        <source>IP over Infiniband</source>
        <translation>InfiniBand 上的 IP (IPoIB)</translation>
    </message>
    <message>
        <source>Destination GID</source>
        <translation>目的 GID</translation>
    </message>
    <message>
        <source>Destination QPN</source>
        <translation>目的 QPN</translation>
    </message>
    <message>
        <source>%1 bytes on wire (%2 bits), %3 bytes captured (%4 bits)</source>
        <translation>线路上 %1 字节 (%2 位)，捕获 %3 字节 (%4 位)</translation>
    </message>
    <message>
        <source>[incorrect, should be %1]</source>
        <translation>[错误，应为 %1]</translation>
    </message>
    <message>
        <source>(of frame %1)</source>
        <translation>(重复帧 %1 的确认)</translation>
    </message>
    <message>
        <source>(multiply by %1)</source>
        <translation>(乘以 %1)</translation>
    </message>
    <message>
        <source>VXLAN Network ID (VNI)</source>
        <translation>VXLAN 网络标识符 (VNI)</translation>
    </message>
    <message>
        <source>No-Operation</source>
        <translation>无操作 (NOP)</translation>
    </message>
    <message>
        <source>MPLS Unicast</source>
        <translation>MPLS 单播</translation>
    </message>
    <message>
        <source>MPLS Multicast</source>
        <translation>MPLS 组播</translation>
    </message>
    <message>
        <source>Add Address</source>
        <translation>添加地址 (ADD_ADDR)</translation>
    </message>
    <message>
        <source>Remove Address</source>
        <translation>移除地址 (REMOVE_ADDR)</translation>
    </message>
    <message>
        <source>Multipath Capable</source>
        <translation>多路径能力 (MP_CAPABLE)</translation>
    </message>
    <message>
        <source>Join Connection</source>
        <translation>加入连接 (MP_JOIN)</translation>
    </message>
    <message>
        <source>Data Sequence Signal</source>
        <translation>数据序列信号 (DSS)</translation>
    </message>
    <message>
        <source>Change Subflow Priority</source>
        <translation>更改子流优先级 (MP_PRIO)</translation>
    </message>
    <message>
        <source>Fast Close</source>
        <translation>快速关闭 (MP_FASTCLOSE)</translation>
    </message>
    <message>
        <source>TCP Fallback</source>
        <translation>回退到普通 TCP (MP_FAIL)</translation>
    </message>
    <message>
        <source>TCP Reset</source>
        <translation>TCP 重置 (MP_TCPRST)</translation>
    </message>
    <message>
        <source>IP Option</source>
        <translation>IP 选项</translation>
    </message>
    <message>
        <source>Router Alert</source>
        <translation>路由器告警 (Router Alert)</translation>
    </message>
    <message>
        <source>Record Route</source>
        <translation>记录路由 (Record Route)</translation>
    </message>
    <message>
        <source>End of Options List (EOL)</source>
        <translation>选项表结束 (EOL)</translation>
    </message>
    <message>
        <source>Loose Source Route</source>
        <translation>宽松源路由 (Loose Source Route)</translation>
    </message>
    <message>
        <source>Strict Source Route</source>
        <translation>严格源路由 (Strict Source Route)</translation>
    </message>
    <message>
        <source>Time Stamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation>环回 (Loopback)</translation>
    </message>
    <message>
        <source>(not filled in: the sending host offloads checksums to its NIC)</source>
        <translation>(未填写：发送主机把校验和交给网卡计算 (checksum offload))</translation>
    </message>
    <message>
        <source>Juniper Ethernet</source>
        <translation>Juniper 以太网</translation>
    </message>
    <message>
        <source>Magic Number</source>
        <translation>魔数 (Magic Number)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入</translation>
    </message>
    <message>
        <source>L2 header presence</source>
        <translation>二层首部存在</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>Extension(s) Total length</source>
        <translation>扩展总长度</translation>
    </message>
    <message>
        <source>Dest</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Protocol ID</source>
        <translation>协议标识 (Protocol ID)</translation>
    </message>
    <message>
        <source>Split Flag</source>
        <translation>分割标志</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Frame Control Field</source>
        <translation>帧控制字段 (Frame Control)</translation>
    </message>
    <message>
        <source>DS status</source>
        <translation>DS 状态</translation>
    </message>
    <message>
        <source>WDS (To and From DS)</source>
        <translation>WDS（去往并来自 DS）</translation>
    </message>
    <message>
        <source>To DS</source>
        <translation>去往分布式系统 (To DS)</translation>
    </message>
    <message>
        <source>From DS</source>
        <translation>来自分布式系统 (From DS)</translation>
    </message>
    <message>
        <source>Not leaving DS</source>
        <translation>不离开 DS (Not leaving DS)</translation>
    </message>
    <message>
        <source>Protected flag</source>
        <translation>保护标志</translation>
    </message>
    <message>
        <source>Data is not protected</source>
        <translation>数据未加密</translation>
    </message>
    <message>
        <source>Data is protected</source>
        <translation>数据已加密</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>接收方地址</translation>
    </message>
    <message>
        <source>Transmitter address</source>
        <translation>发送方地址</translation>
    </message>
    <message>
        <source>Address 3</source>
        <translation>地址 3</translation>
    </message>
    <message>
        <source>Address 4</source>
        <translation>地址 4</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>序列号 (Sequence number)</translation>
    </message>
    <message>
        <source>QoS Control</source>
        <translation>QoS 控制</translation>
    </message>
    <message>
        <source>Logical-Link Control</source>
        <translation>逻辑链路控制 (LLC)</translation>
    </message>
    <message>
        <source>Radiotap Header</source>
        <translation>Radiotap 首部</translation>
    </message>
    <message>
        <source>Header length</source>
        <translation>首部长度</translation>
    </message>
    <message>
        <source>Header Length</source>
        <translation>首部长度</translation>
    </message>
    <message>
        <source>Present flags word</source>
        <translation>存在标志字 (present flags)</translation>
    </message>
    <message>
        <source>Present flags</source>
        <translation>存在标志 (present flags)</translation>
    </message>
    <message>
        <source>PPI version</source>
        <translation>PPI 版本</translation>
    </message>
    <message>
        <source>PF Log on</source>
        <translation>PF 日志，接口</translation>
    </message>
    <message>
        <source>PF Log</source>
        <translation>PF 日志</translation>
    </message>
    <message>
        <source>Address Family</source>
        <translation>地址族</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>地址族</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>阻止</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Interface index</source>
        <translation>接口索引</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Solaris ipnet</source>
        <translation>Solaris ipnet 首部</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>AVS WLAN Monitoring Header</source>
        <translation>AVS WLAN 监听首部</translation>
    </message>
    <message>
        <source>Prism capture header</source>
        <translation>Prism 捕获首部</translation>
    </message>
    <message>
        <source>OpenBSD Encapsulating device</source>
        <translation>OpenBSD 封装设备 (enc)</translation>
    </message>
    <message>
        <source>%1 frame, subtype %2</source>
        <translation>%1帧，子类型 %2</translation>
    </message>
    <message>
        <source>Radiotap Header v%1, Length %2</source>
        <translation>Radiotap 首部（版本 %1），长度 %2</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FilterBar</name>
    <message>
        <source>Showing one conversation; click to show all packets again</source>
        <translation>仅显示一个会话；点击可重新显示全部数据包</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>过滤器：</translation>
    </message>
    <message>
        <source>Filters used before</source>
        <translation>以前用过的过滤器</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>清除历史</translation>
    </message>
    <message>
        <source>Filtering… %1%</source>
        <translation>正在过滤… %1%</translation>
    </message>
    <message>
        <source>Display filter, e.g.  tcp.analysis.retransmission   or   ip.addr == 10.0.0.5   (tcpdump syntax works too: port 8888)</source>
        <translation>显示过滤器，例如  tcp.analysis.retransmission   或   ip.addr == 10.0.0.5   （也可以用 tcpdump 语法：port 8888）</translation>
    </message>
    <message>
        <source>Automatic: display filter, else BPF (tcpdump)</source>
        <translation>自动：显示过滤器，否则 BPF (tcpdump)</translation>
    </message>
    <message>
        <source>Display filter (Wireshark) only</source>
        <translation>只用显示过滤器 (Wireshark)</translation>
    </message>
    <message>
        <source>BPF (tcpdump) only</source>
        <translation>只用 BPF (tcpdump)</translation>
    </message>
    <message>
        <source>The language the filter is read in; click to choose</source>
        <translation>过滤器采用的语言；点击选择</translation>
    </message>
    <message>
        <source>Copy as BPF</source>
        <translation>复制为 BPF</translation>
    </message>
    <message>
        <source>Copy the tcpdump (BPF) expression that keeps the same packets, e.g. for a capture filter</source>
        <translation>复制保留同样数据包的 tcpdump (BPF) 表达式，例如用作抓包过滤器</translation>
    </message>
    <message>
        <source>Read as a tcpdump (BPF) expression: it is not a display filter</source>
        <translation>按 tcpdump (BPF) 表达式处理：它不是显示过滤器</translation>
    </message>
    <message>
        <source>A valid display filter</source>
        <translation>有效的显示过滤器</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>正在过滤…</translation>
    </message>
    <message>
        <source>Nothing to copy: the filter is empty.</source>
        <translation>没有可复制的内容：过滤器为空。</translation>
    </message>
    <message>
        <source>Correct the filter first: %1</source>
        <translation>请先改正过滤器：%1</translation>
    </message>
    <message>
        <source>Already tcpdump (BPF) syntax, copied: %1</source>
        <translation>已经是 tcpdump (BPF) 语法，已复制：%1</translation>
    </message>
    <message>
        <source>%1 → %2 (copied as BPF)</source>
        <translation>%1 → %2（已复制为 BPF）</translation>
    </message>
    <message>
        <source>No BPF expression for %1: %2</source>
        <translation>%1 没有对应的 BPF 表达式：%2</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FilterExpression</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Display filter</source>
        <translation>显示过滤器</translation>
    </message>
    <message>
        <source>BPF (tcpdump)</source>
        <translation>BPF (tcpdump)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Not a tcpdump (BPF) expression either: %1</source>
        <translation>也不是 tcpdump (BPF) 表达式：%1</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FilterMessageText</name>
    <message>
        <source>application-layer dissection is not done by tcplens</source>
        <translation>tcplens 不做应用层解析</translation>
    </message>
    <message>
        <source>tcplens does not keep the scale factor&apos;s -1/-2 codes</source>
        <translation>tcplens 不保留缩放因子的 -1/-2 代码</translation>
    </message>
    <message>
        <source>tcplens does not count bytes sent since the last PSH</source>
        <translation>tcplens 不统计自上一个 PSH 以来发送的字节数</translation>
    </message>
    <message>
        <source>tcplens does not estimate the retransmission timeout</source>
        <translation>tcplens 不估算重传超时（RTO）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>Unsigned integer</source>
        <translation>无符号整数</translation>
    </message>
    <message>
        <source>Signed integer</source>
        <translation>有符号整数</translation>
    </message>
    <message>
        <source>Time offset</source>
        <translation>时间偏移</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 地址</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6 地址</translation>
    </message>
    <message>
        <source>Ethernet or other MAC address</source>
        <translation>以太网或其他 MAC 地址</translation>
    </message>
    <message>
        <source>Byte sequence</source>
        <translation>字节序列</translation>
    </message>
    <message>
        <source>Character string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>this</source>
        <translation>此项</translation>
    </message>
    <message>
        <source>\x needs a hexadecimal digit</source>
        <translation>\x 后面需要一个十六进制数字</translation>
    </message>
    <message>
        <source>the string has no closing &quot;</source>
        <translation>字符串缺少结尾的 &quot;</translation>
    </message>
    <message>
        <source>the character constant has no closing &apos;</source>
        <translation>字符常量缺少结尾的 &apos;</translation>
    </message>
    <message>
        <source>a character constant holds exactly one character</source>
        <translation>字符常量只能包含一个字符</translation>
    </message>
    <message>
        <source>the slice has no closing ]</source>
        <translation>切片缺少结尾的 ]</translation>
    </message>
    <message>
        <source>&quot;=&quot; is not an operator; use == (or eq) to compare</source>
        <translation>“=”不是运算符；比较请用 ==（或 eq）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was unexpected here</source>
        <translation>此处不应出现“%1”</translation>
    </message>
    <message>
        <source>unexpected end of filter expression</source>
        <translation>过滤表达式意外结束</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was unexpected in this context</source>
        <translation>此上下文中不应出现“%1”</translation>
    </message>
    <message>
        <source>the ( has no closing )</source>
        <translation>( 缺少对应的 )</translation>
    </message>
    <message>
        <source>the set has no closing }</source>
        <translation>集合缺少结尾的 }</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid range</source>
        <translation>“%1”不是有效的范围</translation>
    </message>
    <message>
        <source>this is not a test</source>
        <translation>这不是一个判断条件</translation>
    </message>
    <message>
        <source>%1: no such field</source>
        <translation>%1：没有这个字段</translation>
    </message>
    <message>
        <source>%1: no such field; did you mean %2?</source>
        <translation>%1：没有这个字段；您是想输入 %2 吗？</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is a %2 and cannot be sliced</source>
        <translation>%1 是%2，不能切片</translation>
    </message>
    <message>
        <source>arithmetic needs numbers; this side is a %1</source>
        <translation>算术运算需要数字；这一侧是%1</translation>
    </message>
    <message>
        <source>only numbers can be negated</source>
        <translation>只有数字可以取负</translation>
    </message>
    <message>
        <source>function %1() is not supported (len(field) and count(field) are)</source>
        <translation>不支持函数 %1()（支持 len(字段) 和 count(字段)）</translation>
    </message>
    <message>
        <source>len() needs a byte string, address or protocol</source>
        <translation>len() 需要字节串、地址或协议</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a field nor a protocol name</source>
        <translation>“%1”既不是字段也不是协议名</translation>
    </message>
    <message>
        <source>a value is needed here</source>
        <translation>此处需要一个值</translation>
    </message>
    <message>
        <source>neither side of the comparison is a field</source>
        <translation>比较的两侧都不是字段</translation>
    </message>
    <message>
        <source>a %1 cannot be compared with a %2</source>
        <translation>%1不能与%2比较</translation>
    </message>
    <message>
        <source>%1 has no value; test its presence alone</source>
        <translation>%1 没有值；只能判断它是否存在</translation>
    </message>
    <message>
        <source>a %1 cannot be ordered with &lt;, &lt;=, &gt; or &gt;=</source>
        <translation>%1不能用 &lt;、&lt;=、&gt; 或 &gt;= 比较大小</translation>
    </message>
    <message>
        <source>&quot;contains&quot; needs a byte string, text or protocol; this is a %1</source>
        <translation>“contains”需要字节串、文本或协议；这里是%1</translation>
    </message>
    <message>
        <source>&quot;contains&quot; looks for bytes or text</source>
        <translation>“contains”查找的是字节或文本</translation>
    </message>
    <message>
        <source>&quot;matches&quot; needs a byte string, text or protocol; this is a %1</source>
        <translation>“matches”需要字节串、文本或协议；这里是%1</translation>
    </message>
    <message>
        <source>&quot;matches&quot; takes a regular expression in double quotes</source>
        <translation>“matches”需要写在双引号中的正则表达式</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <source>a range needs ordered values, not a %1</source>
        <translation>范围需要可比较大小的值，而不是%1</translation>
    </message>
    <message>
        <source>the filter is empty</source>
        <translation>过滤器为空</translation>
    </message>
    <message>
        <source>%1 is not a valid integer</source>
        <translation>%1 不是有效的整数</translation>
    </message>
    <message>
        <source>%1 is not a valid unsigned integer (it is negative)</source>
        <translation>%1 不是有效的无符号整数（它是负数）</translation>
    </message>
    <message>
        <source>%1 is not a valid boolean (True, False, 1 or 0)</source>
        <translation>%1 不是有效的布尔值（True、False、1 或 0）</translation>
    </message>
    <message>
        <source>%1 is not a valid time in seconds</source>
        <translation>%1 不是有效的时间（以秒为单位）</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv4 address (a.b.c.d or a.b.c.d/len; names are not resolved)</source>
        <translation>%1 不是有效的 IPv4 地址（a.b.c.d 或 a.b.c.d/前缀长度；不解析主机名）</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv6 address (or address/len; names are not resolved)</source>
        <translation>%1 不是有效的 IPv6 地址（或 地址/前缀长度；不解析主机名）</translation>
    </message>
    <message>
        <source>%1 is not a valid Ethernet address (aa:bb:cc:dd:ee:ff)</source>
        <translation>%1 不是有效的以太网地址（aa:bb:cc:dd:ee:ff）</translation>
    </message>
    <message>
        <source>%1 is not a valid byte string</source>
        <translation>%1 不是有效的字节串</translation>
    </message>
    <message>
        <source>%1 is not a valid byte string (aa:bb:cc, or &quot;text&quot; in quotes)</source>
        <translation>%1 不是有效的字节串（aa:bb:cc，或加引号的 &quot;文本&quot;）</translation>
    </message>
    <message>
        <source>a field without a value (FT_NONE) can only be tested for presence</source>
        <translation>没有值的字段（FT_NONE）只能判断是否存在</translation>
    </message>
    <message>
        <source>%1 is worked out by tcplens from the conversation; a capture filter sees one packet&apos;s bytes</source>
        <translation>%1 是 tcplens 根据整个连接推算出来的；捕获过滤器只能看到单个数据包的字节</translation>
    </message>
    <message>
        <source>%1 is capture metadata (time, frame number); BPF sees only the packet</source>
        <translation>%1 是捕获元数据（时间、帧号）；BPF 只能看到数据包本身</translation>
    </message>
    <message>
        <source>%1 sits at an offset BPF cannot follow in general (after variable-length headers)</source>
        <translation>%1 位于 BPF 通常无法定位的偏移处（在可变长度的首部之后）</translation>
    </message>
    <message>
        <source>%1 has no tcpdump primitive</source>
        <translation>%1 没有对应的 tcpdump 原语</translation>
    </message>
    <message>
        <source>&quot;contains&quot; and &quot;matches&quot; search the payload; BPF compares fixed offsets only</source>
        <translation>“contains”和“matches”要搜索载荷；BPF 只能比较固定偏移处的值</translation>
    </message>
    <message>
        <source>this part has no tcpdump equivalent</source>
        <translation>这一部分没有对应的 tcpdump 写法</translation>
    </message>
    <message>
        <source>slices of %1 need their header&apos;s offset, which BPF has only for ip[], ip6[], tcp[] and udp[]</source>
        <translation>%1 的切片需要知道其首部的偏移，而 BPF 只有 ip[]、ip6[]、tcp[] 和 udp[]</translation>
    </message>
    <message>
        <source>arithmetic and functions on fields are not translated</source>
        <translation>字段上的算术运算和函数无法转换</translation>
    </message>
    <message>
        <source>comparisons need a field on the left</source>
        <translation>比较运算的左侧需要是字段</translation>
    </message>
    <message>
        <source>the value compared with %1 must be a number</source>
        <translation>与 %1 比较的值必须是数字</translation>
    </message>
    <message>
        <source>%1 can only be compared for equality in BPF</source>
        <translation>在 BPF 中 %1 只能做相等比较</translation>
    </message>
    <message>
        <source>unsupported comparison</source>
        <translation>不支持的比较</translation>
    </message>
    <message>
        <source>a range of %1 has no tcpdump primitive</source>
        <translation>%1 的范围没有对应的 tcpdump 原语</translation>
    </message>
    <message>
        <source>no such field in this packet</source>
        <translation>这个数据包中没有该字段</translation>
    </message>
    <message>
        <source>this line is not a field</source>
        <translation>这一行不是字段</translation>
    </message>
    <message>
        <source>%1 is not a display-filter field</source>
        <translation>%1 不是显示过滤器字段</translation>
    </message>
    <message>
        <source>%1 has no value tcplens can compare here</source>
        <translation>%1 在这里没有 tcplens 可以比较的值</translation>
    </message>
    <message>
        <source>TCP Fast Open analysis is not done by tcplens</source>
        <translation>tcplens 不做 TCP Fast Open（TFO）分析</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Info text</source>
        <translation>信息文字</translation>
    </message>
    <message>
        <source>Bytes (hex)</source>
        <translation>字节（十六进制）</translation>
    </message>
    <message>
        <source>Field text</source>
        <translation>字段文字</translation>
    </message>
    <message>
        <source>e.g. Retransmission, 48 54 54 50, or Window: 0</source>
        <translation>例如 Retransmission、48 54 54 50 或 Window: 0</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FlowGraphExport</name>
    <message>
        <source>The diagram is %1 pixels tall, more than a PNG can reasonably hold (%2): export a range of rows, or use SVG or PDF.</source>
        <translation>图有 %1 像素高，超出 PNG 能合理容纳的高度（%2）：请导出部分行，或改用 SVG 或 PDF。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>TCP flow graph</source>
        <translation>TCP 流图</translation>
    </message>
    <message>
        <source>Sequence diagram drawn by tcplens</source>
        <translation>由 tcplens 绘制的时序图</translation>
    </message>
    <message>
        <source>Drawing images needs the graphical part of tcplens.</source>
        <translation>绘制图片需要 tcplens 的图形界面部分。</translation>
    </message>
    <message>
        <source>There are no packets to draw.</source>
        <translation>没有可绘制的数据包。</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>范围的结束早于开始。</translation>
    </message>
    <message>
        <source>Unknown format %1: use png, svg, pdf, txt, mmd or puml.</source>
        <translation>未知格式 %1：请使用 png、svg、pdf、txt、mmd 或 puml。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FlowGraphModel</name>
    <message>
        <source>Not received by the server</source>
        <translation>服务器未收到</translation>
    </message>
    <message>
        <source>Not received by the client</source>
        <translation>客户端未收到</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>未收到</translation>
    </message>
    <message>
        <source>not received (frame %1)</source>
        <translation>未收到（第 %1 号）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Proof: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>frame %1 sends its SYN again</source>
        <translation>第 %1 号数据包再次发送 SYN</translation>
    </message>
    <message>
        <source>frame %1 is sent as if it had not arrived</source>
        <translation>第 %1 号数据包是在它没有到达时才会发送的</translation>
    </message>
    <message>
        <source>frame %1, a FIN, does not acknowledge it</source>
        <translation>第 %1 号数据包（FIN）没有确认它</translation>
    </message>
    <message>
        <source>frame %1, a duplicate ACK, still asks for it</source>
        <translation>第 %1 号数据包（重复确认）仍在请求它</translation>
    </message>
    <message>
        <source>frame %1 still asks for it while it SACKs later data</source>
        <translation>第 %1 号数据包仍在请求它，同时用 SACK 确认了其后的数据</translation>
    </message>
    <message>
        <source>frame %1 resends bytes it had acknowledged</source>
        <translation>第 %1 号数据包重传了它已确认的字节</translation>
    </message>
    <message>
        <source>Not received by the %1 (lost after the capture point, or still on its way)</source>
        <translation>%1未收到（在捕获点之后丢失，或仍在路上）</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>client?</source>
        <translation>客户端？</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>server?</source>
        <translation>服务器？</translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation>第 %1 帧：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Client now limited by %1, not %2</source>
        <translation>客户端现在受%1限制，而不是%2</translation>
    </message>
    <message>
        <source>Server now limited by %1, not %2</source>
        <translation>服务器现在受%1限制，而不是%2</translation>
    </message>
    <message>
        <source>handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>receiver window</source>
        <translation>接收窗口</translation>
    </message>
    <message>
        <source>congestion window</source>
        <translation>拥塞窗口</translation>
    </message>
    <message>
        <source>send buffer</source>
        <translation>发送缓冲区</translation>
    </message>
    <message>
        <source>loss recovery</source>
        <translation>丢包恢复</translation>
    </message>
    <message>
        <source>retransmission timeout</source>
        <translation>重传超时</translation>
    </message>
    <message>
        <source>zero window</source>
        <translation>零窗口</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>无法判断</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FlowGraphPainter</name>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Time (s since
conversation start)</source>
        <translation>时间（自会话
开始起，秒）</translation>
    </message>
    <message>
        <source>Time (s since
first packet shown)</source>
        <translation>时间（自第一个
显示的数据包起，秒）</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FlowGraphPanel</name>
    <message>
        <source>flow-graph.%1</source>
        <translation>flow-graph.%1</translation>
    </message>
    <message>
        <source>All listed conversations</source>
        <translation>列出的所有会话</translation>
    </message>
    <message>
        <source>Rows evenly spaced</source>
        <translation>行等距</translation>
    </message>
    <message>
        <source>Rows spaced by time</source>
        <translation>行距按时间</translation>
    </message>
    <message>
        <source>Evenly spaced rows, or gaps as long as the time between packets</source>
        <translation>行等距排列，或按数据包之间的时间留出间隔</translation>
    </message>
    <message>
        <source>Slanted</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <source>Draw arrows sloping down, to suggest the time a packet travels</source>
        <translation>箭头向下倾斜，表示数据包在途中的时间</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Larger (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>PNG 图片…</translation>
    </message>
    <message>
        <source>SVG Vector Image…</source>
        <translation>SVG 矢量图…</translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation>PDF 文档…</translation>
    </message>
    <message>
        <source>ASCII Text…</source>
        <translation>ASCII 文本…</translation>
    </message>
    <message>
        <source>Mermaid Diagram…</source>
        <translation>Mermaid 图…</translation>
    </message>
    <message>
        <source>PlantUML Diagram…</source>
        <translation>PlantUML 图…</translation>
    </message>
    <message>
        <source>Only the Selected Rows (Shift+Click)</source>
        <translation>仅选中的行（Shift+单击）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Relative seq/ack</source>
        <translation>相对序号/确认号</translation>
    </message>
    <message>
        <source>No rows are selected: click a packet, then Shift+click another.</source>
        <translation>没有选中的行：单击一个数据包，再按住 Shift 单击另一个。</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Mermaid files (*.mmd)</source>
        <translation>Mermaid 文件 (*.mmd)</translation>
    </message>
    <message>
        <source>PlantUML files (*.puml)</source>
        <translation>PlantUML 文件 (*.puml)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Select a conversation first: the flow graph is empty.</source>
        <translation>请先选择一个会话：流图是空的。</translation>
    </message>
    <message>
        <source>Export Flow Graph</source>
        <translation>导出流图</translation>
    </message>
    <message>
        <source>Cannot export the flow graph</source>
        <translation>无法导出流图</translation>
    </message>
    <message>
        <source>Current conversation</source>
        <translation>当前会话</translation>
    </message>
    <message>
        <source>The conversation of the selected packet or conversation, or every conversation the Conversations panel lists (after the display filter)</source>
        <translation>所选数据包或会话所属的会话，或会话面板列出的所有会话（经显示过滤器之后）</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FlowGraphStyle</name>
    <message>
        <source>Reset (RST)</source>
        <translation>重置 (RST)</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>Zero window</source>
        <translation>零窗口</translation>
    </message>
    <message>
        <source>Duplicate ACK</source>
        <translation>重复确认</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>保活</translation>
    </message>
    <message>
        <source>SYN / FIN</source>
        <translation>SYN / FIN</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FlowGraphView</name>
    <message>
        <source>Select a conversation to see its packets as a sequence diagram.</source>
        <translation>选择一个会话，即可把它的数据包看作时序图。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::FollowStreamDialog</name>
    <message>
        <source>Follow TCP Stream (tcp.stream eq %1)</source>
        <translation>追踪 TCP 流 (tcp.stream eq %1)</translation>
    </message>
    <message>
        <source>The capture has no TCP stream %1.</source>
        <translation>该捕获中没有 TCP 流 %1。</translation>
    </message>
    <message>
        <source>%1 → %2: %3 bytes; %2 → %1: %4 bytes; %5 chunks. Click a line to select its packet.</source>
        <translation>%1 → %2：%3 字节；%2 → %1：%4 字节；共 %5 段。单击某一行即可选中其数据包。</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
    <message>
        <source>Hex dump</source>
        <translation>十六进制转储</translation>
    </message>
    <message>
        <source>C arrays</source>
        <translation>C 数组</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始数据</translation>
    </message>
    <message>
        <source>Entire conversation (%1 bytes)</source>
        <translation>整个会话（%1 字节）</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 bytes)</source>
        <translation>%1 → %2（%3 字节）</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>as</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the stream.</source>
        <translation>流中没有“%1”。</translation>
    </message>
    <message>
        <source>Save Stream Content As…</source>
        <translation>将流内容另存为…</translation>
    </message>
    <message>
        <source>Cannot save the stream</source>
        <translation>无法保存该流</translation>
    </message>
    <message>
        <source>Follow TCP Stream</source>
        <translation>追踪 TCP 流</translation>
    </message>
    <message>
        <source>Select a TCP packet of a capture file first.</source>
        <translation>请先选中捕获文件中的一个 TCP 数据包。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The packets on screen cannot be read again while the capture runs or when they came from a pipe: stop the capture or save them (File › Save As) and open the file.</source>
        <translation>捕获进行中或数据包来自管道时无法再次读取屏幕上的数据包：请停止捕获，或保存它们（文件 › 另存为）后打开该文件。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::GoToPacketBar</name>
    <message>
        <source>Go to packet:</source>
        <translation>转到数据包：</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Packets are numbered from 1.</source>
        <translation>数据包从 1 开始编号。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::HeaderDiagramLabels</name>
    <message>
        <source>Version</source>
        <translation>版本 Version</translation>
    </message>
    <message>
        <source>IHL</source>
        <translation>首部长度 IHL</translation>
    </message>
    <message>
        <source>DSCP</source>
        <translation>区分服务 DSCP</translation>
    </message>
    <message>
        <source>Total Length</source>
        <translation>总长度 Total Length</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>标识 Identification</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>保留 Reserved</translation>
    </message>
    <message>
        <source>Fragment Offset</source>
        <translation>片偏移 Fragment Offset</translation>
    </message>
    <message>
        <source>Time to Live</source>
        <translation>生存时间 TTL</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议 Protocol</translation>
    </message>
    <message>
        <source>Header Checksum</source>
        <translation>首部校验和 Header Checksum</translation>
    </message>
    <message>
        <source>Source Address</source>
        <translation>源地址 Source Address</translation>
    </message>
    <message>
        <source>Destination Address</source>
        <translation>目的地址 Destination Address</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项 Option</translation>
    </message>
    <message>
        <source>Traffic Class</source>
        <translation>通信量类 Traffic Class</translation>
    </message>
    <message>
        <source>Flow Label</source>
        <translation>流标号 Flow Label</translation>
    </message>
    <message>
        <source>Payload Length</source>
        <translation>有效载荷长度 Payload Length</translation>
    </message>
    <message>
        <source>Next Header</source>
        <translation>下一个首部 Next Header</translation>
    </message>
    <message>
        <source>Hop Limit</source>
        <translation>跳数限制 Hop Limit</translation>
    </message>
    <message>
        <source>Source Port</source>
        <translation>源端口 Source Port</translation>
    </message>
    <message>
        <source>Destination Port</source>
        <translation>目的端口 Destination Port</translation>
    </message>
    <message>
        <source>Sequence Number</source>
        <translation>序号 Sequence Number</translation>
    </message>
    <message>
        <source>Acknowledgment Number</source>
        <translation>确认号 Acknowledgment Number</translation>
    </message>
    <message>
        <source>Data Offset</source>
        <translation>数据偏移 Data Offset</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口 Window</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和 Checksum</translation>
    </message>
    <message>
        <source>Urgent Pointer</source>
        <translation>紧急指针 Urgent Pointer</translation>
    </message>
    <message>
        <source>MSS</source>
        <translation>最大报文段长度 MSS</translation>
    </message>
    <message>
        <source>WS</source>
        <translation>窗口扩大因子 WS</translation>
    </message>
    <message>
        <source>SACK_PERM</source>
        <translation>允许选择确认 SACK_PERM</translation>
    </message>
    <message>
        <source>SACK</source>
        <translation>选择确认 SACK</translation>
    </message>
    <message>
        <source>TS</source>
        <translation>时间戳 TS</translation>
    </message>
    <message>
        <source>%1 × 4 = %2 bytes</source>
        <translation>%1 × 4 = %2 字节</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>时间戳 Timestamps</translation>
    </message>
    <message>
        <source>%1 (raw %2)</source>
        <translation>%1（原始值 %2）</translation>
    </message>
    <message>
        <source> = 1 (set)</source>
        <translation> = 1（置位）</translation>
    </message>
    <message>
        <source> = 0 (not set)</source>
        <translation> = 0（未置位）</translation>
    </message>
    <message>
        <source>1 bit</source>
        <translation>1 位</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <source>%1 header (%2 bytes)</source>
        <translation>%1 首部（%2 字节）</translation>
    </message>
    <message>
        <source>Data Offset × 4 = header length:   (tcp[12] &amp; 0xf0) &gt;&gt; 2 = %1 bytes</source>
        <translation>数据偏移 × 4 = 首部长度：   (tcp[12] &amp; 0xf0) &gt;&gt; 2 = %1 字节</translation>
    </message>
    <message>
        <source>IHL × 4 = header length:   (ip[0] &amp; 0x0f) &lt;&lt; 2 = %1 bytes</source>
        <translation>首部长度 IHL × 4 = 首部字节数：   (ip[0] &amp; 0x0f) &lt;&lt; 2 = %1 字节</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::HeaderDiagramShortLabels</name>
    <message>
        <source>Ver</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>IHL</source>
        <translation>IHL</translation>
    </message>
    <message>
        <source>DSCP</source>
        <translation>DSCP</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Frag Off</source>
        <translation>片偏移</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Proto</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>Opt</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流标号</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一首部</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>跳数</translation>
    </message>
    <message>
        <source>Src Port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>Dst Port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Res</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Cksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Urg Ptr</source>
        <translation>紧急指针</translation>
    </message>
    <message>
        <source>MSS</source>
        <translation>MSS</translation>
    </message>
    <message>
        <source>WS</source>
        <translation>WS</translation>
    </message>
    <message>
        <source>SACK_P</source>
        <translation>SACK_P</translation>
    </message>
    <message>
        <source>SACK</source>
        <translation>SACK</translation>
    </message>
    <message>
        <source>TS</source>
        <translation>时间戳</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::HeaderDiagramView</name>
    <message>
        <source>Select a packet to see its IP and TCP headers drawn bit by bit.</source>
        <translation>选择一个数据包，即可看到逐位画出的 IP 和 TCP 首部。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::HelpDialog</name>
    <message>
        <source>tcplens Help</source>
        <translation>tcplens 帮助</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About tcplens</source>
        <translation>关于 tcplens(&amp;A)</translation>
    </message>
    <message>
        <source>About tcplens</source>
        <translation>关于 tcplens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;tcplens %1&lt;/h3&gt;&lt;p&gt;Makes TCP visible: open a capture and follow every segment, flag and option of its connections.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;tcplens %1&lt;/h3&gt;&lt;p&gt;让 TCP 看得见：打开一个捕获文件，追踪其中每个连接的每个报文段、标志和选项。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::InspectorPanel</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::InterfaceListModel</name>
    <message>
        <source>up</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>down</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>环回</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>无线</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>数据包/秒</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::KernelChartFeed</name>
    <message>
        <source>Kernel cwnd (tcp_info)</source>
        <translation>内核拥塞窗口（tcp_info）</translation>
    </message>
    <message>
        <source>Kernel cwnd (tcp_info, %1)</source>
        <translation>内核拥塞窗口（tcp_info，%1）</translation>
    </message>
    <message>
        <source>Kernel ssthresh (tcp_info)</source>
        <translation>内核 ssthresh（tcp_info）</translation>
    </message>
    <message>
        <source>receiver window</source>
        <translation>接收窗口</translation>
    </message>
    <message>
        <source>send buffer</source>
        <translation>发送缓冲区</translation>
    </message>
    <message>
        <source>busy otherwise</source>
        <translation>其他忙碌</translation>
    </message>
    <message>
        <source>not busy</source>
        <translation>不忙碌</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <source>Kernel split unavailable: this tcp_info sidecar has no busy, rwnd_limited and sndbuf_limited columns (recorded by an older tcplens or a kernel before Linux 4.10).</source>
        <translation>内核划分不可用：这个 tcp_info 附带文件没有 busy、rwnd_limited 和 sndbuf_limited 列（由较早的 tcplens 或 Linux 4.10 之前的内核记录）。</translation>
    </message>
    <message>
        <source>Kernel split unavailable: the samples of the sender&apos;s socket cover no transfer time.</source>
        <translation>内核划分不可用：发送方套接字的采样没有覆盖任何传输时间。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 %2 (wire %3, %4)</source>
        <extracomment>factor group, kernel share, wire share, difference in percentage points</extracomment>
        <translation>%1 %2（线路 %3，%4）</translation>
    </message>
    <message>
        <source>%1: kernel %2, wire %3</source>
        <translation>%1：内核 %2，线路 %3</translation>
    </message>
    <message>
        <source>Kernel&apos;s split (tcp_info) over %1 of transfer: %2.</source>
        <translation>内核的划分（tcp_info），传输时间 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>The kernel counted busy %1, receiver-window-limited %2, send-buffer-limited %3 between %4 and %5 after the stream&apos;s first packet (%n samples of the sender&apos;s socket).</source>
        <translation>
            <numerusform>内核计得：忙碌 %1，受接收窗口限制 %2，受发送缓冲区限制 %3，时间为流的第一个数据包之后 %4 到 %5（发送方套接字的 %n 个采样）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delivery_rate_app_limited was set in %1 of %n samples.</source>
        <translation>
            <numerusform>delivery_rate_app_limited 在 %n 个采样中的 %1 个为真。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wire shares group the limiting factors as the kernel counts: receiver window (and zero window), send buffer, busy otherwise (congestion, loss recovery, timeouts), not busy (application, idle); the difference is wire minus kernel, in percentage points.</source>
        <translation>线路占比按内核的计数方式合并限制因素：接收窗口（含零窗口）、发送缓冲区、其他忙碌（拥塞、丢包恢复、超时）、不忙碌（应用程序、空闲）；差值为线路减内核，单位为百分点。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::LabDialog</name>
    <message>
        <source>Record a Lab Scenario</source>
        <translation>录制实验场景</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>保存到(&amp;I)：</translation>
    </message>
    <message>
        <source>Each recording is a new file here, named after the scenario and the time</source>
        <translation>每次录制都在这里生成一个新文件，以场景名和时间命名</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>录制(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, one packet per key press, starting with the scenario&apos;s explanation</source>
        <translation>全屏演示，每按一次键发送一个数据包，第一页是场景的说明</translation>
    </message>
    <message>
        <source>%1 (root)</source>
        <translation>%1（需要 root）</translation>
    </message>
    <message>
        <source>Choose a scenario.</source>
        <translation>请选择一个场景。</translation>
    </message>
    <message>
        <source>Needs root: this scenario makes a network namespace of its own (its loopback shaped with tc), which only root may do. Start tcplens as root (sudo) to record it.</source>
        <translation>需要 root：此场景会创建自己的网络命名空间（用 tc 整形其回环接口），只有 root 才能这样做。请以 root 身份（sudo）启动 tcplens 来录制它。</translation>
    </message>
    <message>
        <source>Recorded as root in a network namespace of its own; the rest of the machine is not touched.</source>
        <translation>以 root 身份在它自己的网络命名空间中录制；不会改动本机的其他部分。</translation>
    </message>
    <message>
        <source>Recorded on the loopback interface between tcplens&apos;s own client and server, through the capture helper tcplens-capture.</source>
        <translation>在回环接口上录制 tcplens 自己的客户端与服务器之间的流量，通过抓包助手 tcplens-capture 抓包。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Save Lab Recordings In</source>
        <translation>实验录制的保存位置</translation>
    </message>
    <message>
        <source>Cannot make the folder %1: choose another one.</source>
        <translation>无法创建文件夹 %1：请选择另一个文件夹。</translation>
    </message>
    <message>
        <source>Starting the capture helper on the loopback interface…</source>
        <translation>正在回环接口上启动抓包助手…</translation>
    </message>
    <message>
        <source>Recording: the client and the server are at work…</source>
        <translation>正在录制：客户端和服务器正在通信…</translation>
    </message>
    <message>
        <source>Waiting for the last packets to reach the file…</source>
        <translation>正在等待最后的数据包写入文件…</translation>
    </message>
    <message>
        <source>Checking that the capture shows what the explanation promises…</source>
        <translation>正在检查抓包是否展示了说明中承诺的内容…</translation>
    </message>
    <message>
        <source>Cancelled; the partial recording was removed.</source>
        <translation>已取消；未完成的录制文件已删除。</translation>
    </message>
    <message>
        <source>The capture helper did not capture: %1</source>
        <translation>抓包助手没有抓到包：%1</translation>
    </message>
    <message>
        <source>The recording cannot be written: %1. Choose another folder.</source>
        <translation>无法写入录制文件：%1。请选择另一个文件夹。</translation>
    </message>
    <message>
        <source>This scenario&apos;s network namespace could not be made: %1. It needs root and the ip, tc and ethtool programs.</source>
        <translation>无法创建此场景的网络命名空间：%1。它需要 root 权限以及 ip、tc 和 ethtool 程序。</translation>
    </message>
    <message>
        <source>The scenario&apos;s sockets failed: %1. Record it again (a busy machine can miss a timeout).</source>
        <translation>场景的套接字出错：%1。请重新录制（繁忙的机器可能会错过超时）。</translation>
    </message>
    <message>
        <source>The recording cannot be read back: %1</source>
        <translation>无法读回录制文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n TCP packets into %1, but the window could not open it.</source>
        <translation>
            <numerusform>已录制 %n 个 TCP 数据包到 %1，但窗口无法打开它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n TCP packets into %1 and opened it in the window. Present it to the class?</source>
        <translation>
            <numerusform>已录制 %n 个 TCP 数据包到 %1，并已在窗口中打开。要向全班演示吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n TCP packets into %1; opening it…</source>
        <translation>
            <numerusform>已录制 %n 个 TCP 数据包到 %1；正在打开…</numerusform>
        </translation>
    </message>
    <message>
        <source>What the capture shows</source>
        <translation>抓包展示了什么</translation>
    </message>
    <message>
        <source>The capture shows what the explanation promises.</source>
        <translation>抓包展示了说明中承诺的全部内容。</translation>
    </message>
    <message>
        <source>The capture does not show everything the explanation promises; record it again.</source>
        <translation>抓包没有展示说明中承诺的全部内容；请重新录制。</translation>
    </message>
    <message>
        <source>Seen beside the capture</source>
        <translation>抓包之外观察到</translation>
    </message>
    <message>
        <source>Cancelling: the scenario&apos;s sockets finish their step first…</source>
        <translation>正在取消：场景的套接字先完成当前步骤…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a promise of the explanation: the frames that keep it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The capture helper may not capture. %1 (%2)</source>
        <translation>抓包助手没有抓包权限。%1（%2）</translation>
    </message>
    <message>
        <source>The capture helper %1 could not be started: install it again with tcplens, or set TCPLENS_CAPTURE_HELPER to another copy.</source>
        <translation>无法启动抓包助手 %1：请随 tcplens 重新安装它，或将 TCPLENS_CAPTURE_HELPER 设为另一份副本的路径。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::LabIntroduction</name>
    <message>
        <source>TCP lab: %1</source>
        <translation>TCP 实验：%1</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::LabMenu</name>
    <message>
        <source>&amp;Lab</source>
        <translation>实验(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Record a Scenario…</source>
        <translation>录制场景(&amp;R)…</translation>
    </message>
    <message>
        <source>Make real TCP traffic between tcplens&apos;s own client and server, capture it and present it</source>
        <translation>在 tcplens 自己的客户端和服务器之间产生真实的 TCP 流量，抓包并演示</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::LabProblemText</name>
    <message>
        <source>cannot make a socket: %1</source>
        <translation>无法创建套接字：%1</translation>
    </message>
    <message>
        <source>cannot bind a loopback port: %1</source>
        <translation>无法绑定回环端口：%1</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>cannot connect to port %1: %2</source>
        <translation>无法连接到端口 %1：%2</translation>
    </message>
    <message>
        <source>connecting to port %1 timed out</source>
        <translation>连接端口 %1 超时</translation>
    </message>
    <message>
        <source>cannot listen: %1</source>
        <translation>无法监听：%1</translation>
    </message>
    <message>
        <source>no connection came to accept</source>
        <translation>没有等到可以接受的连接</translation>
    </message>
    <message>
        <source>cannot wait for a connection: %1</source>
        <translation>无法等待连接：%1</translation>
    </message>
    <message>
        <source>cannot accept: %1</source>
        <translation>无法接受连接：%1</translation>
    </message>
    <message>
        <source>cannot set a socket option: %1</source>
        <translation>无法设置套接字选项：%1</translation>
    </message>
    <message>
        <source>sending timed out</source>
        <translation>发送超时</translation>
    </message>
    <message>
        <source>cannot send: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <source>receiving timed out</source>
        <translation>接收超时</translation>
    </message>
    <message>
        <source>the peer closed after %1 of %2 bytes</source>
        <translation>对端在 %2 字节中只发了 %1 字节就关闭了连接</translation>
    </message>
    <message>
        <source>cannot receive: %1</source>
        <translation>无法接收：%1</translation>
    </message>
    <message>
        <source>waiting for the peer&apos;s FIN timed out</source>
        <translation>等待对端的 FIN 超时</translation>
    </message>
    <message>
        <source>cannot set SO_LINGER: %1</source>
        <translation>无法设置 SO_LINGER：%1</translation>
    </message>
    <message>
        <source>client: %1</source>
        <translation>客户端：%1</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: not a file name</source>
        <translation>无法写入“%1”：这不是文件名</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the scenario&apos;s sockets failed: %1</source>
        <translation>场景的套接字出错：%1</translation>
    </message>
    <message>
        <source>cannot name the scenario in the recorded file: %1</source>
        <translation>无法在录制的文件中写入场景名称：%1</translation>
    </message>
    <message>
        <source>the recorded file is damaged: %1</source>
        <translation>录制的文件已损坏：%1</translation>
    </message>
    <message>
        <source>cannot read the recorded file: %1</source>
        <translation>无法读取录制的文件：%1</translation>
    </message>
    <message>
        <source>the capture helper %1 could not capture on %2 (exit code %3)</source>
        <translation>抓包助手 %1 无法在 %2 上抓包（退出码 %3）</translation>
    </message>
    <message>
        <source>the capture helper %1 could not capture on %2 (exit code 1): %3</source>
        <translation>抓包助手 %1 无法在 %2 上抓包（退出码 1）：%3</translation>
    </message>
    <message>
        <source>grant the capture capability to tcplens-capture: setcap cap_net_raw,cap_net_admin+eip %1, or add yourself to the tcplens group</source>
        <translation>请给 tcplens-capture 授予抓包能力：setcap cap_net_raw,cap_net_admin+eip %1，或者把自己加入 tcplens 组</translation>
    </message>
    <message>
        <source>the capture helper %1 did not start capturing in time</source>
        <translation>抓包助手 %1 没有及时开始抓包</translation>
    </message>
    <message>
        <source>the capture helper ended with exit code %1</source>
        <translation>抓包助手以退出码 %1 结束</translation>
    </message>
    <message>
        <source>the recording was cancelled</source>
        <translation>录制已取消</translation>
    </message>
    <message>
        <source>cannot make a network namespace for the lab: %1 (this scenario needs root: run it with sudo)</source>
        <translation>无法为实验创建网络命名空间：%1（这个场景需要 root 权限：请用 sudo 运行）</translation>
    </message>
    <message>
        <source>cannot make a network namespace for the lab: %1</source>
        <translation>无法为实验创建网络命名空间：%1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation>%1 失败，退出码 %2</translation>
    </message>
    <message>
        <source>the closed port accepted the connection</source>
        <translation>关闭的端口竟然接受了连接</translation>
    </message>
    <message>
        <source>the connection ended with a FIN, not a RST</source>
        <translation>连接以 FIN 而不是 RST 结束</translation>
    </message>
    <message>
        <source>shutdown failed</source>
        <translation>shutdown() 调用失败</translation>
    </message>
    <message>
        <source>the answers came wrong</source>
        <translation>收到的应答不对</translation>
    </message>
    <message>
        <source>received %1 bytes, not %2</source>
        <translation>收到了 %1 字节，而不是 %2 字节</translation>
    </message>
    <message>
        <source>%1: received %2 bytes</source>
        <translation>%1：收到了 %2 字节</translation>
    </message>
    <message>
        <source>the kernel does not offer the congestion control %1 (see /proc/sys/net/ipv4/tcp_available_congestion_control)</source>
        <translation>内核不提供拥塞控制算法 %1（见 /proc/sys/net/ipv4/tcp_available_congestion_control）</translation>
    </message>
    <message>
        <source>cannot read tcp_info</source>
        <translation>无法读取 tcp_info</translation>
    </message>
    <message>
        <source>cannot set net.ipv4.tcp_abort_on_overflow in the lab&apos;s network namespace</source>
        <translation>无法在实验的网络命名空间中设置 net.ipv4.tcp_abort_on_overflow</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::LimitBands</name>
    <message>
        <source>handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>receiver window</source>
        <translation>接收窗口</translation>
    </message>
    <message>
        <source>congestion window</source>
        <translation>拥塞窗口</translation>
    </message>
    <message>
        <source>send buffer</source>
        <translation>发送缓冲区</translation>
    </message>
    <message>
        <source>loss recovery</source>
        <translation>丢包恢复</translation>
    </message>
    <message>
        <source>retransmission timeout</source>
        <translation>重传超时</translation>
    </message>
    <message>
        <source>zero window</source>
        <translation>零窗口</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <source>Limit: %1</source>
        <translation>限制：%1</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::LiveCaptureWorker</name>
    <message>
        <source>The capture was stopped before it started.</source>
        <translation>抓包在开始之前就被停止了。</translation>
    </message>
    <message>
        <source>The capture on %1 over ssh failed</source>
        <translation>通过 ssh 在 %1 上的捕获失败</translation>
    </message>
    <message>
        <source>the stream of tcplens-capture</source>
        <translation>tcplens-capture 的输出流</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Capture…</source>
        <translation>捕获(&amp;C)…</translation>
    </message>
    <message>
        <source>Capture live from a network interface</source>
        <translation>从网络接口实时捕获</translation>
    </message>
    <message>
        <source>S&amp;top Capture</source>
        <translation>停止捕获(&amp;T)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Specified &amp;Packets…</source>
        <translation>导出特定数据包(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Packet &amp;Dissections</source>
        <translation>导出数据包解析(&amp;D)</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>CSV 格式(&amp;C)…</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>JSON 格式(&amp;J)…</translation>
    </message>
    <message>
        <source>Capture File P&amp;roperties…</source>
        <translation>捕获文件属性(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Empty the window: back to the start, no capture open</source>
        <translation>清空窗口：回到启动时的状态，不打开任何捕获</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>示例(&amp;S)</translation>
    </message>
    <message>
        <source>Hello exchange: handshake, three messages, close (seed 004)</source>
        <translation>Hello 交互：握手、三条消息、挥手（种子 004）</translation>
    </message>
    <message>
        <source>HTTP: two small page requests</source>
        <translation>HTTP：两个小页面请求</translation>
    </message>
    <message>
        <source>Lossy bulk transfer: retransmissions, fast retransmissions, SACK</source>
        <translation>有丢包的批量传输：重传、快速重传、SACK</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Time Format</source>
        <translation>时间格式(&amp;T)</translation>
    </message>
    <message>
        <source>Seconds Since &amp;First Packet</source>
        <translation>自第一个数据包起的秒数(&amp;F)</translation>
    </message>
    <message>
        <source>Seconds Since &amp;Conversation Start</source>
        <translation>自会话开始起的秒数(&amp;C)</translation>
    </message>
    <message>
        <source>Seconds Since &amp;Previous Displayed Packet</source>
        <translation>自上一个显示的数据包起的秒数(&amp;P)</translation>
    </message>
    <message>
        <source>Time of &amp;Day</source>
        <translation>一天中的时间(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Relative Sequence Numbers</source>
        <translation>相对序号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Bytes as Bits</source>
        <translation>字节显示为比特(&amp;B)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, one packet at a time, for a classroom projector</source>
        <translation>全屏、逐个数据包展示，用于课堂投影</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <source>Put every panel back in its default place and size</source>
        <translation>把每个面板放回默认的位置和大小</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Follow This Conversation</source>
        <translation>追踪此会话(&amp;F)</translation>
    </message>
    <message>
        <source>Follow &amp;TCP Stream</source>
        <translation>追踪 TCP 流(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Show All Conversations</source>
        <translation>显示全部会话(&amp;S)</translation>
    </message>
    <message>
        <source>Only &amp;Handshakes and Closes (SYN, FIN, RST)</source>
        <translation>仅显示握手和挥手（SYN、FIN、RST）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Charts of This Conversation</source>
        <translation>本会话的图表(&amp;C)</translation>
    </message>
    <message>
        <source>Conversation &amp;Report</source>
        <translation>会话报告(&amp;R)</translation>
    </message>
    <message>
        <source>The TCP lab&apos;s answers for this conversation: sequence numbers, RTT estimates, window, retransmissions, throughput</source>
        <translation>本会话的 TCP 实验答案：序号、RTT 估计、窗口、重传、吞吐量</translation>
    </message>
    <message>
        <source>Edit Display &amp;Filter</source>
        <translation>编辑显示过滤器(&amp;F)</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>打开捕获文件</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.pcap.gz);;All files (*)</source>
        <translation>捕获文件 (*.pcap *.pcapng *.cap *.pcap.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <source>Copy Filter as &amp;BPF</source>
        <translation>复制过滤器为 BPF(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the tcpdump (BPF) expression that keeps the packets the display filter keeps</source>
        <translation>复制与显示过滤器保留同样数据包的 tcpdump (BPF) 表达式</translation>
    </message>
    <message>
        <source>Colori&amp;ze Packet List</source>
        <translation>着色数据包列表(&amp;Z)</translation>
    </message>
    <message>
        <source>Colour the packet list&apos;s rows by the coloring rules</source>
        <translation>按着色规则为数据包列表的各行着色</translation>
    </message>
    <message>
        <source>&amp;Coloring Rules…</source>
        <translation>着色规则(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit the display filters that colour the packet list</source>
        <translation>编辑为数据包列表着色的显示过滤器</translation>
    </message>
    <message>
        <source>Capture from &amp;Remote Host…</source>
        <translation>从远程主机捕获(&amp;R)…</translation>
    </message>
    <message>
        <source>Capture on another machine with its tcpdump, over ssh</source>
        <translation>通过 ssh 用另一台机器上的 tcpdump 捕获</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::MainWindow</name>
    <message>
        <source>Open a capture with File › Open, or drop one on this window.</source>
        <translation>用 文件 › 打开 打开一个捕获文件，或把文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Sample not found</source>
        <translation>找不到示例</translation>
    </message>
    <message>
        <source>The bundled sample %1 is not in any of:
%2</source>
        <translation>内置示例 %1 不在以下任何位置：
%2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>tcplens — %1</source>
        <translation>tcplens — %1</translation>
    </message>
    <message>
        <source>Cannot open capture</source>
        <translation>无法打开捕获文件</translation>
    </message>
    <message>
        <source>There is no conversation %1 to present.</source>
        <translation>没有可演示的会话 %1。</translation>
    </message>
    <message>
        <source>There is no TCP conversation to present.</source>
        <translation>没有可演示的 TCP 会话。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Reading %1 as packets arrive…</source>
        <translation>正在随数据包到达读取 %1…</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>数据包列表</translation>
    </message>
    <message>
        <source>Display Filter</source>
        <translation>显示过滤器</translation>
    </message>
    <message>
        <source>There is no TCP conversation to report on.</source>
        <translation>没有可以生成报告的 TCP 会话。</translation>
    </message>
    <message>
        <source>Expert Information</source>
        <translation>专家信息</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ModelChart</name>
    <message>
        <source>Transmission round (one RTT each)</source>
        <translation>传输轮次（每轮一个 RTT）</translation>
    </message>
    <message>
        <source>Congestion window (MSS)</source>
        <translation>拥塞窗口（MSS）</translation>
    </message>
    <message>
        <source>Tahoe ssthresh</source>
        <translation>Tahoe 慢启动阈值</translation>
    </message>
    <message>
        <source>Reno ssthresh</source>
        <translation>Reno 慢启动阈值</translation>
    </message>
    <message>
        <source>Measured flight size / MSS</source>
        <translation>实测在途数据 / MSS</translation>
    </message>
    <message>
        <source>Tahoe cwnd</source>
        <translation>Tahoe 拥塞窗口</translation>
    </message>
    <message>
        <source>Reno cwnd</source>
        <translation>Reno 拥塞窗口</translation>
    </message>
    <message>
        <source>Loss (timeout or 3 duplicate ACKs)</source>
        <translation>丢包（超时或 3 个重复确认）</translation>
    </message>
    <message>
        <source>Measured flight size / MSS (%1 bytes)</source>
        <translation>实测在途数据 / MSS（%1 字节）</translation>
    </message>
    <message>
        <source>slow start</source>
        <translation>慢启动</translation>
    </message>
    <message>
        <source>congestion avoidance</source>
        <translation>拥塞避免</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>3 dup ACKs</source>
        <translation>3 个重复确认</translation>
    </message>
    <message>
        <source>fast recovery (Reno)</source>
        <translation>快速恢复（Reno）</translation>
    </message>
    <message>
        <source>No transmissions in this direction: showing the textbook example</source>
        <translation>该方向没有数据发送：显示教科书示例</translation>
    </message>
    <message>
        <source>round %1 · %2 MSS</source>
        <translation>第 %1 轮 · %2 MSS</translation>
    </message>
    <message>
        <source>Tahoe %1 (ssthresh %2) · Reno %3 (ssthresh %4)</source>
        <translation>Tahoe %1（阈值 %2）· Reno %3（阈值 %4）</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::PacketColumnText</name>
    <message>
        <source>Sender: %1</source>
        <translation>发送方：%1</translation>
    </message>
    <message>
        <source>Receiver: %1</source>
        <translation>接收方：%1</translation>
    </message>
    <message>
        <source>Bytes in flight: %1</source>
        <translation>在途字节数：%1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>The code of this translation&apos;s language (en or zh_CN): Wireshark&apos;s analysis tags are shown in it</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>unsupported link type %1 (%2), length %3</source>
        <translation>不支持的链路类型 %1 (%2)，长度 %3</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::PacketListModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Len</source>
        <translation>载荷长度</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Time
(s since first packet)</source>
        <translation>时间
（自第一个数据包起，秒）</translation>
    </message>
    <message>
        <source>Time
(s since conversation start)</source>
        <translation>时间
（自会话开始起，秒）</translation>
    </message>
    <message>
        <source>Time
(s since previous shown)</source>
        <translation>时间
（自上一个显示的数据包起，秒）</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时刻</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::PacketNavigation</name>
    <message>
        <source>There is no packet %1: the capture has 1 packet.</source>
        <translation>没有第 %1 个数据包：抓包中只有 1 个数据包。</translation>
    </message>
    <message>
        <source>There is no packet %1: the capture has %2 packets.</source>
        <translation>没有第 %1 个数据包：抓包中共有 %2 个数据包。</translation>
    </message>
    <message>
        <source>Packet %1 is hidden by the filter.</source>
        <translation>第 %1 个数据包被过滤器隐藏了。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find Packet…</source>
        <translation>查找数据包(&amp;F)…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Mark/Unmark Packet</source>
        <translation>标记/取消标记数据包(&amp;M)</translation>
    </message>
    <message>
        <source>Next Mark</source>
        <translation>下一个标记</translation>
    </message>
    <message>
        <source>Previous Mark</source>
        <translation>上一个标记</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>跳转(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Go to Packet…</source>
        <translation>转到数据包(&amp;G)…</translation>
    </message>
    <message>
        <source>Next Packet in &amp;Conversation</source>
        <translation>会话中的下一个数据包(&amp;C)</translation>
    </message>
    <message>
        <source>Previous Packet in C&amp;onversation</source>
        <translation>会话中的上一个数据包(&amp;O)</translation>
    </message>
    <message>
        <source>No later packet in this conversation.</source>
        <translation>这个会话中没有更靠后的数据包。</translation>
    </message>
    <message>
        <source>No earlier packet in this conversation.</source>
        <translation>这个会话中没有更靠前的数据包。</translation>
    </message>
    <message>
        <source>Write bytes as hex pairs, e.g. 48 54 54 50.</source>
        <translation>请把字节写成两位一组的十六进制，例如 48 54 54 50。</translation>
    </message>
    <message>
        <source>No shown packet matches.</source>
        <translation>没有匹配的已显示数据包。</translation>
    </message>
    <message>
        <source>No marked packet is shown.</source>
        <translation>没有显示任何被标记的数据包。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::PacketRangeGroup</name>
    <message>
        <source>Packet Range</source>
        <translation>数据包范围</translation>
    </message>
    <message>
        <source>Only packets the display filter shows</source>
        <translation>仅导出显示过滤器显示的数据包</translation>
    </message>
    <message>
        <source>&amp;All packets</source>
        <translation>所有数据包(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Selected packet only</source>
        <translation>仅选中的数据包(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Marked packets only</source>
        <translation>仅标记的数据包(&amp;M)</translation>
    </message>
    <message>
        <source>This &amp;conversation</source>
        <translation>此会话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Range of frames:</source>
        <translation>帧范围(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. 1-10,15,20-</source>
        <translation>例如 1-10,15,20-</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <source>%1 of %2 packets will be exported.</source>
        <translation>将导出 %2 个数据包中的 %1 个。</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::PresentationWindow</name>
    <message>
        <source>tcplens — presenting conversation %1</source>
        <translation>tcplens — 演示会话 %1</translation>
    </message>
    <message>
        <source>→ Space PgDn: next packet    ← PgUp: back    Home / End    Esc: leave</source>
        <translation>→ 空格 PgDn：下一个数据包    ← PgUp：后退    Home / End    Esc：退出</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Conversation %1 has no packets</source>
        <translation>会话 %1 没有数据包</translation>
    </message>
    <message>
        <source>Conversation %1: %2 packets</source>
        <translation>会话 %1：%2 个数据包</translation>
    </message>
    <message>
        <source>Press → to send the first packet. Before each press, guess what comes next: who sends, which flags, which numbers?</source>
        <translation>按 → 发送第一个数据包。每次按键之前先猜一猜接下来会发生什么：谁发送？哪些标志？序号和确认号是多少？</translation>
    </message>
    <message>
        <source>Each packet&apos;s header will appear here.</source>
        <translation>每个数据包的首部将显示在这里。</translation>
    </message>
    <message>
        <source>%1 / %2   %3</source>
        <translation>%1 / %2   %3</translation>
    </message>
    <message>
        <source>TCP header of packet %1 (frame %2), sent by the %3</source>
        <translation>第 %1 个数据包（第 %2 帧）的 TCP 首部，由%3发送</translation>
    </message>
    <message>
        <source>The %1&apos;s first packet: nothing to compare with yet.</source>
        <translation>%1的第一个数据包：还没有可以比较的数据包。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing changed since the %1&apos;s packet %2.</source>
        <translation>与%1的第 %2 个数据包相比没有变化。</translation>
    </message>
    <message>
        <source>Outlined: changed since the %1&apos;s packet %2 — %3</source>
        <translation>描边的字段与%1的第 %2 个数据包相比有变化：%3</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ReadProblemText</name>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: it is a directory, not a capture file</source>
        <translation>无法打开 %1：这是一个文件夹，不是捕获文件</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): not a capture file</source>
        <translation>%1 是空的（0 字节），不是捕获文件</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes (inside its %2 compression)): not a capture file</source>
        <translation>%1 是空的（%2 解压后为 0 字节），不是捕获文件</translation>
    </message>
    <message>
        <source>cannot map %1 into memory</source>
        <translation>无法把 %1 映射到内存</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (it starts with %2)</source>
        <translation>%1 不是 pcap 或 pcapng 捕获文件（它的开头是 %2）</translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (it starts with %2 (inside its %3 compression))</source>
        <translation>%1 不是 pcap 或 pcapng 捕获文件（%3 解压后的开头是 %2）</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取出错：%1</translation>
    </message>
    <message>
        <source>cannot create a spool file in %1: %2</source>
        <translation>无法在 %1 中创建缓存文件：%2</translation>
    </message>
    <message>
        <source>cannot map a spool file</source>
        <translation>无法映射缓存文件</translation>
    </message>
    <message>
        <source>cannot write the spool file in %1: %2</source>
        <translation>无法写入 %1 中的缓存文件：%2</translation>
    </message>
    <message>
        <source>the stream is larger than the 256 GiB this reader can hold</source>
        <translation>数据流超过 256 GiB，超出了本程序能容纳的上限</translation>
    </message>
    <message>
        <source>cannot start the %1 decompressor</source>
        <translation>无法启动 %1 解压缩</translation>
    </message>
    <message>
        <source>cannot restart the %1 decompressor</source>
        <translation>无法重新启动 %1 解压缩</translation>
    </message>
    <message>
        <source>the %1 stream is cut short</source>
        <translation>%1 压缩数据在中途被截断</translation>
    </message>
    <message>
        <source>damaged %1 data: %2</source>
        <translation>%1 压缩数据已损坏（%2）</translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2</source>
        <translation>读完第 %1 帧后停止：%2</translation>
    </message>
    <message>
        <source>reading stopped at frame %1: %2</source>
        <translation>读到第 %1 帧时停止：%2</translation>
    </message>
    <message>
        <source>reading stopped at byte %1: %2</source>
        <translation>读到第 %1 字节处停止：%2</translation>
    </message>
    <message>
        <source>file cut short: frame %1 is incomplete (%2)</source>
        <translation>文件被截断：第 %1 帧不完整（%2）</translation>
    </message>
    <message>
        <source>damaged capture file at frame %1: %2</source>
        <translation>捕获文件在第 %1 帧处损坏：%2</translation>
    </message>
    <message>
        <source>damaged capture file: %1</source>
        <translation>捕获文件已损坏：%1</translation>
    </message>
    <message>
        <source>archaic pcap savefile format</source>
        <translation>过于古老的 pcap 文件格式</translation>
    </message>
    <message>
        <source>unsupported pcap savefile version %1.%2</source>
        <translation>不支持的 pcap 文件版本 %1.%2</translation>
    </message>
    <message>
        <source>truncated dump file; tried to read %1 file header bytes, only got %2</source>
        <translation>文件头需要 %1 字节，只读到 %2 字节</translation>
    </message>
    <message>
        <source>truncated dump file; tried to read %1 header bytes, only got %2</source>
        <translation>记录头需要 %1 字节，只读到 %2 字节</translation>
    </message>
    <message>
        <source>truncated dump file; tried to read %1 captured bytes, only got %2</source>
        <translation>数据包需要 %1 字节，只读到 %2 字节</translation>
    </message>
    <message>
        <source>invalid packet capture length %1, bigger than snaplen of %2</source>
        <translation>记录头中的捕获长度 %1 无效：大于快照长度 %2</translation>
    </message>
    <message>
        <source>invalid packet capture length %1, bigger than maximum of %2</source>
        <translation>记录头中的捕获长度 %1 无效：大于上限 %2</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>libpcap&apos;s own words, which tcplens does not know</comment>
        <translation>libpcap 报告：%1</translation>
    </message>
    <message>
        <source>a block header at byte %1 is cut off</source>
        <translation>第 %1 字节处的块头被截断</translation>
    </message>
    <message>
        <source>a section header at byte %1 is cut off</source>
        <translation>第 %1 字节处的节头被截断</translation>
    </message>
    <message>
        <source>the section header at byte %1 has no valid byte-order magic</source>
        <translation>第 %1 字节处的节头没有有效的字节序标记</translation>
    </message>
    <message>
        <source>the block at byte %1 has an impossible length (%2 bytes)</source>
        <translation>第 %1 字节处的块声明的长度（%2 字节）不合理</translation>
    </message>
    <message>
        <source>the block at byte %1 needs %2 bytes, %3 are left</source>
        <translation>第 %1 字节处的块需要 %2 字节，只剩 %3 字节</translation>
    </message>
    <message>
        <source>the block at byte %1 ends with a length that differs from its start</source>
        <translation>第 %1 字节处的块末尾的长度与开头不一致</translation>
    </message>
    <message>
        <source>not a pcapng file (no section header block at its start)</source>
        <translation>不是 pcapng 文件（开头没有节头块）</translation>
    </message>
    <message>
        <source>the section header at byte %1 is too short</source>
        <translation>第 %1 字节处的节头太短</translation>
    </message>
    <message>
        <source>unsupported pcapng version %1.%2 in the section header at byte %3</source>
        <translation>第 %3 字节处的节头所写的 pcapng 版本 %1.%2 不受支持</translation>
    </message>
    <message>
        <source>the interface block at byte %1 is too short</source>
        <translation>第 %1 字节处的接口描述块太短</translation>
    </message>
    <message>
        <source>the interface block at byte %1 comes before any section header</source>
        <translation>第 %1 字节处的接口描述块出现在任何节头之前</translation>
    </message>
    <message>
        <source>the capture describes more than %1 interfaces</source>
        <translation>捕获文件描述的接口超过 %1 个</translation>
    </message>
    <message>
        <source>the packet block at byte %1 is too short</source>
        <translation>第 %1 字节处的数据包块太短</translation>
    </message>
    <message>
        <source>the packet block at byte %1 says it holds %2 bytes but has room for %3</source>
        <translation>第 %1 字节处的数据包块声称装有 %2 字节，却只容得下 %3 字节</translation>
    </message>
    <message>
        <source>the packet block at byte %1 refers to interface %2, but its section describes %3</source>
        <translation>第 %1 字节处的数据包块引用接口 %2，但所在的节只描述了 %3 个接口</translation>
    </message>
    <message>
        <source>a packet comes before any section header</source>
        <translation>数据包出现在任何节头之前</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::RemoteCaptureDialog</name>
    <message>
        <source>Run tcpdump with sudo on the host (sudo -n: no password prompt)</source>
        <translation>在该主机上用 sudo 运行 tcpdump（sudo -n：不提示输入密码）</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Capture from Remote Host</source>
        <translation>从远程主机捕获</translation>
    </message>
    <message>
        <source>[user@]host[:port], e.g. alice@lab-3:2222</source>
        <translation>[用户@]主机[:端口]，例如 alice@lab-3:2222</translation>
    </message>
    <message>
        <source>tcpdump syntax, run on the host; the ssh connection itself is always left out</source>
        <translation>tcpdump 语法，在该主机上执行；承载捕获的 ssh 连接本身总会被排除</translation>
    </message>
    <message>
        <source>ssh -o options, e.g. IdentityFile=~/.ssh/lab_key</source>
        <translation>ssh -o 选项，例如 IdentityFile=~/.ssh/lab_key</translation>
    </message>
    <message>
        <source>Each word is passed to ssh as -o WORD</source>
        <translation>每个词都作为 -o 词 传给 ssh</translation>
    </message>
    <message>
        <source>Captures on another machine through your ssh: tcpdump runs there and its packets stream into this window as a local capture does. ssh must log in without a password prompt (a key, e.g. ssh-copy-id); the remote user needs the capture capability, or sudo.</source>
        <translation>通过你的 ssh 在另一台机器上捕获：tcpdump 在那里运行，它捕获的数据包像本地捕获一样实时传入本窗口。ssh 必须无需输入密码即可登录（使用密钥，例如 ssh-copy-id）；远程用户需要有捕获权限（capability），或者使用 sudo。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>接口(&amp;I)：</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>捕获过滤器(&amp;F)：</translation>
    </message>
    <message>
        <source>ssh &amp;options:</source>
        <translation>ssh 选项(&amp;O)：</translation>
    </message>
    <message>
        <source>Enter the host to capture on.</source>
        <translation>请输入要在其上捕获的主机。</translation>
    </message>
    <message>
        <source>ssh options are written as Name=value (each becomes -o Name=value), not %1</source>
        <translation>ssh 选项应写成 名称=值（每个都会变成 -o 名称=值），而不是 %1</translation>
    </message>
    <message>
        <source>this ssh connection</source>
        <translation>本 ssh 连接</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>将运行：%1</translation>
    </message>
    <message>
        <source>the host must be a name or an address (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;:&apos;), not &quot;%1&quot;</source>
        <translation>主机必须是名称或地址（字母、数字、'.'、'-'、':'），而不是“%1”</translation>
    </message>
    <message>
        <source>the user must be a login name (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;), not &quot;%1&quot;</source>
        <translation>用户必须是登录名（字母、数字、'.'、'-'、'_'），而不是“%1”</translation>
    </message>
    <message>
        <source>the remote interface must be a name like eth0 or any, not &quot;%1&quot;</source>
        <translation>远程接口必须是 eth0 或 any 这样的名称，而不是“%1”</translation>
    </message>
    <message>
        <source>the capture filter must be one line of at most 8192 characters</source>
        <translation>捕获过滤器必须是一行，最多 8192 个字符</translation>
    </message>
    <message>
        <source>the snapshot length must be from 64 to 262144</source>
        <translation>快照长度必须在 64 到 262144 之间</translation>
    </message>
    <message>
        <source>a bracketed address needs its &apos;]&apos;</source>
        <translation>方括号中的地址缺少 ']'</translation>
    </message>
    <message>
        <source>the ssh port must be from 1 to 65535, not &quot;%1&quot;</source>
        <translation>ssh 端口必须在 1 到 65535 之间，而不是“%1”</translation>
    </message>
    <message>
        <source>ssh could not log in to %1: set up a key (ssh-copy-id %1) so that ssh logs in without a password prompt</source>
        <translation>ssh 无法登录 %1：请设置密钥（ssh-copy-id %1），让 ssh 不用输入密码就能登录</translation>
    </message>
    <message>
        <source>ssh could not reach %1 (is sshd running there, and the name right?)</source>
        <translation>ssh 连不上 %1（那台主机上 sshd 在运行吗？名称写对了吗？）</translation>
    </message>
    <message>
        <source>the host key of %1 differs from the one ssh knows: if the host was reinstalled, remove the old key with ssh-keygen -R %1 and connect once with ssh %2 in a terminal to accept the new one</source>
        <translation>%1 的主机密钥与 ssh 记住的不同：如果那台主机重装过，请用 ssh-keygen -R %1 删除旧密钥，再在终端里用 ssh %2 连接一次以接受新密钥</translation>
    </message>
    <message>
        <source>ssh does not know %1&apos;s host key yet: connect once with ssh %2 in a terminal to accept it</source>
        <translation>ssh 还不认识 %1 的主机密钥：请在终端里用 ssh %2 连接一次以接受它</translation>
    </message>
    <message>
        <source>tcpdump is not installed on %1 (install it there, e.g. apt install tcpdump)</source>
        <translation>%1 上没有安装 tcpdump（请在那里安装，例如 apt install tcpdump）</translation>
    </message>
    <message>
        <source>sudo on %1 asks for a password: allow tcpdump without one (NOPASSWD in sudoers), or give the remote user the capture capability</source>
        <translation>%1 上的 sudo 要求输入密码：请允许不用密码运行 tcpdump（在 sudoers 中设置 NOPASSWD），或者给远程用户授予抓包能力</translation>
    </message>
    <message>
        <source>the remote user may not capture on %1: run tcpdump there with sudo (--sudo, or the dialog&apos;s sudo box), or on that host run sudo setcap cap_net_raw,cap_net_admin+eip $(command -v tcpdump)</source>
        <translation>远程用户无权在 %1 上抓包：请在那里用 sudo 运行 tcpdump（--sudo，或勾选对话框中的 sudo），或者在那台主机上运行 sudo setcap cap_net_raw,cap_net_admin+eip $(command -v tcpdump)</translation>
    </message>
    <message>
        <source>there is no interface %1 on %2</source>
        <translation>%2 上没有接口 %1</translation>
    </message>
    <message>
        <source>tcpdump on %1 refused the capture filter</source>
        <translation>%1 上的 tcpdump 拒绝了这个捕获过滤器</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::RttChart</name>
    <message>
        <source>Round-trip time</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>Relative sequence number the ACK covers (bytes)</source>
        <translation>确认所覆盖的相对序号（字节）</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>ACK RTT</source>
        <translation>确认 RTT</translation>
    </message>
    <message>
        <source>Timestamp RTT (TSval → TSecr)</source>
        <translation>时间戳 RTT（TSval → TSecr）</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <source>Timestamp RTT</source>
        <translation>时间戳 RTT</translation>
    </message>
    <message numerus="yes">
        <source>%1: min %2 · avg %3 · max %4 (%n samples)</source>
        <translation>
            <numerusform>%1：最小 %2 · 平均 %3 · 最大 %4（%n 个样本）</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum %1</source>
        <translation>最小值 %1</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>平均值 %1</translation>
    </message>
    <message>
        <source>Maximum %1</source>
        <translation>最大值 %1</translation>
    </message>
    <message>
        <source>No RTT samples in this direction (no data, or every segment was retransmitted)</source>
        <translation>该方向没有 RTT 样本（没有数据，或每个报文段都被重传过）</translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation>序号 %1</translation>
    </message>
    <message>
        <source>t %1 s</source>
        <translation>t %1 秒</translation>
    </message>
    <message>
        <source>RTT %1</source>
        <translation>RTT %1</translation>
    </message>
    <message>
        <source>Time (s since conversation start)</source>
        <translation>时间（自会话开始起，秒）</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::SystemErrorText</name>
    <message>
        <source>No such file or directory</source>
        <translation>文件或目录不存在</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许这项操作</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>磁盘空间已满</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>打开的文件太多</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>系统中打开的文件太多</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>符号链接层数太多</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>文件系统是只读的</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>没有这个设备或地址</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>没有这个设备</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>文件太大</translation>
    </message>
    <message>
        <source>Value too large for defined data type</source>
        <translation>数值超出了数据类型的范围</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>设备或资源正忙</translation>
    </message>
    <message>
        <source>Text file busy</source>
        <translation>程序文件正在使用中</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>资源暂时不可用</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>管道已断开</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <comment>opening or reading a file</comment>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <source>Interrupted system call</source>
        <translation>系统调用被中断</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>连接被对端重置</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>地址已被占用</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>无法分配请求的地址</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>没有到达主机的路由</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>传输端点尚未连接</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>没有可用的缓冲区空间</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::Theme</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::ThroughputChart</name>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Segment size</source>
        <translation>报文段大小</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>有效吞吐量</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <source>Throughput (average over %1)</source>
        <translation>吞吐量（%1 内平均）</translation>
    </message>
    <message>
        <source>Goodput (new data only)</source>
        <translation>有效吞吐量（仅新数据）</translation>
    </message>
    <message>
        <source>No data was sent in this direction — try Switch Direction</source>
        <translation>该方向没有发送数据 — 试试“切换方向”</translation>
    </message>
    <message>
        <source>t %1 s · %2</source>
        <translation>t %1 秒 · %2</translation>
    </message>
    <message>
        <source>Time (s since conversation start)</source>
        <translation>时间（自会话开始起，秒）</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::TimeSequenceChart</name>
    <message>
        <source>Relative sequence number (bytes)</source>
        <translation>相对序号（字节）</translation>
    </message>
    <message>
        <source>Receive window (ack + window)</source>
        <translation>接收窗口（确认号 + 窗口）</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>SACK blocks</source>
        <translation>SACK 块</translation>
    </message>
    <message>
        <source>Data segments</source>
        <translation>数据报文段</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>Fast retransmissions</source>
        <translation>快速重传</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>Probes and keep-alives</source>
        <translation>探测与保活</translation>
    </message>
    <message>
        <source>Zero window</source>
        <translation>零窗口</translation>
    </message>
    <message>
        <source>Window full</source>
        <translation>窗口已满</translation>
    </message>
    <message>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <source>Duplicate ACK</source>
        <translation>重复确认</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <source>No data was sent in this direction — try Switch Direction</source>
        <translation>该方向没有发送数据 — 试试“切换方向”</translation>
    </message>
    <message>
        <source>t %1 s · seq %2</source>
        <translation>t %1 秒 · 序号 %2</translation>
    </message>
    <message>
        <source>Time (s since conversation start)</source>
        <translation>时间（自会话开始起，秒）</translation>
    </message>
</context>
<context>
    <name>tcplens::ui::WindowsChart</name>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Slow start</source>
        <translation>慢启动</translation>
    </message>
    <message>
        <source>Congestion avoidance</source>
        <translation>拥塞避免</translation>
    </message>
    <message>
        <source>Loss recovery</source>
        <translation>丢包恢复</translation>
    </message>
    <message>
        <source>Advertised window (receiver)</source>
        <translation>通告窗口（接收方）</translation>
    </message>
    <message>
        <source>Bytes in flight</source>
        <translation>在途字节</translation>
    </message>
    <message>
        <source>Congestion window (estimate)</source>
        <translation>拥塞窗口（估计）</translation>
    </message>
    <message>
        <source>ssthresh (estimate)</source>
        <translation>慢启动阈值（估计）</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>Fast retransmission</source>
        <translation>快速重传</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>No data was sent in this direction — try Switch Direction</source>
        <translation>该方向没有发送数据 — 试试“切换方向”</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <source>t %1 s · %2</source>
        <translation>t %1 秒 · %2</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>Receive window up to %1 bytes, above the top: press - to zoom out</source>
        <translation>接收窗口最大为 %1 字节，超出了图的顶部：按 - 缩小查看</translation>
    </message>
    <message>
        <source>Time (s since conversation start)</source>
        <translation>时间（自会话开始起，秒）</translation>
    </message>
</context>
</TS>
