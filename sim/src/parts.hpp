#pragma once
// A restaurant's parts, wired together: what the Restaurant facade owns.

#include "dining_room.hpp"
#include "house.hpp"
#include "kitchen.hpp"
#include "waiters.hpp"

namespace bistro::model {

struct Parts {
    Parts(const Scenario& scenario, const FloorPlan& floor)
        : house(scenario, floor), room(house), kitchen(house), crew(house) {
        house.room = &room;
        house.kitchen = &kitchen;
        house.crew = &crew;
    }
    House house;
    DiningRoom room;
    Kitchen kitchen;
    WaiterCrew crew;  // last, so destroyed first: its programs refer to the rest
};

}  // namespace bistro::model
