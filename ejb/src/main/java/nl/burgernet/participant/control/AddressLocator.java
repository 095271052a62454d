package nl.burgernet.participant.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Puts addresses on the map through the {@link Geocoder} and works out which municipality is
 * responsible for a participant. Municipalities are reference data, looked up across all regions: a
 * citizen registering has no scope, and a participant may move out of a relation manager's.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class AddressLocator {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Geocoder geocoder;

  /** Locates the address if the geocoder knows it and its municipality is in the store. */
  public boolean locate(Address address) {
    return locate(address, geocoder, this::byCode);
  }

  /**
   * Locates the address with the municipalities from elsewhere, e.g. held in memory for a bulk
   * import, where a query per address would cost more than everything else together.
   */
  public static boolean locate(
      Address address, Geocoder geocoder, Function<String, Optional<Municipality>> byCode) {
    geocoder
        .locate(address.getPostcode(), address.getHouseNumber(), address.getAddition())
        .ifPresent(
            location ->
                byCode
                    .apply(location.municipalityCode())
                    .ifPresent(
                        municipality -> {
                          address.locate(location.latitude(), location.longitude(), municipality);
                          address.completeWith(location.street(), location.place());
                        }));
    return address.isLocated();
  }

  /**
   * The municipality of the located home address; else the one whose name is the place the citizen
   * gave, so that its relation manager sees the registration in the verification queue; else none
   * (national staff only).
   */
  public Optional<Municipality> responsibleFor(Address home) {
    if (home.isLocated()) {
      return Optional.of(home.getMunicipality());
    }
    if (home.getPlace() == null) {
      return Optional.empty();
    }
    List<Municipality> named =
        em.createQuery("SELECT m FROM Municipality m WHERE m.name = :name", Municipality.class)
            .setParameter("name", home.getPlace())
            .getResultList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  private Optional<Municipality> byCode(String cbsCode) {
    return em.createQuery(
            "SELECT m FROM Municipality m WHERE m.cbsCode = :code", Municipality.class)
        .setParameter("code", cbsCode)
        .getResultStream()
        .findFirst();
  }
}
