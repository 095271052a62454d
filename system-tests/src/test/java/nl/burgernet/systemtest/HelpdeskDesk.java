package nl.burgernet.systemtest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.function.Function;
import nl.burgernet.helpdesk.boundary.HelpdeskFigures;
import nl.burgernet.helpdesk.boundary.IssueList;
import nl.burgernet.helpdesk.boundary.MonthFigures;
import nl.burgernet.helpdesk.boundary.Tickets;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeContext;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.StaffRole;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Calls the helpdesk inside the application as a helpdesk employee would, with the scope the test
 * names: a municipality's scope works at the first line, a region's at the second.
 */
@Stateless(name = "HelpdeskDesk")
@PermitAll
@RunAs(StaffRole.Names.REGIONAL_HELPDESK)
public class HelpdeskDesk {

  /** The user name the calls are made and audited under. */
  public static final String EMPLOYEE = "helpdesk-test";

  private static final String RUN_AS_DESCRIPTOR =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE glassfish-ejb-jar PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN"
        "http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd">
      <glassfish-ejb-jar>
        <enterprise-beans>
          <ejb>
            <ejb-name>HelpdeskDesk</ejb-name>
            <principal><name>helpdesk-test</name></principal>
          </ejb>
        </enterprise-beans>
      </glassfish-ejb-jar>
      """;

  private static final String ROLE_MAPPING_DESCRIPTOR =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE glassfish-web-app PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN"
        "http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd">
      <glassfish-web-app>
        <security-role-mapping>
          <role-name>REGIONAL_HELPDESK</role-name>
          <principal-name>helpdesk-test</principal-name>
          <group-name>REGIONAL_HELPDESK</group-name>
        </security-role-mapping>
      </glassfish-web-app>
      """;

  @Inject private Tickets tickets;

  @Inject private HelpdeskFigures figures;

  @Inject private IssueList issues;

  @Inject private ReferenceData referenceData;

  /** Works with the tickets as staff of the municipality with that CBS code. */
  public <T> T atMunicipality(String cbsCode, Function<Tickets, T> work) {
    Municipality municipality = municipality(cbsCode);
    return ScopeContext.actingAs(
        Scope.municipality(municipality.getRegion().getId(), municipality.getId()),
        () -> work.apply(tickets));
  }

  /** Works with the tickets as the regional bureau of the municipality with that CBS code. */
  public <T> T atRegionOf(String cbsCode, Function<Tickets, T> work) {
    return ScopeContext.actingAs(
        Scope.region(municipality(cbsCode).getRegion().getId()), () -> work.apply(tickets));
  }

  /** Works with the issue list as the regional bureau of the municipality with that CBS code. */
  public <T> T issuesAtRegionOf(String cbsCode, Function<IssueList, T> work) {
    return ScopeContext.actingAs(
        Scope.region(municipality(cbsCode).getRegion().getId()), () -> work.apply(issues));
  }

  /** The helpdesk's figures of one month as the regional bureau sees them. */
  public MonthFigures figuresAtRegionOf(String cbsCode, YearMonth month) {
    return ScopeContext.actingAs(
        Scope.region(municipality(cbsCode).getRegion().getId()),
        () -> figures.months(new MonthPeriod(month, month)).get(0));
  }

  private Municipality municipality(String cbsCode) {
    return ScopeContext.actingAs(Scope.national(), referenceData::municipalities).stream()
        .filter(m -> m.getCbsCode().equals(cbsCode))
        .findFirst()
        .orElseThrow();
  }

  public static WebArchive addTo(WebArchive deployment) {
    return deployment
        .addClass(HelpdeskDesk.class)
        .addAsWebInfResource(new StringAsset(RUN_AS_DESCRIPTOR.strip()), "glassfish-ejb-jar.xml")
        .addAsWebInfResource(new StringAsset(ROLE_MAPPING_DESCRIPTOR.strip()), "glassfish-web.xml");
  }
}
