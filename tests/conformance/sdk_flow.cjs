// Drives the checkin_app emulator with Wix's official JavaScript SDK (@wix/sdk and the
// @wix/auto_sdk_events_* modules) through the door flow and the walk-up sale, and prints one
// JSON object with what the SDK saw. Run by tests/conformance/test_sdk_conformance.py.
//
// Env: EMULATOR_URL, WIX_SITE_ID, WIX_API_KEY. Every request the SDK makes to
// https://www.wixapis.com is rewritten to EMULATOR_URL; anything else is refused.
"use strict";

const { createClient, ApiKeyStrategy } = require("@wix/sdk");
const tickets = require("@wix/auto_sdk_events_tickets");
const orders = require("@wix/auto_sdk_events_orders");
const reservations = require("@wix/auto_sdk_events_ticket-reservations");
const events = require("@wix/auto_sdk_events_wix-events-v-2");
const definitions = require("@wix/auto_sdk_events_ticket-definitions-v-2");
const guests = require("@wix/auto_sdk_events_guests");
const forms = require("@wix/auto_sdk_events_forms");
const formsRest = require("@wix/auto_sdk_events_forms/meta");
const policies = require("@wix/auto_sdk_events_policies");
const schedule = require("@wix/auto_sdk_events_schedule");
const staff = require("@wix/auto_sdk_events_staff-members");

const WIX = "https://www.wixapis.com";
const base = process.env.EMULATOR_URL;
const calls = [];

async function emulatorFetch(input, init) {
  const url = typeof input === "string" ? input : input.url;
  if (!url.startsWith(WIX)) {
    throw new Error(`refusing a request outside Wix's API host: ${url}`);
  }
  const target = base + url.slice(WIX.length);
  const method = (init && init.method) || (typeof input === "string" ? "GET" : input.method);
  const response = await fetch(target, init);
  const parsed = new URL(target);
  calls.push({ method, path: parsed.pathname, query: parsed.search, status: response.status });
  return response;
}

const client = createClient({
  modules: { tickets, orders, reservations, events, definitions, guests, forms, policies, schedule, staff },
  auth: ApiKeyStrategy({ apiKey: process.env.WIX_API_KEY, siteId: process.env.WIX_SITE_ID }),
  fetch: emulatorFetch,
});

function describeError(err) {
  const details = err && err.details ? err.details : undefined;
  return {
    message: String(err && err.message),
    status: err && (err.httpStatus || (err.response && err.response.status) || err.status),
    details: details ? JSON.parse(JSON.stringify(details)) : undefined,
  };
}

async function attempt(fn) {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    return { ok: false, error: describeError(err) };
  }
}

