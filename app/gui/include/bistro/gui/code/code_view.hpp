#pragma once
// One listing with live cursors, like threads stopped in a debugger: each
// waiter's badge (its number, in its state's colour) in the margin of the line
// it is at, the line tinted; lines that just ran on the bell or a ticket lit.

#include <QColor>
#include <QPlainTextEdit>
#include <vector>

#include "bistro/gui/code/listing.hpp"

namespace bistro::gui {

class CodeView : public QPlainTextEdit {
    Q_OBJECT

  public:
    /// A waiter on a line.
    struct Cursor {
        int waiter = 0;
        QColor colour;
        int line = -1;
        friend bool operator==(const Cursor&, const Cursor&) = default;
    };

    explicit CodeView(QWidget* parent = nullptr);

    void setListing(const Listing& listing);
    void setCursors(std::vector<Cursor> cursors);
    const std::vector<Cursor>& cursors() const { return cursors_; }
    /// Lines lit because what they wait for just happened (the bell, a ticket).
    void setLit(QList<int> lines);
    const QList<int>& lit() const { return lit_; }
    /// The line a lesson points at (tinted blue and bold), or -1 for none.
    void setPointed(int line);
    int pointed() const { return pointed_; }
    /// Scrolls so the line is in view.
    void showLine(int line);
    /// Scrolls so the line is the first in view (a few lines of context above it).
    void showAtTop(int line);
    /// The line (from 0) at a point of the viewport, or -1.
    int lineAt(QPoint viewport_point) const;

  signals:
    void lineClicked(int line);

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

  private:
    class Margin;
    void paintMargin(QPaintEvent* event);
    int marginWidth() const;
    int badgeStep() const;
    void highlight();
    void keepCursorsInView();
    QRect lineRect(int line) const;

    Margin* margin_;
    std::vector<Cursor> cursors_;
    QList<int> lit_;
    int pointed_ = -1;
};

}  // namespace bistro::gui
