/*
 * Live event coding on the form page (an `events` item): a meeting clock the observer starts
 * and may pause, big buttons (and keys) that code an event at the clock's offset, and the
 * list of what was coded. Plain ES2017, no build step.
 *
 * - Each tap is appended to the item's hidden field (`live-<item id>`, a JSON list of
 *   {id, t, code, subject}); the page's autosave keeps the form on this device at once and
 *   the outbox sends it (autosave.js, outbox.js), so a tap is as safe offline as any answer.
 *   The server stores each tap once under its id: a resend or a later tap never replaces one.
 * - The clock's state (time run so far, and since when it runs) is kept in this browser's
 *   localStorage per response, so a reload or a restart carries on where it was.
 * - A state code (on/off) runs from one tap to the next of the same code and role; its
 *   button shows whether it is on for the chosen role.
 * - Keys: each code's own key; 1, 2, 3... choose the role. Typing in a text field codes
 *   nothing.
 */
(function () {
  "use strict";

  const form = document.getElementById("response-form");
  if (!form) return;
  const panels = Array.from(form.querySelectorAll("[data-live]"));
  if (!panels.length) return;
  const uuid = form.dataset.uuid || new URLSearchParams(location.search).get("response") || "";

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function clockText(ms) {
    const total = Math.floor(ms / 1000);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    const mm = String(m).padStart(2, "0") + ":" + String(s).padStart(2, "0");
    return h ? h + ":" + mm : mm;
  }

  function setUp(panel) {
    const itemId = panel.dataset.item;
    const input = panel.querySelector("[data-live-taps]");
    const clockOut = panel.querySelector("[data-live-clock]");
    const startButton = panel.querySelector("[data-live-start]");
    const pauseButton = panel.querySelector("[data-live-pause]");
    const pausedNote = panel.querySelector("[data-live-paused]");
    const last = panel.querySelector("[data-live-last]");
    const log = panel.querySelector("[data-live-log]");
    const codeButtons = Array.from(panel.querySelectorAll("[data-live-code]"));
    const subjectButtons = Array.from(panel.querySelectorAll("[data-live-subject]"));
    const storeKey = "casebook-live-clock:" + uuid + ":" + itemId;
    const labels = {};
    codeButtons.forEach((b) => { labels[b.dataset.liveCode] = b.dataset.label; });
    const roleLabels = {};
    subjectButtons.forEach((b) => { roleLabels[b.dataset.liveSubject] = b.dataset.label; });
    let shown = null;

    function taps() {
      try {
        const list = JSON.parse(input.value || "[]");
        return Array.isArray(list) ? list : [];
      } catch (error) {
        return [];
      }
    }

    function readClock() {
      try {
        const kept = JSON.parse(localStorage.getItem(storeKey) || "null");
        if (kept && typeof kept.elapsed === "number") return kept;
      } catch (error) { /* no storage: the clock starts from the last tap */ }
      const latest = taps().reduce((most, tap) => Math.max(most, Number(tap.t) || 0), 0);
      return { elapsed: latest, since: null };
    }
    let clock = readClock();

    function keepClock() {
      try { localStorage.setItem(storeKey, JSON.stringify(clock)); } catch (error) { /* kept in the page */ }
    }
    function elapsed() {
      return clock.elapsed + (clock.since === null ? 0 : Math.max(0, Date.now() - clock.since));
    }
    function running() {
      return clock.since !== null;
    }

    function subject() {
      const chosen = subjectButtons.find((b) => b.getAttribute("aria-pressed") === "true");
      return chosen ? chosen.dataset.liveSubject : null;
    }

    function isOn(code, role) {
      let on = false;
      taps().forEach((tap) => { if (tap.code === code && (tap.subject || null) === role) on = !on; });
      return on;
    }

    function renderClock() {
      clockOut.textContent = clockText(elapsed());
      startButton.hidden = running();
      pauseButton.hidden = !running();
      pausedNote.hidden = running() || clock.elapsed === 0;
      codeButtons.forEach((b) => { b.disabled = !running(); });
    }

    function renderTaps() {
      shown = input.value;
      const list = taps().slice().sort((a, b) => (b.t - a.t));
      const rows = list.map((tap) => {
        const row = document.createElement("tr");
        [clockText(tap.t), labels[tap.code] || tap.code, tap.subject ? (roleLabels[tap.subject] || tap.subject) : ""].forEach((text) => {
          const cell = document.createElement("td");
          cell.textContent = text;
          row.appendChild(cell);
        });
        return row;
      });
      log.replaceChildren(...rows);
      const role = subject();
      codeButtons.filter((b) => b.dataset.kind === "state").forEach((b) => {
        const forRole = b.dataset.subject ? role : null;
        b.setAttribute("aria-pressed", isOn(b.dataset.liveCode, forRole) ? "true" : "false");
      });
    }

    function tap(button) {
      if (!running() || button.disabled) return;
      const code = button.dataset.liveCode;
      const role = button.dataset.subject ? subject() : null;
      const event = { id: newId(), t: Math.round(elapsed()), code: code, subject: role };
      const list = taps();
      list.push(event);
      input.value = JSON.stringify(list);
      renderTaps();
      last.textContent = clockText(event.t) + " " + (labels[code] || code) + (role ? " · " + (roleLabels[role] || role) : "");
      form.dispatchEvent(new CustomEvent("casebook:change"));
    }

    function choose(button) {
      subjectButtons.forEach((b) => b.setAttribute("aria-pressed", b === button ? "true" : "false"));
      renderTaps();
    }

    startButton.addEventListener("click", () => {
      if (!running()) clock = { elapsed: elapsed(), since: Date.now() };
      keepClock();
      renderClock();
    });
    pauseButton.addEventListener("click", () => {
      clock = { elapsed: elapsed(), since: null };
      keepClock();
      renderClock();
    });
    codeButtons.forEach((b) => b.addEventListener("click", () => tap(b)));
    subjectButtons.forEach((b) => b.addEventListener("click", () => choose(b)));

    document.addEventListener("keydown", (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target;
      if (target && target.closest && target.closest("input, textarea, select, [contenteditable]")) return;
      const key = (event.key || "").toLowerCase();
      const code = codeButtons.find((b) => b.dataset.key && b.dataset.key === key);
      if (code) {
        event.preventDefault();
        return tap(code);
      }
      const role = subjectButtons.find((b) => b.dataset.key === key);
      if (role) {
        event.preventDefault();
        choose(role);
      }
    });

    // The device's copy of the form may be put back after this script ran (autosave.js):
    // looked for on every tick of the clock and whenever the outbox has tried to send.
    const notice = () => { if (input.value !== shown) renderTaps(); };
    ["casebook:queue", "casebook:sent", "casebook:refused"].forEach((name) => window.addEventListener(name, notice));
    setInterval(() => {
      renderClock();
      notice();
    }, 250);
    renderClock();
    renderTaps();
    // Only now the panel shows: a tap on "Start the clock" while the page was still loading
    // would have reached no listener, and the observer would believe the clock runs.
    const box = panel.querySelector("[data-live-panel]");
    if (box) box.hidden = false;
  }

  panels.forEach(setUp);
})();
