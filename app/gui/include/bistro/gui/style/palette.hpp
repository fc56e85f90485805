#pragma once
// One palette for the whole app: Okabe-Ito colours, safe for colour-blind
// viewers and distinct on a projector, always paired with a shape or an icon.

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include "bistro/sim/entities.hpp"

namespace bistro::gui::palette {

inline const QColor black{0x22, 0x22, 0x22};
inline const QColor orange{0xE6, 0x9F, 0x00};
inline const QColor sky_blue{0x56, 0xB4, 0xE9};
inline const QColor bluish_green{0x00, 0x9E, 0x73};
inline const QColor yellow{0xF0, 0xE4, 0x42};
inline const QColor blue{0x00, 0x72, 0xB2};
inline const QColor vermilion{0xD5, 0x5E, 0x00};
inline const QColor reddish_purple{0xCC, 0x79, 0xA7};
inline const QColor idle_grey{0x99, 0x99, 0x99};
/// A cook at work is black (Okabe-Ito's eighth colour): the kitchen is I/O, and its
/// colour is no waiter's. A burnt dish cooked again is charred brown.
inline const QColor cooking = black;
inline const QColor burnt{0x8C, 0x51, 0x0A};
/// A party waiting for its food has an empty white plate for a badge, drawn in ink.
inline const QColor empty_plate{0xFF, 0xFF, 0xFF};

inline const QColor floor_colour{0xFB, 0xF7, 0xF0};
inline const QColor wall{0x5B, 0x4B, 0x3A};
inline const QColor wood{0xE4, 0xD3, 0xBA};
inline const QColor wood_edge{0xB8, 0x9B, 0x76};
inline const QColor kitchen_floor{0xE9, 0xEC, 0xEF};
inline const QColor steel{0xB9, 0xC2, 0xCA};
inline const QColor ink{0x2B, 0x2B, 0x2B};
inline const QColor muted_ink{0x6B, 0x6B, 0x6B};
/// Presenter mode: a projector washes out light greys, so text is darker still.
inline const QColor projector_ink{0x00, 0x00, 0x00};
inline const QColor projector_muted_ink{0x33, 0x33, 0x33};

/// Sync and async in compare mode and plots: the same two everywhere.
inline const QColor sync_colour = vermilion;
inline const QColor async_colour = blue;
/// Any other comparison (cooks, waiters, delivery): two colours that say neither sync nor async.
inline const QColor other_a_colour = bluish_green;
inline const QColor other_b_colour = reddish_purple;

inline QColor of(WaiterState s) {
    switch (s) {
        case WaiterState::idle:
            return idle_grey;
        case WaiterState::walking:
            return blue;
        case WaiterState::taking_order:
            return sky_blue;
        case WaiterState::making_drinks:
            return orange;
        case WaiterState::blocked:
            return vermilion;
        case WaiterState::delivering:
            return bluish_green;
        case WaiterState::billing:
            return reddish_purple;
    }
    return idle_grey;
}

inline QColor of(PartyState s) {
    switch (s) {
        case PartyState::at_door:
            return idle_grey;
        case PartyState::reading_menu:
            return sky_blue;
        case PartyState::waiting_to_order:
            return yellow;
        case PartyState::ordering:
            return sky_blue;
        case PartyState::waiting_for_food:
            return empty_plate;
        case PartyState::eating:
            return bluish_green;
        case PartyState::waiting_for_bill:
            return reddish_purple;
        case PartyState::paying:
            return reddish_purple;
    }
    return idle_grey;
}

/// The colour an icon is drawn in on a badge of `background`: ink on the light ones.
inline QColor iconOn(const QColor& background) {
    return background.lightnessF() > 0.8f || background == yellow ? ink : QColor(Qt::white);
}

/// "blocked at the pass" and friends, capitalised for labels, in the interface's language.
inline QString label(WaiterState s) {
    switch (s) {
        case WaiterState::idle:
            return QCoreApplication::translate("Palette", "Idle");
        case WaiterState::walking:
            return QCoreApplication::translate("Palette", "Walking");
        case WaiterState::taking_order:
            return QCoreApplication::translate("Palette", "Taking an order");
        case WaiterState::making_drinks:
            return QCoreApplication::translate("Palette", "Making drinks (own work)");
        case WaiterState::blocked:
            return QCoreApplication::translate("Palette", "Blocked at the pass");
        case WaiterState::delivering:
            return QCoreApplication::translate("Palette", "Delivering");
        case WaiterState::billing:
            return QCoreApplication::translate("Palette", "Billing");
    }
    return {};
}

inline QString label(PartyState s) {
    switch (s) {
        case PartyState::at_door:
            return QCoreApplication::translate("Palette", "At the door");
        case PartyState::reading_menu:
            return QCoreApplication::translate("Palette", "Reading the menu");
        case PartyState::waiting_to_order:
            return QCoreApplication::translate("Palette", "Waiting to order");
        case PartyState::ordering:
            return QCoreApplication::translate("Palette", "Ordering");
        case PartyState::waiting_for_food:
            return QCoreApplication::translate("Palette", "Waiting for food");
        case PartyState::eating:
            return QCoreApplication::translate("Palette", "Eating");
        case PartyState::waiting_for_bill:
            return QCoreApplication::translate("Palette", "Waiting for the bill");
        case PartyState::paying:
            return QCoreApplication::translate("Palette", "Paying");
    }
    return {};
}

/// Why a party waits: the blocked waiters in the blocked state's colour.
inline QColor of(WaitCause c) {
    switch (c) {
        case WaitCause::table:
            return idle_grey;
        case WaitCause::waiters_busy:
            return sky_blue;
        case WaitCause::waiters_blocked:
            return vermilion;
        case WaitCause::waiter_at_work:
            return bluish_green;
        case WaitCause::kitchen:
            return cooking;
        case WaitCause::burnt:
            return burnt;
        case WaitCause::at_pass:
            return yellow;
    }
    return idle_grey;
}

/// A label inside a sentence: its first letter small ("Blocked at the pass" reads
/// "blocked at the pass"; German nouns inside it keep their capitals).
inline QString inSentence(QString label) {
    if (!label.isEmpty()) label[0] = label[0].toLower();
    return label;
}

/// What a party waits for, in a few words: "for a blocked waiter".
inline QString label(WaitCause c) {
    switch (c) {
        case WaitCause::table:
            return QCoreApplication::translate("Palette", "for a table");
        case WaitCause::waiters_busy:
            return QCoreApplication::translate("Palette", "for a waiter (all busy)");
        case WaitCause::waiters_blocked:
            return QCoreApplication::translate("Palette", "for a waiter (one blocked)");
        case WaitCause::waiter_at_work:
            return QCoreApplication::translate("Palette", "its waiter on the way");
        case WaitCause::kitchen:
            return QCoreApplication::translate("Palette", "for the kitchen");
        case WaitCause::burnt:
            return QCoreApplication::translate("Palette", "a burnt dish redone");
        case WaitCause::at_pass:
            return QCoreApplication::translate("Palette", "food at the pass");
    }
    return {};
}

}  // namespace bistro::gui::palette
