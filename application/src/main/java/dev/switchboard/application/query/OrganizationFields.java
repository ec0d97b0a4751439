package dev.switchboard.application.query;

import dev.switchboard.domain.organization.Organization;
import java.util.List;

/** The organization fields that listings filter and sort on. */
public final class OrganizationFields {
  private OrganizationFields() {}

  public static final QueryField<Organization> ID =
      new QueryField<>("id", ValueType.UUID, true, organization -> organization.id().value());
  public static final QueryField<Organization> NAME =
      new QueryField<>("name", ValueType.STRING, true, Organization::name);
  public static final QueryField<Organization> CREATED_AT =
      new QueryField<>("createdAt", ValueType.INSTANT, true, Organization::createdAt);
  public static final QueryField<Organization> UPDATED_AT =
      new QueryField<>("updatedAt", ValueType.INSTANT, true, Organization::updatedAt);

  public static final List<QueryField<Organization>> ALL = List.of(ID, NAME, CREATED_AT, UPDATED_AT);
}
