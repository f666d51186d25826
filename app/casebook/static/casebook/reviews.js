/*
 * Name review (reviews.html): decide in the background and move on to the next word; N and S
 * decide the word in focus. A static file, not inline: Casebook's Content-Security-Policy
 * runs scripts from Casebook's static files only. Its words come from the page's catalogue
 * (messages.js), so they follow the reader's language.
 */
"use strict";
(function () {
  const token = document.querySelector('meta[name="csrf-token"]').content;
  const left = document.getElementById("review-left");
  const TEXT = window.CasebookMessages.text;
  function groups() { return Array.from(document.querySelectorAll("[data-group]")); }
  function focusFirst(group) { if (group) group.querySelector("button").focus(); }
  async function decide(form, decision) {
    const body = new FormData(form);
    body.set("decision", decision);
    const buttons = form.querySelectorAll("button");
    buttons.forEach((b) => { b.disabled = true; });
    let response;
    try {
      response = await fetch(form.action, {
        method: "POST", body, headers: { "X-CSRFToken": token, Accept: "application/json" },
        credentials: "same-origin",
      });
    } catch (error) { response = null; }
    if (!response || !response.ok) {
      buttons.forEach((b) => { b.disabled = false; });
      left.textContent = TEXT.reviewNotSaved;
      return;
    }
    const data = await response.json();
    const group = form.closest("[data-group]");
    const next = groups()[groups().indexOf(group) + 1] || groups()[groups().indexOf(group) - 1];
    group.remove();
    left.textContent = `${data.message} ${data.left_text}`;
    focusFirst(next);
  }
  document.querySelectorAll("[data-group] form").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      decide(form, event.submitter ? event.submitter.value : "name");
    });
  });
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key !== "n" && key !== "s") return;
    const group = document.activeElement && document.activeElement.closest("[data-group]");
    if (!group) return;
    event.preventDefault();
    decide(group.querySelector("form"), key === "n" ? "name" : "safe");
  });
})();
