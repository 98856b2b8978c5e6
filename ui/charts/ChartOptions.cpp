#include "ChartOptions.h"

#include "ModelChart.h"
#include "RttChart.h"
#include "ThroughputChart.h"
#include "TimeSequenceChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

#include <algorithm>

namespace tcplens::ui {
namespace {

const QString kAverageWindowKey = QStringLiteral("charts/throughputWindow");
const QString kStevensKey = QStringLiteral("charts/stevensDots");

} // namespace

ChartOptions::ChartOptions(TimeSequenceChart* timeSequence, ThroughputChart* throughput, RttChart* rtt,
                           ModelChart* model, QWidget* parent)
    : QStackedWidget(parent), timeSequence_(timeSequence), throughput_(throughput), rtt_(rtt), model_(model)
{
    stevens_ = new QCheckBox;
    connect(stevens_, &QCheckBox::toggled, this, [this](bool on) {
        timeSequence_->setStevens(on);
        QSettings().setValue(kStevensKey, on);
    });
    addPage({stevens_});
    lossLegend_ = new QLabel;
    lossLegend_->setWordWrap(true);
    lossLegend_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // one line while it fits
    addPage({lossLegend_});

    averageWindow_ = new QDoubleSpinBox;
    averageWindow_->setObjectName(QStringLiteral("averageWindow"));
    averageWindow_->setDecimals(3);
    averageWindow_->setRange(0.001, 3600);
    averageWindow_->setSingleStep(0.1);
    averageWindow_->setKeyboardTracking(false);
    connect(averageWindow_, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        throughput_->setAverageWindow(seconds);
        QSettings().setValue(kAverageWindowKey, seconds);
        emit averageWindowChanged();
    });
    averageLabel_ = new QLabel;
    averageLabel_->setBuddy(averageWindow_);
    addPage({averageLabel_, averageWindow_});

    rttAxis_ = new QComboBox;
    rttAxis_->addItems({QString(), QString()});
    connect(rttAxis_, &QComboBox::currentIndexChanged, this, [this](int index) {
        rtt_->setAgainstSequence(index == 1);
        emit rttAxisChanged(index == 1);
    });
    rttLabel_ = new QLabel;
    rttLabel_->setBuddy(rttAxis_);
    addPage({rttLabel_, rttAxis_});

    createModelPage();
    retranslate();
    // Only the page shown asks for room: the textbook model's row must not widen the time-sequence tab.
    connect(this, &QStackedWidget::currentChanged, this, &ChartOptions::sizeToShownPage);
    sizeToShownPage();

    const QSettings settings;
    averageWindow_->setValue(settings.value(kAverageWindowKey, StreamSeriesBuilder::kDefaultThroughputWindow).toDouble());
    throughput_->setAverageWindow(averageWindow_->value());
    stevens_->setChecked(settings.value(kStevensKey, false).toBool());
}

void ChartOptions::addPage(std::initializer_list<QWidget*> widgets)
{
    addPage(widgets, {});
}

void ChartOptions::addPage(std::initializer_list<QWidget*> firstRow, std::initializer_list<QWidget*> secondRow)
{
    auto* page = new QWidget;
    auto* rows = new QVBoxLayout(page);
    rows->setContentsMargins(4, 0, 4, 0);
    rows->setSpacing(2);
    for (const auto& widgets : {firstRow, secondRow}) {
        if (widgets.size() == 0)
            continue;
        auto* row = new QHBoxLayout;
        bool expands = false; // a word-wrapped label takes the whole row, so it wraps only when it must
        for (auto* widget : widgets) {
            row->addWidget(widget);
            expands = expands || widget->sizePolicy().horizontalPolicy() == QSizePolicy::Expanding;
        }
        if (!expands)
            row->addStretch(1);
        rows->addLayout(row);
    }
    addWidget(page);
}

void ChartOptions::sizeToShownPage()
{
    for (int i = 0; i < count(); ++i) {
        const auto policy = i == currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        widget(i)->setSizePolicy(policy, policy);
    }
    updateGeometry();
}

