#pragma once
// Shared by the UI view tests: decoded field spans of a capture's first packet, span lookup,
// a dark palette and a blank-image check.

#include <capture/CaptureFile.h>
#include <decode/PacketDecoder.h>

#include <QColor>
#include <QImage>
#include <QPalette>
#include <QString>

namespace tcplens::ui::test {

inline FieldSpans firstPacketSpans(const QString& path)
{
    auto file = CaptureFile::open(path.toStdString());
    RawPacket packet;
    FieldSpans spans;
    if (file->next(packet) == ReadStatus::Packet)
        (void)decodePacket(packet.bytes, packet.wireLength, file->info().linkType, &spans);
    return spans;
}

inline FieldSpans synSpans()
{
    return firstPacketSpans(QStringLiteral(TCPLENS_SAMPLES_DIR "/hello-exchange.pcap"));
}

inline int indexOf(const FieldSpans& spans, const char* id)
{
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

inline QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1c, 0x1f));
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2b, 0x2f));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8f, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5c));
    return palette;
}

inline double inkShare(const QImage& image)
{
    const QRgb background = image.pixel(0, 0);
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixel(x, y) != background;
    }
    return double(ink) / (double(image.width() / 2) * double(image.height() / 2));
}

} // namespace tcplens::ui::test
