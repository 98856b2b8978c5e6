// Flow-graph exports parsed back: the ASCII diagram, Mermaid and PlantUML of seed 004's hello
// exchange against goldens; SVG read with QXmlStreamReader (valid XML, one arrow group per packet
// with its frame number, state bands, legend); ranges, several conversations, escaping.
#include "TestSupport.h"

#include <flow/LoadedFlow.h>
#include <export/FlowAsciiWriter.h>
#include <export/FlowMermaidWriter.h>
#include <export/FlowPlantUmlWriter.h>
#include <export/FlowSvgWriter.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <sstream>

using namespace tcplens;
using namespace tcplens::test;

namespace {

QString samplePath(const QString& name) { return QDir(QString(TCPLENS_SAMPLES_DIR)).absoluteFilePath(name); }

std::unique_ptr<LoadedFlow> load(const QString& path, const FlowSelection& selection)
{
    return std::make_unique<LoadedFlow>(LoadedFlow::load(QFile::encodeName(path).toStdString(), selection));
}

template <typename Writer, typename Options>
QString write(Writer writer, const FlowModel& model, const Options& options)
{
    std::ostringstream out;
    writer(out, model, options);
    return QString::fromStdString(out.str());
}

/// What an SVG export holds, read back.
struct SvgContents {
    bool valid = false;
    QString error;
    QList<int> arrowFrames;
    QStringList arrowClasses;
    QStringList arrowLabels;   ///< The text of each arrow's label element.
    QStringList bandStates;
    int legendItems = 0;
    double width = 0, height = 0;
    QString title;
};

SvgContents readSvg(const QString& text)
{
    SvgContents svg;
    QXmlStreamReader xml(text);
    QString inArrowLabel;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attrs = xml.attributes();
        const auto cls = attrs.value("class").toString();
        if (xml.name() == u"svg") {
            svg.width = attrs.value("width").toDouble();
            svg.height = attrs.value("height").toDouble();
        } else if (xml.name() == u"title" && svg.title.isEmpty()) {
            svg.title = xml.readElementText();
        } else if (xml.name() == u"g" && cls.startsWith("arrow ")) {
            svg.arrowFrames << attrs.value("data-frame").toInt();
            svg.arrowClasses << cls.mid(6);
        } else if (xml.name() == u"text" && cls == "label") {
            svg.arrowLabels << xml.readElementText();
        } else if (xml.name() == u"g" && cls == "band") {
            svg.bandStates << attrs.value("data-state").toString();
        } else if (xml.name() == u"g" && cls.startsWith("legend-item")) {
            ++svg.legendItems;
        }
    }
    svg.valid = !xml.hasError();
    svg.error = xml.errorString();
    return svg;
}

const char* kHelloAscii = R"(TCP stream 0: 10.77.0.1:33728 (client) <-> 10.77.0.2:8888 (server), frames 1 to 11
  time (s) frame  10.77.0.1:33728                             10.77.0.2:8888
                  client                                      server
                  CLOSED                                      LISTEN
  0.000000     1  |---------SYN seq=0 len=0 win=64240-------->|
                  SYN_SENT                                    SYN_RECEIVED
  0.000033     2  |<---SYN-ACK seq=0 ack=1 len=0 win=65160----|
                  ESTABLISHED                                 |
  0.000055     3  |------ACK seq=1 ack=1 len=0 win=64512----->|
                  |                                           ESTABLISHED
  0.000194     4  |<--PSH-ACK seq=1 ack=1 len=14 win=65536----|  "Hello, client!"
  0.000220     5  |-----ACK seq=1 ack=15 len=0 win=64512----->|
  0.000251     6  |---PSH-ACK seq=1 ack=15 len=5 win=64512--->|  "Hello"
  0.000263     7  |<----ACK seq=15 ack=6 len=0 win=65536------|
  0.000284     8  |<--PSH-ACK seq=15 ack=6 len=4 win=65536----|  "quit"
  0.000310     9  |---FIN-ACK seq=6 ack=19 len=0 win=64512--->|
                  FIN_WAIT_1                                  CLOSE_WAIT
  0.000334    10  |<--FIN-ACK seq=19 ack=7 len=0 win=65536----|
                  TIME_WAIT                                   LAST_ACK
  0.000348    11  |-----ACK seq=7 ack=20 len=0 win=64512----->|
                  |                                           CLOSED
)";

