import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;

/**
 * Docker HEALTHCHECK for the Payara Micro image.
 *
 * Why a Java class and not curl/wget: the official payara/micro image does not promise either
 * tool, but it always has a JVM. This class is compiled in a build stage of docker/Dockerfile
 * and run with a tiny heap; it exits 0 only when the readiness endpoint answers 200
 * (MicroProfile Health answers 503 when any readiness check is DOWN).
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/health/ready";
        try {
            // NO_PROXY: an http_proxy set for the application must not route the probe away.
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(url).toURL().openConnection(Proxy.NO_PROXY);
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(4_000);
            int status = connection.getResponseCode();
            if (status != 200) {
                System.err.println("health probe: " + url + " answered " + status);
            }
            System.exit(status == 200 ? 0 : 1);
        } catch (Exception e) {
            System.err.println("health probe: " + url + " failed: " + e);
            System.exit(1);
        }
    }
}
