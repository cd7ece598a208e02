package org.qunfang.organization.bodies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeFilter;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.OrganizationType;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.attachment.Attachments;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 治安承包 — security contracts of a village's contract organization: made, renewed (a new contract that
 * follows the old one), terminated with a reason, and kept with the signed paper as an attachment.
 */
@Service
public class SecurityContracts {

	/** A contract as registers show it. */
	public record ContractView(long id, long orgId, String contractNo, String area, LocalDate periodStart,
			LocalDate periodEnd, String duties, String rights, long feeFen, int patrolsPerWeek, String status,
			Long renewedFromId, String endReason, Long attachmentId, List<String> contractors, List<String> groups,
			List<NewContract.Payment> payments, List<Long> contractorIds) {
	}

	private final JdbcClient jdbc;
	private final PreventionOrganizations organizations;
	private final Attachments attachments;
	private final IdGenerator ids;
	private final Clock clock;

	SecurityContracts(JdbcClient jdbc, PreventionOrganizations organizations, Attachments attachments, IdGenerator ids,
			Clock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.attachments = attachments;
		this.ids = ids;
		this.clock = clock;
	}

	@Transactional
	@Audited(value = "organization.contract.create", target = "contract", targetId = "#result")
	public long create(Caller caller, long orgId, NewContract form) {
		return insert(caller, orgId, form, null);
	}

	/** Renews a contract: the new one starts after the old one, which is marked renewed. */
	@Transactional
	@Audited(value = "organization.contract.renew", target = "contract", targetId = "#result")
	public long renew(Caller caller, long contractId, NewContract form) {
		ContractView old = get(caller, contractId);
		if (!old.status().equals("ACTIVE")) {
			throw new DomainException("error.contract.not-active");
		}
		if (!form.periodStart().isAfter(old.periodEnd()) && !form.periodStart().equals(old.periodEnd().plusDays(1))) {
			throw new DomainException("error.contract.renewal-overlap");
		}
		long id = insert(caller, old.orgId(), form, contractId);
		jdbc.sql("update security_contract set status = 'RENEWED', version = version + 1 where id = :id")
			.param("id", contractId).update();
		return id;
	}

	@Transactional
	@Audited(value = "organization.contract.terminate", target = "contract", targetId = "#contractId")
	public void terminate(Caller caller, long contractId, String reason) {
		caller.require(OrganizationPermissions.CONTRACT_MANAGE);
		ContractView contract = get(caller, contractId);
		if (!contract.status().equals("ACTIVE")) {
			throw new DomainException("error.contract.not-active");
		}
		if (reason == null || reason.isBlank() || reason.length() > 300) {
			throw new DomainException("error.contract.reason");
		}
		jdbc.sql("update security_contract set status = 'TERMINATED', end_reason = :r, version = version + 1 where id = :id")
			.param("r", reason.strip()).param("id", contractId).update();
	}

	/** Keeps the signed contract (PDF or a photo of it) with the contract. */
	@Transactional
	@Audited(value = "organization.contract.attach", target = "contract", targetId = "#contractId")
	public long attachSigned(Caller caller, long contractId, String fileName, byte[] content) {
		caller.require(OrganizationPermissions.CONTRACT_MANAGE);
		ContractView contract = get(caller, contractId);
		OrganizationRef org = organizations.get(caller, contract.orgId());
		long attachment = attachments.store(org.countyId(), org.scopePath(), fileName, content,
				Set.of(Attachments.Kind.PDF, Attachments.Kind.JPEG, Attachments.Kind.PNG), caller.username());
		jdbc.sql("update security_contract set attachment_id = :a, version = version + 1 where id = :id")
			.param("a", attachment).param("id", contractId).update();
		return attachment;
	}

	/** The signed contract file, only for callers who may see the contract. */
	@Transactional(readOnly = true)
	public Attachments.Attachment signed(Caller caller, long contractId) {
		ContractView contract = get(caller, contractId);
		if (contract.attachmentId() == null) {
			throw new NotFoundException();
		}
		return attachments.load(contract.attachmentId()).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public ContractView get(Caller caller, long contractId) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("s");
		return scope.bind(jdbc.sql("select id from security_contract s where s.id = :id and " + scope.sql()))
			.param("id", contractId).query(Long.class).optional().map(this::view).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<ContractView> list(Caller caller, Long orgId) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("s");
		return scope.bind(jdbc.sql("select id from security_contract s where " + scope.sql()
				+ " and (cast(:o as bigint) is null or s.org_id = :o) order by s.period_start desc"))
			.param("o", orgId).query(Long.class).list().stream().map(this::view).toList();
	}

