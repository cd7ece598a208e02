package org.qunfang.organization;

/** 县 / 乡镇 / 行政村 — the levels of the administrative hierarchy. */
public enum UnitLevel {
	COUNTY, TOWNSHIP, VILLAGE
}
