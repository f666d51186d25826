/*
 * Casebook completion check: "Mark complete" first shows what is still missing, in a native
 * <dialog> (#complete-dialog): required answers, answers that break their rule, checklist
 * rows not scored (or left out without a reason), topics not ticked covered, and rows a
 * relaxed checklist lets stay unscored. Plain ES2017, no build step.
 *
 * Worked out here, from the page alone (it works offline): the rules are in
 * <script id="cb-completion"> (app/casebook/views/collect/completion_data.py), the answers come from
 * window.CasebookForm.readAnswers(), and show_if / constraint trees are evaluated with
 * window.CasebookExpressions exactly as the server does. The server checks the same rules when
 * the form is sent and has the last word; this only saves a round trip and says what to do.
 *
 * "Mark complete anyway" is offered only when nothing blocks completion (uncovered topics and
 * rows a checklist allows to stay unscored do not); otherwise only "Go back". Every sentence
 * lives in the template or in the page's catalogue of script text (#cb-text, see
 * app/casebook/script_text.py), so the page can be translated.
 */
(function () {
  "use strict";

  const form = document.getElementById("response-form");
  const rulesEl = document.getElementById("cb-completion");
  const dialog = document.getElementById("complete-dialog");
  const E = window.CasebookExpressions;
  if (!form || !rulesEl || !dialog || !E || typeof dialog.showModal !== "function") return;
  const rules = JSON.parse(rulesEl.textContent);
  const M = window.CasebookMessages; // interface text (app/casebook/script_text.py)
  if (!M) return;
  const TEXT = M.text;
  const button = form.querySelector("button[name=action][value=complete]");
  const confirmButton = dialog.querySelector("[data-complete-confirm]");
  const backButton = dialog.querySelector("[data-complete-back]");
  if (!button || !confirmButton || !backButton) return;
  const sectionById = {};
  rules.sections.forEach((section) => { sectionById[section.id] = section; });

  // --- reading the page -------------------------------------------------------------------------

  function named(name) {
    return Array.from(form.querySelectorAll('[name="' + CSS.escape(name) + '"]'));
  }
  function checked(name) {
    const on = named(name).find((el) => el.checked);
    return on ? on.value : null;
  }
  function text(name) {
    const el = named(name)[0];
    return el ? el.value : "";
  }
  function holds(tree, answers, self) {
    return !tree || E.evaluate(tree, answers, self === undefined ? null : self);
  }

  // Ids hidden by show_if (sections, items, "please specify" boxes) given these answers.
  function hiddenIds(answers) {
    const hidden = new Set();
    rules.items.forEach((item) => {
      const section = sectionById[item.section];
      if (!holds(section.show_if, answers) || !holds(item.show_if, answers)) hidden.add(item.id);
      if (item.other && (hidden.has(item.id) || !holds(item.other.show_if, answers))) {
        hidden.add(item.other.id);
      }
    });
    return hidden;
  }

  // The answers the server would keep and what is hidden given them (its `prune_hidden`).
  function visibleState() {
    const answers = window.CasebookForm ? window.CasebookForm.readAnswers() : {};
    let hidden = hiddenIds(answers);
    for (let round = 0; round <= rules.items.length; round += 1) {
      const drop = Object.keys(answers).filter((key) => hidden.has(key));
      if (!drop.length) break;
      drop.forEach((key) => { delete answers[key]; });
      hidden = hiddenIds(answers);
    }
    return { answers: answers, hidden: hidden };
  }

  // --- the summary -------------------------------------------------------------------------------

  function place(item, label, anchor, message) {
    const section = sectionById[item.section];
    const parts = [section ? section.title : "", item.label];
    if (label && label !== item.label) parts.push(label);
    return { where: parts.filter(Boolean).join(" › "), anchor: anchor, message: message || "" };
  }

  function checkRows(item, found) {
    item.rows.forEach((row) => {
      const score = checked(row.score);
      if (score === null) {
        const into = item.every_row ? found.rows : found.unscored;
        into.push(place(item, row.label, row.anchor));
      } else if (score === "left_out" && !E.answered(text(row.reason))) {
        found.reasons.push(place(item, row.label, row.reason_anchor));
      }
    });
  }

  function checkRepeat(item, entries, answers, found) {
    if (entries.length < item.min) {
      found.missing.push(place(item, "", item.anchor, M.plural("needsEntries", item.min)));
    }
    entries.forEach((entry, index) => {
      const scope = Object.assign({}, answers, entry);
      item.subs.forEach((sub) => {
        if (sub.required && holds(sub.show_if, scope) && !E.answered(entry[sub.id])) {
          const label = M.format(TEXT.entry, { number: index + 1 }) + " › " + sub.label;
          found.missing.push(place(item, label, item.anchor));
        }
      });
    });
  }

  function summarise() {
    const state = visibleState();
    const answers = state.answers;
    const found = { missing: [], rules: [], rows: [], reasons: [], topics: [], unscored: [] };
    if (rules.date && !text(rules.date).trim()) {
      found.missing.push({ where: rules.interview ? TEXT.interviewDate : TEXT.date, anchor: rules.date, message: "" });
    }
    rules.items.forEach((item) => {
      if (state.hidden.has(item.id)) return;
      const value = answers[item.id];
      const everyRow = item.type === "checklist" && item.every_row;
      if (item.required && !everyRow && !E.answered(value)) {
        found.missing.push(place(item, "", item.anchor));
      }
      if (item.type === "checklist") checkRows(item, found);
      if (item.type === "repeat") checkRepeat(item, Array.isArray(value) ? value : [], answers, found);
      if (item.type === "topic" && !(value && value.covered === true)) {
        found.topics.push(place(item, "", item.anchor));
      }
      if (item.other && !state.hidden.has(item.other.id) && !E.answered(answers[item.other.id])) {
        found.missing.push(place(item, "", item.other.anchor));
      }
      if (item.constraint && E.answered(value) && !holds(item.constraint, answers, value)) {
        found.rules.push(place(item, "", item.anchor, item.message));
      }
    });
    found.blocked = ["missing", "rules", "rows", "reasons"].some((key) => found[key].length > 0);
    found.warned = found.topics.length > 0 || found.unscored.length > 0;
    return found;
  }

  // --- the dialog ----------------------------------------------------------------------------------

  function fill(key, entries) {
    const box = dialog.querySelector("[data-summary=" + key + "]");
    if (!box) return;
    const list = box.querySelector("ul");
    list.textContent = "";
    entries.forEach((entry) => {
      const li = document.createElement("li");
      const link = document.createElement("a");
      link.href = "#" + entry.anchor;
      link.textContent = entry.where;
      link.dataset.anchor = entry.anchor;
      li.appendChild(link);
      if (entry.message) li.appendChild(document.createTextNode(": " + entry.message));
      list.appendChild(li);
    });
    box.hidden = entries.length === 0;
  }

  function open() {
    const found = summarise();
    ["missing", "rules", "rows", "reasons", "topics", "unscored"].forEach((key) => fill(key, found[key]));
    dialog.querySelector("[data-summary-ok]").hidden = found.blocked || found.warned;
    dialog.querySelector("[data-summary-blocked]").hidden = !found.blocked;
    confirmButton.hidden = found.blocked;
    confirmButton.textContent = found.warned ? TEXT.markAnyway : TEXT.markComplete;
    dialog.dataset.blocked = found.blocked ? "true" : "false";
    dialog.showModal();
    (found.blocked ? backButton : confirmButton).focus();
  }

  function goTo(anchor) {
    const target = document.getElementById(anchor);
    if (!target) return;
    if (window.CasebookForm && window.CasebookForm.goTo) {
      window.CasebookForm.goTo(target);
    } else {
      target.scrollIntoView();
      if (typeof target.focus === "function") target.focus();
    }
    history.replaceState(null, "", "#" + anchor);
  }

  // Capture phase on the document: runs before the button (and autosave.js) sees the click.
  document.addEventListener("click", (event) => {
    if (event.target.closest("button") !== button || button.disabled) return;
    event.preventDefault();
    event.stopPropagation();
    open();
  }, true);

  confirmButton.addEventListener("click", () => {
    dialog.close();
    // requestSubmit sends the button's action=complete and fires no click, so no second check
    if (form.requestSubmit) {
      form.requestSubmit(button);
      return;
    }
    const action = document.createElement("input");
    action.type = "hidden";
    action.name = "action";
    action.value = "complete";
    form.appendChild(action);
    form.submit();
  });
  backButton.addEventListener("click", () => dialog.close());
  dialog.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-anchor]");
    if (!link) return;
    event.preventDefault();
    dialog.close();
    goTo(link.dataset.anchor);
  });
  dialog.addEventListener("close", () => {
    if (!document.activeElement || document.activeElement === document.body) button.focus();
  });

  window.CasebookComplete = Object.freeze({ summarise: summarise, open: open });
})();
