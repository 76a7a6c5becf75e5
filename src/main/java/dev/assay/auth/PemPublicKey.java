package dev.assay.auth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads an RSA or EC public key in PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SPKI). */
final class PemPublicKey {

  private PemPublicKey() {}

  static PublicKey parse(String pem) {
    String body = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    byte[] der;
    try {
      der = Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "assay.security.jwt.public-key is not a PEM public key (-----BEGIN PUBLIC KEY-----)", e);
    }
    for (String algorithm : new String[] {"RSA", "EC"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // Not this algorithm: try the next.
      }
    }
    throw new IllegalArgumentException(
        "assay.security.jwt.public-key is neither an RSA nor an EC public key");
  }
}
