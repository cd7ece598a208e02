package org.qunfang.platform.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files kept with records (a signed contract, a photo). Each is checked by its first bytes, not by its
 * name, against the kinds the caller allows, and by size; it is stored with its county and scope path so
 * the owning module can serve it only inside the jurisdiction.
 */
@Component
public class Attachments {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** A stored file. */
	public record Attachment(long id, long countyId, String scopePath, String fileName, String contentType, byte[] content) {
	}

	/** Kinds of file, recognized by their leading bytes. */
	public enum Kind {
		PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png");

		private final String contentType;

		Kind(String contentType) {
			this.contentType = contentType;
		}

		static Optional<Kind> of(byte[] bytes) {
			if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
				return Optional.of(PDF);
			}
			if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
				return Optional.of(JPEG);
			}
			if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
				return Optional.of(PNG);
			}
			return Optional.empty();
		}

		private static boolean startsWith(byte[] bytes, int... magic) {
			if (bytes.length < magic.length) {
				return false;
			}
			for (int i = 0; i < magic.length; i++) {
				if ((bytes[i] & 0xFF) != magic[i]) {
					return false;
				}
			}
			return true;
		}
	}

	private final JdbcClient jdbc;
	private final IdGenerator ids;
	private final Clock clock;

	Attachments(JdbcClient jdbc, IdGenerator ids, Clock clock) {
		this.jdbc = jdbc;
		this.ids = ids;
		this.clock = clock;
	}

	/** Stores a file of an allowed kind; refuses an empty, oversized or other file. */
	public long store(long countyId, String scopePath, String fileName, byte[] content, Set<Kind> allowed,
			String createdBy) {
		if (content == null || content.length == 0) {
			throw new DomainException("error.attachment.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new DomainException("error.attachment.too-large", MAX_BYTES / 1024 / 1024);
		}
		Kind kind = Kind.of(content).filter(allowed::contains)
			.orElseThrow(() -> new DomainException("error.attachment.type", allowed.stream().sorted()
				.map(k -> k == Kind.JPEG ? "JPG" : k.name()).collect(java.util.stream.Collectors.joining(", "))));
		String name = fileName == null || fileName.isBlank() ? "file" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
		long id = ids.next();
		jdbc.sql("""
				insert into attachment (id, county_id, scope_path, file_name, content_type, size_bytes, sha256, content,
				  created_by, created_at)
				values (:id, :c, :path, :name, :type, :size, :sha, :content, :by, :now)""")
			.param("id", id).param("c", countyId).param("path", scopePath)
			.param("name", name.length() > 200 ? name.substring(name.length() - 200) : name)
			.param("type", kind.contentType).param("size", content.length).param("sha", sha256(content))
			.param("content", content).param("by", createdBy)
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
		return id;
	}

	/**
	 * The file as an HTTP answer: its own content type (never sniffed), shown in the page and kept in the
	 * reader's own cache for an hour when {@code inline} (photos), otherwise downloaded and never cached
	 * (signed documents on shared office computers).
	 */
	public static org.springframework.http.ResponseEntity<byte[]> serve(Attachment file, boolean inline) {
		var headers = new org.springframework.http.HttpHeaders();
		headers.setContentType(org.springframework.http.MediaType.parseMediaType(file.contentType()));
		var disposition = inline ? org.springframework.http.ContentDisposition.inline()
				: org.springframework.http.ContentDisposition.attachment();
		headers.setContentDisposition(disposition.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build());
		headers.add("X-Content-Type-Options", "nosniff");
		headers.setCacheControl(inline ? "private, max-age=3600" : "no-store");
		return org.springframework.http.ResponseEntity.ok().headers(headers).body(file.content());
	}

	/** The file names of these attachments, by id (ids that do not exist are left out). */
	public java.util.Map<Long, String> fileNames(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		jdbc.sql("select id, file_name from attachment where id in (:ids)").param("ids", java.util.List.copyOf(ids))
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
		return names;
	}

	public Optional<Attachment> load(long id) {
		return jdbc.sql("select id, county_id, scope_path, file_name, content_type, content from attachment where id = :id")
			.param("id", id)
			.query((rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getBytes(6)))
			.optional();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
