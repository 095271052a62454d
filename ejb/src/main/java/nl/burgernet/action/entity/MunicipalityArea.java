package nl.burgernet.action.entity;

import java.util.Set;

/** Everyone who lives or works in one of the municipalities. */
public record MunicipalityArea(Set<Long> municipalityIds) implements Area {

  public MunicipalityArea {
    if (municipalityIds == null || municipalityIds.isEmpty()) {
      throw new InvalidAreaException(
          "action.area.municipalities.empty", "choose at least one municipality");
    }
    municipalityIds = Set.copyOf(municipalityIds);
  }
}
