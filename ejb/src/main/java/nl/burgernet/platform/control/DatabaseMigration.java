package nl.burgernet.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs. Flyway takes a database lock, so when
 * several instances start at once exactly one of them migrates and the others wait.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/burgernet",
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=burgernet.db.url}",
    user = "${MPCONFIG=burgernet.db.user}",
    password = "${MPCONFIG=burgernet.db.password}",
    minPoolSize = 2,
    maxPoolSize = 40,
    properties = {
      // a connection dropped by the database or a failover is replaced instead of failing a request
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true",
      // the participant import hands its rows to LOAD DATA LOCAL from memory (LocalInfileLoad);
      // a path no file lies under keeps the server from asking the driver for a real file
      "allowLoadLocalInfile=true",
      "allowLoadLocalInfileInPath=/nonexistent/burgernet-never-reads-files"
    })
@Singleton
@Startup
public class DatabaseMigration {

  @Inject private Logger log;

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

  /** Flyway commits each migration itself, so no container transaction may wrap it. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    log.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