	/** The residents who are contractors of an organization's active contracts, inside the jurisdiction. */
	@Transactional(readOnly = true)
	public List<Long> activeContractors(Caller caller, long orgId) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		ScopeFilter scope = caller.jurisdiction().where("c");
		return scope.bind(jdbc.sql("""
				select distinct p.resident_id from security_contract_party p join security_contract c on c.id = p.contract_id
				where c.org_id = :o and c.status = 'ACTIVE' and\s""" + scope.sql() + " order by p.resident_id"))
			.param("o", orgId).query(Long.class).list();
	}

	private long insert(Caller caller, long orgId, NewContract form, Long renewedFrom) {
		caller.require(OrganizationPermissions.CONTRACT_MANAGE);
		OrganizationRef org = organizations.get(caller, orgId);
		if (org.type() != OrganizationType.SECURITY_CONTRACT || org.status() == OrganizationStatus.DISSOLVED) {
			throw new DomainException("error.contract.wrong-organization");
		}
		if (form.periodEnd().isBefore(form.periodStart())) {
			throw new DomainException("error.contract.period");
		}
		List<NewContract.Payment> payments = form.payments() == null ? List.of() : form.payments();
		long paid = payments.stream().mapToLong(NewContract.Payment::amountFen).sum();
		if (!payments.isEmpty() && paid != form.feeFen()) {
			throw new DomainException("error.contract.payments-sum", form.feeFen() / 100.0, paid / 100.0);
		}
		for (long contractor : form.contractorIds()) {
			boolean ofVillage = jdbc.sql("select count(*) from resident where id = :r and village_id = :v")
				.param("r", contractor).param("v", org.villageId()).query(Long.class).single() > 0;
			if (!ofVillage) {
				throw new DomainException("error.contract.contractor-elsewhere");
			}
		}
		long id = ids.next();
		try {
			jdbc.sql("""
					insert into security_contract (id, county_id, org_id, scope_path, contract_no, area, period_start,
					  period_end, duties, rights, fee_fen, patrols_per_week, status, renewed_from_id, created_at, version)
					values (:id, :c, :o, :path, :no, :area, :start, :end, :duties, :rights, :fee, :patrols, 'ACTIVE',
					  :from, :now, 0)""")
				.param("id", id).param("c", org.countyId()).param("o", orgId).param("path", org.scopePath())
				.param("no", form.contractNo().strip()).param("area", form.area().strip()).param("start", form.periodStart())
				.param("end", form.periodEnd()).param("duties", form.duties().strip()).param("rights", form.rights().strip())
				.param("fee", form.feeFen()).param("patrols", form.patrolsPerWeek()).param("from", renewedFrom)
				.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
		}
		catch (DuplicateKeyException taken) {
			throw new ConflictException("error.contract.no-taken", form.contractNo());
		}
		for (long contractor : form.contractorIds().stream().distinct().toList()) {
			jdbc.sql("insert into security_contract_party (contract_id, resident_id, county_id) values (:k, :r, :c)")
				.param("k", id).param("r", contractor).param("c", org.countyId()).update();
		}
		for (long group : form.groupIds() == null ? List.<Long>of() : form.groupIds().stream().distinct().toList()) {
			if (jdbc.sql("select count(*) from village_group where id = :g and village_id = :v").param("g", group)
				.param("v", org.villageId()).query(Long.class).single() == 0) {
				throw new DomainException("error.group.not-in-village");
			}
			jdbc.sql("insert into security_contract_area_group (contract_id, group_id, county_id) values (:k, :g, :c)")
				.param("k", id).param("g", group).param("c", org.countyId()).update();
		}
		int seq = 1;
		for (NewContract.Payment payment : payments) {
			jdbc.sql("""
					insert into security_contract_payment (contract_id, seq, county_id, due_on, amount_fen)
					values (:k, :s, :c, :due, :amount)""")
				.param("k", id).param("s", seq++).param("c", org.countyId()).param("due", payment.dueOn())
				.param("amount", payment.amountFen()).update();
		}
		return id;
	}

	private ContractView view(long id) {
		return jdbc.sql("select * from security_contract where id = :id").param("id", id)
			.query((rs, n) -> new ContractView(id, rs.getLong("org_id"), rs.getString("contract_no"), rs.getString("area"),
					rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
					rs.getString("duties"), rs.getString("rights"), rs.getLong("fee_fen"), rs.getInt("patrols_per_week"),
					rs.getString("status"), (Long) rs.getObject("renewed_from_id", Long.class), rs.getString("end_reason"),
					(Long) rs.getObject("attachment_id", Long.class),
					jdbc.sql("select r.name from security_contract_party p join resident r on r.id = p.resident_id"
							+ " where p.contract_id = :k order by r.name").param("k", id).query(String.class).list(),
					jdbc.sql("select g.name from security_contract_area_group a join village_group g on g.id = a.group_id"
							+ " where a.contract_id = :k order by g.code").param("k", id).query(String.class).list(),
					jdbc.sql("select due_on, amount_fen from security_contract_payment where contract_id = :k order by seq")
						.param("k", id)
						.query((p, m) -> new NewContract.Payment(p.getObject(1, LocalDate.class), p.getLong(2))).list(),
					jdbc.sql("select resident_id from security_contract_party where contract_id = :k order by resident_id")
						.param("k", id).query(Long.class).list()))
			.single();
	}
}
