// Async Bistro, synchronous, whole order: a waiter who hands a ticket in stands at the
// pass until the whole order is cooked, like a thread making a blocking call.
//
// JavaScript runs your code on one thread, where a blocking call would stop every waiter.
// To block honestly, each waiter here is a thread of its own (worker_threads) whose call
// to the kitchen really stops it (Atomics.wait) until the food is cooked. The main thread
// is the kitchen: the I/O device, working on its own as Node's I/O does beside your code.
// The task queue and the pass are memory all the threads share (a SharedArrayBuffer).
// Run: node sync_whole_order.js [--waiters N] [--parties N]
const { Worker, isMainThread, parentPort, workerData } = require("node:worker_threads");
const { writeSync } = require("node:fs");

// The lunch rush, shrunk: a minute of restaurant time is 0.05 s here.
const WAITERS = 3; // @param:waiters
const COOKS = 4; // @param:cooks
const PARTIES = 6;
const COOK_TIME = { soup: 0.1, salad: 0.15, pasta: 0.3, steak: 0.45 }; // 2, 3, 6, 9 min
const ORDER_TIME = 0.1; // taking an order: 2 min
const OWN_WORK = 0.05; // making the drinks: 1 min
const WALK_TIME = 0.01; // a walk across the room: 12 s
const SERVE_TIME = 0.025; // setting the plates down: 30 s
const BILL_TIME = 0.1; // the bill: 2 min

const option = (name, otherwise) => // --waiters N, --parties N
  (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : otherwise);
const [waiters, parties] = [option("--waiters", WAITERS), option("--parties", PARTIES)];
// The shared memory: the next task to take, the next free place in the queue, the parties
// that have paid, then per table the dishes at the pass, then the queue: [kind, table] each.
const [TAKE, PUT, PAID, PASS, QUEUE] = [0, 1, 2, 3, 4 + parties];
const [ORDER, BILL, CLOSE] = [1, 2, 3]; // the kinds of task
const memory = isMainThread // made by the main thread, handed to every waiter
  ? new Int32Array(new SharedArrayBuffer(4 * (QUEUE + 2 * (2 * parties + waiters))))
  : workerData.memory;
const start = isMainThread ? Date.now() : workerData.start;
const elapsed = () => (Date.now() - start) / 1000;
// A line at once, straight to the output, from whichever thread:
const say = (text) => writeSync(1, `${elapsed().toFixed(2).padStart(5)}s  ${text}\n`);
const MENU = Object.keys(COOK_TIME);
const dishesOf = (table) => // fixed, so every run is the same: 1 to 4 guests, a dish each
  Array.from({ length: 1 + (table % 4) }, (_, guest) => MENU[(table + guest) % 4]);

function put(kind, table) { // to the back of the task queue
  const slot = QUEUE + 2 * Atomics.add(memory, PUT, 1);
  Atomics.store(memory, slot + 1, table);
  Atomics.store(memory, slot, kind);
  Atomics.notify(memory, slot); // wakes the waiter waiting for this task, if any
}
function take() { // the next task: take a number, as at the bakery, and wait for it
  const slot = QUEUE + 2 * Atomics.add(memory, TAKE, 1);
  Atomics.wait(memory, slot, 0); // this thread sleeps until that task is there
  return [Atomics.load(memory, slot), Atomics.load(memory, slot + 1)];
}
const nap = new Int32Array(new SharedArrayBuffer(4));
const sleep = (seconds) => Atomics.wait(nap, 0, 0, seconds * 1000); // blocks, like time.sleep

function takeOrder(me, table) {
  sleep(WALK_TIME); // walk to the table  @step:to_take_order
  say(`waiter ${me} takes the order of table ${table}`);
  sleep(ORDER_TIME); // take the order  @step:taking_order
  const dishes = dishesOf(table);
  sleep(WALK_TIME); // walk to the pass with the ticket  @step:carrying_ticket
  parentPort.postMessage({ table, dishes }); // hand it in: the cooks start  @on:ticket_handed_in
  say(`waiter ${me} hands table ${table}'s ticket in and makes the drinks`);
  sleep(OWN_WORK); // the waiter's own work: nobody else can do it  @step:making_drinks
  say(`waiter ${me} waits at the pass (blocked)`);
  const food = waitAtPass(table, dishes); // blocks: this waiter waits here  @step:waiting_at_pass @on:dish_ready
  sleep(WALK_TIME); // carry the plates to the table  @step:carrying_food
  sleep(SERVE_TIME); // set the plates down  @step:serving
  say(`waiter ${me} serves table ${table}: ${food.join(", ")}`);
  parentPort.postMessage({ served: elapsed() });
  put(BILL, table); // the guests eat and ask for the bill
}
function waitAtPass(table, dishes) { // the blocking call: returns when every dish is there
  for (let ready; (ready = Atomics.load(memory, PASS + table)) < dishes.length;)
    Atomics.wait(memory, PASS + table, ready); // sleeps until the bell rings again
  return dishes;
}
function bringBill(me, table) {
  sleep(WALK_TIME); // walk to the table with the bill  @step:to_bill
  sleep(BILL_TIME); // the party pays  @step:billing
  say(`table ${table} pays and leaves (waiter ${me})`);
  if (Atomics.add(memory, PAID, 1) + 1 === parties) // the last one: every waiter may go home
    for (let w = 0; w < waiters; w++) put(CLOSE, 0);
}

if (!isMainThread) { // a waiter: this loop, on a thread of its own
  for (;;) {
    const [kind, table] = take(); // idle until there is a task  @step:waiting_for_task
    if (kind === CLOSE) break;
    if (kind === ORDER) takeOrder(workerData.me, table); // and serve it
    else bringBill(workerData.me, table);
  }
} else { // the kitchen: a dish waits for a free cook; when it is cooked, the bell rings
  let freeCooks = COOKS;
  let working = waiters; // waiters not yet gone home
  const dishesWaiting = []; // first come, first served
  const served = []; // when each order was on its table
  const cookNext = () => { // every free cook takes the next dish waiting
    while (freeCooks > 0 && dishesWaiting.length > 0) {
      const [table, dish] = dishesWaiting.shift();
      freeCooks--;
      setTimeout(() => { // cooked: the bell rings
        say(`bell: table ${table}'s ${dish} is ready`);
        Atomics.add(memory, PASS + table, 1); // the dish is at the pass,
        Atomics.notify(memory, PASS + table); // and a waiter blocked there wakes up
        freeCooks++;
        cookNext();
      }, COOK_TIME[dish] * 1000);
    }
  };
  for (let table = 1; table <= parties; table++) put(ORDER, table); // every table has read the menu
  for (let me = 1; me <= waiters; me++) {
    new Worker(__filename, { argv: process.argv.slice(2), workerData: { me, memory, start } })
      .on("message", (message) => { // a ticket handed in, or an order served
        if (message.served !== undefined) return served.push(message.served);
        dishesWaiting.push(...message.dishes.map((dish) => [message.table, dish]));
        cookNext();
      })
      .on("exit", () => { // this waiter went home; the last one closes the bistro
        if (--working > 0) return;
        console.log(`served ${served.length} orders in ${Math.max(0, ...served).toFixed(2)} s`);
      });
  }
}
