package org.qunfang.cases.internal;

/**
 * One part of registration's default settings for a county (case types, checklist templates, deadlines).
 * Applied when a county is created and, at start-up, to counties that lack them; must do nothing when the
 * county already has its settings.
 */
public interface CountyDefaults {

	void apply(long countyId);
}
