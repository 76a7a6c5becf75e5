package dev.assay.report;

import dev.assay.digest.ContentHash;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

/**
 * The key pair that signs reports (Ed25519, or ECDSA with SHA-256), or a public key alone that
 * checks them. The key ID names a public key: {@code sha256:} and the first 16 hex digits of the
 * SHA-256 of its X.509 encoding.
 */
public final class SigningKey {

  private static final List<String> KEY_ALGORITHMS = List.of("Ed25519", "EC");

  private final PrivateKey privateKey;
  private final PublicKey publicKey;

  private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  static SigningKey pair(PrivateKey privateKey, PublicKey publicKey) {
    SigningKey key = new SigningKey(privateKey, publicKey);
    // A private key with somebody else's public key would sign reports nobody can verify.
    byte[] probe =
        "assay report signing key check".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (!verify(publicKey, probe, key.sign(probe))) {
      throw ReportException.invalid(
          "the report signing key and its public key do not belong together");
    }
    return key;
  }

  /** A public key alone, from PEM text with a PUBLIC KEY block. */
  public static SigningKey publicOnly(String pem) {
    byte[] der = Pem.decode(pem).get(Pem.PUBLIC_KEY);
    if (der == null) {
      throw ReportException.invalid("no -----BEGIN PUBLIC KEY----- block in the public key file");
    }
    return new SigningKey(null, publicKey(der));
  }

  static PublicKey publicKey(byte[] der) {
    for (String algorithm : KEY_ALGORITHMS) {
      try {
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException | IllegalArgumentException next) {
        // try the next algorithm
      }
    }
    throw ReportException.invalid("the public key is neither an Ed25519 nor an EC key");
  }

  static PrivateKey privateKey(byte[] der) {
    for (String algorithm : KEY_ALGORITHMS) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException | IllegalArgumentException next) {
        // try the next algorithm
      }
    }
    throw ReportException.invalid(
        "the signing key is neither an Ed25519 nor an EC key in PKCS#8 form"
            + " (convert with: openssl pkcs8 -topk8 -nocrypt)");
  }

  /** {@code Ed25519} or {@code SHA256withECDSA}: the JCA name, also written into digests. */
  public String algorithm() {
    return algorithm(publicKey);
  }

  static String algorithm(PublicKey key) {
    if (key instanceof EdECKey ed) {
      return ed.getParams().getName();
    }
    if (key instanceof ECKey) {
      return "SHA256withECDSA";
    }
    throw ReportException.invalid("unsupported key algorithm " + key.getAlgorithm());
  }

  public String keyId() {
    return keyId(publicKey);
  }

  static String keyId(PublicKey key) {
    return "sha256:" + ContentHash.of(key.getEncoded()).substring(0, 16);
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  public String publicPem() {
    return Pem.encode(Pem.PUBLIC_KEY, publicKey.getEncoded());
  }

  String privatePem() {
    return Pem.encode(Pem.PRIVATE_KEY, privateKey.getEncoded());
  }

  byte[] sign(byte[] data) {
    if (privateKey == null) {
      throw new IllegalStateException("a public key cannot sign");
    }
    try {
      Signature s = Signature.getInstance(algorithm());
      s.initSign(privateKey);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with " + algorithm() + ": " + e.getMessage(), e);
    }
  }

  static boolean verify(PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature s = Signature.getInstance(algorithm(key));
      s.initVerify(key);
      s.update(data);
      return s.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // A malformed signature (wrong length, bad DER) is a signature that does not verify.
      return false;
    }
  }
}
