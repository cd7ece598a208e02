package org.qunfang.organization.registry;

import org.qunfang.organization.HouseholdCategory;

/** A line of the household register (户籍台账). */
public record HouseholdRow(long id, long villageId, String householdNo, String groupName, String headName,
		String address, HouseholdCategory category, int residents) {
}
