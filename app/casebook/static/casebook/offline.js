/*
 * Casebook on a device that may lose its connection; runs on every page after outbox.js.
 *
 * - Registers the service worker (sw.js, scoped to Casebook's URL prefix), which keeps the
 *   app's files and the pages opened here so they open without a connection.
 * - Asks the browser to keep the device's copies (navigator.storage.persist()) and remembers
 *   the answer, so pages can say when it refused.
 * - The header's "On this device" link shows how many responses are not sent yet; the login
 *   page says so too.
 * - Start forms: the browser picks the new response's UUID (crypto.randomUUID()). With a
 *   connection the form is posted as usual; without one, a response for a consented
 *   participant starts on this device, in the blank form cached for that instrument version
 *   (each case or participant page asks the service worker to keep those forms).
 * - Logging out sends what is waiting first, warns when something could not be sent, and
 *   removes this account's copies and cached pages from the device (tablets are shared).
 * - Sends what is waiting when the page loads.
 */
(function () {
  "use strict";

  const Outbox = window.CasebookOutbox;
  const Store = window.CasebookStore;
  const M = window.CasebookMessages;
  if (!Outbox || !Store || !M) return;
  const config = Outbox.config;
  const user = config.user ? String(config.user.id) : null;
  const PAGES = "casebook-pages-";
  const REACH_TIMEOUT_MS = 4000;

  // --- the service worker ----------------------------------------------------------------

  function worker() {
    if (!("serviceWorker" in navigator) || !config.sw) return Promise.resolve(null);
    return navigator.serviceWorker.ready.then((registration) => registration.active);
  }

  function tellWorker(message) {
    return worker().then((active) => { if (active) active.postMessage(message); }).catch(() => {});
  }

  if ("serviceWorker" in navigator && config.sw && window.isSecureContext) {
    const controlled = Boolean(navigator.serviceWorker.controller);
    navigator.serviceWorker.register(config.sw, { scope: config.scope }).catch(() => {});
    if (!controlled && user) {
      // This page was loaded before the worker took over: have it keep this page too.
      navigator.serviceWorker.addEventListener("controllerchange", () => {
        tellWorker({ type: "cache-pages", urls: [location.href] });
      });
    }
  }

  // --- keeping the device's copies ------------------------------------------------------------

  function askToPersist() {
    if (!navigator.storage || !navigator.storage.persist || !Store.available()) return;
    navigator.storage.persisted()
      .then((already) => already || navigator.storage.persist())
      .then((granted) => Store.setSetting("persisted", Boolean(granted)))
      .catch(() => {});
  }

  // --- how much is waiting ---------------------------------------------------------------------

  function showCounts(all) {
    const link = document.querySelector("[data-device-count]");
    if (link) link.textContent = all ? " (" + all + ")" : "";
    const notice = document.getElementById("device-notice");
    if (notice && config.loginPage) {
      notice.hidden = !all;
      notice.textContent = all ? M.plural("loginQueued", all) : "";
    }
  }

  function recount() {
    return Outbox.unsentCount(null).then(showCounts);
  }

  window.addEventListener("casebook:queue", recount);

  // --- starting a response ----------------------------------------------------------------------

  function blankUrl(instrument, version) {
    return config.blankUrl.replace("__instrument__", encodeURIComponent(instrument))
      .replace("__version__", encodeURIComponent(version));
  }

  function optionsOf(form) {
    const select = form.elements.namedItem("instrument_version");
    return select ? Array.from(select.options) : [];
  }

  function keepBlankForms(form) {
    const urls = optionsOf(form).map((option) => {
      const [instrument, version] = option.value.split(":");
      return new URL(blankUrl(instrument, version), location.href).href;
    });
    if (urls.length) tellWorker({ type: "cache-pages", urls: urls, maxAgeHours: 12 });
  }

  // At most `ms` for `promise`; `fallback` if it has not settled by then or fails. On a poor
  // connection a request can hang for minutes, and IndexedDB can stall: finding out whether
  // the server answers, and logging out, must still come to an end.
  function atMost(promise, ms, fallback) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(fallback), ms);
      Promise.resolve(promise).then(
        (value) => { clearTimeout(timer); resolve(value); },
        () => { clearTimeout(timer); resolve(fallback); },
      );
    });
  }

  // Whether the server answers at all (a logged-out answer counts: the post then goes on to
  // the login page as usual). Refreshes the form's CSRF token on the way.
  async function reachable() {
    const attempt = Outbox.refreshToken().then(() => true, (stop) => stop.reason !== "offline");
    return atMost(attempt, REACH_TIMEOUT_MS, false);
  }

  async function cachedPage(url) {
    if (!window.caches || !user) return false;
    const cache = await caches.open(PAGES + user);
    return Boolean(await cache.match(url, { ignoreVary: true }));
  }

  function say(form, message) {
    let note = form.querySelector("[data-start-note]");
    if (!note) {
      note = document.createElement("p");
      note.className = "notice";
      note.setAttribute("data-start-note", "");
      note.setAttribute("role", "status");
      form.appendChild(note);
    }
    note.textContent = message;
  }

  async function startOnDevice(form, uuid) {
    const select = form.elements.namedItem("instrument_version");
    const option = select.options[select.selectedIndex];
    const [instrument, version] = option.value.split(":");
    const url = blankUrl(instrument, version);
    if (!(await cachedPage(url))) return say(form, M.text.startNeedsVisit);
    const wave = form.elements.namedItem("wave");
    const date = form.elements.namedItem("date");
    const participant = form.elements.namedItem("participant");
    const page = url + "?response=" + encodeURIComponent(uuid);
    await Store.update(uuid, () => ({
      uuid: uuid, user: user, userName: config.user.name,
      instrument: instrument, version: Number(version), case: Number(form.elements.namedItem("case").value),
      participant: participant && participant.value ? Number(participant.value) : null,
      wave: wave ? wave.value : "", date: date && date.value ? date.value : null,
      display: {
        title: option.textContent.split(" — ")[0].trim(),
        case: form.dataset.caseLabel || "",
        participant: form.dataset.participantLabel || "",
        wave: wave ? wave.options[wave.selectedIndex].textContent.trim() : "",
      },
      page: page, created: false, snapshot: null, base: 0, sending: null, sent: null,
      problems: {}, conflict: null, refused: null, changedAt: new Date().toISOString(),
    }));
    say(form, M.text.startedOffline);
    location.assign(page);
    return true;
  }

  function watchStartForm(form) {
    if (user) keepBlankForms(form);
    let starting = false;
    form.addEventListener("submit", async (event) => {
      if (form.dataset.checked === "yes" || !user || !window.crypto || !crypto.randomUUID) return;
      event.preventDefault();
      // One start per press: a second tap while the first is still finding out whether the
      // server answers would start a second response on this device, under another UUID.
      if (starting) return;
      starting = true;
      const button = event.submitter;
      const uuid = crypto.randomUUID();
      form.elements.namedItem("uuid").value = uuid;
      if (await reachable()) {
        form.dataset.checked = "yes";
        if (form.requestSubmit) form.requestSubmit(button || undefined);
        else form.submit();
        return; // the page is leaving; the server takes a second post of the same UUID once
      }
      let started = false;
      try {
        started = Store.available() && Boolean(await startOnDevice(form, uuid));
      } finally {
        if (!started) starting = false; // nothing started: the next press tries again
      }
    });
  }

  document.querySelectorAll("form.start").forEach(watchStartForm);

  // --- logging out --------------------------------------------------------------------------------

  // A record of this account that the server does not have as it stands.
  function waitingHere(record) {
    return record.user === user && (Store.unsent(record) || Store.hasProblems(record));
  }

  async function forgetSent() {
    const records = await Store.all();
    let waiting = 0;
    for (const record of records) {
      if (waitingHere(record)) waiting += 1;
      else if (record.user === user) await Store.remove(record.uuid);
    }
    return waiting;
  }

  async function forgetPages() {
    if (window.caches && user) await caches.delete(PAGES + user);
    await Store.setSetting("user", null);
  }

  async function unsentHere() {
    return (await Store.all()).filter(waitingHere).length;
  }

  const LAST_TRY_MS = 10000;
  const logout = document.querySelector("form.cb-logout");
  if (logout && user && Store.available()) {
    let leaving = false;
    logout.addEventListener("submit", async (event) => {
      if (logout.dataset.ready === "yes") return;
      event.preventDefault();
      if (leaving) return; // one press at a time: a second tap would ask twice
      leaving = true;
      const who = logout.querySelector(".cb-who");
      if (who) who.textContent = M.text.logoutWait;
      try {
        await atMost(Outbox.flush(), LAST_TRY_MS, null);
        // Not known (the device's store did not answer): nothing is removed from the device,
        // so nothing typed is lost, and the server still logs out.
        const waiting = await atMost(unsentHere(), LAST_TRY_MS, null);
        if (waiting && !window.confirm(M.plural("logoutUnsent", waiting))) {
          if (who) who.textContent = config.user.name;
          return;
        }
        if (waiting !== null) {
          await atMost(forgetSent().then(forgetPages), LAST_TRY_MS, null);
        }
      } finally {
        leaving = false;
      }
      logout.dataset.ready = "yes";
      if (logout.requestSubmit) logout.requestSubmit();
      else logout.submit();
    });
  }

  // --- on every page load -------------------------------------------------------------------------

  if (user) askToPersist();
  if (Store.available()) {
    recount();
    Outbox.flush();
  }
  window.CasebookOffline = Object.freeze({ blankUrl: blankUrl, forgetSent: forgetSent });
})();
