package org.qunfang.identity;

/** The kinds of place or body a jurisdiction can be, from the widest to the narrowest. */
public enum ScopeLevel {
	COUNTY, TOWNSHIP, POLICE_STATION, VILLAGE, ORGANIZATION
}
