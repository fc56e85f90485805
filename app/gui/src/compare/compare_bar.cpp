#include "bistro/gui/compare/compare_bar.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <utility>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "compare/choices.hpp"

namespace bistro::gui {

namespace {
void colourSide(QLabel* l, const QColor& colour) {
    l->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; font-weight: bold; "
                                    "padding: 3px 8px; border-radius: 3px; }")
                         .arg(colour.name()));
}
}  // namespace

CompareBar::CompareBar(TwinRestaurants& twins, QWidget* parent) : QWidget(parent), twins_(twins) {
    setObjectName(QStringLiteral("compareBar"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 4, 6, 4);
    title_ = new QLabel(this);
    row->addWidget(title_);
    parameter_ = new QComboBox(this);
    for (const Choice& c : choices()) parameter_->addItem(QString(), static_cast<int>(c.parameter));
    row->addWidget(parameter_);
    side_a_ = addSide(row, switch_a_, value_a_);
    side_b_ = addSide(row, switch_b_, value_b_);
    row->addStretch(1);
    note_ = new QLabel(this);
    note_->setStyleSheet(QStringLiteral("color: #6b6b6b"));
    note_->setWordWrap(true);  // a long language's note takes two lines, not the floors' room
    row->addWidget(note_);
    stop_ = new QPushButton(this);
    connect(stop_, &QPushButton::clicked, this, &CompareBar::stopRequested);
    row->addWidget(stop_);
    retranslate();
    connectControls();
    refresh();
}

void CompareBar::retranslate() {
    parameter_->setAccessibleName(tr("What is compared"));
    for (int i = 0; i < parameter_->count(); ++i)
        parameter_->setItemText(i, tr(choices()[static_cast<std::size_t>(i)].label));
    parameter_->setToolTip(
        tr("The one setting that differs between the two restaurants. Every "
           "other slider moves both."));
    const std::pair<QLabel*, std::pair<QComboBox*, QDoubleSpinBox*>> sides[] = {
        {side_a_, {switch_a_, value_a_}}, {side_b_, {switch_b_, value_b_}}};
    for (const auto& [label, controls] : sides) {
        const QString name = label == side_a_ ? tr("left") : tr("right");
        label->setText(name);
        controls.first->setAccessibleName(tr("The %1 restaurant's choice").arg(name));
        controls.second->setAccessibleName(tr("The %1 restaurant's value").arg(name));
    }
    note_->setText(tr("Changing what is compared opens both again."));
    stop_->setText(tr("Stop comparing"));
    title_->clear();  // fitWords words it again
    fitWords();
}

void CompareBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();  // the switches' names
    }
    QWidget::changeEvent(event);
}

void CompareBar::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitWords();
}

void CompareBar::fitWords() {
    // Fewer words on a narrow window (compare mode fits 1280 px): the long ones go to
    // the tooltip instead of widening the window.
    const QString full = tr("<b>Twin restaurants</b>, same guests, compare");
    const QString brief = tr("<b>Compare</b>");
    QFont bold = font();
    bold.setBold(true);
    const int extra =
        QFontMetrics(bold).horizontalAdvance(tr("Twin restaurants, same guests, compare")) -
        QFontMetrics(bold).horizontalAdvance(tr("Compare")) + note_->sizeHint().width() +
        layout()->spacing();
    const bool roomy_now = !note_->isHidden();
    const int brief_minimum = layout()->minimumSize().width() - (roomy_now ? extra : 0);
    const bool roomy = width() >= brief_minimum + extra;
    if (roomy == roomy_now && !title_->text().isEmpty()) return;
    note_->setVisible(roomy);
    title_->setText(roomy ? full : brief);
    title_->setToolTip(roomy ? QString()
                             : tr("Twin restaurants, same guests. Changing what is compared opens "
                                  "both again."));
}

QLabel* CompareBar::addSide(QHBoxLayout* row, QComboBox*& choice, QDoubleSpinBox*& value) {
    // Its colour and name, a switch (policy, delivery) or a number.
    auto* label = new QLabel(this);
    label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);  // a tag, not a column
    row->addWidget(label);
    choice = new QComboBox(this);
    value = new QDoubleSpinBox(this);
    row->addWidget(choice);
    row->addWidget(value);
    return label;
}

void CompareBar::connectControls() {
    connect(parameter_, &QComboBox::currentIndexChanged, this, [this] {
        if (updating_) return;
        const auto p = static_cast<Parameter>(parameter_->currentData().toInt());
        twins_.start(Contrast::around(p, twins_.primary().parameter(p)));
    });
    for (QComboBox* box : {switch_a_, switch_b_})
        connect(box, &QComboBox::activated, this, &CompareBar::apply);
    for (QDoubleSpinBox* box : {value_a_, value_b_})
        connect(box, &QDoubleSpinBox::editingFinished, this, &CompareBar::apply);
    connect(&twins_, &TwinRestaurants::started, this, &CompareBar::refresh);
}

void CompareBar::apply() {
    if (updating_) return;
    Contrast c = twins_.contrast();
    if (isSwitch(c.parameter)) {
        c.a = switchValue(c.parameter, switch_a_->currentIndex());
        c.b = switchValue(c.parameter, switch_b_->currentIndex());
    } else {
        c.a = from_number(c.parameter, value_a_->value());
        c.b = from_number(c.parameter, value_b_->value());
    }
    if (c.a != twins_.contrast().a || c.b != twins_.contrast().b) twins_.start(c);
}

void CompareBar::refresh() {
    updating_ = true;
    const Contrast& c = twins_.contrast();
    colourSide(side_a_, c.colourA());
    colourSide(side_b_, c.colourB());
    parameter_->setCurrentIndex(parameter_->findData(static_cast<int>(c.parameter)));
    const bool toggle = isSwitch(c.parameter);
    for (QComboBox* box : {switch_a_, switch_b_}) {
        box->clear();
        if (toggle)
            box->addItems(
                {c.name(switchValue(c.parameter, 0)), c.name(switchValue(c.parameter, 1))});
        box->setVisible(toggle);
    }
    const Choice& choice_now = choice(c.parameter);
    for (QDoubleSpinBox* box : {value_a_, value_b_}) {
        box->setRange(choice_now.min, choice_now.max);
        box->setSingleStep(choice_now.step);
        box->setDecimals(choice_now.decimals);
        box->setVisible(!toggle);
    }
    switch_a_->setCurrentIndex(switchPosition(c.a));
    switch_b_->setCurrentIndex(switchPosition(c.b));
    if (!toggle) {
        value_a_->setValue(number(c.parameter, c.a));
        value_b_->setValue(number(c.parameter, c.b));
    }
    updating_ = false;
}

}  // namespace bistro::gui