const char* kHelloMermaid = R"(sequenceDiagram
    %% TCP stream 0: 10.77.0.1:33728 (client) <-> 10.77.0.2:8888 (server), frames 1 to 11
    participant L0 as 10.77.0.1:33728 (client)
    participant L1 as 10.77.0.2:8888 (server)
    Note over L0: CLOSED
    Note over L1: LISTEN
    L0->>L1: 1. SYN seq=0 len=0 win=64240
    Note over L0: SYN_SENT
    Note over L1: SYN_RECEIVED
    L1->>L0: 2. SYN-ACK seq=0 ack=1 len=0 win=65160
    Note over L0: ESTABLISHED
    L0->>L1: 3. ACK seq=1 ack=1 len=0 win=64512
    Note over L1: ESTABLISHED
    L1->>L0: 4. PSH-ACK seq=1 ack=1 len=14 win=65536 "Hello, client!"
    L0->>L1: 5. ACK seq=1 ack=15 len=0 win=64512
    L0->>L1: 6. PSH-ACK seq=1 ack=15 len=5 win=64512 "Hello"
    L1->>L0: 7. ACK seq=15 ack=6 len=0 win=65536
    L1->>L0: 8. PSH-ACK seq=15 ack=6 len=4 win=65536 "quit"
    L0->>L1: 9. FIN-ACK seq=6 ack=19 len=0 win=64512
    Note over L0: FIN_WAIT_1
    Note over L1: CLOSE_WAIT
    L1->>L0: 10. FIN-ACK seq=19 ack=7 len=0 win=65536
    Note over L0: TIME_WAIT
    Note over L1: LAST_ACK
    L0->>L1: 11. ACK seq=7 ack=20 len=0 win=64512
    Note over L1: CLOSED
)";

const char* kHelloPlantUml = R"(@startuml
title TCP stream 0: 10.77.0.1:33728 (client) <-> 10.77.0.2:8888 (server), frames 1 to 11
skinparam sequenceMessageAlign center
skinparam responseMessageBelowArrow false
participant "10.77.0.1:33728\nclient" as L0
participant "10.77.0.2:8888\nserver" as L1
hnote over L0 : CLOSED
/ hnote over L1 : LISTEN
L0 -> L1 : 1. SYN seq=0 len=0 win=64240
hnote over L0 : SYN_SENT
/ hnote over L1 : SYN_RECEIVED
L1 -> L0 : 2. SYN-ACK seq=0 ack=1 len=0 win=65160
hnote over L0 : ESTABLISHED
L0 -> L1 : 3. ACK seq=1 ack=1 len=0 win=64512
hnote over L1 : ESTABLISHED
L1 -> L0 : 4. PSH-ACK seq=1 ack=1 len=14 win=65536\n"Hello, client!"
L0 -> L1 : 5. ACK seq=1 ack=15 len=0 win=64512
L0 -> L1 : 6. PSH-ACK seq=1 ack=15 len=5 win=64512\n"Hello"
L1 -> L0 : 7. ACK seq=15 ack=6 len=0 win=65536
L1 -> L0 : 8. PSH-ACK seq=15 ack=6 len=4 win=65536\n"quit"
L0 -> L1 : 9. FIN-ACK seq=6 ack=19 len=0 win=64512
hnote over L0 : FIN_WAIT_1
/ hnote over L1 : CLOSE_WAIT
L1 -> L0 : 10. FIN-ACK seq=19 ack=7 len=0 win=65536
hnote over L0 : TIME_WAIT
/ hnote over L1 : LAST_ACK
L0 -> L1 : 11. ACK seq=7 ack=20 len=0 win=64512
hnote over L1 : CLOSED
@enduml
)";

