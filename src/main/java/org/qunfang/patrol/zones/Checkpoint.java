package org.qunfang.patrol.zones;

/** 巡逻点 — a checkpoint in a zone, with the version its QR codes must carry. */
public record Checkpoint(long id, long countyId, long villageId, String scopePath, long zoneId, String zoneName, String name,
		Double latitude, Double longitude, int tokenVersion, boolean active) {
}
