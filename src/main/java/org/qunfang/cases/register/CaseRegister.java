package org.qunfang.cases.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qunfang.cases.CaseRegistered;
import org.qunfang.cases.CasesPermissions;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.bodies.DutyScopes;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.registry.RegisterQueries;
import org.qunfang.organization.registry.ResidentView;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.attachment.Attachments;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.qunfang.platform.text.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案件登记 — registering a case and handling it to its end. A case is filed under its village and owned
 * by the organization the registry's duty scopes name for case registration there; each step is
 * checked by the case itself ({@link CaseFile}) and kept in its history.
 */
@Service
public class CaseRegister {

	/** Sources a case may name; the id is kept as given. */
	static final Set<String> SOURCE_KINDS = Set.of("SUGGESTION", "INSPECTION", "PATROL_RUN");

	static final int MAX_PARTIES = 20;
	static final int MAX_PHOTOS = 20;
	static final long MAX_LOSS_FEN = 100_000_000_000L;
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final CaseFiles files;
	private final CaseTypes types;
	private final DuplicateCheck duplicates;
	private final VillageExtents extents;
	private final VillageScope villages;
	private final DutyScopes duties;
	private final PreventionOrganizations organizations;
	private final RegisterQueries register;
	private final PersonalDataCipher cipher;
	private final Attachments attachments;
	private final ApplicationEventPublisher events;
	private final IdGenerator ids;
	private final Clock clock;
	private final ZoneId zone;

