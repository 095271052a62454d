package nl.burgernet.systemtest;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.burgernet.security.entity.StaffRole;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Gives a test fixture EJB with {@code @RunAs(role)} the principal Payara needs for it, and maps
 * that principal to the role, so the fixture calls the boundaries as a member of that role.
 */
final class RunAsDescriptors {

  private RunAsDescriptors() {}

  static WebArchive addTo(WebArchive deployment, String ejbName, String principal, String role) {
    String runAs =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE glassfish-ejb-jar PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN"
          "http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd">
        <glassfish-ejb-jar>
          <enterprise-beans>
            <ejb>
              <ejb-name>%s</ejb-name>
              <principal><name>%s</name></principal>
            </ejb>
          </enterprise-beans>
        </glassfish-ejb-jar>
        """
            .formatted(ejbName, principal);
    // a mapping file replaces the default role mapping: every role is mapped to its group again,
    // so the staff of other roles can still call the application's API in the same test
    String otherRoles =
        Arrays.stream(StaffRole.values())
            .map(StaffRole::name)
            .filter(name -> !name.equals(role))
            .map(
                name ->
                    """
                      <security-role-mapping>
                        <role-name>%s</role-name>
                        <group-name>%s</group-name>
                      </security-role-mapping>
                    """
                        .formatted(name, name))
            .collect(Collectors.joining());
    String roleMapping =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE glassfish-web-app PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN"
          "http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd">
        <glassfish-web-app>
          <security-role-mapping>
            <role-name>%s</role-name>
            <principal-name>%s</principal-name>
            <group-name>%s</group-name>
          </security-role-mapping>
        %s</glassfish-web-app>
        """
            .formatted(role, principal, role, otherRoles);
    return deployment
        .addAsWebInfResource(new StringAsset(runAs.strip()), "glassfish-ejb-jar.xml")
        .addAsWebInfResource(new StringAsset(roleMapping.strip()), "glassfish-web.xml");
  }
}
