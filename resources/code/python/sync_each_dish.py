"""Async Bistro, synchronous, each dish: waiters are threads; a waiter who hands a
ticket in stands at the pass, serves each dish as it comes and goes back for the
rest, like a thread reading a stream.
Run: python3 sync_each_dish.py [--waiters N] [--parties N]"""
import argparse
import queue
import threading
import time

# The lunch rush, shrunk: a minute of restaurant time is 0.05 s here.
WAITERS = 3  # @param:waiters
COOKS = 4  # @param:cooks
PARTIES = 6
COOK_TIME = {"soup": 0.10, "salad": 0.15, "pasta": 0.30, "steak": 0.45}  # 2, 3, 6, 9 min
ORDER_TIME = 0.10  # taking an order: 2 min
OWN_WORK = 0.05  # making the drinks: 1 min
WALK_TIME = 0.01  # a walk across the room: 12 s
SERVE_TIME = 0.025  # setting the plates down: 30 s
BILL_TIME = 0.10  # the bill: 2 min

START = time.monotonic()
tasks = queue.Queue()  # the task queue every waiter takes from
cooks = threading.Semaphore(COOKS)  # in the kitchen a dish waits for a free cook
printer = threading.Lock()
served = []  # when each order was on its table


def say(text):
    with printer:  # one thread at a time, so lines never mix
        print(f"{time.monotonic() - START:5.2f}s  {text}", flush=True)


def dishes_of(table):  # fixed, so every run is the same: 1 to 4 guests, a dish each
    return [list(COOK_TIME)[(table + guest) % 4] for guest in range(1 + table % 4)]


def cook(table, dish, at_pass):  # a cook's own thread: the kitchen works like a disk or a server
    with cooks:
        time.sleep(COOK_TIME[dish])
    say(f"bell: table {table}'s {dish} is ready")
    at_pass.put(dish)


def hand_in_ticket(table, dishes):  # returns at once: the cooks start on the dishes
    at_pass = queue.Queue()  # where this order's dishes come out
    for dish in dishes:
        threading.Thread(target=cook, args=(table, dish, at_pass)).start()
    return at_pass


def take_order(me, table):
    time.sleep(WALK_TIME)  # walk to the table  @step:to_take_order
    say(f"waiter {me} takes the order of table {table}")
    time.sleep(ORDER_TIME)  # take the order  @step:taking_order
    dishes = dishes_of(table)
    time.sleep(WALK_TIME)  # walk to the pass with the ticket  @step:carrying_ticket
    at_pass = hand_in_ticket(table, dishes)  # @on:ticket_handed_in
    say(f"waiter {me} hands table {table}'s ticket in and makes the drinks")
    time.sleep(OWN_WORK)  # the waiter's own work: nobody else can do it  @step:making_drinks
    done = 0
    while done < len(dishes):  # serve what is ready, then go back to the pass for the rest
        say(f"waiter {me} waits at the pass (blocked)")
        food = [at_pass.get()]  # blocks: this waiter waits here  @step:waiting_at_pass @on:dish_ready
        while not at_pass.empty():  # and takes whatever else is ready too
            food.append(at_pass.get())
        done += len(food)
        time.sleep(WALK_TIME)  # carry the plates to the table  @step:carrying_food
        time.sleep(SERVE_TIME)  # set the plates down  @step:serving
        say(f"waiter {me} serves table {table}: {', '.join(food)} ({done} of {len(dishes)})")
        if done < len(dishes):
            time.sleep(WALK_TIME)  # back to the pass
    served.append(time.monotonic() - START)
    tasks.put((bring_bill, table))  # the guests eat and ask for the bill


def bring_bill(me, table):
    time.sleep(WALK_TIME)  # walk to the table with the bill  @step:to_bill
    time.sleep(BILL_TIME)  # the party pays  @step:billing
    say(f"table {table} pays and leaves (waiter {me})")


def waiter(me):  # every waiter runs this loop, on a thread of its own
    while True:
        task, table = tasks.get()  # idle until there is a task  @step:waiting_for_task
        task(me, table)  # take an order and serve it, or bring a bill
        tasks.task_done()


parser = argparse.ArgumentParser(description="The synchronous bistro, each dish.")
parser.add_argument("--waiters", type=int, default=WAITERS)
parser.add_argument("--parties", type=int, default=PARTIES)
args = parser.parse_args()
for table in range(1, args.parties + 1):  # every table has read the menu
    tasks.put((take_order, table))
for me in range(1, args.waiters + 1):
    threading.Thread(target=waiter, args=(me,), daemon=True).start()
tasks.join()  # every task done: every party has paid
print(f"served {len(served)} orders in {max(served, default=0):.2f} s")
