package dev.assay.report;

import dev.assay.report.ReportVerification.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Checks {@code digest.sig} over {@code digest.txt} with the trusted (or embedded) public key. */
final class SignatureCheck {

  private SignatureCheck() {}

  /** Adds what is wrong to problems; returns the key it checked with, {@code null} for none. */
  static SigningKey check(
      DigestFile.Parsed digest,
      byte[] digestBytes,
      byte[] signatureFile,
      SigningKey trusted,
      byte[] embeddedPem,
      List<Problem> problems) {
    SigningKey key = trusted;
    if (key == null) {
      if (embeddedPem == null) {
        problems.add(
            new Problem(
                "missing",
                ReportBuilder.PUBLIC_KEY,
                "missing file public-key.pem, and no public key was given to check the signature"));
        return null;
      }
      try {
        key = SigningKey.publicOnly(new String(embeddedPem, StandardCharsets.UTF_8));
      } catch (ReportException e) {
        problems.add(new Problem("bad-signature", ReportBuilder.PUBLIC_KEY, e.getMessage()));
        return null;
      }
    }
    if (signatureFile == null) {
      problems.add(new Problem("missing", DigestFile.SIGNATURE, "missing file digest.sig"));
      return key;
    }
    byte[] signature = signature(signatureFile);
    if (signature == null) {
      problems.add(
          new Problem(
              "malformed-digest",
              DigestFile.SIGNATURE,
              "malformed signature file digest.sig: no base64 'signature:' line"));
      return key;
    }
    String signedBy = digest.header().get("key-id");
    if (!key.keyId().equals(signedBy)) {
      problems.add(
          new Problem(
              "wrong-key",
              DigestFile.SIGNATURE,
              "wrong key: the report was signed with key "
                  + signedBy
                  + ", not with the trusted key "
                  + key.keyId()));
    } else if (!SigningKey.verify(key.publicKey(), digestBytes, signature)) {
      problems.add(
          new Problem(
              "bad-signature",
              DigestFile.SIGNATURE,
              "bad signature: digest.sig does not verify over digest.txt with key " + key.keyId()));
    }
    return key;
  }

  private static byte[] signature(byte[] file) {
    for (String line : new String(file, StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith("signature: ")) {
        try {
          return Base64.getDecoder().decode(line.substring("signature: ".length()).strip());
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }
}
