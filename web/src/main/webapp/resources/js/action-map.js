/*
 * The control room's action map (Leaflet, served by the portal from its WebJar).
 *
 * BurgernetMap.editor(element, fields, onChange, rounds) lets the operator set the area of an
 * action or of a widening, over the areas of the earlier rounds (if any):
 *   - mode "circle": a click puts the centre; the radius comes from the radius field (metres);
 *   - mode "polygon": each click adds a corner; clicking the first corner again, or the
 *     "close" button, closes it; "clear" starts again.
 * It writes the coordinates into the fields (hidden inputs) and calls onChange, which the page
 * binds to an ajax request that recounts the reach.
 * BurgernetMap.show(element, areas) draws the areas of an action's rounds, read only.
 * BurgernetMap.base(element) is the map with its background alone, for other pages' layers.
 *
 * Background tiles come from the URL in the element's data-tiles attribute. Without one, or when
 * the tile server cannot be reached (the embedded run has no internet), the map shows a
 * coordinate grid under the drawn areas and says so, so the operator can still place the area.
 */
(function (window) {
  "use strict";

  var NETHERLANDS = { center: [52.15, 5.4], zoom: 7 };
  var ROUND_COLOURS = ["#0b57a4", "#c2410c", "#6d28d9", "#047857", "#b91c1c"];
  var GRID_STEPS = [5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001];

  function baseMap(element) {
    var map = L.map(element, { zoomControl: true, keyboard: true }).setView(
      NETHERLANDS.center,
      NETHERLANDS.zoom
    );
    L.control.scale({ imperial: false }).addTo(map);
    var grid = coordinateGrid(map);
    var tiles = element.getAttribute("data-tiles");
    if (!tiles) {
      grid.addTo(map);
      showNote(element, element.getAttribute("data-no-tiles"));
      return map;
    }
    var failed = false;
    L.tileLayer(tiles, {
      maxZoom: 19,
      attribution: element.getAttribute("data-attribution") || ""
    })
      .on("tileerror", function () {
        if (!failed) {
          failed = true;
          grid.addTo(map);
          showNote(element, element.getAttribute("data-tiles-failed"));
        }
      })
      .addTo(map);
    return map;
  }

  function showNote(element, text) {
    var note = document.getElementById(element.id + "-note");
    if (note && text) {
      note.textContent = text;
      note.hidden = false;
    }
  }

  /** Lines of equal latitude and longitude, spaced to the zoom level, redrawn on every move. */
  function coordinateGrid(map) {
    var layer = L.layerGroup();
    function draw() {
      layer.clearLayers();
      var bounds = map.getBounds();
      var span = Math.max(bounds.getNorth() - bounds.getSouth(), bounds.getEast() - bounds.getWest());
      var step = GRID_STEPS[GRID_STEPS.length - 1];
      for (var i = 0; i < GRID_STEPS.length; i++) {
        if (span / GRID_STEPS[i] >= 4) {
          step = GRID_STEPS[i];
          break;
        }
      }
      var style = { color: "#8a96a3", weight: 1, opacity: 0.6, interactive: false };
      var lat;
      var lon;
      for (lat = Math.floor(bounds.getSouth() / step) * step; lat <= bounds.getNorth(); lat += step) {
        layer.addLayer(L.polyline([[lat, bounds.getWest()], [lat, bounds.getEast()]], style));
        layer.addLayer(label([lat, bounds.getWest()], lat.toFixed(3) + "\u00b0 N", "grid-label-lat"));
      }
      for (lon = Math.floor(bounds.getWest() / step) * step; lon <= bounds.getEast(); lon += step) {
        layer.addLayer(L.polyline([[bounds.getSouth(), lon], [bounds.getNorth(), lon]], style));
        layer.addLayer(label([bounds.getNorth(), lon], lon.toFixed(3) + "\u00b0 O", "grid-label-lon"));
      }
    }
    function label(latLng, text, className) {
      return L.marker(latLng, {
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: "grid-label " + className, html: text, iconSize: null })
      });
    }
    layer.on("add", function () {
      map.on("moveend", draw);
      draw();
    });
    return layer;
  }

  function number(field) {
    var value = parseFloat(String(field.value).replace(",", "."));
    return isNaN(value) ? null : value;
  }

  function format(value) {
    return value.toFixed(6);
  }

  /** "lat lon;lat lon;..." as the page's converter reads it. */
  function formatPolygon(corners) {
    return corners
      .map(function (c) {
        return format(c.lat) + " " + format(c.lng);
      })
      .join(";");
  }

  function parsePolygon(text) {
    if (!text) {
      return [];
    }
    return text.split(";").map(function (pair) {
      var parts = pair.trim().split(/\s+/);
      return L.latLng(parseFloat(parts[0]), parseFloat(parts[1]));
    });
  }

  /**
   * fieldIds: { mode, latitude, longitude, radius, polygon }, the ids of the page's inputs
   * (looked up on every use, because ajax updates replace them); mode's value is "CIRCLE" or
   * "POLYGON"; onChange() is called after every change of the area; rounds as for show(), drawn
   * underneath.
   */
  function editor(element, fieldIds, onChange, rounds) {
    var fields = {};
    Object.keys(fieldIds).forEach(function (name) {
      Object.defineProperty(fields, name, {
        get: function () {
          return document.getElementById(fieldIds[name]) || { value: "" };
        }
      });
    });
    var map = baseMap(element);
    var earlier = drawRounds(map, rounds || []);
    var areaLayer = L.featureGroup().addTo(map);
    var corners = parsePolygon(fields.polygon.value);
    var closed = corners.length >= 3;
    var colour = ROUND_COLOURS[(rounds || []).length % ROUND_COLOURS.length];

    function mode() {
      return fields.mode.value === "POLYGON" ? "POLYGON" : "CIRCLE";
    }

    function redraw() {
      areaLayer.clearLayers();
      if (mode() === "CIRCLE") {
        var lat = number(fields.latitude);
        var lon = number(fields.longitude);
        var radius = number(fields.radius);
        if (lat === null || lon === null) {
          return;
        }
        L.marker([lat, lon], { keyboard: false }).addTo(areaLayer);
        if (radius) {
          L.circle([lat, lon], { radius: radius, color: colour }).addTo(areaLayer);
        }
        return;
      }
      if (corners.length === 0) {
        return;
      }
      if (closed) {
        L.polygon(corners, { color: colour }).addTo(areaLayer);
      } else {
        L.polyline(corners, { color: colour, dashArray: "6 4" }).addTo(areaLayer);
        L.circleMarker(corners[0], { radius: 7, color: colour })
          .on("click", function (event) {
            L.DomEvent.stopPropagation(event);
            close();
          })
          .addTo(areaLayer);
      }
    }

    function close() {
      if (corners.length >= 3) {
        closed = true;
        fields.polygon.value = formatPolygon(corners);
        redraw();
        onChange();
      }
    }

    map.on("click", function (event) {
      if (mode() === "CIRCLE") {
        fields.latitude.value = format(event.latlng.lat);
        fields.longitude.value = format(event.latlng.lng);
        redraw();
        onChange();
        return;
      }
      if (closed) {
        corners = [];
        closed = false;
        fields.polygon.value = "";
      }
      corners.push(event.latlng);
      redraw();
    });

    redraw();
    fitToArea(map, areaLayer.getLayers().length ? areaLayer : earlier);

    return {
      /** After the page changed the radius, the centre or the mode. */
      refresh: function () {
        redraw();
        fitToArea(map, areaLayer);
      },
      closePolygon: close,
      clear: function () {
        corners = [];
        closed = false;
        fields.polygon.value = "";
        fields.latitude.value = "";
        fields.longitude.value = "";
        redraw();
        onChange();
      },
      map: map
    };
  }

  function fitToArea(map, layer) {
    var bounds = layer.getLayers().length ? layer.getBounds() : null;
    if (bounds && bounds.isValid()) {
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: 15 });
    }
  }

  /**
   * areas: [{ label, latitude, longitude, radius } or { label, polygon: "lat lon;..." }], one per
   * round, drawn with one colour per round and a tooltip naming the round.
   */
  function drawRounds(map, areas) {
    var layer = L.featureGroup().addTo(map);
    areas.forEach(function (area, index) {
      var style = { color: ROUND_COLOURS[index % ROUND_COLOURS.length], fillOpacity: 0.1 };
      var shape = area.polygon
        ? L.polygon(parsePolygon(area.polygon), style)
        : L.circle([area.latitude, area.longitude], L.extend({ radius: area.radius }, style));
      shape.bindTooltip(area.label).addTo(layer);
    });
    return layer;
  }

  function show(element, areas) {
    var map = baseMap(element);
    fitToArea(map, drawRounds(map, areas));
    return map;
  }

  /** The ids of the inputs WEB-INF/includes/action-area.xhtml renders in the form formId. */
  function fieldsIn(formId) {
    return {
      mode: "area-mode",
      latitude: formId + ":latitude",
      longitude: formId + ":longitude",
      radius: formId + ":radius_hinput",
      polygon: formId + ":polygon"
    };
  }

  window.BurgernetMap = { editor: editor, show: show, fieldsIn: fieldsIn, base: baseMap };
})(window);
