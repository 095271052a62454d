package nl.burgernet.web.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.YearMonth;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import nl.burgernet.report.boundary.ParticipantBase.MonthLine;

/**
 * The growth of the participant base per month as a Chart.js configuration for {@code p:chart}:
 * bars for new participants and unsubscriptions, a line for the net growth. The table next to it
 * carries the same figures for those who cannot see the chart.
 */
final class MonthChart {

  private MonthChart() {}

  static String of(
      List<MonthLine> months, ResourceBundle texts, Function<YearMonth, String> label) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    months.forEach(month -> labels.add(label.apply(month.month())));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                dataset(
                    "bar",
                    texts.getString("marap.base.new"),
                    "#154273",
                    months,
                    MonthLine::newParticipants))
            .add(
                dataset(
                    "bar",
                    texts.getString("marap.base.unsubscribed"),
                    "#ca005d",
                    months,
                    MonthLine::unsubscriptions))
            .add(
                dataset(
                    "line",
                    texts.getString("marap.base.net"),
                    "#39870c",
                    months,
                    MonthLine::netGrowth));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(
      String type,
      String label,
      String colour,
      List<MonthLine> months,
      ToLongFunction<MonthLine> figure) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    months.forEach(month -> data.add(figure.applyAsLong(month)));
    return Json.createObjectBuilder()
        .add("type", type)
        .add("label", label)
        .add("backgroundColor", colour)
        .add("borderColor", colour)
        .add("data", data);
  }
}
