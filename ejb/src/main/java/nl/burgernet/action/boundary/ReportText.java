package nl.burgernet.action.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.burgernet.action.entity.ActionReport;

/**
 * The title and short text of an action's public report, as the police communications officer
 * writes them.
 */
public record ReportText(
    @NotBlank(message = "{action.report.title.required}")
        @Size(max = ActionReport.TITLE_LENGTH, message = "{action.report.title.size}")
        String title,
    @NotBlank(message = "{action.report.body.required}")
        @Size(max = ActionReport.BODY_LENGTH, message = "{action.report.body.size}")
        String body) {}
