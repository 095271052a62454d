/*
 * The Burgernetkaart (MARAP): one circle per postcode area, coloured by how well its inhabitants
 * are covered by participants, with a legend. The tables beside and below the map carry the same
 * figures for whoever does not read the map.
 *
 * BurgernetCoverage.show(element, areas): areas as [{postcode, latitude, longitude, inhabitants,
 * level, label}]; level UNDER, FAIR, GOOD or NO_INHABITANTS. The legend's texts come from the
 * element's data-legend-<level> attributes. When drawn, the element's data-drawn attribute holds
 * the number of circles.
 */
(function (window) {
  "use strict";

  var LEVELS = ["UNDER", "FAIR", "GOOD", "NO_INHABITANTS"];
  // colours of the Rijkshuisstijl, distinguishable by lightness as well
  var COLOURS = { UNDER: "#ca005d", FAIR: "#e17000", GOOD: "#39870c", NO_INHABITANTS: "#8a96a3" };

  /** Larger areas (more inhabitants) get larger circles: 6 to 18 pixels. */
  function radius(inhabitants, largest) {
    return largest === 0 ? 6 : 6 + 12 * Math.sqrt(inhabitants / largest);
  }

  function legend(element) {
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var box = L.DomUtil.create("div", "coverage-legend");
      LEVELS.forEach(function (level) {
        var row = L.DomUtil.create("div", "coverage-legend-row", box);
        var swatch = L.DomUtil.create("span", "coverage-legend-swatch", row);
        swatch.style.background = COLOURS[level];
        swatch.setAttribute("aria-hidden", "true");
        L.DomUtil.create("span", "", row).textContent =
          element.getAttribute("data-legend-" + level.toLowerCase());
      });
      return box;
    };
    return control;
  }

  function show(element, areas) {
    var map = BurgernetMap.base(element);
    var largest = areas.reduce(function (max, area) {
      return Math.max(max, area.inhabitants);
    }, 0);
    var layer = L.featureGroup();
    areas.forEach(function (area) {
      L.circleMarker([area.latitude, area.longitude], {
        radius: radius(area.inhabitants, largest),
        color: "#01689b",
        weight: 1,
        fillColor: COLOURS[area.level],
        fillOpacity: 0.75,
        className: "coverage-area coverage-" + area.level.toLowerCase()
      })
        .bindTooltip(area.label)
        .addTo(layer);
    });
    layer.addTo(map);
    legend(element).addTo(map);
    if (areas.length > 0) {
      map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 13 });
    }
    element.setAttribute("data-drawn", String(areas.length));
    return map;
  }

  window.BurgernetCoverage = { show: show };
})(window);
