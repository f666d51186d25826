/*
 * Casebook's outbox: sends the responses kept on this device (store.js) to the server, one
 * at a time, through the same idempotent route the form uses (POST <prefix>/responses/<uuid>/
 * autosave). Runs on every page; a Web Lock keeps two tabs from sending at once.
 *
 * - Before sending it asks for a fresh CSRF token, which also says who is logged in: only
 *   that account's records are sent, so notes are never saved under someone else's name.
 * - Each send is written to the record (`sending`) before the request leaves; a send whose
 *   answer never came is repeated exactly, so the server sees the same content and changes
 *   nothing the second time. The record moves on (base, sent) only when the server confirms.
 * - 200: confirmed (answers the server kept back are noted as `problems`). 409: someone else
 *   saved first; the record keeps its text and waits for the interviewer (conflict). 422/403/
 *   404/413: refused; the text stays. No connection, 5xx, 401 (logged out) or a CSRF refusal:
 *   nothing changes; it tries again later (with growing pauses), when the browser says it is
 *   online, when a page loads, or from "Send now". A request unanswered after 20 s (token)
 *   or 60 s (send) counts as no connection.
 *
 * Events on window: "casebook:sent", "casebook:conflict", "casebook:refused" {uuid, record,
 * data}; "casebook:queue" {reason, retryIn, unsent, user} after every attempt.
 * Defines window.CasebookOutbox = {flush, sendNow, config, state, unsentCount, syncUrl}.
 */
