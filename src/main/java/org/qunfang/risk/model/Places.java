package org.qunfang.risk.model;

/**
 * The places a forecast is made for: patrol zones with their adjacency, or the cells of a grid over
 * coordinates. A place belongs to a region (its village) so that a sparse place is pulled toward its
 * region's average, and the region toward the whole.
 */
public interface Places {

	/** How many places there are; places are numbered from 0. */
	int size();

	/** The region (village) of a place, numbered from 0. */
	int region(int place);

	/**
	 * The district (township) a place's region lies in, numbered from 0: a region is pulled toward its
	 * district's average before the whole's. One district unless the places say otherwise.
	 */
	default int district(int place) {
		return 0;
	}

	/** The share of the whole area a place covers (equal shares when areas are unknown). */
	double areaShare(int place);

	/**
	 * The places a case at {@code place} may raise the risk of (its own first), and their spatial weights:
	 * how the near-repeat effect of a case spreads, given the spatial parameter. The weights sum to one.
	 *
	 * @param spread metres of the Gaussian spread on a grid; on zones, the share that goes to adjacent zones
	 */
	Spread spread(int place, double spread);

	/** How far apart two places are, as the spatial fit measures it (metres, or zone hops). */
	double distance(int from, int to);

	/** The places within reach of a case at {@code place} (its own included): the pairs the fit considers. */
	int[] reach(int place);

	/** Spatial smoothing of a long-term count: a kernel density on a grid, a neighbour average on zones. */
	double[] smooth(double[] counts);

	/** Whether distances are metres (a Gaussian spread is fitted) or zone hops (an adjacent share is fitted). */
	boolean metric();

	/** The spatial parameter to start from and use when history is short. */
	double defaultSpread();

	/** The bounds the fitted spatial parameter is kept in. */
	double[] spreadBounds();

	/** A place's near-repeat spread: the places reached and their weights, in the same order. */
	record Spread(int[] places, double[] weights) {
	}
}
