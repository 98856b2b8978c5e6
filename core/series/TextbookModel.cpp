#include "TextbookModel.h"

#include <algorithm>

namespace tcplens {
namespace {

struct Window {
    double cwnd = 1;
    double ssthresh = 16;

    void grow() noexcept
    {
        cwnd = cwnd < ssthresh ? std::min(cwnd * 2, ssthresh) : cwnd + 1;
    }
    void restart() noexcept
    {
        ssthresh = std::max(cwnd / 2, 2.0);
        cwnd = 1;
    }
    void fastRecovery() noexcept
    {
        ssthresh = std::max(cwnd / 2, 2.0);
        cwnd = ssthresh;
    }
};

std::optional<TextbookLossType> lossIn(const std::vector<TextbookLoss>& losses, std::uint32_t round) noexcept
{
    std::optional<TextbookLossType> found;
    for (const auto& loss : losses) {
        if (loss.round == round && (!found || loss.type == TextbookLossType::Timeout))
            found = loss.type; // a timeout outweighs duplicate ACKs in the same round
    }
    return found;
}

} // namespace

const char* textbookLossName(TextbookLossType type) noexcept
{
    return type == TextbookLossType::Timeout ? "timeout" : "triple_dup_ack";
}

std::vector<TextbookRound> textbookModel(const TextbookParams& params)
{
    std::vector<TextbookRound> rounds;
    rounds.reserve(params.rounds);
    Window tahoe{params.initialCwnd, params.initialSsthresh};
    Window reno = tahoe;
    for (std::uint32_t r = 0; r < params.rounds; ++r) {
        const auto loss = lossIn(params.losses, r);
        rounds.push_back(TextbookRound{r, tahoe.cwnd, tahoe.ssthresh, reno.cwnd, reno.ssthresh, loss});
        if (!loss) {
            tahoe.grow();
            reno.grow();
            continue;
        }
        tahoe.restart();
        if (*loss == TextbookLossType::Timeout)
            reno.restart();
        else
            reno.fastRecovery();
    }
    return rounds;
}

TextbookParams textbookParamsWithLossAt(double initialCwnd, double ssthresh, double lossAtCwnd,
                                       TextbookLossType type, std::uint32_t rounds)
{
    TextbookParams params{initialCwnd, ssthresh, rounds, {}};
    Window window{initialCwnd, ssthresh};
    for (std::uint32_t r = 0; r < rounds; ++r) {
        if (window.cwnd >= lossAtCwnd) {
            params.losses.push_back(TextbookLoss{r, type});
            break;
        }
        window.grow();
    }
    return params;
}

CaptureModelInput captureModelInput(const CwndSeries& series, std::uint32_t mss)
{
    CaptureModelInput input;
    const double unit = mss > 0 ? static_cast<double>(mss) : 1.0;
    for (std::size_t i = 0; i < series.rounds.size(); ++i) {
        const auto& round = series.rounds[i];
        input.rounds.push_back(MeasuredRound{static_cast<std::uint32_t>(i), round.start,
                                             static_cast<double>(round.maxFlight) / unit, round.phase});
    }
    for (const auto& loss : series.losses) {
        const auto type = loss.kind == LossKind::Timeout ? TextbookLossType::Timeout : TextbookLossType::TripleDupAck;
        input.losses.push_back(TextbookLoss{loss.round, type});
    }
    input.params.rounds = static_cast<std::uint32_t>(std::max<std::size_t>(series.rounds.size(), 1));
    input.params.losses = input.losses;
    return input;
}

} // namespace tcplens
