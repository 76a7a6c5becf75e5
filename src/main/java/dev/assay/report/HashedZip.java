package dev.assay.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip being written, one entry at a time, that hashes every entry as its bytes go by and lists
 * {@code <sha256> <size> <path>} for each in a side file. Nothing of an entry is kept in memory, so
 * archives of any number of entries are written within a fixed budget.
 */
final class HashedZip implements Closeable {

  /** What one written entry hashed to. */
  record Written(String path, String sha256, long size) {}

  private final ZipOutputStream zip;
  private final BufferedWriter listing;
  private long entries;

  HashedZip(OutputStream target, Path listingFile) throws IOException {
    this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
    this.listing = Files.newBufferedWriter(listingFile, StandardCharsets.UTF_8);
  }

  /** Entries written and listed so far. */
  long entries() {
    return entries;
  }

  /** Writes one entry from a stream. */
  Written put(String path, InputStream content) throws IOException {
    try (Entry out = entry(path)) {
      content.transferTo(out);
      out.close();
      return out.written();
    }
  }

  Written put(String path, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return put(path, in);
    }
  }

  Written put(String path, byte[] content) throws IOException {
    return put(path, new java.io.ByteArrayInputStream(content));
  }

  /**
   * Writes an entry the caller does not list in the digest (the digest and its signature
   * themselves).
   */
  void putUnlisted(String path, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(path));
    zip.write(content);
    zip.closeEntry();
  }

  /** Opens an entry; closing the stream closes the entry and lists it. */
  Entry entry(String path) throws IOException {
    zip.putNextEntry(new ZipEntry(path));
    return new Entry(path);
  }

  /** Closes the listing so it can be read; the zip stays open. */
  void finishListing() throws IOException {
    listing.close();
  }

  @Override
  public void close() throws IOException {
    try {
      zip.close();
    } finally {
      listing.close();
    }
  }

  /** The bytes of one entry: into the zip and the hash, never closing the zip itself. */
  final class Entry extends FilterOutputStream {
    private final String path;
    private final MessageDigest digest = sha256();
    private long size;
    private Written written;

    private Entry(String path) {
      super(zip);
      this.path = path;
    }

    @Override
    public void write(int b) throws IOException {
      zip.write(b);
      digest.update((byte) b);
      size++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      zip.write(b, off, len);
      digest.update(b, off, len);
      size += len;
    }

    @Override
    public void close() throws IOException {
      if (written != null) {
        return;
      }
      zip.closeEntry();
      written = new Written(path, HexFormat.of().formatHex(digest.digest()), size);
      listing.write(written.sha256() + " " + size + " " + path + "\n");
      entries++;
    }

    Written written() {
      return written;
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
