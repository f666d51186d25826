/*
 * Casebook's interface text for the scripts that keep a response on the device (store.js,
 * outbox.js, offline.js, autosave.js, checks.js' callers, device.js), gathered in one place
 * so it can be translated. Plain strings with {name} placeholders; `format` fills them in
 * and `count` picks the singular or plural form.
 *
 * Defines window.CasebookMessages = {text, format, count}.
 */
(function (global) {
  "use strict";

  const text = {
    // the status line of a response
    allSent: "All sent to the server at {time}",
    savedOnDevice: "Saved on this device, not yet sent ({responses})",
    checkingDevice: "Looking for changes kept on this device…",
    sending: "Sending…",
    notSavedAnswers: "{answers} not saved: fix {them} to save",
    needsFixing: "{answers} to fix before {it} can be saved",
    whyOffline: "No connection to the server; trying again in {seconds} s",
    whyLoggedOut: "You are logged out: log in again to send",
    whyServer: "The server could not take it ({reason}); trying again in {seconds} s",
    conflict: "NOT SENT: {who} saved a newer version at {time}. Both versions are shown below; yours is kept on this device.",
    refused: "NOT SENT: {reason}. Your text is kept on this device.",
    openElsewhere: "This response is open in another tab or window of this browser. Continue there; nothing can be typed here.",
    localStart: "Started on this device; it is sent as soon as there is a connection.",
    notOnDevice: "This response was not started on this device, so there is nothing to show here. Open it from the case or participant page.",
    storageRefused: "This browser has not promised to keep the copies on this device when space runs low. Send them as soon as you can.",
    noIndexedDb: "This browser cannot keep copies on this device (private browsing?). Changes are only saved once they reach the server.",
    markCompleteOffline: "“Mark complete” needs the server. Your answers are saved on this device and will be sent when the connection is back.",
    draftOffline: "Saved on this device. It will be sent when the connection is back.",
    // counting
    response: "{n} response",
    responses: "{n} responses",
    answer: "{n} answer",
    answers: "{n} answers",
    // the conflict banner
    keepMine: "Send my version over theirs",
    confirmTheirs: "Your version of this response will be removed from this device, and theirs shown. Copy anything you need first. Go on?",
    // the header, the login page, logging out
    deviceLink: "On this device",
    loginQueued: "{responses} saved on this device and not yet sent. Log in to send {them}.",
    logoutUnsent: "{responses} on this device {are} not sent to the server yet. If you log out now, {they} on this device until you log in again. Log out anyway?",
    logoutWait: "Sending what is on this device before logging out…",
    // starting offline
    startedOffline: "No connection: the interview starts on this device and is sent when the connection is back.",
    startNeedsVisit: "No connection, and this form was not opened on this device before. Open it once while online.",
    // the "On this device" page
    pageOffline: "You are offline, and this page was not opened on this device while online. What is on this device is listed below.",
    stateUnsent: "not yet sent",
    stateSent: "sent",
    stateConflict: "conflict: someone else saved a newer version",
    stateRefused: "not accepted by the server",
    stateProblems: "sent, except answers to fix",
    typedBy: "typed by {name}",
    otherUser: "Log in as {name} to send this.",
    nothingHere: "Nothing from Casebook is kept on this device.",
    allSentHere: "Everything on this device has been sent to the server.",
    unsentHere: "{responses} on this device {are} not sent yet.",
    persisted: "This browser keeps the copies on this device until they are sent.",
    exported: "Saved as {file}. Keep the file safe: it holds everything typed.",
  };

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, name) =>
      values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole);
  }

  // "1 response" / "3 responses"
  function count(n, singular, plural) {
    return format(n === 1 ? text[singular] : text[plural], { n: n });
  }

  global.CasebookMessages = Object.freeze({ text: Object.freeze(text), format: format, count: count });
})(self);
