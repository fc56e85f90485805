#pragma once
// Sliders and switches for what a class wants to tweak while the restaurant
// runs. Each shows its value and unit, and its tooltip names the programming
// idea behind it.

#include <QWidget>
#include <optional>
#include <vector>

#include "bistro/sim/entities.hpp"

class QBoxLayout;
class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QSlider;

namespace bistro::gui {

class SimulationController;

class ParameterPanel : public QWidget {
    Q_OBJECT

  public:
    explicit ParameterPanel(SimulationController& controller, QWidget* parent = nullptr);

    /// The slider of a parameter (for tests and keyboard users).
    QSlider* slider(Parameter p) const;
    QButtonGroup* policyButtons() const { return policy_; }
    QButtonGroup* deliveryButtons() const { return delivery_; }

    /// Greys out one parameter's control (the one compare mode compares), or none.
    void lock(std::optional<Parameter> p);
    /// A lesson's locks: these controls are greyed out, marked "locked", and their
    /// tooltip says `why`; an empty list unlocks them.
    void setLessonLocks(std::vector<Parameter> locked, const QString& why);
    bool lessonLocked(Parameter p) const;

  public slots:
    void refresh();  ///< show the model's current values
    void rebuild();  ///< new scenario: new sliders

  protected:
    void changeEvent(QEvent* event) override;

  private:
    /// The switches' and the sliders' words (and units), in the interface's language.
    void retranslate();
    struct Row {
        Parameter parameter;
        QSlider* slider;
        QLabel* value;
        QLabel* name;
        double scale;    // slider units per parameter unit
        double display;  // multiplies the parameter for display (e.g. a base mean)
        QString unit;
        int decimals;
    };
    /// A row of two toggles for a switch (policy, delivery): off is 0, on is 1.
    QButtonGroup* addSwitch(QBoxLayout* layout, Parameter p, QPushButton* off, QPushButton* on);
    void connectController();
    void addSlider(Parameter p, int min, int max, double scale, double display, int decimals);
    void showValue(const Row& row) const;
    /// A control's tooltip: its own, or why the lesson locked it.
    void explainLock(QWidget* control, Parameter p) const;

    SimulationController& controller_;
    QButtonGroup* policy_ = nullptr;
    QButtonGroup* delivery_ = nullptr;
    std::vector<Row> rows_;
    QGridLayout* grid_ = nullptr;
    std::optional<Parameter> locked_;
    std::vector<Parameter> lesson_locked_;
    QString lesson_why_;
};

}  // namespace bistro::gui
