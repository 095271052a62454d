package nl.burgernet.systemtest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import nl.burgernet.security.entity.StaffRole;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Runs work inside the application as a relation manager would: the services called from {@link
 * #run} see the role RELATION_MANAGER; the scope comes from {@code ScopeContext} around the call.
 */
@Stateless(name = "RelationManagerFixture")
@PermitAll
@RunAs(StaffRole.Names.RELATION_MANAGER)
public class RelationManagerFixture {

  private static final String RUN_AS_DESCRIPTOR =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE glassfish-ejb-jar PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN"
        "http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd">
      <glassfish-ejb-jar>
        <enterprise-beans>
          <ejb>
            <ejb-name>RelationManagerFixture</ejb-name>
            <principal><name>RELATION_MANAGER</name></principal>
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
          <role-name>RELATION_MANAGER</role-name>
          <principal-name>RELATION_MANAGER</principal-name>
          <group-name>RELATION_MANAGER</group-name>
        </security-role-mapping>
      </glassfish-web-app>
      """;

  public <T> T run(Supplier<T> work) {
    return work.get();
  }

  public static WebArchive addTo(WebArchive deployment) {
    return deployment
        .addClass(RelationManagerFixture.class)
        .addAsWebInfResource(new StringAsset(RUN_AS_DESCRIPTOR.strip()), "glassfish-ejb-jar.xml")
        .addAsWebInfResource(new StringAsset(ROLE_MAPPING_DESCRIPTOR.strip()), "glassfish-web.xml");
  }
}
