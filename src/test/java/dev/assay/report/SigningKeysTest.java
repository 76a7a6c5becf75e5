package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configured signing keys made with openssl, as the docs say, and broken ones. */
class SigningKeysTest {

  @TempDir Path temp;

  private Path openssl(String name, String... genpkey) throws Exception {
    Path key = temp.resolve(name);
    run(concat(List.of("openssl", "genpkey"), List.of(genpkey), List.of("-out", key.toString())));
    Path pub = temp.resolve(name + ".pub");
    run(List.of("openssl", "pkey", "-in", key.toString(), "-pubout", "-out", pub.toString()));
    return key;
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    var all = new java.util.ArrayList<>(a);
    all.addAll(b);
    all.addAll(c);
    return all;
  }

  private static void run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
  }

  private static ReportSettings configured(Path key, Path pub) {
    return new ReportSettings(key, pub, Path.of("unused"), "unused", 10, null, null);
  }

  @Test
  void loadsEd25519AndEcKeysFromOpenssl() throws Exception {
    Path ed = openssl("ed.pem", "-algorithm", "ed25519");
    SigningKey edKey = SigningKeys.load(configured(ed, temp.resolve("ed.pem.pub")));
    assertEquals("Ed25519", edKey.algorithm());
    // The public key may also sit in the same file.
    Files.writeString(
        ed, Files.readString(temp.resolve("ed.pem.pub")), java.nio.file.StandardOpenOption.APPEND);
    assertEquals(edKey.keyId(), SigningKeys.load(configured(ed, null)).keyId());

    Path ec = openssl("ec.pem", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256");
    SigningKey ecKey = SigningKeys.load(configured(ec, temp.resolve("ec.pem.pub")));
    assertEquals("SHA256withECDSA", ecKey.algorithm());
    byte[] data = "digest".getBytes(StandardCharsets.UTF_8);
    assertTrue(SigningKey.verify(ecKey.publicKey(), data, ecKey.sign(data)));
  }

  @Test
  void refusesMissingMismatchedAndIncompleteKeys() throws Exception {
    Path a = openssl("a.pem", "-algorithm", "ed25519");
    openssl("b.pem", "-algorithm", "ed25519");
    ReportException mismatch =
        assertThrows(
            ReportException.class,
            () -> SigningKeys.load(configured(a, temp.resolve("b.pem.pub"))));
    assertTrue(mismatch.getMessage().contains("do not belong together"), mismatch.getMessage());
    ReportException noPublic =
        assertThrows(ReportException.class, () -> SigningKeys.load(configured(a, null)));
    assertTrue(noPublic.getMessage().contains("PUBLIC KEY"), noPublic.getMessage());
    ReportException missing =
        assertThrows(
            ReportException.class,
            () -> SigningKeys.load(configured(temp.resolve("none.pem"), null)));
    assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    Path garbage = Files.writeString(temp.resolve("garbage.pem"), "hello");
    assertThrows(ReportException.class, () -> SigningKeys.load(configured(garbage, null)));
  }
}
