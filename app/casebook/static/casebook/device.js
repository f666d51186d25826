/*
 * The "On this device" page: lists the responses the browser keeps (store.js), says which are
 * not sent yet and why, sends them ("Send now") and, as a last resort, exports everything to
 * a file. Also the page the service worker shows for a page that is not available offline.
 */
(function () {
  "use strict";

  const Store = window.CasebookStore;
  const Outbox = window.CasebookOutbox;
  const M = window.CasebookMessages;
  if (!Store || !Outbox || !M) return;
  const config = Outbox.config;
  const list = document.getElementById("device-list");
  const summary = document.getElementById("device-summary");
  const storage = document.getElementById("device-storage");
  const sendButton = document.getElementById("device-send");
  const exportButton = document.getElementById("device-export");

  if (location.pathname !== new URL(config.device, location.href).pathname) {
    const offline = document.getElementById("device-offline");
    offline.textContent = M.text.pageOffline;
    offline.hidden = false;
  }

  function when(iso) {
    const date = new Date(iso || "");
    return isNaN(date.getTime()) ? "" : date.toLocaleString([], {
      year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
    });
  }

  function stateOf(record) {
    if (record.conflict) return ["conflict", M.text.stateConflict];
    if (record.refused) return ["refused", M.text.stateRefused + ": " + record.refused.message];
    if (Store.unsent(record)) return ["unsent", M.text.stateUnsent];
    if (Store.hasProblems(record)) return ["unsent", M.text.stateProblems];
    return ["sent", M.text.stateSent];
  }

  function cell(row, text, className) {
    const td = document.createElement("td");
    if (className) td.className = className;
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function describe(record) {
    const d = record.display || {};
    return [d.title || record.instrument, d.case, d.participant, d.wave].filter(Boolean).join(" · ");
  }

  function row(record, sessionUser) {
    const tr = document.createElement("tr");
    tr.dataset.uuid = record.uuid;
    const what = cell(tr, describe(record));
    const by = document.createElement("div");
    by.className = "help";
    by.textContent = M.format(M.text.typedBy, { name: record.userName || "?" });
    what.appendChild(by);
    const [kind, text] = stateOf(record);
    const state = cell(tr, text, "state-" + kind);
    if (kind !== "sent" && sessionUser && record.user !== sessionUser) {
      const other = document.createElement("div");
      other.className = "help";
      other.textContent = M.format(M.text.otherUser, { name: record.userName || "?" });
      state.appendChild(other);
    }
    cell(tr, when(record.changedAt));
    const actions = cell(tr, "");
    if (record.page) {
      const open = document.createElement("a");
      open.href = record.page;
      open.className = "button";
      open.textContent = M.text.open;
      actions.appendChild(open);
    }
    return tr;
  }

  async function render() {
    let records;
    try {
      records = await Store.all();
    } catch (error) {
      summary.textContent = M.text.noIndexedDb;
      return;
    }
    records.sort((a, b) => String(b.changedAt || "").localeCompare(String(a.changedAt || "")));
    const waiting = records.filter((r) => Store.unsent(r) || Store.hasProblems(r)).length;
    if (!records.length) summary.textContent = M.text.nothingHere;
    else if (!waiting) summary.textContent = M.text.allSentHere;
    else {
      summary.textContent = M.plural("unsentHere", waiting);
      if (Outbox.state.reason === "offline") summary.textContent += " " + M.format(M.text.whyOffline, { seconds: Outbox.state.retryIn }) + ".";
      if (Outbox.state.reason === "logged-out") summary.textContent += " " + M.text.whyLoggedOut + ".";
    }
    const body = list.querySelector("tbody");
    body.replaceChildren(...records.map((r) => row(r, Outbox.state.user)));
    list.hidden = !records.length;
    exportButton.disabled = !records.length;
    const persisted = await Store.setting("persisted").catch(() => null);
    storage.textContent = persisted === false ? M.text.storageRefused : persisted ? M.text.persisted : "";
  }

  // Everything on the device as a file: each record with its form fields spelled out.
  async function exportAll() {
    const records = await Store.all();
    const readable = records.map((record) => {
      const fields = {};
      for (const [name, value] of new URLSearchParams(record.snapshot || "")) {
        if (value !== "") (fields[name] = fields[name] || []).push(value);
      }
      return Object.assign({}, record, { fields: fields });
    });
    const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
    const file = "casebook-device-" + stamp + ".json";
    const blob = new Blob([JSON.stringify({ exported_at: new Date().toISOString(), records: readable }, null, 2)],
      { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = file;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    summary.textContent = M.format(M.text.exported, { file: file });
  }

  sendButton.addEventListener("click", () => {
    sendButton.disabled = true;
    Outbox.sendNow().then(render).finally(() => { sendButton.disabled = false; });
  });
  exportButton.addEventListener("click", () => { exportAll().catch(() => {}); });
  ["casebook:queue", "casebook:sent", "casebook:conflict", "casebook:refused"].forEach((name) => {
    window.addEventListener(name, render);
  });
  render();
})();
