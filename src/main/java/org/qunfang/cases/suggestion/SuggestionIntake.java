package org.qunfang.cases.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.qunfang.cases.internal.CasesSettings;
import org.qunfang.identity.Audited;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.bodies.DutyScopes;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.qunfang.platform.text.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the submitter does, without signing in: write in a village's book and reopen their writing with its
 * tracking code. A submission always lands, even in a village whose book has no owning organization (the
 * township is told). Abuse protection (rate limits, the challenge) is the caller's business: see
 * {@link PublicSuggestionDesk}.
 */
@Service
public class SuggestionIntake {

	/** The answer to a submission: the tracking code, shown once and never stored. */
	public record Receipt(long id, String trackingCode, Instant dueAt) {
	}

	public static final String MATTER_KIND = "SUGGESTION_BOOK";
	public static final int CONTENT_MAX = 1000;
	private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

	private final Suggestions suggestions;
	private final BookVillages villages;
	private final DutyScopes dutyScopes;
	private final CasesSettings settings;
	private final PersonalDataCipher cipher;
	private final SuggestionNotices notices;
	private final IdGenerator ids;
	private final Clock clock;

	SuggestionIntake(Suggestions suggestions, BookVillages villages, DutyScopes dutyScopes, CasesSettings settings,
			PersonalDataCipher cipher, SuggestionNotices notices, IdGenerator ids, Clock clock) {
		this.suggestions = suggestions;
		this.villages = villages;
		this.dutyScopes = dutyScopes;
		this.settings = settings;
		this.cipher = cipher;
		this.notices = notices;
		this.ids = ids;
		this.clock = clock;
	}

	/** A writing that passed the checks: kind known, text plain, name and phone only when named. */
	public record Checked(SuggestionKind kind, String content, String name, String phone) {
	}

	/** Checks a writing without filing it; refuses unknown kinds, empty, oversized or marked-up text. */
	public Checked check(NewSuggestion form) {
		SuggestionKind kind = SuggestionKind.parse(form.kind());
		String content = PlainText.required("suggestion.content", form.content(), CONTENT_MAX);
		if (form.anonymous()) {
			return new Checked(kind, content, null, null);
		}
		return new Checked(kind, content, PlainText.required("suggestion.name", form.name(), 40), mobile(form.phone()));
	}

	/** Records a submission. The operation log gets its id and the client address, never the name. */
	@Transactional
	@Audited(value = "cases.suggestion.submit", target = "suggestion", targetId = "#result.id()")
	public Receipt submit(long villageId, NewSuggestion form) {
		AdminUnit village = villages.village(villageId);
		Checked checked = check(form);
		SuggestionKind kind = checked.kind();
		String content = checked.content();
		String name = checked.name();
		String phone = checked.phone();
		String code = TrackingCodes.generate();
		while (suggestions.findByTrackingHash(TrackingCodes.hash(code, cipher)).isPresent()) {
			code = TrackingCodes.generate();
		}
		Suggestion s = receive(village, kind, content, name, phone, code, clock.instant());
		notices.received(s, village);
		return new Receipt(s.id(), code, s.dueAt());
	}

	/**
	 * Files a checked writing in the village's book as of the given time: the owner the duty scopes name
	 * (none is possible), the name and phone encrypted, only the code's hash, the first step of its history.
	 */
	Suggestion receive(AdminUnit village, SuggestionKind kind, String content, String name, String phone, String code,
			Instant at) {
		Optional<OrganizationRef> owner = dutyScopes.ownerOf(village.id(), MATTER_KIND);
		Suggestion s = Suggestion.submitted(ids.next(), village.countyId(), village.id(), village.scopePath(),
				owner.map(OrganizationRef::id).orElse(null), owner.map(OrganizationRef::name).orElse(null), kind, content,
				cipher.encrypt(name), cipher.encrypt(phone), TrackingCodes.hash(code, cipher), at, replyDays(village.countyId()));
		suggestions.insert(s);
		suggestions.addStep(s, SuggestionStatus.SUBMITTED.name(), null, null, at);
		return s;
	}

	/** The submission a tracking code opens. */
	@Transactional(readOnly = true)
	public Suggestion byCode(String code) {
		return suggestions.findByTrackingHash(TrackingCodes.hash(code, cipher)).orElseThrow(TrackingCodeMiss::new);
	}

	/** The submitter is not satisfied with the answer: a new reply is owed, by a new deadline. */
	@Transactional
	@Audited(value = "cases.suggestion.reopen", target = "suggestion", targetId = "#result")
	public long reopen(String code, String reason) {
		String why = PlainText.required("suggestion.reopen-reason", reason, 500);
		Suggestion s = byCode(code);
		AdminUnit village = villages.village(s.villageId());
		Instant now = clock.instant();
		Suggestion reopened = s.reopen(now, replyDays(village.countyId()));
		suggestions.update(reopened);
		suggestions.addStep(reopened, SuggestionStatus.REOPENED.name(), null, why, now);
		notices.reopened(reopened, village);
		return s.id();
	}

	/** The days a county's owning organizations have to reply. */
	public int replyDays(long countyId) {
		return settings.value(countyId, CasesSettings.Setting.SUGGESTION_REPLY_DAYS);
	}

	private static String mobile(String typed) {
		String phone = PlainText.optional("suggestion.phone", typed, 20);
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[\\s\\-]", "");
		if (!MOBILE.matcher(digits).matches()) {
			throw new DomainException("error.suggestion.phone");
		}
		return digits;
	}
}
