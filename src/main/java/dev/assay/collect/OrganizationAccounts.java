package dev.assay.collect;

import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.ListAccountsRequest;

/**
 * The accounts of {@code collect --organization}: every ACTIVE account of the caller's
 * organization. Suspended or closing accounts cannot be entered and hold nothing to assess. When
 * the list cannot be read the collection stops: without it, nobody knows which accounts a
 * "complete" collection would have had to cover.
 */
final class OrganizationAccounts {

  private OrganizationAccounts() {}

  static List<String> active(AwsAccess aws, Region region) {
    try (OrganizationsClient org =
        aws.client(OrganizationsClient.builder(), region, aws.baseCredentials())) {
      List<String> ids =
          org.listAccountsPaginator(ListAccountsRequest.builder().build()).stream()
              .flatMap(page -> page.accounts().stream())
              .filter(OrganizationAccounts::active)
              .map(Account::id)
              .sorted()
              .toList();
      if (ids.isEmpty()) {
        throw new CollectException("the organization has no ACTIVE account");
      }
      return ids;
    } catch (CollectException e) {
      throw e;
    } catch (RuntimeException e) {
      CallErrors.CallError error = CallErrors.classify(e, aws.customEndpoint());
      throw new CollectException(
          "cannot list the organization's accounts (run from the management account or a"
              + " delegated administrator): "
              + error.code()
              + ": "
              + error.message(),
          e);
    }
  }

  @SuppressWarnings("deprecation") // Status is what moto and older partitions still send.
  private static boolean active(Account account) {
    String state = account.stateAsString();
    return state != null ? "ACTIVE".equals(state) : "ACTIVE".equals(account.statusAsString());
  }
}
