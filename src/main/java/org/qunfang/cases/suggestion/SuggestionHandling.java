package org.qunfang.cases.suggestion;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.qunfang.platform.text.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the owning organization and the township do with a suggestion, within the caller's jurisdiction:
 * read it, reply, record it resolved or closed without a solution (with the reason), and, with the unmask
 * permission, see a named submitter's name and phone (logged).
 */
@Service
public class SuggestionHandling {

	/** A named submitter in full. */
	public record Submitter(String name, String phone) {
	}

	public static final int REPLY_MAX = 2000;
	public static final int REASON_MAX = 1000;

	private final Suggestions suggestions;
	private final SuggestionViews views;
	private final PersonalDataCipher cipher;
	private final Clock clock;

	SuggestionHandling(Suggestions suggestions, SuggestionViews views, PersonalDataCipher cipher, Clock clock) {
		this.suggestions = suggestions;
		this.views = views;
		this.cipher = cipher;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SuggestionView get(Caller caller, long id, Locale locale) {
		return views.view(load(caller, id), locale);
	}

	@Transactional(readOnly = true)
	public List<SuggestionStep> history(Caller caller, long id) {
		return suggestions.steps(load(caller, id));
	}

	@Transactional
	@Audited(value = "cases.suggestion.reply", target = "suggestion", targetId = "#id")
	public void reply(Caller caller, long id, String text) {
		caller.require(CasesPermissions.SUGGESTION_REPLY);
		String reply = PlainText.required("suggestion.reply", text, REPLY_MAX);
		change(caller, id, SuggestionStatus.ANSWERED.name(), reply, s -> s.answer(reply, caller.username(), clock.instant()));
	}

	@Transactional
	@Audited(value = "cases.suggestion.resolve", target = "suggestion", targetId = "#id")
	public void resolve(Caller caller, long id, String note) {
		caller.require(CasesPermissions.SUGGESTION_REPLY);
		String text = PlainText.optional("suggestion.resolve-note", note, REASON_MAX);
		change(caller, id, SuggestionStatus.RESOLVED.name(), text, s -> s.resolve(text, clock.instant()));
	}

	@Transactional
	@Audited(value = "cases.suggestion.close", target = "suggestion", targetId = "#id")
	public void closeUnresolved(Caller caller, long id, String reason) {
		caller.require(CasesPermissions.SUGGESTION_REPLY);
		String text = PlainText.required("suggestion.close-reason", reason, REASON_MAX);
		change(caller, id, SuggestionStatus.CLOSED_UNRESOLVED.name(), text, s -> s.closeUnresolved(text, clock.instant()));
	}

	/**
	 * A named submitter's name and phone in full; every view is in the operation log. Who wrote a tip or a
	 * complaint is revealed only above the village (township, county, police station): a complaint may be
	 * about the very cadres of the village, and a tipster must not be exposed to their neighbors.
	 */
	@Transactional
	@Audited(value = "cases.suggestion.submitter.view", target = "suggestion", targetId = "#id")
	public Submitter revealSubmitter(Caller caller, long id) {
		Suggestion s = load(caller, id);
		caller.require(IdentityPermissions.PERSONAL_DATA_UNMASK);
		if (s.anonymous()) {
			throw new NotFoundException();
		}
		if (!mayRevealKind(caller, s.kind())) {
			throw new org.qunfang.platform.ForbiddenException("error.suggestion.reveal-above-village");
		}
		return new Submitter(cipher.decrypt(s.nameCipher()), cipher.decrypt(s.phoneCipher()));
	}

	/** Whether the caller's level may see who wrote a writing of this kind (see {@link #revealSubmitter}). */
	public static boolean mayRevealKind(Caller caller, SuggestionKind kind) {
		var level = caller.jurisdiction().level();
		boolean village = level == org.qunfang.identity.ScopeLevel.VILLAGE || level == org.qunfang.identity.ScopeLevel.ORGANIZATION;
		return !village || (kind != SuggestionKind.TIP && kind != SuggestionKind.COMPLAINT);
	}

	/** A suggestion inside the caller's jurisdiction; anything else reads as not found. */
	Suggestion load(Caller caller, long id) {
		caller.require(CasesPermissions.SUGGESTION_VIEW);
		return suggestions.find(id).filter(s -> caller.jurisdiction().covers(s.countyId(), s.scopePath()))
			.orElseThrow(NotFoundException::new);
	}

	private void change(Caller caller, long id, String step, String note, UnaryOperator<Suggestion> transition) {
		Suggestion changed = transition.apply(load(caller, id));
		suggestions.update(changed);
		suggestions.addStep(changed, step, caller.username(), note, clock.instant());
	}
}
