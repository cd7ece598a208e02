package org.qunfang.identity;

import java.util.List;
import java.util.Optional;

/**
 * Where identity finds the places and bodies users act for. The organization module implements it
 * (it owns the hierarchy); identity only asks.
 */
public interface ScopeDirectory {

	Optional<ScopeUnit> find(long unitId);

	/** The units inside a jurisdiction, widest first: those a user manager there may assign. */
	List<ScopeUnit> within(Jurisdiction jurisdiction);

	/** The counties: the widest units, each a separate world. */
	List<ScopeUnit> counties();

	/** A unit by its code within a county (codes are unique per county). */
	Optional<ScopeUnit> byCode(long countyId, String code);
}
