package org.qunfang.organization;

/** An organization as other modules see it: enough to name it and to scope their own rows by it. */
public record OrganizationRef(long id, long countyId, long villageId, String scopePath, OrganizationType type,
		String name, OrganizationStatus status) {
}
