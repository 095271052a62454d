package nl.burgernet.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.burgernet.delivery.control.JmsOutbox;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the broker takes connections: every outbound message travels through it. The
 * check gives up after a few seconds, since a client may keep retrying a broker that is gone.
 */
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements HealthCheck {

  private static final int TIMEOUT_SECONDS = 3;

  @Resource(lookup = JmsOutbox.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Resource private ManagedExecutorService executor;

  @Override
  public HealthCheckResponse call() {
    Future<Boolean> connected = executor.submit(this::connect);
    try {
      return HealthCheckResponse.named("broker")
          .status(connected.get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
          .build();
    } catch (Exception e) {
      connected.cancel(true);
      return HealthCheckResponse.named("broker")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }

  private boolean connect() {
    try (JMSContext context = connectionFactory.createContext()) {
      context.createQueue("burgernet.health");
      return true;
    }
  }
}
