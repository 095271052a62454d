package nl.burgernet.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 with HMAC-SHA512 and 210,000 iterations (OWASP's advice for this algorithm); the
 * parameters are stored in every hash, so raising them later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHashing {

  /** Verified against when the user name is unknown, so both cases take the same time. */
  private String decoyHash;

  @Inject private Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoyHash = pbkdf2.generate("decoy-password-never-used".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  public void spendTimeAsIfVerifying(String password) {
    pbkdf2.verify(password.toCharArray(), decoyHash);
  }
}
