/*
 * Casebook autosave: every change reaches the server within CASEBOOK_AUTOSAVE_SECONDS of the
 * last keystroke (data-autosave-seconds), and at once when a field is left or a choice made.
 * Plain ES2017, no build step.
 *
 * - The whole form is POSTed (FormData -> URLSearchParams) with the revision the page shows
 *   and the X-CSRFToken header; one request at a time, the next change waits its turn.
 * - 200: the new revision is kept (also in the form's hidden `revision`, so "Save draft" and
 *   "Mark complete" build on it). 409: someone else saved a newer version: autosave stops,
 *   a banner says who and when, and everything typed stays in the page to be copied.
 *   422: the fields are marked and the status says NOT SAVED. No connection: the status says
 *   so and it retries with growing pauses. 400 (an expired CSRF token): a fresh token is
 *   fetched and the save retried.
 * - Leaving the page warns while anything is unsaved; when the page is hidden or closed any
 *   pending change is sent with fetch(..., {keepalive: true}).
 * The status line (role=status) always says what is saved where.
 */
(function () {
  "use strict";

  const form = document.getElementById("response-form");
  const statusLine = document.getElementById("save-status");
  if (!form || !statusLine || !window.fetch) return;

  const url = form.dataset.autosaveUrl;
  const tokenUrl = form.dataset.tokenUrl;
  const delay = Math.max(0.2, Number(form.dataset.autosaveSeconds) || 2) * 1000;
  const longestWait = delay * 5; // typing without a pause still saves this often
  const revisionInput = form.elements.namedItem("revision");
  const meta = document.querySelector('meta[name="csrf-token"]');
  const PAGE_FIELDS = new Set(["revision", "csrf_token", "action"]);
  const KEEPALIVE_LIMIT = 60000; // browsers refuse keepalive bodies over 64 kB

  let saved = form.dataset.state === "saved" ? snapshot() : null; // what the server has
  let savedAt = null;
  let inFlight = null; // the body being sent
  let queued = false;
  let timer = null;
  let retryTimer = null;
  let dirtySince = null;
  let failures = 0;
  let stopped = form.dataset.state === "conflict";
  let allowLeave = false;
  let pendingSubmit = null;
  let tokenRetried = false;

  function snapshot() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (!PAGE_FIELDS.has(name)) params.append(name, typeof value === "string" ? value : "");
    }
    return params.toString();
  }

  function dirty() {
    return saved === null || snapshot() !== saved;
  }

  // --- the status line ---------------------------------------------------------------------

  function clock(iso) {
    const date = new Date(iso);
    return isNaN(date.getTime()) ? "" : date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function show(state, message) {
    if (statusLine.dataset.state === state && statusLine.textContent === message) return;
    statusLine.dataset.state = state;
    statusLine.textContent = message;
  }

  function showSaved(iso) {
    statusLine.dataset.state = "saved";
    statusLine.textContent = "All changes saved to the server at ";
    const time = document.createElement("time");
    time.dateTime = iso;
    time.textContent = clock(iso);
    statusLine.appendChild(time);
  }

  function showUnsaved() {
    if (!stopped && statusLine.dataset.state !== "error" && statusLine.dataset.state !== "offline") {
      show("unsaved", "Unsaved changes");
    }
  }

  // --- scheduling ---------------------------------------------------------------------------

  function schedule(wait) {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(save, wait);
  }

  function changed(immediately) {
    if (stopped) return;
    if (!dirty()) {
      dirtySince = null;
      return;
    }
    if (dirtySince === null) dirtySince = Date.now();
    showUnsaved();
    const waited = Date.now() - dirtySince;
    schedule(immediately ? 0 : Math.max(0, Math.min(delay, longestWait - waited)));
  }

  form.addEventListener("input", (event) => { if (event.target.name) changed(false); });
  form.addEventListener("change", (event) => { if (event.target.name) changed(true); });
  form.addEventListener("focusout", () => { if (dirty() && !stopped) changed(true); });
  form.addEventListener("casebook:change", () => changed(true));
  window.addEventListener("online", () => { if (dirty()) changed(true); });

  // --- saving -------------------------------------------------------------------------------------

  function token() {
    return meta ? meta.content : "";
  }

  async function refreshToken() {
    const response = await fetch(tokenUrl, { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error("no token");
    const data = await response.json();
    if (meta) meta.content = data.csrf_token;
    const field = form.elements.namedItem("csrf_token");
    if (field) field.value = data.csrf_token;
  }

  function request(body, revision, keepalive) {
    const params = new URLSearchParams(body);
    params.set("revision", String(revision));
    const text = params.toString();
    return fetch(url, {
      method: "POST",
      body: params,
      credentials: "same-origin",
      keepalive: Boolean(keepalive) && text.length < KEEPALIVE_LIMIT,
      headers: { "X-CSRFToken": token(), Accept: "application/json" },
    });
  }

  async function save(keepalive) {
    clearTimeout(timer);
    clearTimeout(retryTimer);
    timer = retryTimer = null;
    if (stopped) return;
    if (inFlight !== null) {
      queued = true;
      return;
    }
    const body = snapshot();
    if (saved !== null && body === saved) {
      dirtySince = null;
      if (savedAt && statusLine.dataset.state !== "error") showSaved(savedAt);
      return finish();
    }
    inFlight = body;
    show("saving", "Saving…");
    let response = null;
    let data = null;
    try {
      response = await request(body, revisionInput.value, keepalive);
      data = await response.json().catch(() => null);
    } catch (error) {
      response = null;
    }
    inFlight = null;
    await handle(response, data, body);
    finish();
  }

  function finish() {
    if (inFlight !== null) return;
    if (pendingSubmit) {
      // A button was pressed while a save was in flight: go on now, on the new revision.
      const button = pendingSubmit;
      pendingSubmit = null;
      queued = false;
      allowLeave = true;
      if (form.requestSubmit) form.requestSubmit(button);
      else form.submit();
      return;
    }
    if (queued) {
      queued = false;
      save();
    }
  }

  async function handle(response, data, body) {
    if (response === null) return retryLater("no connection to the server");
    const status = response.status;
    if (status === 200 && data) return savedOk(data, body);
    if (status === 409 && data) return conflict(data.current || {});
    if (status === 422 && data) return rejected(data);
    if (status === 400 && !tokenRetried) {
      tokenRetried = true; // most likely the page outlived its CSRF token
      try { await refreshToken(); } catch (error) { return retryLater("no connection to the server"); }
      queued = true;
      return;
    }
    if (status === 401) {
      return retryLater("you are logged out. Log in again in another tab; this page keeps your text");
    }
    const message = data && data.error ? data.error.message : "the server answered " + status;
    if (status === 403 || status === 404 || status === 413 || status === 400) {
      pendingSubmit = null;
      return show("error", "NOT SAVED: " + message);
    }
    return retryLater(message);
  }

  function savedOk(data, body) {
    saved = body;
    savedAt = data.saved_at;
    failures = 0;
    tokenRetried = false;
    revisionInput.value = String(data.revision);
    clearErrors();
    setStatus(data.status);
    if (dirty()) {
      dirtySince = Date.now();
      show("unsaved", "Unsaved changes");
      schedule(delay);
    } else {
      dirtySince = null;
      showSaved(data.saved_at);
    }
  }

  function retryLater(reason) {
    pendingSubmit = null; // a button press now would only meet the same failure
    failures += 1;
    const seconds = Math.min(60, Math.pow(2, failures));
    show("offline", "NOT SAVED: " + reason + ". Your text is still in this page; trying again in " + seconds + " s.");
    clearTimeout(retryTimer);
    retryTimer = setTimeout(save, seconds * 1000);
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

  // --- someone else saved first ----------------------------------------------------------------------

  function conflict(current) {
    stopped = true;
    pendingSubmit = null;
    clearTimeout(timer);
    clearTimeout(retryTimer);
    const banner = document.getElementById("conflict-banner");
    const who = current.collector || "Someone";
    const when = clock(current.updated_at);
    if (banner) {
      banner.querySelector("[data-conflict-who]").textContent = who;
      const time = banner.querySelector("[data-conflict-time]");
      time.dateTime = current.updated_at || "";
      time.textContent = when;
      const copy = banner.querySelector("[data-unsaved-text]");
      if (copy && window.CasebookForm) copy.value = window.CasebookForm.pageText();
      banner.hidden = false;
    }
    show("conflict", "NOT SAVED: " + who + " saved a newer version at " + when +
      ". Your text is still in this page; see the message at the top of the form.");
  }

  // --- problems with the answers ---------------------------------------------------------------------

  function clearErrors() {
    form.querySelectorAll("[data-js-error]").forEach((el) => el.remove());
    form.querySelectorAll("[data-js-invalid]").forEach((el) => {
      if (el.dataset.jsInvalid === "class") el.classList.remove("has-error");
      el.removeAttribute("data-js-invalid");
      el.querySelectorAll("[data-js-aria]").forEach((control) => {
        control.removeAttribute("aria-invalid");
        control.removeAttribute("data-js-aria");
      });
    });
  }

  function rejected(data) {
    clearErrors();
    const fields = data.fields || {};
    Object.keys(fields).forEach((fieldId) => {
      const wrap = form.querySelector('[data-field="' + CSS.escape(fieldId) + '"]');
      if (!wrap) return;
      const message = document.createElement("p");
      message.className = "error";
      message.id = fieldId + "-autosave-error";
      message.setAttribute("data-js-error", "");
      message.textContent = fields[fieldId].join(" ");
      wrap.appendChild(message);
      wrap.dataset.jsInvalid = wrap.classList.contains("has-error") ? "kept" : "class";
      wrap.classList.add("has-error");
      const control = wrap.querySelector("input:not([type=hidden]), textarea");
      if (control && !control.hasAttribute("aria-invalid")) {
        control.setAttribute("aria-invalid", "true");
        control.setAttribute("data-js-aria", "");
      }
    });
    let hint = "";
    if (form.dataset.status === "complete") {
      hint = " This response is marked complete; use “Save draft” to keep an incomplete change.";
    }
    const reason = data.error && data.error.message ? data.error.message : "the answers have problems";
    show("error", "NOT SAVED: " + reason + "." + hint);
  }

  // --- leaving the page ------------------------------------------------------------------------------

  form.addEventListener("submit", (event) => {
    clearTimeout(timer);
    if (inFlight !== null) {
      // Let the save in flight finish first, so the buttons build on its revision.
      event.preventDefault();
      pendingSubmit = event.submitter || lastButton;
      return;
    }
    if (retryTimer !== null && !navigator.onLine) {
      event.preventDefault();
      show("offline", "NOT SAVED: no connection to the server. Your text is still in this page; " +
        "press the button again when the connection is back.");
      return;
    }
    allowLeave = true;
  });

  let lastButton = null; // for browsers without SubmitEvent.submitter
  document.addEventListener("click", (event) => {
    if (event.target.closest("[data-reload]")) allowLeave = true;
    const button = event.target.closest("button[type=submit]");
    if (button) lastButton = button;
  });

  window.addEventListener("beforeunload", (event) => {
    if (allowLeave || (!dirty() && inFlight === null)) return;
    event.preventDefault();
    event.returnValue = "";
  });

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden" && !stopped && dirty()) save(true);
  });

  window.addEventListener("pagehide", () => {
    if (stopped || allowLeave || !dirty()) return;
    if (inFlight === null) {
      save(true);
      return;
    }
    const body = snapshot();
    if (body === inFlight) return;
    // The save in flight moves the response on by one revision; the last change goes on top
    // of it, because the page may not live to send it after that one returns.
    const next = Number(revisionInput.value) + 1;
    request(body, next, true)
      .then((response) => (response.ok ? response.json() : null))
      .then((data) => { if (data) savedOk(data, body); })
      .catch(() => {});
  });

  if (form.dataset.state === "saved") {
    const time = statusLine.querySelector("time");
    savedAt = time ? time.getAttribute("datetime") : null;
  }
  setInterval(() => { refreshToken().catch(() => {}); }, 30 * 60 * 1000);
})();
