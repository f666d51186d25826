/*
 * Casebook response form: show_if visibility, section navigation, covered counts and repeat
 * rows. Plain ES2017, no build step, no dependencies beyond expressions.js.
 *
 * Answers are read from the form in the shapes documented in app/casebook/instruments/answers.py and
 * tidied the way the server's `normalise` tidies them; every item, section and "please
 * specify" box that carries a parsed show_if tree (data-show-if) is evaluated with
 * window.CasebookExpressions.evaluate against them, repeating until stable as the server's
 * `prune_hidden` does. What is hidden here is what the server discards when it saves.
 *
 * It also puts a snapshot of the form kept on the device back into the page (`restore`, repeat
 * rows included) and lists every problem the server would find, by field id (`problems`,
 * through checks.js), so a form filled offline gets the same messages.
 *
 * Defines window.CasebookForm = {readAnswers, refresh, goTo, pageText, clock, restore,
 * problems}.
 */
(function () {
  "use strict";

  const form = document.getElementById("response-form");
  const schema = document.getElementById("cb-items");
  if (!form || !schema || !window.CasebookExpressions || !window.CasebookMessages) return;
  const E = window.CasebookExpressions;
  const M = window.CasebookMessages; // interface text (app/casebook/script_text.py)
  const specs = JSON.parse(schema.textContent);
  const sections = Array.from(form.querySelectorAll("section[data-section]"));
  const NUMBER = /^-?\d+([.,]\d+)?$/;

  form.classList.add("cb-js");
  form.querySelectorAll("[data-js-only]").forEach((el) => { el.hidden = false; });

  // --- finding things ---------------------------------------------------------------------

  function q(value) {
    return '"' + CSS.escape(value) + '"';
  }
  function named(name) {
    return Array.from(form.querySelectorAll("[name=" + q(name) + "]"));
  }
  function itemEl(id) {
    return form.querySelector("[data-item=" + q(id) + "]");
  }
  function sectionEl(id) {
    return form.querySelector("section[data-section=" + q(id) + "]");
  }
  function navLinks(id) {
    return Array.from(form.querySelectorAll(".sections-nav a[data-section-link=" + q(id) + "]"));
  }

  // --- reading answers in the documented shapes ---------------------------------------------

  function text(name) {
    const el = named(name)[0];
    return el ? el.value.replace(/\r\n?/g, "\n") : "";
  }
  function checkedValues(name) {
    return named(name).filter((el) => el.checked).map((el) => el.value);
  }
  function checkedValue(name) {
    const values = checkedValues(name);
    return values.length ? values[0] : null;
  }
  function scaleValue(value) {
    return value !== null && /^-?\d+$/.test(value) ? Number(value) : value;
  }

  // Unanswered, as the server's `is_empty` sees it.
  function blank(value) {
    if (value === null || value === undefined) return true;
    if (typeof value === "string") return value.trim() === "";
    if (Array.isArray(value)) return value.length === 0;
    if (typeof value === "object") return Object.keys(value).length === 0;
    return false;
  }
  function dropEmpty(object) {
    const out = {};
    Object.keys(object).forEach((key) => { if (!blank(object[key])) out[key] = object[key]; });
    return out;
  }

  function readTopic(spec) {
    const probes = {};
    spec.probes.forEach(([id, key]) => {
      if (checkedValue(spec.name + "-probes-" + key) !== null) probes[id] = true;
    });
    return dropEmpty({
      covered: checkedValue(spec.name + "-covered") !== null ? true : null,
      notes: text(spec.name + "-notes"),
      probes: probes,
    });
  }

  function readChecklist(spec) {
    const out = {};
    spec.rows.forEach(([id, key]) => {
      const prefix = spec.name + "-" + key + "-";
      const row = { score: scaleValue(checkedValue(prefix + "score")) };
      if (row.score === "left_out") row.reason = text(prefix + "reason");
      if (spec.evidence) row.evidence = text(prefix + "evidence");
      const kept = dropEmpty(row);
      if (!blank(kept)) out[id] = kept;
    });
    return out;
  }

  function readRepeat(spec) {
    return rowAnswers(spec).filter((row) => !blank(row.answers)).map((row) => row.answers);
  }

  // One reader per item type, by the name the type's kind gives it (`reader` in
  // app/casebook/items/): (spec, field name) -> the answer in its documented shape.
  const READERS = {
    text: (spec, name) => text(name), // text and longtext
    date: (spec, name) => text(name).trim(),
    time: (spec, name) => text(name).trim(),
    number: (spec, name) => {
      const typed = text(name).trim();
      return NUMBER.test(typed) ? Number(typed.replace(",", ".")) : null;
    },
    duration: (spec, name) => {
      const typed = text(name).trim();
      return /^\d+$/.test(typed) ? Number(typed) : null;
    },
    boolean: (spec, name) => {
      const value = checkedValue(name);
      return value === "yes" ? true : value === "no" ? false : null;
    },
    choice: (spec, name) => checkedValue(name),
    multichoice: (spec, name) => checkedValues(name),
    scale: (spec, name) => scaleValue(checkedValue(name)),
    topic: readTopic,
    checklist: readChecklist,
    repeat: readRepeat,
  };

  function readItem(spec) {
    return READERS[spec.reader](spec, spec.name);
  }

  function readAnswers() {
    const answers = {};
    specs.forEach((spec) => {
      const value = readItem(spec);
      if (!blank(value)) answers[spec.id] = value;
      if (spec.other) {
        const other = text(spec.other.name);
        if (!blank(other)) answers[spec.other.id] = other;
      }
    });
    return answers;
  }

  // --- show_if ---------------------------------------------------------------------------------

  function holds(el, answers) {
    if (!el || !el.dataset.showIf) return true;
    if (!el.cbTree) el.cbTree = JSON.parse(el.dataset.showIf);
    return E.evaluate(el.cbTree, answers, null);
  }

  function hiddenIds(answers) {
    const hidden = new Set();
    specs.forEach((spec) => {
      if (!holds(sectionEl(spec.section), answers) || !holds(itemEl(spec.id), answers)) {
        hidden.add(spec.id);
      }
      if (spec.other && (hidden.has(spec.id) || !holds(itemEl(spec.other.id), answers))) {
        hidden.add(spec.other.id);
      }
    });
    return hidden;
  }

  // The answers the server would keep, and what is hidden given them.
  function visibleAnswers() {
    const answers = readAnswers();
    let hidden = hiddenIds(answers);
    for (let round = 0; round <= specs.length; round += 1) {
      const drop = Object.keys(answers).filter((key) => hidden.has(key));
      if (!drop.length) break;
      drop.forEach((key) => { delete answers[key]; });
      hidden = hiddenIds(answers);
    }
    return { answers: answers, hidden: hidden };
  }

  function refresh() {
    const state = visibleAnswers();
    specs.forEach((spec) => {
      setHidden(itemEl(spec.id), state.hidden.has(spec.id));
      if (spec.other) setHidden(itemEl(spec.other.id), state.hidden.has(spec.other.id));
    });
    form.querySelectorAll(".item.note[data-show-if]").forEach((note) => {
      setHidden(note, !holds(note, state.answers));
    });
    sections.forEach((section) => {
      const shown = holds(section, state.answers);
      section.hidden = !shown;
      navLinks(section.dataset.section).forEach((link) => { link.parentElement.hidden = !shown; });
    });
    if (active && sectionEl(active).hidden) activate(firstVisible());
    updateCounts();
    return state.answers;
  }

  function setHidden(el, hidden) {
    if (el && el.hidden !== hidden) el.hidden = hidden;
  }

  function updateCounts() {
    sections.forEach((section) => {
      navLinks(section.dataset.section).forEach((link) => {
        const badge = link.querySelector("[data-covered-count]");
        if (!badge) return;
        const topics = Array.from(section.querySelectorAll(".item.topic")).filter((t) => !t.hidden);
        const done = topics.filter((t) => t.querySelector("[data-covered]").checked).length;
        badge.textContent = M.format(M.text.covered, { done: done, total: topics.length });
        badge.classList.toggle("all", topics.length > 0 && done === topics.length);
      });
    });
  }

  // --- sections: one at a time, reachable in any order --------------------------------------------

  let active = null;

  function firstVisible() {
    const section = sections.find((s) => !s.hidden) || sections[0];
    return section ? section.dataset.section : null;
  }

  function activate(id) {
    const section = id && sectionEl(id);
    if (!section || section.hidden) return false;
    active = id;
    sections.forEach((s) => s.classList.toggle("is-active", s === section));
    form.querySelectorAll(".sections-nav a[data-section-link]").forEach((link) => {
      if (link.dataset.sectionLink === id) {
        link.setAttribute("aria-current", "true");
        const list = link.closest("ol");
        const item = link.parentElement;
        if (item.offsetLeft < list.scrollLeft || item.offsetLeft + item.offsetWidth > list.scrollLeft + list.clientWidth) {
          list.scrollLeft = Math.max(0, item.offsetLeft - 16);
        }
      } else {
        link.removeAttribute("aria-current");
      }
    });
    return true;
  }

  // Show the section of any element on the page, scroll to it and move focus there.
  function goTo(target) {
    const section = target.matches("section[data-section]") ? target : target.closest("section[data-section]");
    if (section) activate(section.dataset.section);
    const focusable = section === target ? section.querySelector("h2") : target;
    const bar = form.querySelector(".resp-bar");
    const offset = bar ? bar.offsetHeight + 12 : 0;
    const top = (section === target ? section : target).getBoundingClientRect().top + window.scrollY - offset;
    window.scrollTo(0, Math.max(0, top));
    if (focusable && typeof focusable.focus === "function") focusable.focus({ preventScroll: true });
  }

  function targetOf(hash) {
    if (!hash || hash.length < 2) return null;
    let id;
    try { id = decodeURIComponent(hash.slice(1)); } catch (error) { return null; }
    const el = document.getElementById(id);
    return el && form.contains(el) ? el : null;
  }

  form.addEventListener("click", (event) => {
    const link = event.target.closest('a[href^="#"]');
    if (link) {
      const target = targetOf(link.getAttribute("href"));
      if (!target) return;
      event.preventDefault();
      goTo(target);
      history.replaceState(null, "", link.getAttribute("href"));
      return;
    }
    const clear = event.target.closest("[data-clear]");
    if (clear) clearChoice(clear);
    const add = event.target.closest("[data-add-row]");
    if (add) addRow(add.closest("[data-type=repeat]"));
    const remove = event.target.closest("[data-remove-row]");
    if (remove) removeRow(remove.closest(".repeat-row"));
  });

  window.addEventListener("hashchange", () => {
    const target = targetOf(location.hash);
    if (target) goTo(target);
  });

  // --- repeat rows -------------------------------------------------------------------------------

  function rowsOf(wrapper) {
    return Array.from(wrapper.querySelector(".repeat-rows").children);
  }

  function renumber(wrapper) {
    rowsOf(wrapper).forEach((row, index) => {
      row.querySelectorAll("[data-row-number]").forEach((el) => { el.textContent = String(index + 1); });
    });
    const max = Number(wrapper.dataset.max || 0);
    const add = wrapper.querySelector("[data-add-row]");
    if (add) add.disabled = max > 0 && rowsOf(wrapper).length >= max;
  }

  function addRow(wrapper) {
    const list = wrapper.querySelector(".repeat-rows");
    const row = addRowAt(wrapper, Number(list.dataset.nextIndex || list.children.length));
    renumber(wrapper);
    const first = row.querySelector("input, select, textarea");
    if (first) first.focus();
  }

  function addRowAt(wrapper, index) {
    const list = wrapper.querySelector(".repeat-rows");
    const template = wrapper.querySelector("template[data-row-template]");
    list.dataset.nextIndex = String(Math.max(index + 1, Number(list.dataset.nextIndex || 0)));
    list.insertAdjacentHTML("beforeend", template.innerHTML.split("__index__").join(String(index)));
    const row = list.lastElementChild;
    row.querySelectorAll("[data-js-only]").forEach((el) => { el.hidden = false; });
    return row;
  }

  function removeRow(row) {
    const wrapper = row.closest("[data-type=repeat]");
    const filled = Array.from(row.querySelectorAll("input, textarea")).some((el) =>
      el.type === "radio" || el.type === "checkbox" ? el.checked : el.value.trim() !== "");
    if (filled && !window.confirm(M.text.removeEntry)) return;
    const next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    renumber(wrapper);
    refresh();
    form.dispatchEvent(new Event("casebook:change"));
    const focus = next ? next.querySelector("input, textarea") : wrapper.querySelector("[data-add-row]");
    if (focus) focus.focus();
  }

  // A radio button cannot be unticked by tapping it again: this takes an answer back.
  function clearChoice(button) {
    const group = button.parentElement;
    const radios = Array.from(group.querySelectorAll("input[type=radio]"));
    radios.forEach((radio) => { radio.checked = false; });
    if (radios.length) radios[0].dispatchEvent(new Event("change", { bubbles: true }));
    if (radios.length) radios[0].focus();
  }

  // --- odds and ends --------------------------------------------------------------------------------

  // Enter in a one-line box must not submit the whole form in the middle of an interview.
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target.matches("input:not([type=submit]):not([type=button])")) {
      event.preventDefault();
    }
  });

  function clock(iso) {
    const date = new Date(iso);
    if (isNaN(date.getTime())) return "";
    return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  // The visible words of a label or heading, without badges such as "required".
  function textOf(el) {
    if (!el) return "";
    const copy = el.cloneNode(true);
    copy.querySelectorAll(".req, .sr-only").forEach((part) => part.remove());
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  // Every piece of text in the page with where it belongs, so it can be copied out.
  function pageText() {
    const parts = [];
    form.querySelectorAll("textarea, input[type=text]").forEach((el) => {
      if (!el.name || el.hasAttribute("data-unsaved-text") || !el.value.trim()) return;
      const item = el.closest("[data-item]");
      const heading = item && item.querySelector("h3, legend, label");
      const own = el.id && form.querySelector("label[for=" + q(el.id) + "]");
      const names = [textOf(heading), textOf(own)].filter(Boolean);
      parts.push(Array.from(new Set(names)).join(" › ") + ":\n" + el.value.trim());
    });
    return parts.join("\n\n");
  }

  // --- a snapshot kept on the device, and problems -----------------------------------------

  const PAGE_FIELDS = new Set(["revision", "csrf_token", "action"]);

  // Put a URL-encoded snapshot of the form's fields back into the page.
  function restore(query) {
    const params = new URLSearchParams(query);
    specs.filter((spec) => spec.type === "repeat").forEach((spec) => restoreRows(spec, params));
    Array.from(form.elements).forEach((el) => {
      if (!el.name || PAGE_FIELDS.has(el.name) || el.type === "submit" || el.type === "button") return;
      const values = params.getAll(el.name);
      if (el.type === "radio" || el.type === "checkbox") el.checked = values.includes(el.value);
      else if (el.tagName === "SELECT") Array.from(el.options).forEach((o) => { o.selected = values.includes(o.value); });
      else el.value = values.length ? values[0] : "";
    });
    refresh();
  }

  // The repeat's rows as the snapshot has them: rows it lacks are removed, missing ones added.
  function restoreRows(spec, params) {
    const wrapper = itemEl(spec.id);
    if (!wrapper) return;
    const start = spec.name + "-";
    const wanted = new Set();
    for (const key of params.keys()) {
      const match = key.startsWith(start) && /^(\d+)-/.exec(key.slice(start.length));
      if (match) wanted.add(match[1]);
    }
    rowsOf(wrapper).forEach((row) => {
      if (!wanted.has(row.dataset.prefix.slice(start.length, -1))) row.remove();
    });
    Array.from(wanted).map(Number).sort((a, b) => a - b).forEach((index) => {
      if (!wrapper.querySelector("[data-prefix=" + q(start + index + "-") + "]")) addRowAt(wrapper, index);
    });
    renumber(wrapper);
  }

  function rowAnswers(spec) {
    const wrapper = itemEl(spec.id);
    const rows = [];
    if (!wrapper) return rows;
    wrapper.querySelectorAll(".repeat-row").forEach((rowEl) => {
      const row = {};
      spec.items.forEach((sub) => { row[sub.id] = READERS[sub.reader](sub, rowEl.dataset.prefix + sub.key); });
      const kept = dropEmpty(row);
      const typed = spec.items.some((sub) => text(rowEl.dataset.prefix + sub.key).trim() !== "");
      if (!blank(kept) || typed) rows.push({ prefix: rowEl.dataset.prefix, answers: kept });
    });
    return rows;
  }

  // Every problem the server would find in the page as it is, by field id.
  function problems(complete) {
    if (!window.CasebookChecks) return {};
    const state = visibleAnswers();
    const found = window.CasebookChecks.problems({
      specs: specs, answers: state.answers, hidden: state.hidden, raw: text, rows: rowAnswers,
      complete: Boolean(complete),
    });
    const date = form.elements.namedItem("meta-date");
    if (date && date.value.trim() && !window.CasebookChecks.convert("date", date.value).value) {
      found["meta-date"] = ["a date as YYYY-MM-DD"];
    }
    return found;
  }

  form.addEventListener("input", refresh);
  form.addEventListener("change", refresh);
  form.querySelectorAll("[data-type=repeat]").forEach(renumber);
  form.querySelectorAll("[data-local-time]").forEach((el) => {
    const local = clock(el.getAttribute("datetime"));
    if (local) el.textContent = local;
  });

  refresh();
  const start = targetOf(location.hash);
  const summary = document.getElementById("error-summary");
  if (start) {
    goTo(start);
  } else if (summary) {
    const first = summary.querySelector("a[href^='#']");
    const target = first && targetOf(first.getAttribute("href"));
    const section = target && target.closest("section[data-section]");
    activate(section ? section.dataset.section : firstVisible());
    summary.focus();
  } else {
    activate(firstVisible());
  }

  window.CasebookForm = Object.freeze({
    readAnswers: readAnswers, refresh: refresh, goTo: goTo, pageText: pageText, clock: clock,
    restore: restore, problems: problems,
  });
})();
