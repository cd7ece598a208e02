package org.qunfang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JurisdictionTest {

	private final Jurisdiction township = new Jurisdiction(1, ScopeLevel.TOWNSHIP, 2, List.of("/1/2/"));
	private final Jurisdiction station = new Jurisdiction(1, ScopeLevel.POLICE_STATION, 9,
			List.of("/1/2/", "/1/5/", "/1/ps9/"));

	@Test
	void coversRowsBelowItsPathsInItsCountyOnly() {
		assertThat(township.covers(1, "/1/2/")).isTrue();
		assertThat(township.covers(1, "/1/2/3/")).isTrue();
		assertThat(township.covers(1, "/1/5/")).isFalse();
		assertThat(township.covers(7, "/1/2/3/")).as("another county").isFalse();
		assertThat(township.covers(1, null)).isFalse();
		assertThat(station.covers(1, "/1/5/6/")).isTrue();
	}

	@Test
	void pathPrefixesDoNotLeakToSiblingIds() {
		assertThat(township.covers(1, "/1/22/")).as("id 22 is not inside id 2").isFalse();
	}

	@Test
	void containsOnlyNarrowerJurisdictions() {
		Jurisdiction village = new Jurisdiction(1, ScopeLevel.VILLAGE, 3, List.of("/1/2/3/"));
		assertThat(township.contains(village)).isTrue();
		assertThat(village.contains(township)).isFalse();
		assertThat(township.contains(station)).as("the station also covers township 5").isFalse();
	}

	@Test
	void predicateBindsEveryValue() {
		ScopeFilter filter = station.where("u");
		assertThat(filter.sql()).isEqualTo("u.county_id = :qfCounty and (u.scope_path like :qfScope0 escape '\\' "
				+ "or u.scope_path like :qfScope1 escape '\\' or u.scope_path like :qfScope2 escape '\\')");
		assertThat(filter.params()).containsEntry("qfCounty", 1L).containsEntry("qfScope0", "/1/2/%")
			.containsEntry("qfScope2", "/1/ps9/%");
	}

	@Test
	void likeWildcardsInPathsAreEscaped() {
		Jurisdiction odd = new Jurisdiction(1, ScopeLevel.VILLAGE, 3, List.of("/1/_%/"));
		assertThat(odd.where("").params()).containsEntry("qfScope0", "/1/\\_\\%/%");
	}
}
