package org.qunfang.funds.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.ledger.FundSettings;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.funds.ledger.Purposes;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.attachment.Attachments;
import org.qunfang.platform.text.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing, approving and booking expenses and re-designations (maker-checker). Each step is checked on
 * the {@link Proposal}, kept in its history and written to the operation log; booking posts to the
 * {@link Ledger} in the same transaction, so an approval that cannot be booked (the funds no longer hold
 * enough) changes nothing.
 */
@Service
public class Proposals {

	/** What the village proposes. {@code fromFundId} names the fund a re-designation takes money from. */
	public record NewProposal(ProposalKind kind, String purpose, String payee, Money amount, String description,
			Long fromFundId) {
	}

	/** A receipt or other document: a PDF, JPG or PNG. */
	public record Document(String fileName, byte[] content) {
	}

	private static final Set<Attachments.Kind> DOCUMENT_KINDS = EnumSet.of(Attachments.Kind.PDF, Attachments.Kind.JPEG,
			Attachments.Kind.PNG);

	private final ProposalStore store;
	private final Ledger ledger;
	private final LedgerQueries books;
	private final Purposes purposes;
	private final FundSettings settings;
	private final AdminUnits units;
	private final Attachments attachments;
	private final Clock clock;

	Proposals(ProposalStore store, Ledger ledger, LedgerQueries books, Purposes purposes, FundSettings settings,
			AdminUnits units, Attachments attachments, Clock clock) {
		this.store = store;
		this.ledger = ledger;
		this.books = books;
		this.purposes = purposes;
		this.settings = settings;
		this.units = units;
		this.attachments = attachments;
		this.clock = clock;
	}

	@Transactional
	@Audited(value = "funds.proposal.create", target = "fund-proposal", targetId = "#result")
	public long propose(Caller caller, long villageId, NewProposal p, List<Document> documents) {
		caller.require(FundsPermissions.PROPOSE);
		FundVillage v = FundVillage.of(units, caller, villageId);
		ProposalKind kind = p.kind() == null ? ProposalKind.EXPENSE : p.kind();
		String purpose = purposes.require(v.countyId(), p.purpose()).code();
		Money amount = (p.amount() == null ? Money.ZERO : p.amount()).requirePositive();
		String description = PlainText.required("funds.field.description", p.description(), 500);
		String payee = null;
		if (kind == ProposalKind.EXPENSE) {
			payee = PlainText.required("funds.field.payee", p.payee(), 100);
			if (books.funds(v).stream().noneMatch(f -> f.purposes().contains(purpose))) {
				throw new DomainException("error.funds.no-fund-for-purpose");
			}
			Money available = books.availableFor(v, purpose);
			if (available.compareTo(amount) < 0) {
				throw new DomainException("error.funds.insufficient", available.yuan(), amount.yuan());
			}
		}
		else {
			LedgerQueries.FundView from = books.funds(v).stream()
				.filter(f -> p.fromFundId() != null && f.id() == p.fromFundId()).findFirst()
				.orElseThrow(() -> new DomainException("error.funds.fund-unknown"));
			if (from.purposes().contains(purpose)) {
				throw new DomainException("error.funds.redesignate-same-purpose");
			}
			if (from.balance().compareTo(amount) < 0) {
				throw new DomainException("error.funds.insufficient", from.balance().yuan(), amount.yuan());
			}
		}
		boolean leader = Proposal.needsLeader(kind, amount.fen(), settings.leaderThreshold(v.countyId()).fen());
		long id = store.insert(v, kind, purpose, payee, amount.fen(), description,
				kind == ProposalKind.REDESIGNATION ? p.fromFundId() : null, leader, caller.username(),
				caller.displayName(), clock.instant());
		for (Document d : documents) {
			store.attach(id, attachments.store(v.countyId(), v.scopePath(), d.fileName(), d.content(), DOCUMENT_KINDS,
					caller.username()), v.countyId());
		}
		return id;
	}

	/** Adds a receipt or another document (none given is refused) to an open proposal. */
	@Transactional
	@Audited(value = "funds.proposal.document", target = "fund-proposal", targetId = "#id")
	public long addDocument(Caller caller, long id, Document document) {
		if (!caller.has(FundsPermissions.PROPOSE) && !caller.has(FundsPermissions.APPROVE)) {
			caller.require(FundsPermissions.PROPOSE);
		}
		ProposalStore.Stored s = load(caller, id);
		if (!s.proposal().status().open()) {
			throw new DomainException("error.funds.proposal-closed");
		}
		if (document == null) {
			throw new DomainException("error.attachment.empty");
		}
		long attachment = attachments.store(s.countyId(), s.scopePath(), document.fileName(), document.content(),
				DOCUMENT_KINDS, caller.username());
		store.attach(id, attachment, s.countyId());
		return attachment;
	}

