#pragma once
// The code panel: the waiter's program beside the restaurant, with every
// waiter's line marked as it runs; in compare mode both programs side by side.
// Under the code, the task queue as the event loop's queue and the cooks as the
// I/O devices, and a legend of the ideas with the current numbers.

#include <QElapsedTimer>
#include <QWidget>
#include <array>

#include "bistro/gui/code/code_view.hpp"
#include "bistro/gui/code/listing.hpp"
#include "bistro/gui/floor/selection.hpp"

class QBoxLayout;
class QComboBox;
class QLabel;
class QPushButton;

namespace bistro::gui {

class SimulationController;
class TwinRestaurants;

class CodePanel : public QWidget {
    Q_OBJECT

  public:
    enum class Language { pseudo, python, javascript, cpp };

    CodePanel(SimulationController& primary, TwinRestaurants& twins, QWidget* parent = nullptr);

    Language language() const { return language_; }
    /// Shows the programs in another language (remembered in the settings).
    void setLanguage(Language language);
    /// The listing's resource path for a language, policy and delivery mode.
    static QString listingPath(Language language, Policy policy, Delivery delivery);
    /// The left (0) or, in compare mode, right (1) view.
    CodeView& view(int side) { return *sides_[static_cast<std::size_t>(side)].view; }
    const Listing& listing(int side) const {
        return sides_[static_cast<std::size_t>(side)].listing;
    }
    /// Scrolls to the line of a selected waiter.
    void showSelection(Selection s);
    /// Writes the shown listing of the left side to a file; false (and why) if it cannot.
    bool saveTo(const QString& path, QString* why = nullptr) const;
    QString legendText() const;
    QString queueText() const;

  signals:
    /// A click on a line: the first waiter on it (another click: the next).
    void selected(bistro::gui::Selection s);

  public slots:
    void refresh();

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();  ///< the toolbar's words; the chosen language stays
    struct Side {
        SimulationController* controller = nullptr;
        QWidget* column = nullptr;  // the title over the view
        CodeView* view = nullptr;
        QLabel* title = nullptr;
        Listing listing;
        QString path;
        QString key;  // what was read: the path and the numbers filled in
        double last_ticket = -1, last_bell = -1, seen = -1;  // simulated times
        QElapsedTimer lit_at;  // a lit line stays lit a moment, so a class can see it
    };
    QWidget* buildToolbar();
    void buildSide(std::size_t i, SimulationController& c);
    void follow(Side& side);
    void load(Side& side);
    void place(Side& side);
    void light(Side& side);
    void clickLine(std::size_t side, int line);
    void copy() const;
    void save();

    SimulationController& primary_;
    TwinRestaurants& twins_;
    Language language_ = Language::pseudo;
    QComboBox* languages_ = nullptr;
    QLabel* language_label_ = nullptr;
    QPushButton *copy_ = nullptr, *save_ = nullptr;
    QBoxLayout* columns_ = nullptr;  // the two sides: side by side when there is room
    std::array<Side, 2> sides_;
    QLabel* queue_ = nullptr;
    QLabel* legend_ = nullptr;
    int clicks_ = 0;  // on the same line: the next waiter on it
    int clicked_line_ = -1;
};

}  // namespace bistro::gui
