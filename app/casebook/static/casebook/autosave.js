/*
 * Casebook autosave on the form page: every change is written to this device first
 * (IndexedDB, store.js) as the latest snapshot of the form plus the server revision it builds
 * on, then sent by the outbox (outbox.js) within CASEBOOK_AUTOSAVE_SECONDS of the last
 * keystroke (data-autosave-seconds), and at once when a field is left or a choice made.
 * Plain ES2017, no build step.
 *
 * - Opening the page puts back what the device has that the page lacks (text typed offline,
 *   a page opened from the device's cache, a browser closed before sending).
 * - The server stores every valid answer; one that fails its checks is marked at its field
 *   and counted in the status line until it is fixed. Offline, checks.js gives the same
 *   messages at once.
 * - Someone else saved first (409): both versions are shown side by side; the text typed
 *   here stays in the page and on the device until the interviewer chooses.
 * - The status line (role=status) always says where the text is: on this device, sent, or
 *   why not sent. "Save draft" and "Mark complete" send what is waiting first.
 * Defines window.CasebookAutosave = {flush}: resolves true when the server has everything.
 */
(function () {
  "use strict";

  const form = document.getElementById("response-form");
  const statusLine = document.getElementById("save-status");
  const Store = window.CasebookStore;
  const Outbox = window.CasebookOutbox;
  const M = window.CasebookMessages;
  const F = window.CasebookForm;
  if (!form || !statusLine || !window.fetch || !Store || !Outbox || !M || !F) return;

  const blank = form.dataset.state === "local";
  const uuid = blank ? new URLSearchParams(location.search).get("response") : form.dataset.uuid;
  const delay = Math.max(0.2, Number(form.dataset.autosaveSeconds) || 2) * 1000;
  const longestWait = delay * 5; // typing without a pause still sends this often
  const revisionInput = form.elements.namedItem("revision");
  const PAGE_FIELDS = new Set(["revision", "csrf_token", "action"]);
  const user = Outbox.config.user ? String(Outbox.config.user.id) : null;
  const pageState = form.dataset.state;
  const pageRevision = Number(revisionInput.value) || 0;
  const banner = document.getElementById("conflict-banner");
  const sendNowButton = form.querySelector("[data-send-now]");
  const pageSnapshot = snapshotOf(form);
  // What the server sent: the fields' default values, as the page's markup has them. Text
  // typed while the page was still loading, before this script listened, is in the fields
  // (pageSnapshot) but not here, so it is never taken for something the server has.
  const serverSnapshot = defaultsOf(form);

  let record = null; // what the device has, as last read or written
  let stopped = false;
  let localDirty = false; // typed, not yet on the device
  let writing = null;
  let writeAgain = false;
  let sendTimer = null;
  let dirtySince = null;
  let queue = Object.assign({}, Outbox.state);
  let unsentTotal = 0;
  let allowSubmit = false;
  let lastButton = null;
  let opened = null; // settles once open() has looked at the device's copy

  function snapshotOf(element) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(element)) {
      if (!PAGE_FIELDS.has(name)) params.append(name, typeof value === "string" ? value : "");
    }
    return params.toString();
  }

  function defaultsOf(element) {
    const copy = element.cloneNode(true);
    copy.reset();
    return snapshotOf(copy);
  }

  function snapshot() {
    return snapshotOf(form);
  }

  // --- the status line ------------------------------------------------------------------------

  function show(state, message) {
    if (statusLine.dataset.state === state && statusLine.textContent === message) return;
    statusLine.dataset.state = state;
    statusLine.textContent = message;
  }

  function showSent(iso) {
    const time = document.createElement("time");
    time.dateTime = iso;
    time.textContent = F.clock(iso);
    const [before, after] = M.text.allSent.split("{time}");
    statusLine.dataset.state = "saved";
    statusLine.replaceChildren(before, time, after || "");
  }

  function shownProblems() {
    return form.querySelectorAll("[data-js-error]").length;
  }

  function render() {
    if (stopped) return;
    if (sendNowButton) sendNowButton.hidden = !(record && Store.unsent(record));
    if (record && record.conflict) return showConflict(record.conflict);
    const fixes = shownProblems();
    if (record && record.refused) return show("error", M.format(M.text.refused, { reason: record.refused.message }));
    if (record && (Store.unsent(record) || localDirty)) {
      if (queue.reason === "sending") return show("saving", M.text.sending);
      // Why it is not sent comes first: the line keeps its height and cuts a long message short
      // (response.css), and on a phone "No connection…" must be what still shows.
      const parts = [];
      if (queue.reason === "offline") parts.push(M.format(M.text.whyOffline, { seconds: queue.retryIn }));
      else if (queue.reason === "logged-out") parts.push(M.text.whyLoggedOut);
      else if (queue.reason === "server") parts.push(M.format(M.text.whyServer, { reason: queue.detail, seconds: queue.retryIn }));
      parts.push(M.plural("savedOnDevice", Math.max(1, unsentTotal)));
      if (fixes) parts.push(M.plural("needsFixing", fixes));
      return show("unsent", parts.join(". ") + ".");
    }
    if (fixes) return show("error", M.plural("notSavedAnswers", fixes));
    const sentAt = (record && record.sentAt) || form.dataset.savedAt;
    if (sentAt) return showSent(sentAt);
    if (blank && record && !record.created) return show("unsent", M.text.localStart);
  }

  function setStatus(status) {
    if (!status || status === form.dataset.status) return;
    form.dataset.status = status;
    const badge = form.querySelector("[data-status-badge]");
    if (badge) {
      badge.textContent = status;
      badge.className = "badge " + (status === "complete" ? "done" : "draft");
    }
  }

  // --- messages at the fields ----------------------------------------------------------------------

  const Messages = window.CasebookFieldMessages;
  const clearMessages = () => Messages.clear(form);
  const showMessages = (fields) => Messages.show(form, fields);

  // The server's word on what it has; the browser's own checks for what it has not seen yet.
  function renderMessages() {
    if (!record) return;
    const now = snapshot();
    if (record.refused && record.snapshot === now && Object.keys(record.refused.fields || {}).length) {
      return showMessages(record.refused.fields);
    }
    if (!Store.unsent(record) && record.sent === now) return showMessages(record.problems || {});
    showMessages(F.problems(form.dataset.status === "complete"));
  }

  // --- writing to the device, then sending ------------------------------------------------------------

  function display() {
    const data = form.dataset;
    return { title: data.title || "", case: data.caseLabel || "", participant: data.participantLabel || "", wave: data.waveLabel || "" };
  }

  function newRecord() {
    const data = form.dataset;
    return {
      uuid: uuid, user: user, userName: Outbox.config.user ? Outbox.config.user.name : "",
      instrument: data.instrument, version: Number(data.version), case: Number(data.case) || null,
      participant: data.participant ? Number(data.participant) : null, wave: data.wave || "",
      date: null, display: display(), page: location.pathname + location.search, created: true,
      snapshot: null, base: pageRevision, sending: null, sent: pageState === "saved" ? serverSnapshot : null,
      problems: {}, conflict: null, refused: null, changedAt: new Date().toISOString(),
    };
  }

  async function write() {
    // Never before open() has read the device's copy: its "the page wins" would write over
    // what is typed here meanwhile (and mark it sent).
    if (opened) await opened;
    if (stopped) return;
    const now = snapshot();
    record = await Store.update(uuid, (r) => {
      const next = r || newRecord();
      if (next.snapshot === now) return r ? undefined : next;
      next.snapshot = now;
      next.changedAt = new Date().toISOString();
      return next;
    });
    localDirty = snapshot() !== now;
    unsentTotal = await Outbox.unsentCount(user);
  }

  // Write the page to the device; resolves once the latest state is there.
  function keep() {
    localDirty = true;
    if (writing) {
      writeAgain = true;
      return writing;
    }
    writing = write().catch(() => {
      show("error", M.text.noIndexedDb);
    }).then(() => {
      writing = null;
      if (writeAgain) {
        writeAgain = false;
        return keep();
      }
      renderMessages();
      render();
      return undefined;
    });
    return writing;
  }

  function changed(immediately) {
    if (stopped) return;
    keep();
    if (dirtySince === null) dirtySince = Date.now();
    const waited = Date.now() - dirtySince;
    clearTimeout(sendTimer);
    sendTimer = setTimeout(send, immediately ? 0 : Math.max(0, Math.min(delay, longestWait - waited)));
  }

  async function send() {
    clearTimeout(sendTimer);
    sendTimer = null;
    dirtySince = null;
    if (writing) await writing;
    await Outbox.flush();
  }

  // Everything typed here reaches the server (or not): resolves true when it has.
  async function flush() {
    if (writing || localDirty) await keep();
    await Outbox.flush();
    record = await Store.get(uuid);
    return Boolean(record) && !Store.unsent(record);
  }

  form.addEventListener("input", (event) => { if (event.target.name) changed(false); });
  form.addEventListener("change", (event) => { if (event.target.name) changed(true); });
  form.addEventListener("focusout", () => { if (localDirty || sendTimer) changed(true); });
  form.addEventListener("casebook:change", () => changed(true));

  // --- what the outbox says ------------------------------------------------------------------------

  function ours(event) {
    return event.detail && event.detail.uuid === uuid && event.detail.record;
  }

  window.addEventListener("casebook:sent", (event) => {
    if (!ours(event)) return;
    record = event.detail.record;
    revisionInput.value = String(record.base);
    setStatus(record.status);
    renderMessages();
    render();
  });
  window.addEventListener("casebook:conflict", (event) => {
    if (!ours(event)) return;
    record = event.detail.record;
    render();
  });
  window.addEventListener("casebook:refused", (event) => {
    if (!ours(event)) return;
    record = event.detail.record;
    renderMessages();
    render();
  });
  window.addEventListener("casebook:queue", (event) => {
    queue = Object.assign({}, event.detail);
    unsentTotal = event.detail.unsent;
    render();
  });
  if (sendNowButton) sendNowButton.addEventListener("click", () => { Outbox.sendNow(); });

  // --- someone else saved first ------------------------------------------------------------------------

  function showConflict(conflict) {
    const shown = window.CasebookConflict.show(banner, conflict, { clock: F.clock, pageText: F.pageText });
    show("conflict", M.format(M.text.conflict, shown));
  }

  async function keepMine() {
    record = await Store.update(uuid, (r) => {
      if (!r || !r.conflict) return undefined;
      r.base = r.conflict.current.revision;
      r.conflict = null;
      return r;
    });
    revisionInput.value = String(record.base);
    if (banner) banner.hidden = true;
    render();
    await Outbox.flush();
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[type=submit]");
    if (button) lastButton = button;
    if (event.target.closest("[data-keep-mine]")) keepMine();
    const reload = event.target.closest("[data-reload]");
    if (reload && record && Store.unsent(record)) {
      event.preventDefault();
      if (!window.confirm(M.text.confirmTheirs)) return;
      Store.remove(uuid).then(() => {
        allowSubmit = true;
        location.assign(reload.href);
      });
    } else if (reload) {
      allowSubmit = true;
    }
  });

  // --- the form's own buttons ------------------------------------------------------------------------

  form.addEventListener("submit", async (event) => {
    if (allowSubmit || stopped) return;
    event.preventDefault();
    const button = event.submitter || lastButton;
    const action = button ? button.value : "draft";
    show("saving", M.text.sending);
    const sent = await flush();
    if (record && record.conflict) return showConflict(record.conflict);
    if (!sent && !(record && record.refused)) {
      return show("unsent", action === "complete" ? M.text.markCompleteOffline : M.text.draftOffline);
    }
    // The server has it all: post the button on the confirmed revision, and remember that
    // the page coming back is the answer to this post.
    record = await Store.update(uuid, (r) => {
      if (!r) return undefined;
      r.submitting = { base: r.base, snapshot: r.snapshot };
      return r;
    });
    revisionInput.value = String(record ? record.base : pageRevision);
    allowSubmit = true;
    if (form.requestSubmit) form.requestSubmit(button || undefined);
    else form.submit();
  });

  window.addEventListener("beforeunload", (event) => {
    if (allowSubmit || !localDirty) return;
    event.preventDefault();
    event.returnValue = "";
  });
  window.addEventListener("pagehide", () => { if (localDirty) keep(); });

  // --- opening the page ------------------------------------------------------------------------------

  function fillBlank(r) {
    const d = r.display || {};
    form.querySelectorAll("[data-fill]").forEach((el) => { el.textContent = d[el.dataset.fill] || ""; });
    form.setAttribute("action", form.getAttribute("action").replace("__uuid__", encodeURIComponent(uuid)));
    Object.assign(form.dataset, {
      uuid: uuid, instrument: r.instrument, version: String(r.version), case: String(r.case),
      participant: r.participant === null ? "" : String(r.participant), wave: r.wave,
    });
    const date = form.elements.namedItem("meta-date");
    if (date && r.snapshot === null && r.date) date.value = r.date;
  }

  // The device has text the page lacks.
  function deviceIsAhead(r) {
    if (r.snapshot === null || r.snapshot === undefined) return false;
    return Store.unsent(r) || Store.hasProblems(r) || r.base > pageRevision;
  }

  // The page is the server's answer to a post made from here ("Save draft", "Mark complete").
  function afterSubmit(r) {
    const keptBack = document.getElementById("cb-kept-back");
    const stored = pageState === "saved" || pageState === "partial";
    if (stored && pageRevision >= r.submitting.base) {
      r.base = pageRevision;
      r.sent = r.submitting.snapshot;
      r.problems = keptBack ? JSON.parse(keptBack.textContent) : {};
    }
    r.submitting = null;
    return r;
  }

  // One page per response in this browser: two pages typing into the same copy on the
  // device would overwrite each other. The page that has it first keeps it until it closes.
  function holdResponse() {
    if (!navigator.locks || !navigator.locks.request) return Promise.resolve(true);
    return new Promise((resolve) => {
      navigator.locks.request("casebook-response-" + uuid, { ifAvailable: true }, (lock) => {
        resolve(Boolean(lock));
        return lock ? new Promise(() => {}) : undefined; // held for the page's life
      }).catch(() => resolve(true));
    });
  }

  async function open() {
    if (!uuid) return;
    if (!(await holdResponse())) {
      stopped = true;
      form.querySelectorAll("input, textarea, button").forEach((el) => { el.disabled = true; });
      return show("error", M.text.openElsewhere);
    }
    let r = await Store.get(uuid);
    if (r && user && r.user && r.user !== user) {
      stopped = true; // someone else's text for this response is on the device: leave it be
      return show("error", M.format(M.text.otherUser, { name: r.userName || "?" }));
    }
    if (blank) {
      if (!r) {
        stopped = true;
        form.querySelectorAll("input, textarea, button").forEach((el) => { el.disabled = true; });
        return show("error", M.text.notOnDevice);
      }
      fillBlank(r);
    }
    if (r && r.submitting) r = await Store.update(uuid, afterSubmit);
    if (pageState === "conflict") {
      const conflictData = document.getElementById("cb-conflict");
      if (!r || !conflictData) {
        stopped = true; // nothing typed here is waiting: the page's own banner says it all
        return;
      }
      const current = JSON.parse(conflictData.textContent);
      r = await Store.update(uuid, (x) => Object.assign(x, {
        snapshot: pageSnapshot, conflict: { current: current, differences: current.differences || [] },
      }));
    }
    if (r && deviceIsAhead(r)) {
      if (r.snapshot !== snapshot()) F.restore(r.snapshot);
      revisionInput.value = String(r.base);
      record = r;
      renderMessages();
    } else if (r && !blank) {
      // The page is as new as what the device has, and nothing is waiting: the page wins.
      record = await Store.update(uuid, (x) => Object.assign(x, {
        snapshot: serverSnapshot, sent: serverSnapshot, base: pageRevision, problems: {},
        page: location.pathname, display: display(),
      }));
    } else {
      record = r;
    }
    unsentTotal = await Outbox.unsentCount(user);
    render();
    if (record && Store.unsent(record)) Outbox.flush();
    const persisted = await Store.setting("persisted").catch(() => null);
    const note = form.querySelector("[data-storage-note]");
    if (note && persisted === false) {
      note.textContent = M.text.storageRefused;
      note.hidden = false;
    }
  }

  // Text the device's copy lacks once open() is done: typed before this script listened (the
  // page still loading) or while the copy was being read. Kept and sent like any change.
  function keepEarlyTyping() {
    if (stopped || !uuid) return;
    const known = record && record.snapshot !== null && record.snapshot !== undefined ? record.snapshot : serverSnapshot;
    if (snapshot() !== known) changed(true);
  }

  // data-ready on the form: the device's copy has been looked at and every change from now on
  // is kept; the status line says where the text is (the browser tests wait for it).
  function ready() {
    form.dataset.ready = "yes";
  }

  if (!Store.available()) {
    show("error", M.text.noIndexedDb);
    ready();
  } else {
    show("saving", M.text.checkingDevice); // until the device's copy has been looked at
    opened = open().then(keepEarlyTyping, (error) => {
      show("error", M.text.noIndexedDb);
      setTimeout(() => { throw error; }); // reported, and typing is not held up by it
    }).then(ready);
  }

  window.CasebookAutosave = Object.freeze({ flush: flush });
})();