	/**
	 * The finance officer's approval; a proposal that needs no leader is booked at once (from {@code fundId}
	 * alone when given, dated {@code bookedOn} — the day it is paid — or today).
	 */
	@Transactional
	@Audited(value = "funds.proposal.approve", target = "fund-proposal", targetId = "#id")
	public ProposalStatus approve(Caller caller, long id, Long fundId, String note, LocalDate bookedOn) {
		caller.require(FundsPermissions.APPROVE);
		ProposalStore.Stored s = load(caller, id);
		boolean ready = s.proposal().approve(caller.username());
		store.step(id, s.countyId(), s.scopePath(), ProposalStep.APPROVED, caller.username(), caller.displayName(),
				clock.instant(), PlainText.optional("funds.field.note", note, 500));
		if (ready) {
			return bookApproved(caller, s, fundId, bookedOn);
		}
		store.save(s, null);
		return s.proposal().status();
	}

	/** A township leader's approval of a proposal above the threshold (or a re-designation). */
	@Transactional
	@Audited(value = "funds.proposal.leader-approve", target = "fund-proposal", targetId = "#id")
	public ProposalStatus approveAsLeader(Caller caller, long id, String note) {
		caller.require(FundsPermissions.APPROVE_LARGE);
		ProposalStore.Stored s = load(caller, id);
		s.proposal().approveAsLeader(caller.username());
		store.save(s, null);
		store.step(id, s.countyId(), s.scopePath(), ProposalStep.LEADER_APPROVED, caller.username(), caller.displayName(),
				clock.instant(), PlainText.optional("funds.field.note", note, 500));
		return s.proposal().status();
	}

	/** The finance officer books a proposal all its approvers approved. */
	@Transactional
	@Audited(value = "funds.proposal.book", target = "fund-proposal", targetId = "#id")
	public ProposalStatus book(Caller caller, long id, Long fundId, LocalDate bookedOn) {
		caller.require(FundsPermissions.APPROVE);
		return bookApproved(caller, load(caller, id), fundId, bookedOn);
	}

	@Transactional
	@Audited(value = "funds.proposal.reject", target = "fund-proposal", targetId = "#id")
	public void reject(Caller caller, long id, String reason) {
		if (!caller.has(FundsPermissions.APPROVE_LARGE)) {
			caller.require(FundsPermissions.APPROVE);
		}
		ProposalStore.Stored s = load(caller, id);
		String why = PlainText.required("funds.field.reason", reason, 500);
		s.proposal().reject(caller.username(), why);
		store.save(s, null);
		store.step(id, s.countyId(), s.scopePath(), ProposalStep.REJECTED, caller.username(), caller.displayName(),
				clock.instant(), why);
	}

	@Transactional
	@Audited(value = "funds.proposal.withdraw", target = "fund-proposal", targetId = "#id")
	public void withdraw(Caller caller, long id) {
		caller.require(FundsPermissions.PROPOSE);
		ProposalStore.Stored s = load(caller, id);
		s.proposal().withdraw();
		store.save(s, null);
		store.step(id, s.countyId(), s.scopePath(), ProposalStep.WITHDRAWN, caller.username(), caller.displayName(),
				clock.instant(), null);
	}

	private ProposalStatus bookApproved(Caller caller, ProposalStore.Stored s, Long fundId, LocalDate bookedOn) {
		Proposal p = s.proposal();
		p.booked();
		Money amount = Money.fen(p.amountFen());
		long entry = p.kind() == ProposalKind.EXPENSE
				? ledger.postExpense(caller, s.villageId(),
						new Ledger.Expense(p.id(), s.purpose(), s.payee(), amount, s.description(), fundId, bookedOn))
				: ledger.postRedesignation(caller, s.villageId(), p.id(), s.fromFundId(), Set.of(s.purpose()), amount,
						s.description());
		store.save(s, entry);
		store.step(p.id(), s.countyId(), s.scopePath(), ProposalStep.BOOKED, caller.username(), caller.displayName(),
				clock.instant(), null);
		return p.status();
	}

	private ProposalStore.Stored load(Caller caller, long id) {
		return store.find(caller.jurisdiction().where("p"), id).orElseThrow(NotFoundException::new);
	}
}
