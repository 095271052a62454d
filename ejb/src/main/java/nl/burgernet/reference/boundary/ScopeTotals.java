package nl.burgernet.reference.boundary;

/** How many regions, municipalities, inhabitants and households a caller's scope covers. */
public record ScopeTotals(int regions, int municipalities, long inhabitants, long households) {}
