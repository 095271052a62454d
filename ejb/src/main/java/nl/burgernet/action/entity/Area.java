package nl.burgernet.action.entity;

/**
 * Where an action round is sent: a drawn shape (circle, polygon) or a set of municipalities or
 * postcodes. Every area validates itself on creation and refuses shapes that cannot be sent to.
 */
public sealed interface Area permits GeometricArea, MunicipalityArea, PostcodeArea {}
