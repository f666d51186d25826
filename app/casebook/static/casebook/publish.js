/*
 * Publish (publish.html), while a release is being built: poll the run until it ends,
 * showing its progress; then show the outcome. A static file, not inline: Casebook's
 * Content-Security-Policy runs scripts from Casebook's static files only.
 */
"use strict";
(function () {
  const section = document.getElementById("run");
  const stage = document.getElementById("run-stage");
  const bar = document.getElementById("run-progress");
  async function poll() {
    try {
      const response = await fetch(section.dataset.run, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (response.ok) {
        const run = await response.json();
        if (run.status !== "running") { window.location.reload(); return; }
        const label = run.stage.charAt(0).toUpperCase() + run.stage.slice(1);
        stage.textContent = `${label}: ${run.done} of ${run.total} responses.`;
        bar.max = run.total || 1;
        bar.value = run.done;
      }
    } catch (error) { /* the next poll tries again */ }
    window.setTimeout(poll, 700);
  }
  window.setTimeout(poll, 500);
})();
