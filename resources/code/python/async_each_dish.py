"""Async Bistro, asynchronous, each dish: waiters are asyncio tasks on one thread.
A waiter hands the ticket in and goes on; as each dish is cooked the bell puts a
delivery task for it on the queue, for any waiter.
Run: python3 async_each_dish.py [--waiters N] [--parties N]"""
import argparse
import asyncio
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
tasks = asyncio.Queue()  # the task queue every waiter takes from: the event loop's queue
cooks = asyncio.Semaphore(COOKS)  # in the kitchen a dish waits for a free cook
running = []  # the waiters and the bells: asyncio itself keeps only weak references
served = []  # when each order was on its table
on_table = {}  # per table: how many of its dishes have been served
leaving = asyncio.Queue()  # the parties that have paid, on their way out


def say(text):  # no lock: one waiter runs at a time, the others wait at an await
    print(f"{time.monotonic() - START:5.2f}s  {text}", flush=True)


def dishes_of(table):  # fixed, so every run is the same: 1 to 4 guests, a dish each
    return [list(COOK_TIME)[(table + guest) % 4] for guest in range(1 + table % 4)]


async def cook(table, dish):  # a cook: the kitchen works on while the waiters go on
    async with cooks:
        await asyncio.sleep(COOK_TIME[dish])
    say(f"bell: table {table}'s {dish} is ready")
    return dish


async def bell(table, cooking):  # rings for each dish as soon as it is at the pass
    for next_dish in asyncio.as_completed(cooking):
        food = await next_dish  # the kitchen calls back here  @on:dish_ready
        tasks.put_nowait((deliver, table, [food]))  # a delivery task, for any waiter


async def take_order(me, table):
    await asyncio.sleep(WALK_TIME)  # walk to the table  @step:to_take_order
    say(f"waiter {me} takes the order of table {table}")
    await asyncio.sleep(ORDER_TIME)  # take the order  @step:taking_order
    dishes = dishes_of(table)
    await asyncio.sleep(WALK_TIME)  # walk to the pass with the ticket  @step:carrying_ticket
    cooking = [asyncio.create_task(cook(table, d)) for d in dishes]  # hand it in  @on:ticket_handed_in
    running.append(asyncio.create_task(bell(table, cooking)))  # returns at once, like the cooks
    say(f"waiter {me} hands table {table}'s ticket in and makes the drinks")
    await asyncio.sleep(OWN_WORK)  # own work (real CPU work would hold every waiter up)  @step:making_drinks
    say(f"waiter {me} lets go of table {table}: the bell will call")


async def deliver(me, table, food):  # the bell called: any free waiter brings the food
    await asyncio.sleep(WALK_TIME)  # walk to the pass for the food  @step:fetching_food
    say(f"waiter {me} fetches table {table}'s food at the pass")
    await asyncio.sleep(WALK_TIME)  # carry the plates to the table  @step:carrying_food
    await asyncio.sleep(SERVE_TIME)  # set the plates down  @step:serving
    on_table[table] = on_table.get(table, 0) + len(food)
    ordered = len(dishes_of(table))
    say(f"waiter {me} serves table {table}: {', '.join(food)} ({on_table[table]} of {ordered})")
    if on_table[table] == ordered:  # the whole order is on the table
        served.append(time.monotonic() - START)
        tasks.put_nowait((bring_bill, table))  # the guests eat and ask for the bill


async def bring_bill(me, table):
    await asyncio.sleep(WALK_TIME)  # walk to the table with the bill  @step:to_bill
    await asyncio.sleep(BILL_TIME)  # the party pays  @step:billing
    say(f"table {table} pays and leaves (waiter {me})")
    leaving.put_nowait(table)


async def waiter(me):  # every waiter runs this loop; they take turns on one thread
    while True:
        task, *details = await tasks.get()  # idle until there is a task  @step:waiting_for_task
        await task(me, *details)  # take an order, deliver food or bring a bill


async def main():
    for table in range(1, args.parties + 1):  # every table has read the menu
        tasks.put_nowait((take_order, table))
    running.extend(asyncio.create_task(waiter(me)) for me in range(1, args.waiters + 1))
    for _ in range(args.parties):  # until every party has paid and left
        await leaving.get()
    print(f"served {len(served)} orders in {max(served, default=0):.2f} s")


parser = argparse.ArgumentParser(description="The asynchronous bistro, each dish.")
parser.add_argument("--waiters", type=int, default=WAITERS)
parser.add_argument("--parties", type=int, default=PARTIES)
args = parser.parse_args()
asyncio.run(main())
