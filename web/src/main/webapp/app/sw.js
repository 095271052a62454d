/*
 * The participant web app's service worker (scope: this folder). It shows the app notifications
 * the delivery pipeline pushes (Web Push, RFC 8030; the payload is the JSON of PushMessage:
 * {"title", "body", "request", "urgent"}) and, when one is clicked, opens the app at the action of
 * that send request ("index.xhtml?verzoek=N"). It keeps nothing: no cache, no token.
 */
"use strict";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("push", function (event) {
  var message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch (e) {
    message = { title: event.data.text() };
  }
  event.waitUntil(
    self.registration.showNotification(message.title || "Burgernet", {
      body: message.body || "",
      icon: "icon-192.png",
      badge: "icon-192.png",
      tag: message.request ? "burgernet-" + message.request : "burgernet",
      requireInteraction: !!message.urgent,
      data: { request: message.request }
    })
  );
});

self.addEventListener("notificationclick", function (event) {
  event.notification.close();
  var request = event.notification.data && event.notification.data.request;
  var target = new URL("index.xhtml" + (request ? "?verzoek=" + request : ""), self.registration.scope);
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (windows) {
      for (var i = 0; i < windows.length; i++) {
        if (windows[i].url.indexOf(self.registration.scope) === 0 && "navigate" in windows[i]) {
          return windows[i].navigate(target.href).then(function (client) {
            return client && client.focus();
          });
        }
      }
      return self.clients.openWindow(target.href);
    })
  );
});
