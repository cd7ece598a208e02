package org.qunfang.disclosure;

import org.qunfang.disclosure.publication.Period;
import org.qunfang.support.Fixtures;
import org.qunfang.support.MutableClock;

/** Published statements for tests outside this package, such as the browser tests. */
public final class DisclosureScenes {

	/** A village whose month was published, and who published it. */
	public record Published(long villageId, long statementId, Period period, String financeUsername) {
	}

	private DisclosureScenes() {
	}

	/**
	 * A village of a township of its own, whose month two months back (income of 5,000 yuan, 1,500 yuan of
	 * patrol wages paid to the village's patrol team) the township published.
	 */
	public static Published publishedMonth(Fixtures fixtures, MutableClock clock, String villageName) {
		Township township = new Township(fixtures, clock);
		Township.Village v = township.village(villageName);
		Period month = township.bookMonth(v, 2, 500_000, 150_000, villageName + "巡逻队");
		return new Published(v.id(), township.publish(v, month), month, township.finance.username());
	}
}
