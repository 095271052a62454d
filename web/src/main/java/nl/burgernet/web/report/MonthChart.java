package nl.burgernet.web.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * Figures per month as a Chart.js configuration for {@code p:chart}: a bar or line per series. The
 * MARAP pages put a table with the same figures next to it for those who cannot see the chart.
 */
final class MonthChart {

  /** One series: bars or a line, its legend, its colour and a value per month. */
  record Series(String type, String label, String colour, List<? extends Number> values) {}

  private MonthChart() {}

  static String of(List<String> months, List<Series> series) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series one : series) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      one.values().forEach(value -> data.add(value.doubleValue()));
      datasets.add(
          Json.createObjectBuilder()
              .add("type", one.type())
              .add("label", one.label())
              .add("backgroundColor", one.colour())
              .add("borderColor", one.colour())
              .add("data", data));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder(months))
                .add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false))
        .build()
        .toString();
  }
}