/// A client sending text full of characters each format must escape, then a RST.
QByteArray awkwardCapture()
{
    const auto frame = [](bool fromClient, std::uint32_t seq, std::uint32_t ack, std::uint16_t flags, QByteArray payload) {
        TcpFrameSpec spec;
        if (!fromClient) {
            std::swap(spec.src, spec.dst);
            std::swap(spec.srcPort, spec.dstPort);
        }
        spec.seq = seq;
        spec.ack = ack;
        spec.flags = flags;
        spec.payload = payload;
        return tcpFrame(spec);
    };
    const QByteArray text = "<b>a&b</b> \"x\";#1\\";
    return pcapOfFrames({frame(true, 100, 0, 0x002, {}), frame(false, 900, 101, 0x012, {}),
                         frame(true, 101, 901, 0x010, {}), frame(true, 101, 901, 0x018, text),
                         frame(false, 901, 101 + std::uint32_t(text.size()), 0x014, {})});
}

} // namespace

class TestFlowExport : public QObject {
    Q_OBJECT

private slots:
    void asciiMermaidAndPlantUmlMatchTheirGoldens()
    {
        const auto l = load(samplePath("hello-exchange.pcap"), FlowSelection::stream(0));
        QCOMPARE(write(writeFlowAscii, l->model(), FlowExportOptions{}), QString::fromUtf8(kHelloAscii));
        QCOMPARE(write(writeFlowMermaid, l->model(), FlowExportOptions{}), QString::fromUtf8(kHelloMermaid));
        QCOMPARE(write(writeFlowPlantUml, l->model(), FlowExportOptions{}), QString::fromUtf8(kHelloPlantUml));
    }

    void absoluteNumbersAndNoStates()
    {
        const auto l = load(samplePath("hello-exchange.pcap"), FlowSelection::stream(0));
        FlowExportOptions options;
        options.numbers = SequenceNumbers::Absolute;
        options.states = false;
        const auto mermaid = write(writeFlowMermaid, l->model(), options);
        QVERIFY(mermaid.contains("L1->>L0: 2. SYN-ACK seq=170371489 ack=2373090563 len=0 win=65160\n"));
        QVERIFY(!mermaid.contains("Note over"));
        const auto ascii = write(writeFlowAscii, l->model(), options);
        QVERIFY(ascii.contains("SYN seq=2373090562 len=0 win=64240"));
        QVERIFY(!ascii.contains("ESTABLISHED"));
    }

    void svgHasOneArrowPerPacketWithItsFrame()
    {
        const auto file = fixturePath("lossy-bulk.pcap");
        const auto l = load(file, FlowSelection::stream(0));
        const auto svg = readSvg(write(writeFlowSvg, l->model(), FlowSvgOptions{}));
        QVERIFY2(svg.valid, qPrintable(svg.error));
        QCOMPARE(svg.arrowFrames.size(), int(l->model().rowCount()));
        QCOMPARE(svg.arrowLabels.size(), int(l->model().rowCount()));
        const auto tshark = findProgram("tshark");
        if (!tshark.isEmpty()) {
            const auto run = runProcess(tshark, {"-n", "-r", file, "-Y", "tcp.stream==0", "-T", "fields", "-e", "frame.number"});
            QVERIFY(run.exitedWith(0));
            QList<int> frames;
            for (const auto& line : lines(run.out))
                frames << line.toInt();
            QCOMPARE(svg.arrowFrames, frames);
        }
        // Styles: the recording has retransmissions, fast retransmissions and duplicate ACKs.
        QVERIFY(svg.arrowClasses.contains("retransmission"));
        QVERIFY(svg.arrowClasses.contains("dup-ack"));
        QVERIFY(svg.arrowClasses.contains("handshake"));
        QVERIFY(svg.arrowClasses.contains("close"));
        QCOMPARE(svg.legendItems, 9);
        QVERIFY(svg.width > 600 && svg.height > 30.0 * l->model().rowCount());
    }