// The forms module's updateControl/deleteControl (1.0.108) take `{ eventId }` identifiers
// and drop the control id, so they always address `/form/controls/undefined`. The same
// module's REST description (`/meta`: method and path of each call) still drives the call,
// through the SDK client's authenticated fetch.
async function viaRest(describe, params, body) {
  const call = describe();
  let url = WIX + call.getUrl({ host: "www.wixapis.com" });
  for (const [name, value] of Object.entries(params)) {
    url = url.replace(`:${name}`, encodeURIComponent(value));
  }
  const init = { method: call.httpMethod, headers: { "Content-Type": "application/json" } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await client.fetchWithAuth(url, init);
  const data = await response.json();
  if (!response.ok) {
    throw { message: data.message, httpStatus: response.status, details: data.details };
  }
  return data;
}

function iso(value) {
  return value instanceof Date ? value.toISOString() : value;
}

async function main() {
  const out = { steps: {} };
  const s = out.steps;

  // Events: find the published demo event and read its registration settings.
  const found = await client.events.queryEvents({ fields: ["REGISTRATION"] }).limit(10).find();
  const gala = found.items.find((e) => e.title === "Summer Gala");
  s.queryEvents = { count: found.items.length, titles: found.items.map((e) => e.title) };
  const event = await client.events.getEvent(gala._id, { fields: ["REGISTRATION", "DETAILS"] });
  s.getEvent = {
    id: event._id,
    status: event.status,
    registrationType: event.registration && event.registration.type,
    currency: event.registration && event.registration.tickets && event.registration.tickets.currency,
  };
  const eventId = event._id;

  // Ticket definitions with sales details.
  const defs = await client.definitions
    .queryTicketDefinitions({ fields: ["SALES_DETAILS"] })
    .eq("eventId", eventId)
    .find();
  s.queryTicketDefinitions = defs.items.map((d) => ({
    id: d._id,
    name: d.name,
    price: d.pricingMethod && d.pricingMethod.fixedPrice && d.pricingMethod.fixedPrice.value,
    sales: d.salesDetails,
  }));

  // Door flow: list tickets (two pages), get one, check in, undo, guests delta.
  const fieldset = ["TICKET_DETAILS", "GUEST_DETAILS"];
  const page1 = await client.tickets.listTickets({ eventId: [eventId], limit: 100, offset: 0, fieldset });
  const page2 = await client.tickets.listTickets({ eventId: [eventId], limit: 100, offset: 100, fieldset });
  s.listTickets = {
    total: page1.total,
    page1: page1.tickets.length,
    page2: page2.tickets.length,
    first: page1.tickets[0],
    distinct: new Set([...page1.tickets, ...page2.tickets].map((t) => t.ticketNumber)).size,
  };
  const bare = await client.tickets.listTickets({ eventId: [eventId], limit: 2 });
  s.listTicketsNoFieldset = bare.tickets;
  const ready = page1.tickets.filter(
    (t) => !t.checkIn && t.orderStatus === "PAID" && !t.archived && !t.canceled,
  );
  const [a, b] = ready;
  const got = await client.tickets.getTicket(a.ticketNumber, { eventId, fieldset });
  s.getTicket = { ticketNumber: got.ticketNumber, checkInUrl: got.checkInUrl, name: got.name };

  const since = new Date().toISOString();
  const checked = await client.tickets.checkInTickets(eventId, { ticketNumber: [a.ticketNumber, b.ticketNumber] });
  s.checkIn = checked.tickets.map((t) => ({ ticketNumber: t.ticketNumber, created: iso(t.checkIn && t.checkIn.created) }));
  const again = await client.tickets.checkInTickets(eventId, { ticketNumber: [a.ticketNumber] });
  s.checkInAgain = again.tickets.map((t) => ({ ticketNumber: t.ticketNumber, created: iso(t.checkIn && t.checkIn.created) }));
  const undone = await client.tickets.deleteTicketCheckIns(eventId, { ticketNumber: [b.ticketNumber] });
  s.deleteCheckIn = undone.tickets.map((t) => ({ ticketNumber: t.ticketNumber, checkIn: t.checkIn || null }));
  s.checkInUnknown = await attempt(() => client.tickets.checkInTickets(eventId, { ticketNumber: ["NOPE-NOPE-NO001"] }));

  const delta = await client.guests
    .queryGuests({ fields: ["GUEST_DETAILS"] })
    .eq("eventId", eventId)
    .gt("_updatedDate", since)
    .ascending("_updatedDate")
    .limit(50)
    .find();
  s.guestsDelta = delta.items.map((g) => ({
    ticketNumber: g.ticketNumber,
    guestType: g.guestType,
    checkedIn: g.guestDetails && g.guestDetails.checkedIn,
    updatedDate: iso(g._updatedDate),
  }));
  const guestPage = await client.guests.queryGuests().eq("eventId", eventId).limit(100).find();
  const guestNext = guestPage.hasNext() ? await guestPage.next() : null;
  s.guestsPaging = {
    first: guestPage.items.length,
    hasNext: guestPage.hasNext(),
    second: guestNext ? guestNext.items.length : 0,
    overlap: guestNext
      ? guestNext.items.filter((g) => guestPage.items.some((h) => h._id === g._id)).length
      : 0,
  };

  // Walk-up sale: reserve, checkout paying in person, confirm, read the order back.
  const general = defs.items.find((d) => d.name === "General Admission");
  const reservation = await client.reservations.createTicketReservation({
    tickets: [{ ticketDefinitionId: general._id, quantity: 2 }],
  });
  s.reservation = { id: reservation._id, status: reservation.status, expires: iso(reservation.expirationDate) };
  const sale = await client.orders.checkout(eventId, {
    reservationId: reservation._id,
    buyer: { firstName: "Walk", lastName: "Up", email: "walk.up@example.com" },
    options: { payInPerson: true },
  });
  s.checkout = {
    orderNumber: sale.order.orderNumber,
    status: sale.order.status,
    tickets: (sale.order.tickets || []).map((t) => t.ticketNumber),
    total: sale.order.totalPrice,
  };
  const confirmed = await client.orders.confirmOrder(eventId, { orderNumber: [sale.order.orderNumber] });
  s.confirm = confirmed.orders.map((o) => ({ orderNumber: o.orderNumber, status: o.status }));
  const order = await client.orders.getOrder(
    { eventId, orderNumber: sale.order.orderNumber },
    { fieldset: ["TICKETS", "DETAILS"] },
  );
  s.getOrder = {
    status: order.status,
    fullName: order.fullName,
    tickets: (order.tickets || []).map((t) => ({ ticketNumber: t.ticketNumber, checkInUrl: t.checkInUrl, orderStatus: t.orderStatus })),
  };
  const second = await client.reservations.createTicketReservation({
    tickets: [{ ticketDefinitionId: general._id, quantity: 1 }],
  });
  const canceled = await client.reservations.cancelTicketReservation(second._id);
  s.cancelReservation = { status: canceled.ticketReservation.status };
  const reread = await client.reservations.getTicketReservation(second._id);
  s.getCanceledReservation = { status: reread.status };
  const summary = await client.orders.getSummary({ eventId });
  s.summary = summary.sales;
  const listed = await client.orders.listOrders({ eventId: [eventId], limit: 5, fieldset: ["DETAILS"] });
  s.listOrders = { total: listed.total, count: listed.orders.length, statuses: listed.orders.map((o) => o.status) };

  // Setup flow: draft event → ticket definition → update (revision) → publish → clone.
  const start = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const end = new Date(start.getTime() + 3 * 3600 * 1000);
  const draft = await client.events.createEvent(
    {
      title: "SDK Conformance Night",
      location: { type: "VENUE", name: "Studio 1" },
      dateAndTimeSettings: { startDate: start, endDate: end, timeZoneId: "Europe/Berlin" },
      registration: {
        initialType: "TICKETING",
        tickets: { currency: "EUR", reservationDurationInMinutes: 15 },
      },
    },
    { draft: true, fields: ["REGISTRATION"] },
  );
  s.createEvent = {
    status: draft.status,
    slug: draft.slug,
    reservationMinutes: draft.registration.tickets.reservationDurationInMinutes,
  };
  const created = await client.definitions.createTicketDefinition(
    {
      eventId: draft._id,
      name: "Early Bird",
      feeType: "FEE_ADDED_AT_CHECKOUT",
      initialLimit: 50,
      pricingMethod: { fixedPrice: { value: "12.50", currency: "EUR" } },
    },
    { fields: ["SALES_DETAILS"] },
  );
  const updated = await client.definitions.updateTicketDefinition(created._id, {
    revision: created.revision,
    name: "Early Bird II",
  });
  s.ticketDefinition = {
    revision: created.revision,
    updatedRevision: updated.revision,
    name: updated.name,
    unsold: created.salesDetails && created.salesDetails.unsoldCount,
  };
  s.staleRevision = await attempt(() =>
    client.definitions.updateTicketDefinition(created._id, { revision: created.revision, name: "Late" }),
  );
  const published = await client.events.publishDraftEvent(draft._id);
  s.publish = { status: published.event.status };
  s.publishAgain = await attempt(() => client.events.publishDraftEvent(draft._id));
  const cloned = await client.events.cloneEvent(draft._id);
  s.clone = {
    title: cloned.event.title,
    status: cloned.event.status,
    days: Math.round(
      (new Date(cloned.event.dateAndTimeSettings.startDate) - start) / (24 * 3600 * 1000),
    ),
  };
  s.missingTimeZone = await attempt(() =>
    client.events.createEvent({
      title: "No zone",
      location: { type: "VENUE", name: "X" },
      dateAndTimeSettings: { startDate: start, endDate: end },
      registration: { initialType: "TICKETING" },
    }),
  );

  // Everything else of these six modules the app may use: each must succeed.
  const x = {};
  const archiveMe = page2.tickets.find((t) => !t.archived && t.orderStatus === "PAID");
  x.updateTicket = await attempt(async () => {
    const r = await client.tickets.updateTicket(archiveMe.ticketNumber, { eventId, fields: ["archived"], archived: true });
    return r.ticket.archived;
  });
  x.bulkUpdateTickets = await attempt(async () => {
    const r = await client.tickets.bulkUpdateTickets({ eventId, ticketNumber: [archiveMe.ticketNumber], fields: ["archived"], archived: false });
    return r.tickets.map((t) => t.archived);
  });
  x.updateOrder = await attempt(async () => {
    const r = await client.orders.updateOrder({ eventId, orderNumber: sale.order.orderNumber }, { fields: ["archived"], archived: true });
    return r.order.archived;
  });
  x.bulkUpdateOrders = await attempt(async () => {
    const r = await client.orders.bulkUpdateOrders(eventId, { orderNumber: [sale.order.orderNumber], fields: ["archived"], archived: false });
    return r.orders.map((o) => o.archived);
  });
  x.updateEvent = await attempt(async () => {
    const r = await client.events.updateEvent(draft._id, { event: { title: "SDK Night (renamed)", agendaSettings: { enabled: true } }, fields: ["AGENDA"] });
    return { title: r.title, agenda: r.agendaSettings && r.agendaSettings.enabled };
  });
  x.getEventBySlug = await attempt(async () => (await client.events.getEventBySlug(gala.slug)).event._id === eventId);
  x.countEventsByStatus = await attempt(async () => (await client.events.countEventsByStatus({ facet: ["status"] })).facets);
  x.queryAvailableTicketDefinitions = await attempt(async () =>
    (await client.definitions.queryAvailableTicketDefinitions({ filter: { eventId } })).ticketDefinitions.length,
  );
  x.countTicketDefinitions = await attempt(async () => {
    const r = await client.definitions.countTicketDefinitions({ filter: { eventId } });
    return r.facets !== undefined || r.metadata !== undefined;
  });
  x.changeCurrency = await attempt(async () => {
    await client.definitions.changeCurrency(cloned.event._id, { currency: "GBP" });
    return true;
  });
  x.deleteTicketDefinition = await attempt(async () => {
    await client.definitions.deleteTicketDefinition(created._id);
    return true;
  });
  x.deleteTicketReservation = await attempt(async () => {
    const extra = await client.reservations.createTicketReservation({ tickets: [{ ticketDefinitionId: general._id, quantity: 1 }] });
    const r = await client.reservations.deleteTicketReservation(extra._id);
    return r.ticketReservation.status;
  });
  x.recurringAndCategory = await attempt(async () => {
    const day = 24 * 3600 * 1000;
    const dates = [1, 2, 3].map((n) => ({
      startDate: new Date(start.getTime() + n * day),
      endDate: new Date(end.getTime() + n * day),
      timeZoneId: "Europe/Berlin",
    }));
    const first = await client.events.createEvent(
      {
        title: "SDK Series",
        location: { type: "VENUE", name: "Studio 2" },
        dateAndTimeSettings: { recurringEvents: { individualEventDates: dates } },
        registration: { initialType: "TICKETING" },
      },
      { draft: true },
    );
    const categoryId = first.dateAndTimeSettings.recurringEvents.categoryId;
    const listed = await client.events.listEventsByCategory(categoryId);
    return { recurrence: first.dateAndTimeSettings.recurrenceStatus, inCategory: listed.events.length };
  });
  x.cancelEvent = await attempt(async () => (await client.events.cancelEvent(draft._id)).event.status);
  x.deleteEvent = await attempt(async () => (await client.events.deleteEvent(cloned.event._id)).eventId === cloned.event._id);
  x.listOrdersSearch = await attempt(async () => {
    const r = await client.orders.listOrders({ eventId: [eventId], searchPhrase: "Walk Up", limit: 10, fieldset: ["DETAILS"] });
    return r.orders.map((o) => o.fullName);
  });
  s.extras = x;

  // Setup edits (issue 18.2): questions, policies, schedule items and staff members are
  // changed, reordered, paused and deleted with the SDK's own calls.
  const e = {};
  const edited = await client.events.createEvent(
    {
      title: "SDK Edits",
      location: { type: "VENUE", name: "Studio 3" },
      dateAndTimeSettings: { startDate: start, endDate: end, timeZoneId: "Europe/Berlin" },
      registration: { initialType: "TICKETING" },
    },
    { draft: true },
  );
  const ev = edited._id;
  const company = await client.forms.addControl(ev, { text: { label: "Company", mandatory: true } });
  const meal = await client.forms.addControl(ev, { radioButton: { label: "Meal", options: ["Fish", "Veg"] } });
  await client.forms.addControl(ev, { address: { labels: { addressLine: "Home address" }, mandatory: false } });
  e.updateControl = await attempt(async () => {
    const r = await viaRest(formsRest.updateControl, { eventId: ev, id: company._id }, {
      text: { label: "Company or school", mandatory: false },
    });
    const input = r.form.controls.find((c) => c.id === company._id).inputs[0];
    return { label: input.label, mandatory: input.mandatory };
  });
  e.deleteControl = await attempt(async () => {
    const r = await viaRest(formsRest.deleteControl, { eventId: ev, id: meal._id });
    return r.form.controls.some((c) => c.id === meal._id);
  });
  e.getForm = await attempt(async () =>
    (await client.forms.getForm(ev)).controls.map((c) => ({ type: c.type, labels: c.inputs.map((i) => i.label) })),
  );
  const refunds = await client.policies.createPolicy({ eventId: ev, name: "Refunds", body: "None." });
  const photos = await client.policies.createPolicy({ eventId: ev, name: "Photos", body: "Allowed." });
  const age = await client.policies.createPolicy({ eventId: ev, name: "Age", body: "18+" });
  e.updatePolicy = await attempt(async () => {
    const r = await client.policies.updatePolicy(refunds._id, {
      eventId: ev, name: "Refund policy", body: "No refunds.", revision: refunds.revision,
    });
    return { name: r.name, revision: r.revision };
  });
  e.reorderPolicies = await attempt(async () =>
    (await client.policies.reorderEventPolicies(age._id, ev, { beforePolicyId: refunds._id })).policies.map((p) => p.name),
  );
  e.deletePolicy = await attempt(async () => {
    await client.policies.deletePolicy(photos._id);
    return (await client.policies.queryPolicies().eq("eventId", ev).find()).items.map((p) => p.name);
  });
  const doors = await client.schedule.addScheduleItem(ev, { item: { name: "Doors", timeSlot: { start, end } } });
  e.updateScheduleItem = await attempt(async () => {
    const r = await client.schedule.updateScheduleItem(doors.item._id, ev, {
      item: { name: "Doors open", timeSlot: { start, end }, stageName: "Foyer" },
    });
    return { name: r.item.name, stage: r.item.stageName };
  });
  e.deleteScheduleItem = await attempt(async () => {
    await client.schedule.deleteScheduleItem(ev, { itemIds: [doors.item._id] });
    await client.schedule.publishDraft(ev);
    return (await client.schedule.listScheduleItems({ eventId: [ev], state: ["DRAFT"] })).items.length;
  });
  const sam = await client.staff.createStaffMember({
    name: "Sam", permissions: ["CHECK_IN_GUESTS"], specificEvents: { events: [ev] },
  });
  e.updateStaffPermissions = await attempt(async () =>
    (await client.staff.updateStaffMember(sam._id, { revision: sam.revision, permissions: ["CHECK_IN_GUESTS", "SELL_TICKETS"] })).permissions,
  );
  e.pauseStaff = await attempt(async () => {
    const current = await client.staff.getStaffMember(sam._id);
    return (await client.staff.updateStaffMember(sam._id, { revision: current.revision, status: "ACCESS_PAUSED" })).status;
  });
  e.deleteStaff = await attempt(async () => {
    await client.staff.deleteStaffMember(sam._id);
    return (await client.staff.queryStaffMembers().find()).items.map((m) => m.name);
  });
  s.edits = e;

  out.calls = calls;
  return out;
}

main().then(
  (out) => {
    process.stdout.write(JSON.stringify(out) + "\n");
  },
  (err) => {
    process.stdout.write(JSON.stringify({ fatal: describeError(err), stack: String(err && err.stack), calls }) + "\n");
    process.exitCode = 1;
  },
);
