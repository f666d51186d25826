/*
 * Casebook's service worker, served as <prefix>/sw.js (scope: Casebook's URL prefix) with
 * self.CASEBOOK_SW = {version, scope, staticPrefix, files, device, store} put in front of
 * this file by the server (app/casebook/views/collect/offline.py).
 *
 * - The app's own files (everything under <prefix>/static/casebook/) are kept on install, in
 *   a cache named after their version, and served from it first.
 * - Pages (navigations) come from the network first, so fresh data wins whenever there is a
 *   connection. A page the server marks with X-Casebook-User is kept in that account's own
 *   cache; when another account's page arrives, every other account's cached pages are
 *   deleted (and logging out deletes the account's own, see offline.js). The account whose
 *   pages are served offline is the "user" setting in IndexedDB (store.js).
 * - With no connection, a kept page is served; a page never opened here gets the
 *   "On this device" page, which lists what is on the device.
 * - A page may ask for pages to be kept ({type: "cache-pages", urls, maxAgeHours}), e.g. the
 *   blank form of each instrument version a case or participant page offers.
 * Responses of the JSON API, saves and anything not a GET never touch a cache.
 */
/* global CASEBOOK_SW, CasebookStore */
"use strict";

importScripts(CASEBOOK_SW.store);

const FILES = "casebook-static-" + CASEBOOK_SW.version;
const PAGES = "casebook-pages-";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(FILES)
      .then((cache) => cache.addAll(CASEBOOK_SW.files.concat([CASEBOOK_SW.device])))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith("casebook-static-") && key !== FILES)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

function inScope(url) {
  return url.origin === self.location.origin && url.pathname.startsWith(CASEBOOK_SW.scope);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (!inScope(url)) return;
  if (url.pathname.startsWith(CASEBOOK_SW.staticPrefix)) {
    event.respondWith(appFile(request));
  } else if (request.mode === "navigate") {
    event.respondWith(page(event));
  }
});

async function appFile(request) {
  const cache = await caches.open(FILES);
  const kept = await cache.match(request, { ignoreSearch: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") await cache.put(request, response.clone());
  return response;
}

async function page(event) {
  const request = event.request;
  const seq = ++started;
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    return (await keptPage(request.url)) || offlinePage();
  }
  event.waitUntil(keep(request.url, response.clone(), seq).catch(() => {}));
  return response;
}

function withoutHash(url) {
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed.href;
}

// Pages are kept one at a time, in the order their requests started: a page of the previous
// account that arrives late (the tablet changed hands while it loaded) must not bring that
// account's cache back after the new account's first page removed it.
let started = 0; // requests started so far
let newest = { seq: 0, user: null }; // the newest request whose page said whose it was
let keeping = Promise.resolve();

function keep(url, response, seq) {
  keeping = keeping.then(() => keepInOrder(url, response, seq)).catch(() => {});
  return keeping;
}

// Keep a page in its account's cache, if the server says whose it is.
async function keepInOrder(url, response, seq) {
  const user = response.headers.get("X-Casebook-User");
  const type = response.headers.get("Content-Type") || "";
  if (!user || response.status !== 200 || response.type !== "basic" || !type.startsWith("text/html")) return;
  if (newest.user && user !== newest.user && seq < newest.seq) return; // a late page of the last account
  if (seq >= newest.seq) newest = { seq: seq, user: user };
  const last = await CasebookStore.setting("user").catch(() => null);
  if (last !== user) {
    const keys = await caches.keys();
    await Promise.all(keys.filter((key) => key.startsWith(PAGES) && key !== PAGES + user)
      .map((key) => caches.delete(key)));
    await CasebookStore.setSetting("user", user);
  }
  const cache = await caches.open(PAGES + user);
  await cache.put(withoutHash(url), response);
}

async function keptPage(url) {
  const user = await CasebookStore.setting("user").catch(() => null);
  if (!user) return null;
  const cache = await caches.open(PAGES + user);
  const exact = await cache.match(withoutHash(url), { ignoreVary: true });
  if (exact) return exact;
  // a blank form opened for a response started here: /responses/new/<id>/<version>?response=...
  return (await cache.match(withoutHash(url), { ignoreVary: true, ignoreSearch: true })) || null;
}

async function offlinePage() {
  const cache = await caches.open(FILES);
  return (await cache.match(CASEBOOK_SW.device)) ||
    new Response("Casebook is not available offline on this device yet.", {
      status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
}

function fresh(response, maxAgeHours) {
  const date = Date.parse(response.headers.get("Date") || "");
  return !isNaN(date) && Date.now() - date < maxAgeHours * 3600 * 1000;
}

async function keepPages(urls, maxAgeHours) {
  const user = await CasebookStore.setting("user").catch(() => null);
  for (const url of urls) {
    if (!inScope(new URL(url))) continue;
    if (user && maxAgeHours) {
      const kept = await (await caches.open(PAGES + user)).match(withoutHash(url), { ignoreVary: true });
      if (kept && fresh(kept, maxAgeHours)) continue;
    }
    try {
      const seq = ++started;
      const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } });
      await keep(url, response, seq);
    } catch (error) {
      return; // no connection: nothing more to fetch now
    }
  }
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "cache-pages" && Array.isArray(data.urls)) {
    event.waitUntil(keepPages(data.urls, Number(data.maxAgeHours) || 0));
  }
});
