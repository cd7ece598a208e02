package org.qunfang.platform.demo;

/**
 * A module's part of the demo township. Parts run once each, in {@link #order()}, on the first start
 * where demo data is enabled; a part that has run is recorded and never runs again.
 */
public interface DemoData {

	/** A stable name, recorded once the part has loaded. */
	String name();

	/** Parts with a lower order load first (the hierarchy before users, users before their work). */
	int order();

	void load();
}
