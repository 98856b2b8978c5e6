// Display-filter errors and Copy as BPF's reasons in the user's language: core reports a kind and
// its arguments, the GUI words them through tr(). In English the GUI says what tcplens-cli says
// (both wordings of every kind agree); in Chinese every kind, field type and "not computed"
// reason has Chinese words, and the filter bar, Copy as BPF and the colouring rules show them.
#include "UiTestSupport.h"

#include <filter/ColouringRuleSet.h>
#include <filter/FilterField.h>
#include <packets/FilterBar.h>
#include <packets/FilterExpression.h>
#include <packets/FilterMessageText.h>
#include <packets/PacketColouring.h>
#include <packets/PacketListModel.h>
#include <shell/Language.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace tcplens;
using namespace tcplens::ui;

namespace {

bool hasChinese(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return han.match(text).hasMatch();
}

/// A message of `kind` with arguments of every shape a kind may read (a reason from the field table
/// where the kind carries one).
FilterMessage sample(int kind)
{
    const auto k = static_cast<FilterMessageKind>(kind);
    const std::string reason = "tcplens does not estimate the retransmission timeout";
    if (k == FilterMessageKind::FieldNotComputed)
        return {k, {"tcp.analysis.rto", reason}, {}};
    if (k == FilterMessageKind::ApplyMissingField)
        return {k, {reason}, {}};
    return {k, {"tcp.prot", "tcp.port", "udp.port"}, {FieldType::Ipv4, FieldType::Unsigned}};
}

} // namespace

class TestFilterMessageText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { installLanguage(*qApp, QStringLiteral("en")); }

    void englishIsWhatTheCliSays()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        for (int kind = 1; kind < kFilterMessageKinds; ++kind) {
            const auto message = sample(kind);
            QCOMPARE(FilterMessageText::of(message), QString::fromStdString(englishText(message)));
        }
        const FilterMessage missing{FilterMessageKind::FieldNotComputed, {"tcp.analysis.rto", "tcplens does not estimate the retransmission timeout"}, {}};
        QCOMPARE(FilterMessageText::of(missing), QString::fromStdString(englishText(missing)));
        const FilterMessage one{FilterMessageKind::NoSuchField, {"tcp.prot"}, {}};
        QCOMPARE(FilterMessageText::of(one), QString::fromStdString(englishText(one)));
    }

    void everyKindIsWordedInChinese()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        for (int kind = 1; kind < kFilterMessageKinds; ++kind) {
            const auto text = FilterMessageText::of(sample(kind));
            QVERIFY2(hasChinese(text), qPrintable(QStringLiteral("kind %1: %2").arg(kind).arg(text)));
        }
        for (const auto type : {FieldType::None, FieldType::Protocol, FieldType::Boolean, FieldType::Unsigned, FieldType::Signed,
                                FieldType::Time, FieldType::Ipv4, FieldType::Ipv6, FieldType::Ether, FieldType::Bytes,
                                FieldType::String})
            QVERIFY2(hasChinese(FilterMessageText::typeName(type)), fieldTypeName(type));
        // Why a field Wireshark has is not computed: every reason core's field table gives.
        int reasons = 0;
        for (const auto& field : filterFields()) {
            if (field.missing.empty())
                continue;
            ++reasons;
            const auto text = FilterMessageText::missingReason(std::string(field.missing));
            QVERIFY2(hasChinese(text), std::string(field.missing).c_str());
        }
        QVERIFY(reasons > 0);
    }

    void theFilterBarSaysItsErrorsInChinese()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        const auto typo = FilterExpression::compile(QStringLiteral("tcp.port == 80 && tcp.analysis.retransmision"),
                                                    FilterSyntax::Display, nullptr);
        QVERIFY(!typo.ok());
        QVERIFY2(hasChinese(typo.error()), qPrintable(typo.error()));
        QVERIFY(typo.error().contains(QStringLiteral("19"))); // the column, 1-based
        QVERIFY(typo.error().contains(QStringLiteral("tcp.analysis.retransmission")));
        QVERIFY(!typo.error().contains(QStringLiteral("did you mean")));
        QVERIFY(!typo.error().contains(QStringLiteral("no such field")));

        FilterBar bar;
        auto* edit = bar.findChild<QLineEdit*>();
        QVERIFY(edit);
        edit->setText(QStringLiteral("ip.src == 300.1.1.1"));
        const auto* message = bar.findChild<QLabel*>(QStringLiteral("filterMessage"));
        QVERIFY(message);
        QVERIFY2(hasChinese(message->text()) && message->text().contains(QStringLiteral("300.1.1.1")), qPrintable(message->text()));
        QVERIFY(!message->text().contains(QStringLiteral("is not a valid")));

        // Copy as BPF: why tcpdump cannot say it, in Chinese.
        edit->setText(QStringLiteral("tcp.analysis.retransmission"));
        const QString why = bar.copyAsBpf();
        QVERIFY2(hasChinese(why) && why.contains(QStringLiteral("tcp.analysis.retransmission")), qPrintable(why));
        QVERIFY(!why.contains(QStringLiteral("worked out")));
        edit->setText(QStringLiteral("frame.time_delta > 1"));
        QVERIFY(!bar.copyAsBpf().contains(QStringLiteral("metadata")));
    }

    void brokenColouringRulesAreNamedInChinese()
    {
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_CN")));
        PacketListModel model;
        PacketColouring colouring(&model, ThemeKind::Light);
        colouring.setRules({{"Typo", "tcp.analysis.retransmision", {}, {}, true}, {"Empty", " ", {}, {}, true}});
        const auto problems = colouring.problems();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems[0].startsWith(QStringLiteral("Typo: ")) && hasChinese(problems[0]), qPrintable(problems[0]));
        QVERIFY2(hasChinese(problems[1]), qPrintable(problems[1]));
    }
};

QTEST_MAIN(TestFilterMessageText)
#include "TestFilterMessageText.moc"
