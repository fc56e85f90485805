#include "bistro/gui/code/code_view.hpp"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <algorithm>

namespace bistro::gui {

namespace {
constexpr int badges_in_margin = 3;  // more waiters on a line: "+n"
}

/// The margin beside the text, where the waiters' badges are drawn.
class CodeView::Margin : public QWidget {
  public:
    explicit Margin(CodeView& view) : QWidget(&view), view_(view) {}
    QSize sizeHint() const override { return {view_.marginWidth(), 0}; }

  protected:
    void paintEvent(QPaintEvent* event) override { view_.paintMargin(event); }

  private:
    CodeView& view_;
};

CodeView::CodeView(QWidget* parent) : QPlainTextEdit(parent), margin_(new Margin(*this)) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(mono.pointSizeF(), 11.0));
    setFont(mono);
    setViewportMargins(marginWidth(), 0, 0, 0);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& r, int dy) {
        if (dy != 0)
            margin_->scroll(0, dy);
        else
            margin_->update(0, r.y(), margin_->width(), r.height());
    });
}

int CodeView::marginWidth() const {
    // Badges on one line overlap like a hand of cards: three fit in little room.
    const int size = fontMetrics().height();
    return 8 + size + (badges_in_margin - 1) * badgeStep();
}

int CodeView::badgeStep() const {
    return fontMetrics().height() * 2 / 3;
}

void CodeView::setListing(const Listing& listing) {
    const int scroll = verticalScrollBar()->value();
    setPlainText(listing.text());
    verticalScrollBar()->setValue(scroll);
    highlight();
}

void CodeView::setCursors(std::vector<Cursor> cursors) {
    if (cursors == cursors_) return;
    cursors_ = std::move(cursors);
    highlight();
    margin_->update();
    keepCursorsInView();
}

void CodeView::keepCursorsInView() {
    // Every waiter in view when they fit, with the least scrolling; when they do
    // not, scrolling by hand is left alone while one is in view.
    if (cursors_.empty()) return;
    const int first = firstVisibleBlock().blockNumber();
    const int shown = std::max(1, viewport()->height() / std::max(1, fontMetrics().height()));
    std::vector<int> lines;
    for (const Cursor& c : cursors_) lines.push_back(c.line);
    std::sort(lines.begin(), lines.end());
    const int top = lines.front(), bottom = lines.back();
    if (bottom - top < shown - 1) {
        if (top < first) verticalScrollBar()->setValue(top);
        if (bottom >= first + shown) verticalScrollBar()->setValue(bottom - shown + 1);
        return;
    }
    for (const int line : lines)
        if (line >= first && line < first + shown) return;
    verticalScrollBar()->setValue(std::max(0, lines[lines.size() / 2] - shown / 2));
}

void CodeView::setPointed(int line) {
    if (line == pointed_) return;
    pointed_ = line;
    highlight();
}

void CodeView::setLit(QList<int> lines) {
    if (lines == lit_) return;
    lit_ = std::move(lines);
    highlight();
}

void CodeView::highlight() {
    // A tint of the first waiter's colour on each line a waiter is at; lit lines gold.
    QList<QTextEdit::ExtraSelection> marks;
    auto mark = [&](int line, QColor colour) {
        const QTextBlock block = document()->findBlockByNumber(line);
        if (!block.isValid()) return;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format.setBackground(colour);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks << s;
    };
    for (const int line : lit_) mark(line, QColor(0xF0, 0xE4, 0x42, 150));
    if (const qsizetype before = marks.size(); pointed_ >= 0) {
        mark(pointed_, QColor(0x56, 0xB4, 0xE9, 110));  // sky blue: the line a lesson is about
        if (marks.size() > before) marks.back().format.setFontWeight(QFont::Bold);
    }
    for (const Cursor& c : cursors_) {
        QColor tint = c.colour;
        tint.setAlpha(55);
        mark(c.line, tint);
    }
    setExtraSelections(marks);
}

QRect CodeView::lineRect(int line) const {
    const QTextBlock block = document()->findBlockByNumber(line);
    if (!block.isValid()) return {};
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    return r.toRect();
}

void CodeView::paintMargin(QPaintEvent* event) {
    QPainter p(margin_);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(event->rect(), palette().window());
    const int size = fontMetrics().height();
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    std::vector<int> on_line(static_cast<std::size_t>(document()->blockCount()), 0);
    for (const Cursor& c : cursors_) {
        if (c.line < 0 || c.line >= static_cast<int>(on_line.size())) continue;
        const QRect r = lineRect(c.line);
        const int slot = on_line[static_cast<std::size_t>(c.line)]++;
        if (slot >= badges_in_margin) continue;
        const QRect badge(4 + slot * badgeStep(), r.top() + (r.height() - size) / 2, size, size);
        p.setPen(QPen(palette().base().color(), 1.5));  // a rim, so overlapping badges part
        p.setBrush(c.colour);
        p.drawEllipse(badge);
        p.setPen(c.colour.lightness() > 150 ? Qt::black : Qt::white);
        p.drawText(badge, Qt::AlignCenter, QString::number(c.waiter + 1));
    }
}

void CodeView::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    margin_->setGeometry(cr.left(), cr.top(), marginWidth(), cr.height());
}

int CodeView::lineAt(QPoint viewport_point) const {
    const QTextBlock block = cursorForPosition(viewport_point).block();
    return block.isValid() ? block.blockNumber() : -1;
}

void CodeView::mousePressEvent(QMouseEvent* event) {
    QPlainTextEdit::mousePressEvent(event);
    const int line = lineAt(event->position().toPoint());
    if (line >= 0) emit lineClicked(line);
}

void CodeView::showAtTop(int line) {
    if (line < 0) return;
    verticalScrollBar()->setValue(std::max(0, line - 3));  // a plain text edit scrolls by lines
}

void CodeView::showLine(int line) {
    const QTextBlock block = document()->findBlockByNumber(line);
    if (!block.isValid()) return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
}

}  // namespace bistro::gui
