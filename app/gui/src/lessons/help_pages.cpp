#include "lessons/help_pages.hpp"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

#include "bistro/gui/style/glyphs.hpp"
#include "bistro/gui/style/palette.hpp"
#include "lessons/lesson_text.hpp"

namespace bistro::gui::help {

namespace {

constexpr int badge_pixels = 26;

/// A page in a dialog of its own, closed with its button or Escape.
QTextBrowser* page(QWidget* window, const QString& title, const QString& name) {
    auto* dialog = new QDialog(window);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->resize(std::min(window->width() - 40, 820), std::min(window->height() - 40, 760));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QTextBrowser(dialog);
    text->setOpenExternalLinks(true);
    layout->addWidget(text);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(close);
    dialog->show();
    return text;
}

QImage partyBadge(PartyState s) {
    QImage image(badge_pixels, badge_pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(palette::of(s));
    p.drawEllipse(QRectF(0.5, 0.5, badge_pixels - 1.0, badge_pixels - 1.0));
    p.setPen(QPen(Qt::white, badge_pixels / 10.0));
    glyphs::of(p, QRectF(6, 6, badge_pixels - 12, badge_pixels - 12), s);
    return image;
}

QString rows(const QList<QPair<QString, QString>>& entries) {
    QString html;
    for (const auto& [left, right] : entries)
        html += QStringLiteral("<tr><td style=\"padding:3px 10px\">%1</td><td>%2</td></tr>")
                    .arg(left, right);
    return QStringLiteral("<table>") + html + QStringLiteral("</table>");
}

QString waiterRows() {
    QList<QPair<QString, QString>> entries;
    for (int i = 0; i < waiter_state_count; ++i) {
        const auto s = static_cast<WaiterState>(i);
        entries.append({QStringLiteral("<img src=\"state:%1\">")
                            .arg(QString::fromLatin1(to_string(s)).replace(' ', '_')),
                        QStringLiteral("<b style=\"color:%1\">%2</b>")
                            .arg(palette::of(s).darker(115).name(), palette::label(s))});
    }
    return rows(entries);
}

QString partyRows(QTextDocument& doc) {
    QList<QPair<QString, QString>> entries;
    for (int i = 0; i < party_state_count; ++i) {
        const auto s = static_cast<PartyState>(i);
        const QString url = QStringLiteral("party:%1").arg(i);
        doc.addResource(QTextDocument::ImageResource, QUrl(url), partyBadge(s));
        entries.append({QStringLiteral("<img src=\"%1\">").arg(url), palette::label(s)});
    }
    return rows(entries);
}

}  // namespace

void showGuide(QWidget* window) {
    QTextBrowser* text = page(window, QObject::tr("User guide"), QStringLiteral("guidePage"));
    QFile f(QStringLiteral(":/docs/user-guide.md"));
    QString markdown = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll())
                                                   : QObject::tr("The user guide is missing.");
    // The pictures live beside the guide on disk, not in the program: leave them out.
    markdown.remove(QRegularExpression(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)")));
    text->setMarkdown(markdown);
}

void showLegend(QWidget* window) {
    QTextBrowser* text = page(window, QObject::tr("Legend"), QStringLiteral("legendPage"));
    QTextDocument& doc = *text->document();
    addStateBadges(doc, badge_pixels);
    text->setHtml(
        QObject::tr("<h2>Waiters</h2><p>A numbered circle in the colour of what it does, with "
                    "the same icon in a small badge. A ring shows the progress of timed work; "
                    "white plates are what it carries. Blocked waiters pulse.</p>%1"
                    "<h2>Tables</h2><p>Guests sit on the chairs (dark circles); the badge says "
                    "what the party does. While it waits a ring fills over 15 minutes and the "
                    "minutes are written beside it; past 10 minutes both turn red. White plates "
                    "are the dishes served.</p>%2"
                    "<h2>Kitchen</h2><p><b>Ticket rail</b>: dishes waiting for a cook (the I/O "
                    "queue). <b>Cooks</b> C1, C2, ...: the dish in hand and its progress; red and "
                    "<i>burnt</i> when a burnt dish is cooked again. <b>Pass</b>: finished "
                    "dishes, cooling from orange to blue-grey while they wait for a waiter.</p>"
                    "<h2>Door</h2><p>Parties waiting for a table; the ring around each is its "
                    "patience running out. <i>lost</i> counts those who gave up.</p>"
                    "<h2>Compare mode</h2><p>Synchronous on the left in <b style=\"color:%3\">"
                    "vermilion</b>, asynchronous on the right in <b style=\"color:%4\">blue"
                    "</b>, the same two colours in every plot.</p>")
            .arg(waiterRows(), partyRows(doc), palette::sync_colour.name(),
                 palette::async_colour.name()));
}

void showShortcuts(QWidget* window) {
    QTextBrowser* text =
        page(window, QObject::tr("Keyboard shortcuts"), QStringLiteral("shortcutsPage"));
    QList<QPair<QString, QString>> entries;
    for (const QAction* a : window->findChildren<QAction*>()) {
        if (a->shortcut().isEmpty()) continue;
        const QString key = a->shortcut().toString(QKeySequence::NativeText);
        QString what = a->text();
        what.remove('&');
        entries.append(
            {QStringLiteral("<b>%1</b>").arg(key.toHtmlEscaped()), what.toHtmlEscaped()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    text->setHtml(QObject::tr("<h2>Keyboard shortcuts</h2>") + rows(entries));
}

}  // namespace bistro::gui::help
