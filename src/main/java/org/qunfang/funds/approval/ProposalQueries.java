package org.qunfang.funds.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.Money;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.attachment.Attachments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading proposals: the lists the village and the township work from, one proposal with its history
 * and documents. A proposal is flagged as a possible duplicate when another open one of the same village
 * asks the same amount for the same purpose and payee.
 */
@Service
public class ProposalQueries {

	/** A proposal as listed and shown. */
	public record ProposalView(long id, long villageId, String villageZh, String villageEn, ProposalKind kind,
			String purpose, String payee, Money amount, String description, Long fromFundId, ProposalStatus status,
			boolean needsLeader, Long entryId, String proposedBy, String proposedName, Instant proposedAt,
			boolean possibleDuplicate) {

		public String village(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? villageEn : villageZh;
		}
	}

	/** A step of a proposal's history. */
	public record StepView(ProposalStep step, String actorName, Instant at, String note) {
	}

	/** A document of a proposal. */
	public record DocumentView(long attachmentId, String fileName) {
	}

	/** A proposal with its history and documents. */
	public record Detail(ProposalView proposal, List<StepView> steps, List<DocumentView> documents) {
	}

	private static final String SELECT = """
			select p.*, exists (select 1 from fund_proposal d where d.village_id = p.village_id
			  and d.id <> p.id and d.kind = p.kind and d.amount = p.amount and d.purpose = p.purpose
			  and coalesce(lower(d.payee), '') = coalesce(lower(p.payee), '')
			  and d.status in ('PENDING', 'AWAITING_LEADER', 'APPROVED')) as duplicate
			from fund_proposal p where\s""";

	private final JdbcClient jdbc;
	private final Attachments attachments;
	private final AdminUnits units;

	ProposalQueries(JdbcClient jdbc, Attachments attachments, AdminUnits units) {
		this.jdbc = jdbc;
		this.attachments = attachments;
		this.units = units;
	}

	/** The proposals of the caller's jurisdiction: the open ones, or all of one village. */
	public List<ProposalView> list(Caller caller, Long villageId, boolean openOnly) {
		caller.require(FundsPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("p");
		String sql = SELECT + scope.sql() + (villageId == null ? "" : " and p.village_id = :v")
				+ (openOnly ? " and p.status in ('PENDING', 'AWAITING_LEADER', 'APPROVED')" : "")
				+ " order by p.proposed_at desc";
		var spec = scope.bind(jdbc.sql(sql));
		if (villageId != null) {
			spec = spec.param("v", villageId);
		}
		Map<Long, AdminUnit> villages = new HashMap<>();
		return spec.query((rs, n) -> view(rs, villages)).list();
	}

	public Detail detail(Caller caller, long id) {
		caller.require(FundsPermissions.VIEW);
		ScopeFilter scope = caller.jurisdiction().where("p");
		ProposalView view = scope.bind(jdbc.sql(SELECT + scope.sql() + " and p.id = :id")).param("id", id)
			.query((rs, n) -> view(rs, new HashMap<>())).optional().orElseThrow(NotFoundException::new);
		List<StepView> steps = jdbc.sql("""
				select step, actor_name, acted_at, note from fund_proposal_step where proposal_id = :p and county_id = :c
				order by acted_at, id""").param("p", id).param("c", caller.jurisdiction().countyId())
			.query((rs, n) -> new StepView(ProposalStep.valueOf(rs.getString("step")), rs.getString("actor_name"),
					rs.getObject("acted_at", OffsetDateTime.class).toInstant(), rs.getString("note")))
			.list();
		List<Long> ids = jdbc.sql("""
				select attachment_id from fund_proposal_document where proposal_id = :p and county_id = :c
				order by attachment_id""").param("p", id).param("c", caller.jurisdiction().countyId()).query(Long.class).list();
		Map<Long, String> names = attachments.fileNames(ids);
		List<DocumentView> documents = ids.stream().map(a -> new DocumentView(a, names.getOrDefault(a, ""))).toList();
		return new Detail(view, steps, documents);
	}

	/** A document of a proposal the caller may see. */
	public Attachments.Attachment document(Caller caller, long proposalId, long attachmentId) {
		Detail detail = detail(caller, proposalId);
		if (detail.documents().stream().noneMatch(d -> d.attachmentId() == attachmentId)) {
			throw new NotFoundException();
		}
		return attachments.load(attachmentId).orElseThrow(NotFoundException::new);
	}

	private ProposalView view(ResultSet rs, Map<Long, AdminUnit> villages) throws SQLException {
		AdminUnit village = villages.computeIfAbsent(rs.getLong("village_id"), id -> units.find(id).orElseThrow());
		return new ProposalView(rs.getLong("id"), village.id(), village.nameZh(), village.nameEn(),
				ProposalKind.valueOf(rs.getString("kind")), rs.getString("purpose"), rs.getString("payee"),
				Money.fen(rs.getLong("amount")), rs.getString("description"), (Long) rs.getObject("from_fund_id", Long.class),
				ProposalStatus.valueOf(rs.getString("status")), rs.getBoolean("needs_leader"),
				(Long) rs.getObject("entry_id", Long.class), rs.getString("proposed_by"), rs.getString("proposed_name"),
				rs.getObject("proposed_at", OffsetDateTime.class).toInstant(), rs.getBoolean("duplicate"));
	}
}