    void svgStateBandsOfTheHelloExchange()
    {
        const auto l = load(samplePath("hello-exchange.pcap"), FlowSelection::stream(0));
        const auto svg = readSvg(write(writeFlowSvg, l->model(), FlowSvgOptions{}));
        QVERIFY(svg.valid);
        QCOMPARE(svg.arrowFrames, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
        QCOMPARE(svg.arrowLabels[1], QString("SYN-ACK seq=0 ack=1 len=0 win=65160"));
        // Client bands, then server bands.
        QCOMPARE(svg.bandStates, (QStringList{"CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1", "TIME_WAIT", "LISTEN",
                                              "SYN_RECEIVED", "ESTABLISHED", "CLOSE_WAIT", "LAST_ACK", "CLOSED"}));
        QCOMPARE(svg.title, QString("TCP stream 0: 10.77.0.1:33728 (client) <-> 10.77.0.2:8888 (server), frames 1 to 11"));
        QCOMPARE(svg.arrowClasses.first(), QString("handshake"));
    }

    void rstAndZeroWindowStyles()
    {
        const auto rst = load(fixturePath("rst.pcap"), FlowSelection::streams({0, 1}));
        const auto svg = readSvg(write(writeFlowSvg, rst->model(), FlowSvgOptions{}));
        QVERIFY(svg.valid);
        QCOMPARE(svg.arrowClasses.count("reset"), 2);
        QVERIFY(write(writeFlowMermaid, rst->model(), FlowExportOptions{}).contains("L1-xL0: 2. 5013 \u2192 38098 RST-ACK"));
        QVERIFY(write(writeFlowPlantUml, rst->model(), FlowExportOptions{}).contains("L1 -[#b91c1c]>x L0 : 2. "));
        const auto zw = load(fixturePath("zero-window-probe.pcap"), FlowSelection::stream(0));
        QVERIFY(readSvg(write(writeFlowSvg, zw->model(), FlowSvgOptions{})).arrowClasses.contains("zero-window"));
        QVERIFY(readSvg(write(writeFlowSvg, zw->model(), FlowSvgOptions{})).arrowClasses.contains("keep-alive"));
    }

    // A segment its receiver never got (synack-lost.pcap: frames 2 and 3, the SYN-ACKs the client's
    // second SYN proves it had not got) stops short of the lifeline at a cross in every format,
    // and its comment says who did not get it.
    void notReceivedArrowsStopShortInEveryFormat()
    {
        const auto l = load(fixturePath("synack-lost.pcap"), FlowSelection::stream(0));
        const auto svgText = write(writeFlowSvg, l->model(), FlowSvgOptions{});
        QVERIFY(readSvg(svgText).valid);
        QCOMPARE(svgText.count("class=\"not-received\""), 2);
        QCOMPARE(svgText.count("[Not received by the client]"), 2);
        const auto mermaid = write(writeFlowMermaid, l->model(), FlowExportOptions{});
        QVERIFY2(mermaid.contains("L1--xL0: 2. SYN-ACK seq=0 ack=1 len=0 win=65160 [Not received by the client]"),
                 qPrintable(mermaid));
        QCOMPARE(mermaid.count("--x"), 2);
        QCOMPARE(write(writeFlowPlantUml, l->model(), FlowExportOptions{}).count("-[#6b7280]->x"), 2);
        QCOMPARE(write(writeFlowAscii, l->model(), FlowExportOptions{}).count("[Not received by the client]"), 2);
    }

    void rangesStartWithTheStatesTheyInherit()
    {
        const auto l = load(samplePath("hello-exchange.pcap"), FlowSelection::stream(0));
        FlowExportOptions range;
        range.firstRow = 3;
        range.lastRow = 8;
        const auto ascii = write(writeFlowAscii, l->model(), range);
        QVERIFY(ascii.startsWith("TCP stream 0: 10.77.0.1:33728 (client) <-> 10.77.0.2:8888 (server), frames 4 to 9\n"));
        QCOMPARE(ascii.count("\n  0.000"), 6);
        QVERIFY(ascii.contains("                  ESTABLISHED                                 ESTABLISHED\n  0.000194     4"));
        FlowSvgOptions svgOptions;
        svgOptions.range = range;
        const auto svg = readSvg(write(writeFlowSvg, l->model(), svgOptions));
        QCOMPARE(svg.arrowFrames, (QList<int>{4, 5, 6, 7, 8, 9}));
        QCOMPARE(svg.bandStates, (QStringList{"ESTABLISHED", "FIN_WAIT_1", "ESTABLISHED", "CLOSE_WAIT"}));
        const auto mermaid = write(writeFlowMermaid, l->model(), range);
        QCOMPARE(mermaid.count("->>"), 6);
        // A range past the end: a title and nothing else, still a valid document.
        range.firstRow = 50;
        range.lastRow = 60;
        QVERIFY(readSvg(write(writeFlowSvg, l->model(), FlowSvgOptions{range})).valid);
        QCOMPARE(write(writeFlowMermaid, l->model(), range).count('\n'), 2);
    }

    void severalConversationsUseHostLifelinesAndPorts()
    {
        const auto l = load(fixturePath("http.pcap"), FlowSelection::allStreams());
        const auto mermaid = write(writeFlowMermaid, l->model(), FlowExportOptions{});
        QVERIFY(mermaid.contains("participant L0 as 10.77.0.1 (ports 49210, 49226)\n"));
        QVERIFY(mermaid.contains("participant L1 as 10.77.0.2 (port 8080)\n"));
        QVERIFY(mermaid.contains("L0->>L1: 13. 49226 \u2192 8080 SYN seq=0 len=0 win=64240\n"));
        QVERIFY(mermaid.contains("Note over L0: SYN_SENT (49226)\n"));
        const auto svg = readSvg(write(writeFlowSvg, l->model(), FlowSvgOptions{}));
        QVERIFY(svg.valid);
        QCOMPARE(svg.arrowFrames.size(), 24);
        QCOMPARE(svg.bandStates.count("ESTABLISHED"), 4);
        const auto ascii = write(writeFlowAscii, l->model(), FlowExportOptions{});
        QVERIFY(ascii.contains(QRegularExpression("\\|<-+8080 \u2192 49226 SYN-ACK seq=0 ack=1 len=0 win=65160-+\\|\n")));
    }

    void awkwardPayloadsAreEscapedInEveryFormat()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("awkward.pcap");
        QVERIFY(writeFile(path, awkwardCapture()));
        const auto l = load(path, FlowSelection::stream(0));
        QCOMPARE(l->model().rowCount(), std::size_t{5});
        QCOMPARE(QString::fromStdString(l->model().arrow(3).payloadText), QString("<b>a&b</b> \\\"x\\\";#1\\\\"));
        const auto svgText = write(writeFlowSvg, l->model(), FlowSvgOptions{});
        QVERIFY(svgText.contains("&lt;b&gt;a&amp;b&lt;/b&gt;"));
        QVERIFY(readSvg(svgText).valid);
        QXmlStreamReader xml(svgText);
        QString comment;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.attributes().value("class") == u"comment")
                comment = xml.readElementText();
        QCOMPARE(comment, QString("\"<b>a&b</b> \\\"x\\\";#1\\\\\""));
        const auto mermaid = write(writeFlowMermaid, l->model(), FlowExportOptions{});
        QVERIFY(mermaid.contains("\"#60;b#62;a&b#60;/b#62; \\\"x\\\"#59;#35;1\\\\\""));
        const auto plantUml = write(writeFlowPlantUml, l->model(), FlowExportOptions{});
        QVERIFY(plantUml.contains("\\n\"<U+003C>b>a&b<U+003C>/b> <U+005C>\"x<U+005C>\";#1<U+005C><U+005C>\""));
        QVERIFY(plantUml.contains("L1 -[#b91c1c]>x L0 : 5. RST-ACK"));
    }

    void plantUmlAcceptsEveryExportWhenInstalled()
    {
        const auto plantuml = findProgram("plantuml");
        if (plantuml.isEmpty())
            QSKIP("plantuml is not installed");
        for (const auto& [file, selection] : {std::pair{samplePath("hello-exchange.pcap"), FlowSelection::stream(0)},
                                             std::pair{fixturePath("rst.pcap"), FlowSelection::allStreams()},
                                             std::pair{fixturePath("http.pcap"), FlowSelection::allStreams()}}) {
            const auto l = load(file, selection);
            QTemporaryDir dir;
            const auto source = dir.filePath("flow.puml");
            QVERIFY(writeFile(source, write(writeFlowPlantUml, l->model(), FlowExportOptions{}).toUtf8()));
            const auto run = runProcess(plantuml, {"-tsvg", "-failfast2", source});
            QVERIFY2(run.exitedWith(0), qPrintable(file + ": " + run.err + run.out));
            const auto rendered = readFile(dir.filePath("flow.svg"));
            QVERIFY(rendered.contains("SYN seq=0"));
        }
    }
};

QTEST_GUILESS_MAIN(TestFlowExport)
#include "TestFlowExport.moc"