	CaseRegister(CaseFiles files, CaseTypes types, DuplicateCheck duplicates, VillageExtents extents, VillageScope villages,
			DutyScopes duties, PreventionOrganizations organizations, RegisterQueries register, PersonalDataCipher cipher,
			Attachments attachments, ApplicationEventPublisher events, IdGenerator ids, Clock clock, ZoneId zone) {
		this.files = files;
		this.types = types;
		this.duplicates = duplicates;
		this.extents = extents;
		this.villages = villages;
		this.duties = duties;
		this.organizations = organizations;
		this.register = register;
		this.cipher = cipher;
		this.attachments = attachments;
		this.events = events;
		this.ids = ids;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Registers a case after checking every field; refuses with {@link PossibleDuplicates} while similar
	 * cases exist and the person has not confirmed that this one is different.
	 */
	@Transactional
	@Audited(value = "cases.case.register", target = "case", targetId = "#result")
	public long register(Caller caller, NewCase form) {
		caller.require(CasesPermissions.CASE_REGISTER);
		AdminUnit village = villages.village(caller, form.villageId());
		Instant now = clock.instant();
		NewCase checked = check(caller, village, form, now);
		OrganizationRef owner = duties.ownerOf(village.id(), "CASE_REGISTER")
			.orElseThrow(() -> new DomainException("error.case.no-owner", village.nameZh()));
		// Taking the number locks the village's counter until commit, so two people registering the same
		// case at once are checked one after the other and the second sees the first.
		int year = LocalDate.ofInstant(now, zone).getYear();
		String caseNo = "%s-%d-%04d".formatted(village.code(), year, files.nextNumber(village.countyId(), village.id(), year));
		if (!checked.allowDuplicate()) {
			var similar = duplicates.candidates(village.countyId(), village.id(), checked.caseType(), checked.occurredAt(),
					checked.groupId(), checked.place(), checked.latitude(), checked.longitude());
			if (!similar.isEmpty()) {
				throw new PossibleDuplicates(similar);
			}
		}
		long id = ids.next();
		List<CaseFiles.EncryptedParty> parties = checked.parties().stream()
			.map(p -> new CaseFiles.EncryptedParty(p.role(), p.name(), p.residentId(),
					p.phone() == null ? null : cipher.encrypt(p.phone()), p.note()))
			.toList();
		files.insert(new CaseFiles.Row(id, village.countyId(), village.id(), village.scopePath(), caseNo, checked, owner.id(),
				owner.name(), checked.reportedAt(), now), caller.username(), caller.displayName(), parties);
		events.publishEvent(new CaseRegistered(id, village.countyId(), village.id(), village.scopePath(), checked.caseType(),
				checked.occurredAt(), checked.groupId(), checked.place(), checked.latitude(), checked.longitude()));
		return id;
	}

	/** The cases already registered that look like this entry (for a warning before saving). */
	@Transactional(readOnly = true)
	public List<DuplicateCheck.Candidate> similar(Caller caller, long villageId, String caseType, Instant occurredAt,
			Long groupId, String place, Double lat, Double lon) {
		caller.require(CasesPermissions.CASE_REGISTER);
		AdminUnit village = villages.village(caller, villageId);
		return duplicates.candidates(village.countyId(), village.id(), caseType, occurredAt, groupId,
				PlainText.optional("case.place", place, 100), lat, lon);
	}

	private NewCase check(Caller caller, AdminUnit village, NewCase f, Instant now) {
		types.requireActive(village.countyId(), f.caseType());
		if (f.occurredAt() == null) {
			throw new DomainException("error.case.occurred-missing");
		}
		if (f.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
			throw new DomainException("error.case.future");
		}
		Instant reported = f.reportedAt() == null ? now : f.reportedAt();
		if (reported.isAfter(now.plus(CLOCK_SKEW))) {
			throw new DomainException("error.case.reported-future");
		}
		if (f.occurredAt().isAfter(reported)) {
			throw new DomainException("error.case.reported-before-occurred");
		}
		if (f.groupId() != null
				&& villages.groups(caller, village.id()).stream().noneMatch(g -> g.id() == f.groupId().longValue())) {
			throw new DomainException("error.case.group-outside");
		}
		extents.requireInside(village, f.latitude(), f.longitude());
		if (f.lossFen() < 0 || f.lossFen() > MAX_LOSS_FEN) {
			throw new DomainException("error.case.loss");
		}
		if (f.channel() == null) {
			throw new DomainException("error.case.channel");
		}
		if (f.sourceKind() != null && (!SOURCE_KINDS.contains(f.sourceKind()) || f.sourceId() == null || f.sourceId() <= 0)) {
			throw new DomainException("error.case.source");
		}
		if (f.parties().size() > MAX_PARTIES) {
			throw new DomainException("error.case.parties-too-many", MAX_PARTIES);
		}
		List<NewCase.NewParty> parties = new ArrayList<>();
		for (NewCase.NewParty p : f.parties()) {
			parties.add(checkParty(caller, village.id(), p));
		}
		return new NewCase(village.id(), f.caseType(), f.occurredAt(), reported, f.groupId(),
				PlainText.optional("case.place", f.place(), 100), f.latitude(), f.longitude(),
				PlainText.required("case.summary", f.summary(), 2000), f.lossFen(),
				PlainText.optional("case.reporter", f.reporterName(), 60), f.channel(),
				f.sourceKind(), f.sourceKind() == null ? null : f.sourceId(), parties, f.allowDuplicate());
	}

	private NewCase.NewParty checkParty(Caller caller, long villageId, NewCase.NewParty p) {
		if (p.role() == null) {
			throw new DomainException("error.case.party-role");
		}
		String name = PlainText.optional("case.party.name", p.name(), 60);
		if (p.residentId() != null) {
			ResidentView resident = register.resident(caller, p.residentId());
			if (resident.villageId() != villageId) {
				throw new DomainException("error.case.party-other-village", resident.name());
			}
			name = name == null ? resident.name() : name;
		}
		if (name == null) {
			throw new DomainException("error.text.empty", new DefaultMessageSourceResolvable("case.party.name"));
		}
		String phone = p.phone() == null || p.phone().isBlank() ? null : p.phone().replaceAll("[\\s-]", "");
		if (phone != null && !phone.matches("\\+?\\d{5,20}")) {
			throw new DomainException("error.case.party-phone");
		}
		return new NewCase.NewParty(p.role(), name, p.residentId(), phone,
				PlainText.optional("case.party.note", p.note(), 200));
	}

	/** Records a handling step: what was done. */
	@Transactional
	@Audited(value = "cases.case.handle", target = "case", targetId = "#caseId")
	public void handle(Caller caller, long caseId, String note) {
		CaseFile file = forHandling(caller, caseId);
		file.handle(PlainText.optional("case.step.note", note, 2000), clock.instant());
		files.save(file, caller.username(), caller.displayName());
	}

	/** Hands the case to another working organization of its village, with the reason. */
	@Transactional
	@Audited(value = "cases.case.transfer", target = "case", targetId = "#caseId")
	public void transfer(Caller caller, long caseId, long toOrgId, String reason) {
		CaseFile file = forHandling(caller, caseId);
		OrganizationRef to = organizations.get(caller, toOrgId);
		if (to.status() == OrganizationStatus.DISSOLVED) {
			throw new DomainException("error.case.transfer-dissolved", to.name());
		}
		if (to.villageId() != file.villageId() && !organizations.jointVillages(to.id()).contains(file.villageId())) {
			throw new DomainException("error.case.transfer-other-village", to.name());
		}
		file.transfer(to.id(), to.name(), PlainText.optional("case.transfer.reason", reason, 500), clock.instant());
		files.save(file, caller.username(), caller.displayName());
	}

	@Transactional
	@Audited(value = "cases.case.resolve", target = "case", targetId = "#caseId")
	public void resolve(Caller caller, long caseId, String outcome) {
		CaseFile file = forHandling(caller, caseId);
		file.resolve(PlainText.optional("case.outcome", outcome, 2000), clock.instant());
		files.save(file, caller.username(), caller.displayName());
	}

	@Transactional
	@Audited(value = "cases.case.refer", target = "case", targetId = "#caseId")
	public void refer(Caller caller, long caseId, String referredTo, String reason) {
		CaseFile file = forHandling(caller, caseId);
		file.refer(PlainText.optional("case.referred-to", referredTo, 200),
				PlainText.optional("case.referral-reason", reason, 2000), clock.instant());
		files.save(file, caller.username(), caller.displayName());
	}

	@Transactional
	@Audited(value = "cases.case.close-unresolved", target = "case", targetId = "#caseId")
	public void closeUnresolved(Caller caller, long caseId, String reason) {
		CaseFile file = forHandling(caller, caseId);
		file.closeUnresolved(PlainText.optional("case.close-reason", reason, 2000), clock.instant());
		files.save(file, caller.username(), caller.displayName());
	}

	/** Adds a photo (JPEG or PNG, within the size limit) to a case. */
	@Transactional
	@Audited(value = "cases.case.photo", target = "case", targetId = "#caseId")
	public long addPhoto(Caller caller, long caseId, String fileName, byte[] content) {
		if (!caller.has(CasesPermissions.CASE_REGISTER)) {
			caller.require(CasesPermissions.CASE_HANDLE);
		}
		CaseFile file = files.find(caller.jurisdiction(), caseId).orElseThrow(NotFoundException::new);
		if (files.photoCount(caseId) >= MAX_PHOTOS) {
			throw new DomainException("error.case.photos-too-many", MAX_PHOTOS);
		}
		long attachment = attachments.store(file.countyId(), file.scopePath(), fileName, content,
				Set.of(Attachments.Kind.JPEG, Attachments.Kind.PNG), caller.username());
		files.addPhoto(file, attachment, caller, clock.instant());
		return attachment;
	}

	/** A photo of a case inside the caller's jurisdiction; anything else reads as not found. */
	@Transactional(readOnly = true)
	public Attachments.Attachment photo(Caller caller, long caseId, long attachmentId) {
		caller.require(CasesPermissions.CASE_VIEW);
		files.find(caller.jurisdiction(), caseId).orElseThrow(NotFoundException::new);
		if (!files.hasPhoto(caseId, attachmentId)) {
			throw new NotFoundException();
		}
		return attachments.load(attachmentId).orElseThrow(NotFoundException::new);
	}

	private CaseFile forHandling(Caller caller, long caseId) {
		caller.require(CasesPermissions.CASE_HANDLE);
		return files.find(caller.jurisdiction(), caseId).orElseThrow(NotFoundException::new);
	}
}
