#include "lessons/lesson_text.hpp"

#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>
#include <cmath>

#include "bistro/gui/compare/contrast.hpp"
#include "bistro/gui/style/glyphs.hpp"
#include "bistro/gui/style/palette.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

namespace {

/// "blocked", "taking_order": a state as a lesson writes it.
QString stateToken(WaiterState s) {
    return QString::fromLatin1(to_string(s)).replace(' ', '_');
}

QString inline_marks(QString html, bool badges) {
    static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"));
    static const QRegularExpression italic(QStringLiteral("\\*(.+?)\\*"));
    static const QRegularExpression code(QStringLiteral("`(.+?)`"));
    html.replace(code, QStringLiteral("<code style=\"background:#efeae2\">\\1</code>"));
    html.replace(bold, QStringLiteral("<b>\\1</b>"));
    html.replace(italic, QStringLiteral("<i>\\1</i>"));
    for (int i = 0; i < waiter_state_count; ++i) {
        const auto s = static_cast<WaiterState>(i);
        const QString token = stateToken(s);
        const QString image =
            badges ? QStringLiteral("<img src=\"state:%1\" style=\"vertical-align:middle\"> ")
                         .arg(token)
                   : QString();
        html.replace(QLatin1Char('[') + token + QLatin1Char(']'),
                     image + QStringLiteral("<b style=\"color:%1\">%2</b>")
                                 .arg(palette::of(s).darker(115).name(),
                                      palette::inSentence(palette::label(s)).toHtmlEscaped()));
    }
    return html;
}

QString number(double v) {
    return decimal(v, v != 0.0 && std::abs(v) < 10 ? 1 : 0);
}

}  // namespace

QImage stateBadge(WaiterState s, int pixels) {
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(palette::of(s));
    p.drawEllipse(QRectF(0.5, 0.5, pixels - 1.0, pixels - 1.0));
    p.setPen(QPen(Qt::white, pixels / 10.0));
    p.setBrush(Qt::NoBrush);
    glyphs::of(p, QRectF(pixels * 0.22, pixels * 0.22, pixels * 0.56, pixels * 0.56), s);
    return image;
}

void addStateBadges(QTextDocument& doc, int pixels) {
    for (int i = 0; i < waiter_state_count; ++i) {
        const auto s = static_cast<WaiterState>(i);
        doc.addResource(QTextDocument::ImageResource,
                        QUrl(QStringLiteral("state:") + stateToken(s)), stateBadge(s, pixels));
    }
}

QString lessonHtml(const std::string& text, bool badges) {
    const QString plain = QString::fromStdString(text).trimmed().toHtmlEscaped();
    QString html;
    for (const QString& paragraph : plain.split(QRegularExpression(QStringLiteral("\\n\\s*\\n"))))
        html += QStringLiteral("<p>") + inline_marks(paragraph.simplified(), badges) +
                QStringLiteral("</p>");
    return html;
}

QString measuredWords(const Outcome& o, const LessonPrediction& p) {
    const QString unit = QString::fromStdString(o.unit);
    if (const auto& c = p.question.compare) {
        const Contrast sides{c->parameter, c->a, c->b};
        return QStringLiteral("%1: %2 %3; %4: %5 %3")
            .arg(sides.nameA(), number(o.value), unit, sides.nameB(), number(o.value_b));
    }
    if (!o.word.empty()) return QStringLiteral("%1 %2 a party").arg(number(o.value), unit);
    return number(o.value) + QLatin1Char(' ') + unit;
}

QString outcomeWords(const Outcome& o, const LessonPrediction& p) {
    for (const Choice& c : p.choices)
        if (c.matches(o))
            return QString::fromStdString(c.text) + QStringLiteral(" (") + measuredWords(o, p) +
                   QLatin1Char(')');
    return measuredWords(o, p);
}

}  // namespace bistro::gui
