/*
 * The participant web app (plain JavaScript; Leaflet and BurgernetMap from the portal).
 *
 * Pairing: the self-service page links here with the magic link's token after "#koppel=". The app
 * spends it at POST /api/v1/app/devices for a device token, keeps that in localStorage and removes
 * the token from the address. Every further call carries the device token as a Bearer token.
 * The actions of the participant's area are drawn on the map and listed; an open one takes a tip
 * (text, optional photo, optional point clicked on the map). Notifications: the service worker
 * (sw.js) subscribes with the server's VAPID key and the subscription is handed to the server.
 * Location is off until the participant turns it on; then the app reports its position at most
 * every LOCATION_MINUTES while it is open, and turning it off deletes the last report.
 */
(function () {
  "use strict";

  var STORE_KEY = "burgernet.app.device";
  var LOCATION_KEY = "burgernet.app.location";
  /** How often the app reports where it is, while location is on and the app is open. */
  var LOCATION_MINUTES = 5;
  var MAXIMUM_PHOTO_BYTES = 8 * 1024 * 1024;
  var PHOTO_TYPES = ["image/jpeg", "image/png"];

  var texts = document.getElementById("app-texts").dataset;
  var base = texts.context + "/api/v1/";
  var map = null;
  var areaLayer = null;
  var tipMarker = null;
  var tipAction = null;
  var tipPoint = null;
  var locationTimer = null;

  function $(id) {
    return document.getElementById(id);
  }

  function deviceToken() {
    return window.localStorage.getItem(STORE_KEY);
  }

  function status(text) {
    var element = $("app-status");
    element.textContent = text || "";
    element.hidden = !text;
  }

  /** fetch with the device token; resolves to the parsed JSON (or null), rejects with a text. */
  function call(method, path, body) {
    var headers = { Accept: "application/json" };
    var token = deviceToken();
    if (token) {
      headers.Authorization = "Bearer " + token;
    }
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    return window
      .fetch(base + path, {
        method: method,
        headers: headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: "no-store"
      })
      .then(function (response) {
        if (response.status === 204) {
          return null;
        }
        return response.json().then(
          function (json) {
            if (!response.ok) {
              var error = new Error((json && json.detail) || texts.failed);
              error.status = response.status;
              throw error;
            }
            return json;
          },
          function () {
            var error = new Error(texts.failed);
            error.status = response.status;
            throw error;
          }
        );
      });
  }

  function showPaired(paired) {
    $("app-paired").hidden = !paired;
    $("app-unpaired").hidden = paired;
  }

  function pairFromAddress() {
    var match = /[#&]koppel=([A-Za-z0-9_-]+)/.exec(window.location.hash);
    if (!match) {
      return Promise.resolve();
    }
    // the link's token must not stay in the address bar or the history
    window.history.replaceState(null, "", window.location.pathname);
    return call("POST", "app/devices", { link: match[1] }).then(
      function (device) {
        window.localStorage.setItem(STORE_KEY, device.token);
        status(texts.paired);
      },
      function (error) {
        status(error.message);
      }
    );
  }

  function timeText(iso) {
    return new Date(iso).toLocaleString("nl-NL", {
      timeZone: "Europe/Amsterdam",
      day: "numeric",
      month: "long",
      hour: "2-digit",
      minute: "2-digit"
    });
  }

  /** The areas in BurgernetMap's form: circles and polygons (municipalities have no shape). */
  function drawable(actions) {
    var areas = [];
    actions.forEach(function (action) {
      action.areas.forEach(function (area) {
        var label = action.scenarioName + " (" + (action.open ? texts.open : texts.closed) + ")";
        if (area.kind === "CIRCLE") {
          areas.push({
            label: label,
            latitude: area.latitude,
            longitude: area.longitude,
            radius: area.radiusMetres
          });
        } else if (area.kind === "POLYGON") {
          areas.push({
            label: label,
            polygon: area.polygon
              .map(function (corner) {
                return corner[0] + " " + corner[1];
              })
              .join(";")
          });
        }
      });
    });
    return areas;
  }

  function drawMap(actions) {
    if (!map) {
      map = window.BurgernetMap.show($("app-map"), drawable(actions));
      map.on("click", function (event) {
        if (tipAction) {
          chooseTipPoint(event.latlng);
        }
      });
      return;
    }
    if (areaLayer) {
      map.removeLayer(areaLayer);
    }
    areaLayer = L.featureGroup().addTo(map);
    drawable(actions).forEach(function (area) {
      var shape = area.polygon
        ? L.polygon(
            area.polygon.split(";").map(function (pair) {
              return pair.split(" ").map(parseFloat);
            })
          )
        : L.circle([area.latitude, area.longitude], { radius: area.radius });
      shape.bindTooltip(area.label).addTo(areaLayer);
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function listActions(actions) {
    var list = $("app-actions");
    list.textContent = "";
    if (!actions.length) {
      list.appendChild(element("li", "field-hint", texts.none));
      return;
    }
    actions.forEach(function (action) {
      var item = element("li", "web-app-action " + (action.open ? "open" : "closed"));
      item.id = "action-" + action.id;
      item.appendChild(element("h3", null, action.scenarioName));
      item.appendChild(
        element(
          "p",
          "web-app-state",
          (action.open ? texts.open : texts.closed) + " · " + texts.started + " " + timeText(action.startedAt)
        )
      );
      item.appendChild(element("p", "web-app-description", action.description));
      if (action.open) {
        var call = element("p", null, texts.call + " ");
        var number = element("a", null, action.callbackNumber);
        number.href = "tel:" + action.callbackNumber.replace(/[^0-9+]/g, "");
        call.appendChild(number);
        item.appendChild(call);
        var button = element("button", "web-app-button", texts.tipButton);
        button.type = "button";
        button.id = "tip-button-" + action.id;
        button.addEventListener("click", function () {
          openTipForm(action);
        });
        item.appendChild(button);
      } else {
        if (action.outcome) {
          item.appendChild(element("p", "web-app-outcome", texts["outcome-" + action.outcome] || action.outcome));
        }
        if (action.outcomeMessage) {
          item.appendChild(element("p", null, action.outcomeMessage));
        }
      }
      list.appendChild(item);
    });
  }

  function loadActions() {
    if (!$("app-actions").hasChildNodes()) {
      $("app-actions").appendChild(element("li", "field-hint", texts.loading));
    }
    return call("GET", "app/actions").then(
      function (actions) {
        showPaired(true);
        drawMap(actions);
        listActions(actions);
        openFromNotification(actions);
        return actions;
      },
      function (error) {
        if (error.status === 400) {
          // the device token ended (unpaired elsewhere, unsubscribed, expired)
          window.localStorage.removeItem(STORE_KEY);
          showPaired(false);
        }
        status(error.message);
      }
    );
  }

  /** sw.js opens the app with "?verzoek=N" for a notification of send request N. */
  function openFromNotification(actions) {
    var request = new URLSearchParams(window.location.search).get("verzoek");
    if (!request) {
      return;
    }
    var action = actions.find(function (candidate) {
      return candidate.sendRequestIds.indexOf(Number(request)) >= 0;
    });
    if (action) {
      var item = $("action-" + action.id);
      item.scrollIntoView();
      item.tabIndex = -1;
      item.focus();
    }
  }

  function openTipForm(action) {
    tipAction = action;
    clearTipPoint();
    $("tip-error").textContent = "";
    $("tip-form").reset();
    $("tip-form").hidden = false;
    var title = $("tip-form-title");
    title.textContent = texts.tipTitle + " " + action.scenarioName;
    title.focus();
  }

  function closeTipForm() {
    tipAction = null;
    clearTipPoint();
    $("tip-form").hidden = true;
  }

  function chooseTipPoint(latlng) {
    tipPoint = latlng;
    if (tipMarker) {
      tipMarker.setLatLng(latlng);
    } else {
      tipMarker = L.marker(latlng, { keyboard: false }).addTo(map);
    }
    $("tip-location").textContent =
      texts.tipLocationChosen + " " + latlng.lat.toFixed(5) + ", " + latlng.lng.toFixed(5);
  }

  function clearTipPoint() {
    tipPoint = null;
    if (tipMarker) {
      map.removeLayer(tipMarker);
      tipMarker = null;
    }
    $("tip-location").textContent = texts.tipLocationNone;
  }

  function readPhoto(file) {
    return new Promise(function (resolve, reject) {
      if (!file) {
        resolve(null);
        return;
      }
      if (PHOTO_TYPES.indexOf(file.type) < 0) {
        reject(new Error(texts.photoType));
        return;
      }
      if (file.size > MAXIMUM_PHOTO_BYTES) {
        reject(new Error(texts.photoTooLarge));
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        resolve(reader.result);
      };
      reader.onerror = function () {
        reject(new Error(texts.failed));
      };
      reader.readAsDataURL(file);
    });
  }

  function sendTip(event) {
    event.preventDefault();
    var action = tipAction;
    var error = $("tip-error");
    error.textContent = "";
    $("tip-send").disabled = true;
    readPhoto($("tip-photo").files[0])
      .then(function (photo) {
        return call("POST", "app/actions/" + action.id + "/tips", {
          text: $("tip-text").value,
          photo: photo,
          latitude: tipPoint ? tipPoint.lat : null,
          longitude: tipPoint ? tipPoint.lng : null
        });
      })
      .then(
        function () {
          closeTipForm();
          status(texts.tipSent);
        },
        function (failure) {
          error.textContent = failure.message;
          if (failure.status === 409) {
            loadActions();
          }
        }
      )
      .then(function () {
        $("tip-send").disabled = false;
      });
  }

  /* ---- notifications ---- */

  function pushSupported() {
    return "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
  }

  function showPush(subscribed, text) {
    $("push-on").hidden = subscribed;
    $("push-off").hidden = !subscribed;
    $("push-status").textContent = text;
  }

  function base64UrlToBytes(text) {
    var padded = (text + "===".slice((text.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    var raw = window.atob(padded);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) {
      bytes[i] = raw.charCodeAt(i);
    }
    return bytes;
  }

  function pushOn() {
    Notification.requestPermission()
      .then(function (permission) {
        if (permission !== "granted") {
          throw new Error(texts.pushDenied);
        }
        return Promise.all([
          navigator.serviceWorker.ready,
          call("GET", "self-service/push-subscriptions/application-server-key")
        ]);
      })
      .then(function (ready) {
        return ready[0].pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: base64UrlToBytes(ready[1].applicationServerKey)
        });
      })
      .then(function (subscription) {
        return handOver(subscription);
      })
      .then(
        function () {
          showPush(true, texts.pushOn);
        },
        function (error) {
          // the server's refusal and the blocked permission say what to do; the rest is a failure
          var explained = error.status || error.message === texts.pushDenied;
          showPush(false, explained ? error.message : texts.pushFailed);
        }
      );
  }

  /** Gives the browser's subscription to the server, which pushes to it from now on. */
  function handOver(subscription) {
    return call("POST", "self-service/push-subscriptions", subscription.toJSON());
  }

  /** Ends this browser's subscription, here and at the server; nothing when there is none. */
  function dropSubscription() {
    if (!pushSupported()) {
      return Promise.resolve(null);
    }
    return navigator.serviceWorker.ready
      .then(function (registration) {
        return registration.pushManager.getSubscription();
      })
      .then(function (subscription) {
        if (!subscription) {
          return null;
        }
        var endpoint = subscription.endpoint;
        return subscription.unsubscribe().then(function () {
          return call("DELETE", "self-service/push-subscriptions?endpoint=" + encodeURIComponent(endpoint));
        });
      });
  }

  function pushOff() {
    dropSubscription().then(
        function () {
          showPush(false, texts.pushOff);
        },
        function () {
          showPush(true, texts.pushFailed);
        }
      );
  }

  function setUpPush() {
    if (!pushSupported()) {
      $("push-on").hidden = true;
      $("push-status").textContent = texts.pushUnsupported;
      return;
    }
    navigator.serviceWorker
      .register(texts.context + "/app/sw.js", { scope: texts.context + "/app/" })
      .then(function (registration) {
        return registration.pushManager.getSubscription();
      })
      .then(
        function (subscription) {
          showPush(!!subscription, subscription ? texts.pushOn : texts.pushOff);
        },
        function () {
          showPush(false, texts.pushUnsupported);
        }
      );
    $("push-on").addEventListener("click", pushOn);
    $("push-off").addEventListener("click", pushOff);
  }

  /* ---- location (opt-in) ---- */

  function reportPosition() {
    navigator.geolocation.getCurrentPosition(
      function (position) {
        call("PUT", "app/location", {
          latitude: position.coords.latitude,
          longitude: position.coords.longitude
        }).then(
          function () {
            $("location-status").textContent =
              texts.locationOn + " " + timeText(new Date().toISOString());
          },
          function (error) {
            $("location-status").textContent = error.message;
          }
        );
      },
      function () {
        stopLocation(texts.locationDenied);
      },
      { enableHighAccuracy: false, maximumAge: 60000, timeout: 30000 }
    );
  }

  function startLocation() {
    window.localStorage.setItem(LOCATION_KEY, "on");
    $("location-share").checked = true;
    reportPosition();
    window.clearInterval(locationTimer);
    locationTimer = window.setInterval(reportPosition, LOCATION_MINUTES * 60 * 1000);
  }

  /** Off: no more reports, and the server deletes the last one. */
  function stopLocation(message) {
    window.clearInterval(locationTimer);
    locationTimer = null;
    window.localStorage.removeItem(LOCATION_KEY);
    $("location-share").checked = false;
    return call("DELETE", "app/location").then(
      function () {
        $("location-status").textContent = message || texts.locationOff;
      },
      function (error) {
        $("location-status").textContent = error.message;
      }
    );
  }

  function setUpLocation() {
    var share = $("location-share");
    if (!("geolocation" in navigator)) {
      share.disabled = true;
      $("location-status").textContent = texts.locationUnsupported;
      return;
    }
    share.addEventListener("change", function () {
      if (share.checked) {
        startLocation();
      } else {
        stopLocation();
      }
    });
    if (window.localStorage.getItem(LOCATION_KEY)) {
      startLocation();
    } else {
      $("location-status").textContent = texts.locationOff;
    }
  }

  function unpair() {
    dropSubscription()
      .then(function () {
        return window.localStorage.getItem(LOCATION_KEY) ? stopLocation() : null;
      })
      .then(function () {
        return call("DELETE", "app/devices/current");
      })
      .then(
        function () {
          window.localStorage.removeItem(STORE_KEY);
          showPaired(false);
          status(texts.unpaired);
        },
        function (error) {
          status(error.message);
        }
      );
  }

  function start() {
    $("tip-form").addEventListener("submit", sendTip);
    $("tip-cancel").addEventListener("click", closeTipForm);
    $("tip-location-clear").addEventListener("click", clearTipPoint);
    $("unpair").addEventListener("click", unpair);
    pairFromAddress().then(function () {
      if (!deviceToken()) {
        showPaired(false);
        return;
      }
      setUpPush();
      setUpLocation();
      loadActions();
    });
  }

  start();
})();
