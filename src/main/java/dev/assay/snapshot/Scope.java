package dev.assay.snapshot;

/** One collected account and region ({@code global} for global services). */
public record Scope(String accountId, String region) implements Comparable<Scope> {

  public static final String GLOBAL = "global";

  public boolean global() {
    return GLOBAL.equals(region);
  }

  @Override
  public int compareTo(Scope other) {
    int byAccount = accountId.compareTo(other.accountId);
    return byAccount != 0 ? byAccount : region.compareTo(other.region);
  }

  @Override
  public String toString() {
    return accountId + "/" + region;
  }
}
