package nl.burgernet.report.boundary;

import nl.burgernet.platform.boundary.MonthPeriod;

/**
 * The management report of a region or municipality over a period (a quarter, a year): the
 * participant base with its Burgernetkaart (the postcode areas as counted now), the actions,
 * Burgernetmail and the helpdesk with its complaints, as the MARAP pages show them.
 */
public record MarapReport(
    MonthPeriod period,
    ParticipantBase participants,
    PostcodeCoverage coverage,
    ActionReport actions,
    MailReport mails,
    HelpdeskReport helpdesk) {}
