#include "EndpointPairDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace tcplens::ui {

namespace {
const QString kArrow = QStringLiteral(" \u21c4 ");
}

QString EndpointPairDelegate::fitted(const QString& pair, const QFontMetrics& metrics, int width)
{
    if (metrics.horizontalAdvance(pair) <= width)
        return pair;
    const qsizetype at = pair.indexOf(kArrow);
    if (at < 0)
        return metrics.elidedText(pair, Qt::ElideLeft, width);
    const QString client = pair.left(at);
    const QString server = pair.mid(at + kArrow.size());
    const int room = std::max(0, width - metrics.horizontalAdvance(kArrow));
    // Each endpoint keeps its port ("…:54762") first, then an equal share of what is left.
    const auto least = [&metrics](const QString& endpoint) {
        return std::min(metrics.horizontalAdvance(endpoint),
                        metrics.horizontalAdvance(QStringLiteral("\u2026") + endpoint.mid(endpoint.lastIndexOf(QLatin1Char(':')))));
    };
    const int clientLeast = least(client);
    const int serverLeast = least(server);
    if (clientLeast + serverLeast > room) {
        // No room for "…:54762 ⇄ …:5020": the two ports alone still tell the conversation, and
        // short of that the client's port (what tells a server's conversations apart) with a
        // hint of the server, or alone.
        const QString clientPort = client.mid(client.lastIndexOf(QLatin1Char(':')));
        const QString serverPort = server.mid(server.lastIndexOf(QLatin1Char(':')));
        const QString bare = clientPort.mid(1);
        for (const QString& ports : {clientPort + kArrow + serverPort, bare + u'\u21c4' + serverPort.mid(1),
                                     bare + QStringLiteral("\u21c4\u2026"), bare})
            if (metrics.horizontalAdvance(ports) <= width)
                return ports;
        return metrics.elidedText(bare, Qt::ElideLeft, width);
    }
    // The client's address gets what the server's does not need.
    const int clientWidth = std::max(clientLeast, std::min(metrics.horizontalAdvance(client),
                                                           std::max(clientLeast + (room - clientLeast - serverLeast) / 2,
                                                                    room - metrics.horizontalAdvance(server))));
    const QString left = metrics.elidedText(client, Qt::ElideLeft, clientWidth);
    return left + kArrow + metrics.elidedText(server, Qt::ElideLeft, std::max(0, room - metrics.horizontalAdvance(left)));
}

void EndpointPairDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString pair = item.text;
    item.text.clear();
    const QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget) + 1; // the style's text margin
    const QRect room = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget).adjusted(margin, 0, -margin, 0);
    painter->save();
    painter->setFont(item.font);
    painter->setPen(item.palette.color(item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(room, Qt::AlignLeft | Qt::AlignVCenter, fitted(pair, QFontMetrics(item.font), room.width()));
    painter->restore();
}

} // namespace tcplens::ui
