package dev.assay.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Map;

/**
 * Finds the report signing key: the configured PEM file, or else the pair kept under the key
 * directory, generated (Ed25519) the first time. The generated file holds the private key and its
 * public key, is readable by its owner only (600) and appears whole or not at all, so a CLI and a
 * service starting together agree on one key.
 */
public final class SigningKeys {

  static final String GENERATED = "report-signing-key.pem";
  static final String EXPORTED_PUBLIC = "report-signing-key.pub.pem";

  private SigningKeys() {}

  public static SigningKey load(ReportSettings settings) {
    if (settings.signingKey() != null) {
      return configured(settings.signingKey(), settings.publicKey());
    }
    Path file = settings.keyDir().resolve(GENERATED);
    if (!Files.exists(file)) {
      generate(file);
    }
    return fromFile(file, null);
  }

  /** The key a report is checked against by default: the configured or generated one, if any. */
  public static SigningKey existing(ReportSettings settings) {
    if (settings.signingKey() != null) {
      return configured(settings.signingKey(), settings.publicKey());
    }
    Path file = settings.keyDir().resolve(GENERATED);
    return Files.exists(file) ? fromFile(file, null) : null;
  }

  private static SigningKey configured(Path key, Path publicKey) {
    if (!Files.isRegularFile(key)) {
      throw ReportException.invalid(
          "the report signing key " + key + " (assay.reports.signing-key) does not exist");
    }
    return fromFile(key, publicKey);
  }

  private static SigningKey fromFile(Path file, Path publicFile) {
    Map<String, byte[]> blocks = Pem.decode(read(file));
    byte[] privateDer = blocks.get(Pem.PRIVATE_KEY);
    if (privateDer == null) {
      throw ReportException.invalid(
          file
              + " holds no -----BEGIN PRIVATE KEY----- block (PKCS#8; convert an EC PRIVATE KEY"
              + " with: openssl pkcs8 -topk8 -nocrypt)");
    }
    byte[] publicDer = blocks.get(Pem.PUBLIC_KEY);
    if (publicDer == null && publicFile != null) {
      publicDer = Pem.decode(read(publicFile)).get(Pem.PUBLIC_KEY);
    }
    if (publicDer == null) {
      throw ReportException.invalid(
          file
              + " holds no PUBLIC KEY block: add one (openssl pkey -pubout) or set"
              + " assay.reports.public-key");
    }
    return SigningKey.pair(SigningKey.privateKey(privateDer), SigningKey.publicKey(publicDer));
  }

  private static void generate(Path file) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      SigningKey key = SigningKey.pair(pair.getPrivate(), pair.getPublic());
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = ownerOnlyTempFile(dir);
      try {
        Files.writeString(temp, key.privatePem() + key.publicPem(), StandardCharsets.UTF_8);
        // A hard link appears whole and never replaces: when another process generated a key
        // first, its key stands (a rename would silently replace it).
        Files.createLink(file, temp);
        Files.writeString(dir.resolve(EXPORTED_PUBLIC), key.publicPem(), StandardCharsets.UTF_8);
      } catch (FileAlreadyExistsException otherWon) {
        // fine: load theirs
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot generate Ed25519 keys", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report signing key " + file, e);
    }
  }

  private static Path ownerOnlyTempFile(Path dir) throws IOException {
    try {
      return Files.createTempFile(
          dir,
          "key-",
          ".part",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      return Files.createTempFile(dir, "key-", ".part");
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ReportException.invalid("cannot read key file " + file + ": " + e.getMessage());
    }
  }
}
