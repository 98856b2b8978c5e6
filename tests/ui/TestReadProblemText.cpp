// Every kind of ReadProblem is worded: in English exactly as core's englishText() (what the
// window showed before it had kinds, and what tcplens-cli prints), in Chinese without an English
// word, errno included.
#include "ChineseTextSupport.h"

#include <loading/ReadProblemText.h>
#include <loading/SystemErrorText.h>
#include <shell/Language.h>

#include <QApplication>
#include <QtTest>

#include <cerrno>
#include <cstring>

using namespace tcplens;
using namespace tcplens::ui;
using namespace tcplens::ui::test;

namespace {

/// A problem of each kind with arguments of its shape; libpcap's kinds from libpcap's own words.
std::vector<ReadProblem> oneOfEachKind()
{
    std::vector<ReadProblem> all;
    const ReadProblem cause = readProblem(ReadProblemKind::BlockCut, {"11300", "108", "98"});
    for (int k = 1; k < kReadProblemKinds; ++k) {
        const auto kind = static_cast<ReadProblemKind>(k);
        ReadProblem p = systemProblem(kind, ENOENT, "/home/student/lab 1/capture.pcap", {"25", "66", "56"});
        switch (kind) {
        case ReadProblemKind::Empty:
        case ReadProblemKind::CannotStartDecompressor:
        case ReadProblemKind::CannotRestartDecompressor:
        case ReadProblemKind::CompressedCutShort: p.args = {"gzip"}; break;
        case ReadProblemKind::CompressedDamaged: p.args = {"zstd"}; p.detail = "Unknown frame descriptor"; break;
        case ReadProblemKind::NotCapture: p.args = {"48 65 6c 6c", "lz4"}; break;
        case ReadProblemKind::CannotCreateSpool:
        case ReadProblemKind::CannotWriteSpool: p.args = {"/tmp"}; p.systemError = ENOSPC; break;
        case ReadProblemKind::ReadingStoppedAfter:
        case ReadProblemKind::ReadingStoppedAt:
        case ReadProblemKind::ReadingStoppedAtByte:
        case ReadProblemKind::CutShort:
        case ReadProblemKind::Damaged:
        case ReadProblemKind::DamagedFile: p = p.because(cause); break;
        case ReadProblemKind::PcapArchaic: p = pcapProblem("archaic pcap savefile format"); break;
        case ReadProblemKind::PcapUnsupportedVersion: p = pcapProblem("unsupported pcap savefile version 3.1"); break;
        case ReadProblemKind::PcapFileHeaderCut:
            p = pcapProblem("truncated dump file; tried to read 24 file header bytes, only got 7");
            break;
        case ReadProblemKind::PcapRecordHeaderCut:
            p = pcapProblem("truncated dump file; tried to read 16 header bytes, only got 5");
            break;
        case ReadProblemKind::PcapRecordDataCut:
            p = pcapProblem("truncated dump file; tried to read 66 captured bytes, only got 56");
            break;
        case ReadProblemKind::PcapLengthOverSnaplen:
            p = pcapProblem("invalid packet capture length 2147483647, bigger than snaplen of 262144");
            break;
        case ReadProblemKind::PcapLengthOverMaximum:
            p = pcapProblem("invalid packet capture length 2147483647, bigger than maximum of 262144");
            break;
        case ReadProblemKind::PcapSaid: p = pcapProblem("out of memory"); break;
        default: break;
        }
        all.push_back(p);
    }
    return all;
}

} // namespace

class TestReadProblemText : public QObject {
    Q_OBJECT

private slots:
    void englishIsCoresTextWordForWord()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        const auto all = oneOfEachKind();
        QCOMPARE(static_cast<int>(all.size()), kReadProblemKinds - 1);
        for (const auto& problem : all)
            QCOMPARE(ReadProblemText::of(problem), QString::fromStdString(englishText(problem)));
        ReadProblem input = systemProblem(ReadProblemKind::Empty, 0, "standard input", {""});
        QCOMPARE(ReadProblemText::of(input), QString::fromStdString(englishText(input)));
        for (int code = 1; code < 134; ++code)
            QCOMPARE(SystemErrorText::of(code), QString::fromLocal8Bit(std::strerror(code)));
        QCOMPARE(SystemErrorText::of(EACCES, true), QStringLiteral("Permission denied"));
    }

    void chineseHasNoEnglishWordButALibrarysOwn()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        for (const auto& problem : oneOfEachKind()) {
            QString text = ReadProblemText::of(problem);
            // A library's words that core does not know stay as the library says them, marked as its own.
            if (problem.kind == ReadProblemKind::PcapSaid || problem.kind == ReadProblemKind::CompressedDamaged)
                text.remove(QString::fromStdString(problem.detail)).remove(QStringLiteral("libpcap"));
            for (const auto& arg : problem.args) // numbers, paths, the compression's name (gzip)
                text.remove(QString::fromStdString(arg));
            text.remove(QStringLiteral(" GiB")); // a unit, as 256 GiB reads in Chinese too
            text.remove(QStringLiteral("/home/student/lab 1/capture.pcap"));
            const QStringList words = englishWords(text);
            QVERIFY2(words.isEmpty(), qPrintable(QStringLiteral("%1 in %2").arg(words.join(QLatin1Char(' ')), text)));
        }
        QCOMPARE(SystemErrorText::of(EACCES, true), QStringLiteral("没有读取权限"));
        QCOMPARE(ReadProblemText::of(systemProblem(ReadProblemKind::CannotOpen, ENOENT, "/x/missing.pcap")),
                 QStringLiteral("无法打开 /x/missing.pcap：文件或目录不存在"));
        installLanguage(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestReadProblemText)
#include "TestReadProblemText.moc"
