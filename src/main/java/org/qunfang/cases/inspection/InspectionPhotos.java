package org.qunfang.cases.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.attachment.Attachments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of inspection items and of rectification proof: JPEG or PNG only, kept as attachments under
 * the village's scope path, and served only to callers whose jurisdiction covers the inspection.
 */
@Service
public class InspectionPhotos {

	/** A photo as a page lists it: of an item, or of a task's proof (bound to its step once submitted). */
	public record Photo(long attachmentId, Integer itemSeq, Long rectificationId, Long stepId) {
	}

	static final Set<Attachments.Kind> KINDS = Set.of(Attachments.Kind.JPEG, Attachments.Kind.PNG);

	private final JdbcClient jdbc;
	private final Attachments attachments;

	InspectionPhotos(JdbcClient jdbc, Attachments attachments) {
		this.jdbc = jdbc;
		this.attachments = attachments;
	}

	/** Stores a photo of an inspection (of an item, or of a task when {@code rectificationId} is given). */
	long attach(long countyId, String scopePath, long inspectionId, Integer itemSeq, Long rectificationId, Upload upload,
			String by, Instant at) {
		long id;
		try {
			id = attachments.store(countyId, scopePath, upload.fileName(), upload.content(), KINDS, by);
		}
		catch (DomainException refused) {
			throw "error.attachment.type".equals(refused.messageKey()) ? new DomainException("error.inspection.photo-type")
					: refused;
		}
		jdbc.sql("""
				insert into inspection_photo (attachment_id, county_id, scope_path, inspection_id, item_seq,
				  rectification_id, added_at)
				values (:id, :c, :path, :i, :seq, :r, :at)""")
			.param("id", id).param("c", countyId).param("path", scopePath).param("i", inspectionId).param("seq", itemSeq)
			.param("r", rectificationId).param("at", InspectionStore.utc(at)).update();
		return id;
	}

	/** The photo file, if it belongs to an inspection inside the caller's jurisdiction; otherwise not found. */
	@Transactional(readOnly = true)
	public Attachments.Attachment load(Caller caller, long attachmentId) {
		caller.require(CasesPermissions.INSPECTION_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("p");
		boolean inside = scope.bind(jdbc.sql("select count(*) from inspection_photo p where p.attachment_id = :id and "
				+ scope.sql())).param("id", attachmentId).query(Long.class).single() > 0;
		if (!inside) {
			throw new NotFoundException();
		}
		return attachments.load(attachmentId).orElseThrow(NotFoundException::new);
	}

	/** The photos of an inspection: its items' and its tasks'. */
	List<Photo> of(long inspectionId) {
		return jdbc.sql("""
				select attachment_id, item_seq, rectification_id, step_id from inspection_photo
				where inspection_id = :i order by added_at, attachment_id""")
			.param("i", inspectionId)
			.query((rs, n) -> new Photo(rs.getLong(1), (Integer) rs.getObject(2, Integer.class),
					(Long) rs.getObject(3, Long.class), (Long) rs.getObject(4, Long.class)))
			.list();
	}

	/** Binds a task's photos not yet submitted to the proof step; returns how many there were. */
	int bindPending(long rectificationId, long stepId) {
		return jdbc.sql("update inspection_photo set step_id = :s where rectification_id = :r and step_id is null")
			.param("s", stepId).param("r", rectificationId).update();
	}

	/** How many of a task's photos wait for the next proof. */
	int pending(long rectificationId) {
		return jdbc.sql("select count(*) from inspection_photo where rectification_id = :r and step_id is null")
			.param("r", rectificationId).query(Integer.class).single();
	}
}
