#pragma once
// A program: a process of the model written as a C++20 coroutine, as in SimPy
// or SimCpp20. It runs until it awaits something (a walk, the kitchen, the
// next task) and is resumed by the engine when that is over. A program may
// await another program (a sub-routine); it goes on when that one returns.
//
// Frames come from a FramePool owned by whoever runs the programs (no global
// state): a waiter runs a task or two at a time, so after the first few every
// frame is a recycled one and a call costs no allocation.

#include <array>
#include <coroutine>
#include <cstddef>
#include <exception>
#include <utility>
#include <vector>

namespace bistro {

/// Recycles coroutine frames by size. Not thread-safe: one per simulation.
class FramePool {
  public:
    FramePool() = default;
    FramePool(const FramePool&) = delete;
    FramePool& operator=(const FramePool&) = delete;
    ~FramePool() {
        for (Header* head : small_) free_all(head);
        for (auto& [size, head] : large_) free_all(head);
    }
    void* allocate(std::size_t size) {
        Header* h = nullptr;
        if (Header*& head = list(size); head)
            h = std::exchange(head, head->next);
        else
            h = static_cast<Header*>(::operator new(sizeof(Header) + rounded(size)));
        h->pool = this;
        return h + 1;
    }
    static void release(void* frame, std::size_t size) {
        Header* h = static_cast<Header*>(frame) - 1;
        Header*& head = h->pool->list(size);
        h->next = head;
        head = h;
    }

  private:
    union alignas(std::max_align_t) Header {
        FramePool* pool;
        Header* next;
    };
    static constexpr std::size_t granule = sizeof(Header);
    static constexpr std::size_t small_classes = 32;  // frames up to 512 bytes
    // A frame's size is a constant where its program is called, so for the
    // usual small frame the class is folded in and no list is searched.
    static std::size_t size_class(std::size_t size) { return (size + granule - 1) / granule; }
    static std::size_t rounded(std::size_t size) { return size_class(size) * granule; }
    Header*& list(std::size_t size) {
        if (const std::size_t c = size_class(size); c < small_classes) return small_[c];
        for (auto& [s, head] : large_)
            if (s == size) return head;
        return large_.emplace_back(size, nullptr).second;
    }
    static void free_all(Header* head) {
        while (head) ::operator delete(std::exchange(head, head->next));
    }
    std::array<Header*, small_classes> small_{};          // by size class
    std::vector<std::pair<std::size_t, Header*>> large_;  // by exact size
};

/// Something that owns a FramePool: the first parameter of every program.
template <class T>
concept RunsPrograms = requires(T& t) {
    { t.frames() } -> std::same_as<FramePool&>;
};

/// An owning handle to a coroutine. Calling a program runs it at once, up to
/// its first wait (no second call to start it); awaiting it goes on when it
/// returns. A program nobody awaits frees its frame as it returns (no call back
/// to destroy it), and its handle is then empty. An exception ends the program:
/// its handle rethrows it from done(), an awaiting program from its co_await
/// (so the engine, which resumed it, stops the run on it).
class Program {
  public:
    struct promise_type {
        std::coroutine_handle<> caller;  // the program awaiting this one, if any
        Program* owner = nullptr;        // the handle that owns the frame
        std::exception_ptr error;        // what it ended with, if it threw

        template <RunsPrograms Owner, class... Args>
        static void* operator new(std::size_t size, Owner& owner, Args&&...) {
            return owner.frames().allocate(size);
        }
        static void operator delete(void* frame, std::size_t size) {
            FramePool::release(frame, size);
        }
        Program get_return_object() { return Program(Handle::from_promise(*this)); }
        std::suspend_never initial_suspend() noexcept { return {}; }
        auto final_suspend() noexcept {
            struct ReturnToCaller {
                promise_type& p;
                bool await_ready() noexcept {
                    if (p.caller || p.error) return false;  // the caller or the owner reads it
                    if (p.owner) p.owner->handle_ = {};     // the frame is freed as it ends
                    return true;
                }
                std::coroutine_handle<> await_suspend(Handle) noexcept {
                    return p.caller ? p.caller : std::noop_coroutine();
                }
                void await_resume() noexcept {}
            };
            return ReturnToCaller{*this};
        }
        void return_void() {}
        // Kept, not thrown: an exception escaping the call that starts a program
        // would leave its frame to be freed twice under GCC 12 (by the call and
        // by the handle), once under the standard.
        void unhandled_exception() { error = std::current_exception(); }
    };
    using Handle = std::coroutine_handle<promise_type>;

    Program() = default;
    Program(Program&& other) noexcept : handle_(std::exchange(other.handle_, {})) { own(); }
    Program& operator=(Program&& other) noexcept {
        if (this != &other) {
            reset();
            handle_ = std::exchange(other.handle_, {});
            own();
        }
        return *this;
    }
    ~Program() { reset(); }

    explicit operator bool() const { return static_cast<bool>(handle_); }
    /// Whether it has returned (or is empty); rethrows what it ended with, if it threw.
    bool done() const {
        if (!handle_) return true;
        if (!handle_.done()) return false;
        rethrow();
        return true;
    }
    std::coroutine_handle<> handle() const { return handle_; }
    /// Ends the program where it stands (its frame and those it awaits are freed).
    void reset() {
        if (handle_) std::exchange(handle_, {}).destroy();
    }

    // Awaiting a program (already running, or done) goes on when it returns.
    bool await_ready() const noexcept { return !handle_ || handle_.done(); }
    void await_suspend(std::coroutine_handle<> caller) noexcept {
        handle_.promise().caller = caller;
    }
    void await_resume() const { rethrow(); }

  private:
    void rethrow() const {
        if (handle_ && handle_.promise().error) std::rethrow_exception(handle_.promise().error);
    }
    explicit Program(Handle h) : handle_(h) { own(); }
    void own() {
        if (handle_) handle_.promise().owner = this;
    }
    Handle handle_;
};

}  // namespace bistro
