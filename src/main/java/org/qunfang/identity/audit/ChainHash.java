package org.qunfang.identity.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of a chained row: SHA-256 over the previous row's hash, the row's place in the chain and
 * its content, each field length-prefixed so that no two different rows hash alike. Timestamps enter
 * as microseconds since the epoch, which both databases keep exactly.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(String previousHash, long seq, ResultSet row, ChainedTable table) throws SQLException {
		MessageDigest digest = sha256();
		field(digest, previousHash);
		field(digest, Long.toString(seq));
		for (String column : table.contentColumns()) {
			field(digest, canonical(row, column));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String canonical(ResultSet row, String column) throws SQLException {
		if (column.endsWith("_at")) {
			OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
			return time == null ? null : Long.toString(micros(time.toInstant()));
		}
		return row.getString(column);
	}

	static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	private static void field(MessageDigest digest, String value) {
		if (value == null) {
			digest.update((byte) 0);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		digest.update((byte) 1);
		digest.update(HexFormat.of().formatHex(new byte[] { (byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
				(byte) (bytes.length >>> 8), (byte) bytes.length }).getBytes(StandardCharsets.US_ASCII));
		digest.update(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
