package nl.burgernet.localpeers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Properties;

/**
 * The application server's VAPID key pair of the embedded run, base64url as the application reads
 * it: made once and kept in the data directory, because every push subscription a browser made is
 * bound to the public key it subscribed with.
 *
 * @param publicKey the uncompressed P-256 point (65 bytes)
 * @param privateKey the private number d (32 bytes)
 */
public record LocalVapidKeys(String publicKey, String privateKey) {

  private static final String FILE = "vapid.properties";

  static LocalVapidKeys loadOrCreate(Path dir) {
    Path file = dir.resolve(FILE);
    try {
      Properties keys = new Properties();
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file)) {
          keys.load(in);
        }
        return new LocalVapidKeys(keys.getProperty("public"), keys.getProperty("private"));
      }
      KeyPair pair = P256.newKeyPair();
      LocalVapidKeys created =
          new LocalVapidKeys(
              P256.base64Url(P256.uncompressed((ECPublicKey) pair.getPublic())),
              P256.base64Url(P256.unsigned(((ECPrivateKey) pair.getPrivate()).getS())));
      keys.setProperty("public", created.publicKey());
      keys.setProperty("private", created.privateKey());
      Files.createDirectories(dir);
      try (Writer out = Files.newBufferedWriter(file)) {
        keys.store(out, "VAPID keys of the embedded run (local only)");
      }
      return created;
    } catch (IOException e) {
      throw new UncheckedIOException("VAPID keys not readable or writable in " + dir, e);
    }
  }

  @Override
  public String toString() {
    return "LocalVapidKeys[publicKey=" + publicKey + "]";
  }
}
