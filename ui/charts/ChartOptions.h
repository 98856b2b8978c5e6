#pragma once
// The row of options above the charts, one page per chart: Stevens' dots for the time-sequence
// graph, the loss legend of the Windows chart, the throughput's averaging window, the RTT chart's
// axis and the textbook model's parameters. Each acts on its chart at once; the dots and the
// averaging window are remembered in the settings.

#include <export/ChartCsv.h>

#include <QStackedWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace tcplens::ui {

class ModelChart;
class RttChart;
class ThroughputChart;
class TimeSequenceChart;

class ChartOptions : public QStackedWidget {
    Q_OBJECT
public:
    ChartOptions(TimeSequenceChart* timeSequence, ThroughputChart* throughput, RttChart* rtt, ModelChart* model,
                 QWidget* parent = nullptr);

    /// Shows the options of chart `kind`.
    void showOptionsOf(ChartKind kind) { setCurrentIndex(static_cast<int>(kind)); }

signals:
    /// The throughput's averaging window changed (the hint under the charts names it).
    void averageWindowChanged();
    /// The RTT chart now plots against sequence numbers, or (false) against time again.
    void rttAxisChanged(bool againstSequence);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void addPage(std::initializer_list<QWidget*> widgets);
    void addPage(std::initializer_list<QWidget*> firstRow, std::initializer_list<QWidget*> secondRow);
    void sizeToShownPage();
    void foldModelRow();
    void createModelPage();
    void applyModelSettings();
    void retranslate();

    TimeSequenceChart* timeSequence_;
    ThroughputChart* throughput_;
    RttChart* rtt_;
    ModelChart* model_;
    QCheckBox* stevens_ = nullptr;
    QLabel* lossLegend_ = nullptr;
    QLabel* averageLabel_ = nullptr;
    QDoubleSpinBox* averageWindow_ = nullptr;
    QLabel* rttLabel_ = nullptr;
    QComboBox* rttAxis_ = nullptr;
    QWidget* modelPage_ = nullptr;
    QLabel* sourceLabel_ = nullptr;
    QLabel* cwndLabel_ = nullptr;
    QLabel* ssthreshLabel_ = nullptr;
    QLabel* lossAtLabel_ = nullptr;
    QLabel* roundsLabel_ = nullptr;
    QComboBox* modelSource_ = nullptr;
    QDoubleSpinBox* modelInitial_ = nullptr;
    QDoubleSpinBox* modelSsthresh_ = nullptr;
    QDoubleSpinBox* modelLossAt_ = nullptr;
    QComboBox* modelLossType_ = nullptr;
    QSpinBox* modelRounds_ = nullptr;
};

} // namespace tcplens::ui
