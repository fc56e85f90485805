#pragma once
// The waiters: a crew sharing one task queue (the event loop's queue), each
// waiter running a program (waiter_programs.cpp) written in the words of this
// file: walk to a table, take the order, hand the ticket in, wait at the pass,
// serve, bring the bill. Every word that takes time is awaited; the crew
// resumes the program when that time is over.

#include <coroutine>
#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

#include "bistro/sim/program.hpp"
#include "house.hpp"
#include "staff.hpp"

namespace bistro::model {

/// One job from the shared queue.
struct Task {
    TaskKind kind = TaskKind::none;
    std::uint32_t party = 0;  ///< slot
    Dishes dishes;            ///< to deliver
    explicit operator bool() const { return kind != TaskKind::none; }
};

class WaiterCrew;

/// A waiter: its state on the floor, and the vocabulary its program is written in.
class Waiter : public StaffMember {
  public:
    /// Something that takes time: a walk or a piece of work. Ready at once when
    /// it takes none; otherwise the crew resumes the program when it ends.
    struct Activity {
        Waiter& me;
        bool instant;
        bool await_ready() const { return instant; }
        void await_suspend(std::coroutine_handle<> h) { me.resume_point_ = h; }
        void await_resume() const {}
    };
    struct TakingOrder : Activity {
        Party& party;
        void await_resume() const;
    };
    struct Serving : Activity {
        Party& party;
        void await_resume() const;
    };
    struct Billing : Activity {
        Party& party;
        void await_resume() const;
    };
    struct PassWait : Activity {
        Party& party;
        Dishes await_resume() const;
    };

    // --- the program's words -------------------------------------------------
    Party& party(const Task& t);
    /// Walks to the party's table (a walk to a table to take an order, bring food
    /// or the bill).
    Activity walk_to(const Party& p, WaiterStep step);
    /// Walks to the pass (with a ticket).
    Activity walk_to_pass(WaiterStep step);
    /// Walks to the pass for a party's food (a delivery task: counts as going to its table).
    Activity walk_to_pass_for(const Party& p, WaiterStep step);
    TakingOrder take_order(Party& p);
    /// The order's dishes join the kitchen's queue; the order is this waiter's
    /// until it lets go.
    void hand_in_ticket(Party& p);
    /// The waiter's own work for an order (drinks, bread): it cannot be handed off.
    Activity make_drinks(const Party& p);
    /// A blocking call: (back) at the pass, waits until the kitchen has food for
    /// the order to deliver (per the delivery mode) and returns those dishes; or
    /// returns none when the house changes its policy meanwhile.
    PassWait wait_at_pass(Party& p);
    void pick_up(Party& p, Dishes dishes);
    Serving serve(Party& p, Dishes dishes);
    /// The bell will call for the order's food: the kitchen queues a delivery task
    /// for any waiter when it is ready.
    void let_go(Party& p);
    Billing bill(Party& p);
    /// Whether each change of table costs this waiter a context switch.
    void juggle_tables(bool juggling) { juggling_ = juggling; }
    /// The policy the house runs now.
    Policy house_policy() const;

    // --- state, read by the crew and the snapshot ----------------------------
    int id = 0;
    WaiterState state = WaiterState::idle;
    WaiterStep step = WaiterStep::waiting_for_task;
    double since = 0.0, until = 0.0;
    Task task;
    Point position, destination;  // equal unless walking
    double depart = 0.0;
    int last_table = -1;
    Dishes carrying;
    FramePool& frames();

  private:
    friend class WaiterCrew;
    WaiterCrew* crew_ = nullptr;
    Program program_;  // the task's; none while idle
    std::coroutine_handle<> resume_point_;
    Policy waiting_under_ = Policy::synchronous;  // the house's policy when wait_at_pass began
    bool juggling_ = false;
    bool then_wait_ = false;  // walking back to the pass to wait there
};

/// The waiters and their shared task queue.
class WaiterCrew {
  public:
    explicit WaiterCrew(House& house);
    ~WaiterCrew();
    WaiterCrew(const WaiterCrew&) = delete;
    WaiterCrew& operator=(const WaiterCrew&) = delete;

    /// Queues a task (FIFO, or deliveries first) and gives it to a free waiter.
    void queue_task(Task t);
    /// A waiter's walk or work has ended.
    void on_activity_done(int w);
    /// A dish is ready at the pass: the waiter holding its order, if waiting,
    /// takes it; an order nobody holds rings the bell.
    void food_at_pass(std::uint32_t slot);
    void set_waiter_count(int n);
    /// Wakes the waiters blocked at the pass: they see the new policy. (Every
    /// order and task taken from now on follows it.)
    void policy_changed();
    /// Rings the bell for food waiting at the pass that the new mode lets go.
    void delivery_changed();

    /// Every waiter ever hired, by number (those who left are not `present`).
    std::size_t size() const { return waiters_.size(); }
    const Waiter& operator[](std::size_t i) const { return *waiters_[i]; }
    const std::deque<Task>& tasks() const { return tasks_; }
    std::size_t capacity_bytes() const {
        return waiters_.capacity() * (sizeof(Waiter) + sizeof(waiters_.front())) +
               tasks_.size() * sizeof(Task);
    }
    FramePool& frames() { return frames_; }

  private:
    friend class Waiter;
    void resume(Waiter& w);
    void run_tasks(Waiter& w);
    void see_out(std::size_t paid_before);
    bool next_task(Waiter& w);
    void start_task(Waiter& w, Task t);
    /// The task is the waiter's: a party it goes to waits for it no longer.
    void assign(Waiter& w, Task t);
    void dispatch_tasks();
    // A walk or a piece of work: true when it takes no time (the waiter goes on at
    // once). The quick case is inlined; what takes time is a call of its own.
    bool walk(Waiter& w, Point destination, int table, WaiterStep step) {
        w.step = step;
        if (!walks_) {  // no walking and no juggling: there at once
            if (table >= 0) w.last_table = table;
            w.position = w.destination = destination;
            return true;
        }
        return walk_there(w, destination, table);
    }
    bool walk_there(Waiter& w, Point destination, int table);
    bool work(Waiter& w, WaiterState state, WaiterStep step, double duration) {
        w.step = step;
        if (duration <= 0.0) return true;
        start_work(w, state, duration);
        return false;
    }
    void start_work(Waiter& w, WaiterState state, double duration);
    bool start_waiting(Waiter& w, Party& p);
    bool policy_changed_since(const Waiter& w) const {
        return w.waiting_under_ != h_.params.policy;
    }
    bool deliverable(const Party& p) const;
    void ring_bell(std::uint32_t slot);
    void order_taken(Waiter& w, Party& p);
    void set_food_down(Waiter& w, Party& p);
    void bill_paid(Waiter& w, Party& p);
    void set_state(Waiter& w, WaiterState s);
    void hire(std::size_t i);
    void remove(Waiter& w);
    void update_free(const Waiter& w) {
        free_.assign(static_cast<std::size_t>(w.id), w.staying() && w.task.kind == TaskKind::none);
    }

    House& h_;
    bool walks_;                                    // walking or changing tables takes time
    FramePool frames_;                              // before the waiters: their programs live in it
    std::vector<std::unique_ptr<Waiter>> waiters_;  // each stays put: its program holds on to it
    StaffSet free_;                                 // staying and without a task (so idle)
    std::deque<Task> tasks_;
    std::vector<std::uint32_t> leaving_;  // parties whose bill is paid, to leave once
                                          // their waiter has moved on
};

inline FramePool& Waiter::frames() {
    return crew_->frames();
}

}  // namespace bistro::model
