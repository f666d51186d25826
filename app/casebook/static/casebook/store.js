/*
 * Casebook's copy of responses on the device: one IndexedDB database, "casebook", used by the
 * pages (outbox.js, autosave.js, device.js) and the service worker (sw.js). Raw IndexedDB,
 * no library. Plain ES2017.
 *
 * Store "records", one per response, keyed by its UUID:
 *   uuid, user (account id), userName, instrument, version, case, participant, wave, date,
 *   display {title, case, participant, wave}, page (where to open it),
 *   created    the server has the response (false for one started offline, until sent)
 *   snapshot   the latest form fields typed on this device (URL-encoded), or null
 *   base       the server revision the snapshot builds on (0: not on the server yet)
 *   sending    {snapshot, base} of a send that may or may not have reached the server: it
 *              is sent again exactly as it was, so a send cut off half-way is never doubled
 *   sent       the snapshot the server last confirmed; problems: its answers the server did
 *              not store, by field id; conflict / refused: why the server said no
 *   changedAt, sentAt
 * Store "settings": small values by key ("user": whose pages the service worker serves).
 *
 * Every change is one read-modify-write transaction (`update`), so the page typing and the
 * outbox sending never overwrite each other's fields. Writes ask for strict durability.
 *
 * Defines self.CasebookStore = {get, all, update, remove, setting, setSetting, unsent,
 * hasProblems, available}.
 */
(function (global) {
  "use strict";

  const NAME = "casebook";
  const VERSION = 1;
  let opening = null;

  function available() {
    return typeof global.indexedDB !== "undefined" && global.indexedDB !== null;
  }

  function open() {
    if (!available()) return Promise.reject(new Error("IndexedDB is not available"));
    if (!opening) {
      opening = new Promise((resolve, reject) => {
        const request = global.indexedDB.open(NAME, VERSION);
        request.onupgradeneeded = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains("records")) db.createObjectStore("records", { keyPath: "uuid" });
          if (!db.objectStoreNames.contains("settings")) db.createObjectStore("settings");
        };
        request.onsuccess = () => {
          const db = request.result;
          db.onversionchange = () => { db.close(); opening = null; };
          db.onclose = () => { opening = null; };
          resolve(db);
        };
        request.onerror = () => { opening = null; reject(request.error); };
        request.onblocked = () => { opening = null; reject(new Error("the device's storage is busy")); };
      });
    }
    return opening;
  }

  // Run `work(store, done)` in one transaction; resolves with what was passed to done()
  // once the transaction has committed.
  function run(storeName, mode, work) {
    return open().then((db) => new Promise((resolve, reject) => {
      const options = mode === "readwrite" ? { durability: "strict" } : undefined;
      const tx = db.transaction(storeName, mode, options);
      let result;
      work(tx.objectStore(storeName), (value) => { result = value; });
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error("the device's storage refused the change"));
    }));
  }

  function get(uuid) {
    return run("records", "readonly", (store, done) => {
      const request = store.get(uuid);
      request.onsuccess = () => done(request.result || null);
    });
  }

  function all() {
    return run("records", "readonly", (store, done) => {
      const request = store.getAll();
      request.onsuccess = () => done(request.result || []);
    });
  }

  // change(record or null) returns the record to store, null to delete it, or undefined to
  // leave it as it is. Resolves with what is stored afterwards.
  function update(uuid, change) {
    return run("records", "readwrite", (store, done) => {
      const request = store.get(uuid);
      request.onsuccess = () => {
        const before = request.result || null;
        const after = change(before ? JSON.parse(JSON.stringify(before)) : null);
        if (after === undefined) {
          done(before);
        } else if (after === null) {
          store.delete(uuid);
          done(null);
        } else {
          after.uuid = uuid;
          store.put(after);
          done(after);
        }
      };
    });
  }

  function remove(uuid) {
    return update(uuid, () => null);
  }

  function setting(key) {
    return run("settings", "readonly", (store, done) => {
      const request = store.get(key);
      request.onsuccess = () => done(request.result === undefined ? null : request.result);
    });
  }

  function setSetting(key, value) {
    return run("settings", "readwrite", (store, done) => {
      if (value === null || value === undefined) store.delete(key);
      else store.put(value, key);
      done(value);
    });
  }

  // Something typed on this device that the server does not have yet.
  function unsent(record) {
    if (!record) return false;
    if (record.sending || !record.created || record.conflict || record.refused) return true;
    return record.snapshot !== null && record.snapshot !== undefined && record.snapshot !== record.sent;
  }

  // Sent, but the server kept back some answers that need fixing.
  function hasProblems(record) {
    return Boolean(record && record.problems && Object.keys(record.problems).length);
  }

  global.CasebookStore = Object.freeze({
    get: get, all: all, update: update, remove: remove, setting: setting, setSetting: setSetting,
    unsent: unsent, hasProblems: hasProblems, available: available,
  });
})(self);