(function () {
  "use strict";

  const Store = window.CasebookStore;
  const configEl = document.getElementById("casebook-config");
  if (!Store || !configEl || !window.fetch) return;
  const config = JSON.parse(configEl.textContent);
  const meta = document.querySelector('meta[name="csrf-token"]');
  const state = { reason: null, detail: "", retryIn: 0, unsent: 0, user: null, sending: false };
  let token = meta ? meta.content : "";
  let flushing = null;
  let again = false;
  let failures = 0;
  let retryTimer = null;

  class Stop extends Error {
    constructor(reason, detail) {
      super(reason);
      this.reason = reason; // "offline" | "logged-out" | "server"
      this.detail = detail || "";
    }
  }

  function emit(name, detail) {
    window.dispatchEvent(new CustomEvent(name, { detail: detail }));
  }

  // A request that has not been answered by then is given up and tried again later, as with
  // no connection: on a poor connection one can hang for minutes and hold up everything
  // behind it. Repeating a send is safe (the server takes the same content once).
  const TOKEN_WAIT_MS = 20000;
  const SEND_WAIT_MS = 60000;

  function deadline(ms) {
    return window.AbortSignal && AbortSignal.timeout ? AbortSignal.timeout(ms) : undefined;
  }

  function syncUrl(uuid) {
    return config.syncUrl.replace("__uuid__", encodeURIComponent(uuid));
  }

  // A fresh token for this session, put in every form of the page too (a page opened from
  // the device's cache carries an old one). Resolves with the logged-in account's id.
  async function refreshToken() {
    let response;
    try {
      response = await fetch(config.tokenUrl, {
        credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" },
        signal: deadline(TOKEN_WAIT_MS),
      });
    } catch (error) {
      throw new Stop("offline");
    }
    if (response.status === 401 || response.status === 403) throw new Stop("logged-out");
    if (!response.ok) throw new Stop("server", String(response.status));
    const data = await response.json().catch(() => null);
    if (!data || !data.csrf_token) throw new Stop("server", "no token");
    token = data.csrf_token;
    if (meta) meta.content = token;
    document.querySelectorAll('input[name="csrf_token"]').forEach((input) => { input.value = token; });
    state.user = data.user === undefined || data.user === null ? null : String(data.user);
    return state.user;
  }

  function wantsSending(record) {
    if (!record || record.conflict || record.refused) return false;
    if (record.sending || !record.created) return true;
    return record.snapshot !== null && record.snapshot !== undefined && record.snapshot !== record.sent;
  }

  function body(record, attempt) {
    const params = new URLSearchParams(attempt.snapshot || "");
    params.set("revision", String(attempt.base));
    if (!record.created) {
      params.set("meta-instrument", record.instrument);
      params.set("meta-version", String(record.version));
      params.set("meta-case", String(record.case));
      params.set("meta-participant", record.participant === null ? "" : String(record.participant));
      params.set("meta-wave", record.wave || "");
      if (!params.get("meta-date") && record.date) params.set("meta-date", record.date);
    }
    return params;
  }

  async function post(record, attempt) {
    try {
      return await fetch(syncUrl(record.uuid), {
        method: "POST",
        body: body(record, attempt),
        credentials: "same-origin",
        headers: { "X-CSRFToken": token, Accept: "application/json" },
        signal: deadline(SEND_WAIT_MS),
      });
    } catch (error) {
      throw new Stop("offline");
    }
  }

  // Send one record; resolves when the server's answer is written to the record, throws
  // Stop when nothing more can be sent now.
  async function sendOne(record) {
    let attempt = record.sending;
    if (!attempt) {
      attempt = { snapshot: record.snapshot === null || record.snapshot === undefined ? "" : record.snapshot, base: record.base || 0 };
      await Store.update(record.uuid, (r) => {
        if (!r) return undefined;
        r.sending = attempt;
        return r;
      });
    }
    let response = await post(record, attempt);
    if (response.status === 400) { // most likely a token that expired: one fresh try
      await refreshToken();
      response = await post(record, attempt);
    }
    const data = await response.json().catch(() => null);
    const status = response.status;
    if (status === 200 && data) return confirmed(record.uuid, attempt, data);
    if (status === 401) throw new Stop("logged-out");
    if (status === 409 && data) return conflicted(record.uuid, data);
    if ([403, 404, 413, 422].includes(status)) return refused(record.uuid, status, data);
    throw new Stop("server", String(status));
  }

  async function confirmed(uuid, attempt, data) {
    const record = await Store.update(uuid, (r) => {
      if (!r) return undefined;
      r.base = data.revision;
      r.sent = attempt.snapshot;
      if (r.snapshot === null || r.snapshot === undefined) r.snapshot = attempt.snapshot;
      r.sending = null;
      r.created = true;
      r.problems = data.fields || {};
      r.sentAt = data.saved_at;
      r.status = data.status;
      r.refused = null;
      return r;
    });
    emit("casebook:sent", { uuid: uuid, record: record, data: data });
  }

  async function conflicted(uuid, data) {
    const record = await Store.update(uuid, (r) => {
      if (!r) return undefined;
      r.sending = null;
      r.created = true;
      r.conflict = { current: data.current || {}, differences: data.differences || [] };
      return r;
    });
    emit("casebook:conflict", { uuid: uuid, record: record, data: data });
  }

  async function refused(uuid, status, data) {
    const message = data && data.error ? data.error.message : "the server answered " + status;
    const record = await Store.update(uuid, (r) => {
      if (!r) return undefined;
      r.sending = null;
      r.refused = { status: status, message: message, fields: (data && data.fields) || {} };
      return r;
    });
    emit("casebook:refused", { uuid: uuid, record: record, data: data });
  }

  function byChange(a, b) {
    return String(a.changedAt || "").localeCompare(String(b.changedAt || ""));
  }

  async function run() {
    state.sending = true;
    let stop = null;
    try {
      const waiting = (await Store.all()).filter(wantsSending);
      if (waiting.length) {
        const user = await refreshToken();
        emit("casebook:queue", Object.assign({}, state, { reason: "sending" }));
        for (let guard = 0; guard < 10000; guard += 1) {
          const next = (await Store.all()).filter((r) => r.user === user && wantsSending(r)).sort(byChange)[0];
          if (!next) break;
          await sendOne(next);
        }
      }
      failures = 0;
    } catch (error) {
      stop = error instanceof Stop ? error : new Stop("server", error && error.message);
    }
    state.sending = false;
    await finish(stop);
  }

  async function finish(stop) {
    clearTimeout(retryTimer);
    retryTimer = null;
    state.reason = stop ? stop.reason : null;
    state.detail = stop ? stop.detail : "";
    state.retryIn = 0;
    if (stop && stop.reason !== "logged-out") {
      failures += 1;
      state.retryIn = Math.min(60, Math.pow(2, failures));
      retryTimer = setTimeout(flush, state.retryIn * 1000);
    }
    state.unsent = await unsentCount(config.user ? String(config.user.id) : null);
    emit("casebook:queue", Object.assign({}, state));
  }

  // Records of `user` (every record when null) with something the server does not have.
  async function unsentCount(user) {
    try {
      const records = await Store.all();
      return records.filter((r) => (user === null || r.user === user) && Store.unsent(r)).length;
    } catch (error) {
      return 0;
    }
  }

  function withLock(work) {
    if (navigator.locks && navigator.locks.request) return navigator.locks.request("casebook-outbox", work);
    return work();
  }

  // Send what is waiting; resolves with the state once this round is over.
  function flush() {
    if (flushing) {
      again = true;
      return flushing;
    }
    flushing = withLock(run).catch(() => {}).then(() => {
      flushing = null;
      if (again) {
        again = false;
        return flush();
      }
      return state;
    });
    return flushing;
  }

  // "Send now": try again at once, records the server refused before included.
  async function sendNow() {
    failures = 0;
    const records = await Store.all();
    for (const record of records) {
      if (record.refused) {
        await Store.update(record.uuid, (r) => {
          if (!r) return undefined;
          r.refused = null;
          return r;
        });
      }
    }
    return flush();
  }

  window.addEventListener("online", () => { failures = 0; flush(); });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") flush();
  });

  window.CasebookOutbox = Object.freeze({
    flush: flush, sendNow: sendNow, config: config, state: state, unsentCount: unsentCount,
    syncUrl: syncUrl, refreshToken: refreshToken, Stop: Stop,
  });
})();
