// Async Bistro, asynchronous, whole order: waiters are async functions on one thread.
// A waiter hands the ticket in and goes on; when the whole order is cooked the bell puts
// a delivery task on the queue, for any waiter (Promise.all waits for every dish).
// Run: node async_whole_order.js [--waiters N] [--parties N]

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
const start = performance.now();
const elapsed = () => (performance.now() - start) / 1000;
const say = (text) => console.log(`${elapsed().toFixed(2).padStart(5)}s  ${text}`);
const sleep = (seconds) => new Promise((wake) => setTimeout(wake, seconds * 1000));
const MENU = Object.keys(COOK_TIME);
const dishesOf = (table) => // fixed, so every run is the same: 1 to 4 guests, a dish each
  Array.from({ length: 1 + (table % 4) }, (_, guest) => MENU[(table + guest) % 4]);
const served = []; // when each order was on its table
let paid = 0; // no lock needed: one waiter runs at a time, the others wait at an await

class TaskQueue { // the task queue every waiter takes from: the event loop's queue
  #tasks = [];
  #idle = []; // the waiters waiting for a task
  put(task) {
    if (this.#idle.length > 0) this.#idle.shift()(task); // straight to an idle waiter
    else this.#tasks.push(task);
  }
  take() { // a promise of the next task
    if (this.#tasks.length > 0) return Promise.resolve(this.#tasks.shift());
    return new Promise((give) => this.#idle.push(give));
  }
}
const tasks = new TaskQueue();

let freeCooks = COOKS;
const dishesWaiting = []; // in the kitchen a dish waits for a free cook, first come first served
async function cook(table, dish) { // the kitchen works on while the waiters go on
  if (freeCooks > 0) freeCooks--;
  else await new Promise((yourTurn) => dishesWaiting.push(yourTurn));
  await sleep(COOK_TIME[dish]);
  if (dishesWaiting.length > 0) dishesWaiting.shift()(); // the cook goes on to the next dish
  else freeCooks++;
  say(`bell: table ${table}'s ${dish} is ready`);
  return dish;
}

async function bell(table, cooking) { // rings when the whole order is at the pass
  const food = await Promise.all(cooking); // the kitchen calls back here  @on:dish_ready
  tasks.put({ program: deliver, table, food }); // a delivery task, for any waiter
}

async function takeOrder(me, table) {
  await sleep(WALK_TIME); // walk to the table  @step:to_take_order
  say(`waiter ${me} takes the order of table ${table}`);
  await sleep(ORDER_TIME); // take the order  @step:taking_order
  const dishes = dishesOf(table);
  await sleep(WALK_TIME); // walk to the pass with the ticket  @step:carrying_ticket
  const cooking = dishes.map((dish) => cook(table, dish)); // hand it in  @on:ticket_handed_in
  bell(table, cooking); // no await: it returns at once, like the cooks
  say(`waiter ${me} hands table ${table}'s ticket in and makes the drinks`);
  await sleep(OWN_WORK); // own work (real CPU work would hold every waiter up)  @step:making_drinks
  say(`waiter ${me} lets go of table ${table}: the bell will call`);
}

async function deliver(me, table, food) { // the bell called: any free waiter brings the food
  await sleep(WALK_TIME); // walk to the pass for the food  @step:fetching_food
  say(`waiter ${me} fetches table ${table}'s food at the pass`);
  await sleep(WALK_TIME); // carry the plates to the table  @step:carrying_food
  await sleep(SERVE_TIME); // set the plates down  @step:serving
  say(`waiter ${me} serves table ${table}: ${food.join(", ")}`);
  served.push(elapsed());
  tasks.put({ program: bringBill, table }); // the guests eat and ask for the bill
}

async function bringBill(me, table) {
  await sleep(WALK_TIME); // walk to the table with the bill  @step:to_bill
  await sleep(BILL_TIME); // the party pays  @step:billing
  say(`table ${table} pays and leaves (waiter ${me})`);
  if (++paid === parties)
    console.log(`served ${served.length} orders in ${Math.max(0, ...served).toFixed(2)} s`);
}

async function waiter(me) { // every waiter runs this loop; they take turns on one thread
  for (;;) {
    const { program, table, food } = await tasks.take(); // idle until there is a task  @step:waiting_for_task
    await program(me, table, food); // take an order, deliver food or bring a bill
  }
}

for (let table = 1; table <= parties; table++) { // every table has read the menu
  tasks.put({ program: takeOrder, table });
}
for (let me = 1; me <= waiters; me++) waiter(me); // node ends when nothing is left to wait for