void ChartOptions::createModelPage()
{
    modelSource_ = new QComboBox;
    modelSource_->addItems({QString(), QString()});
    const auto spin = [](double value, double max) {
        auto* box = new QDoubleSpinBox;
        box->setDecimals(0);
        box->setRange(1, max);
        box->setValue(value);
        return box;
    };
    const ModelSettings defaults;
    modelInitial_ = spin(defaults.initialCwnd, 64);
    modelSsthresh_ = spin(defaults.ssthresh, 1024);
    modelLossAt_ = spin(defaults.lossAtCwnd, 4096);
    modelLossType_ = new QComboBox;
    modelLossType_->addItems({QString(), QString()});
    modelRounds_ = new QSpinBox;
    modelRounds_->setRange(2, 500);
    modelRounds_->setValue(static_cast<int>(defaults.rounds));
    sourceLabel_ = new QLabel;
    sourceLabel_->setBuddy(modelSource_);
    cwndLabel_ = new QLabel;
    ssthreshLabel_ = new QLabel;
    lossAtLabel_ = new QLabel;
    roundsLabel_ = new QLabel;
    addPage({sourceLabel_, modelSource_, cwndLabel_, modelInitial_, ssthreshLabel_, modelSsthresh_},
            {lossAtLabel_, modelLossAt_, modelLossType_, roundsLabel_, modelRounds_});
    modelPage_ = widget(count() - 1);
    connect(modelSource_, &QComboBox::currentIndexChanged, this, &ChartOptions::applyModelSettings);
    for (auto* box : {modelInitial_, modelSsthresh_, modelLossAt_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ChartOptions::applyModelSettings);
    connect(modelLossType_, &QComboBox::currentIndexChanged, this, &ChartOptions::applyModelSettings);
    connect(modelRounds_, &QSpinBox::valueChanged, this, &ChartOptions::applyModelSettings);
    applyModelSettings();
}

void ChartOptions::applyModelSettings()
{
    ModelSettings settings;
    settings.fromCapture = modelSource_->currentIndex() == 0;
    settings.initialCwnd = modelInitial_->value();
    settings.ssthresh = modelSsthresh_->value();
    settings.lossAtCwnd = modelLossAt_->value();
    settings.lossType = modelLossType_->currentIndex() == 0 ? TextbookLossType::Timeout : TextbookLossType::TripleDupAck;
    settings.rounds = static_cast<std::uint32_t>(modelRounds_->value());
    for (QWidget* w : {static_cast<QWidget*>(modelInitial_), static_cast<QWidget*>(modelSsthresh_),
                       static_cast<QWidget*>(modelLossAt_), static_cast<QWidget*>(modelLossType_),
                       static_cast<QWidget*>(modelRounds_)})
        w->setEnabled(!settings.fromCapture);
    model_->setSettings(settings);
}

void ChartOptions::resizeEvent(QResizeEvent* event)
{
    QStackedWidget::resizeEvent(event);
    foldModelRow();
}

void ChartOptions::foldModelRow()
{
    // The eleven controls of the textbook model take one row where they fit, two where they would
    // widen the Charts tab (1366x768).
    auto* rows = static_cast<QVBoxLayout*>(modelPage_->layout());
    auto* first = static_cast<QHBoxLayout*>(rows->itemAt(0)->layout());
    auto* second = static_cast<QHBoxLayout*>(rows->itemAt(1)->layout());
    const QList<QWidget*> folded{lossAtLabel_, modelLossAt_, modelLossType_, roundsLabel_, modelRounds_};
    int oneRow = rows->contentsMargins().left() + rows->contentsMargins().right();
    for (auto* box : {first, second}) {
        for (int i = 0; i < box->count(); ++i) {
            if (auto* w = box->itemAt(i)->widget())
                oneRow += w->sizeHint().width() + std::max(box->spacing(), 6);
        }
    }
    const bool fold = oneRow > width();
    if (fold == (second->indexOf(folded.front()) >= 0))
        return;
    for (auto* w : folded) {
        (fold ? first : second)->removeWidget(w);
        (fold ? second : first)->insertWidget((fold ? second : first)->count() - 1, w); // before the stretch
    }
}

void ChartOptions::changeEvent(QEvent* event)
{
    QStackedWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ChartOptions::retranslate()
{
    stevens_->setText(tr("Stevens style (a dot per segment instead of tcptrace's bars)"));
    lossLegend_->setText(tr("Loss events: ▼ retransmission, ▼ fast retransmission, ■ timeout; ◆ recovered "
                            "(everything sent before the loss ACKed); the bar on top spans each recovery."));
    averageWindow_->setSuffix(tr(" s"));
    averageLabel_->setText(tr("Moving average over"));
    rttAxis_->setItemText(0, tr("against time"));
    rttAxis_->setItemText(1, tr("against sequence number"));
    rttLabel_->setText(tr("RTT samples"));
    modelSource_->setItemText(0, tr("this capture's losses"));
    modelSource_->setItemText(1, tr("textbook parameters"));
    for (auto* box : {modelInitial_, modelSsthresh_, modelLossAt_})
        box->setSuffix(tr(" MSS"));
    modelInitial_->setToolTip(tr("Initial congestion window"));
    modelSsthresh_->setToolTip(tr("Initial slow-start threshold"));
    modelLossAt_->setToolTip(tr("A segment is lost in the first round whose cwnd reaches this"));
    modelLossType_->setItemText(0, tr("timeout"));
    modelLossType_->setItemText(1, tr("3 duplicate ACKs"));
    sourceLabel_->setText(tr("Driven by"));
    cwndLabel_->setText(tr("cwnd"));
    ssthreshLabel_->setText(tr("ssthresh"));
    lossAtLabel_->setText(tr("loss at"));
    roundsLabel_->setText(tr("rounds"));
}

} // namespace tcplens::ui
