package org.qunfang.disclosure.publication;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.qunfang.disclosure.DisclosurePermissions;
import org.qunfang.identity.Audited;
import org.qunfang.identity.Caller;
import org.qunfang.identity.Notifications;
import org.qunfang.identity.Role;
import org.qunfang.organization.AdminUnit;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.text.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Villagers' questions on the lines of published statements (群众提问) and their public answers: a
 * question is filed against a line of a statement any village has published (the public side checks who
 * asks first, see {@link QuestionDesk}); the township's finance officer or the village's director answers
 * it once, and the answer shows on the village's public page.
 */
@Service
public class Questions {

	/** The longest question, and the longest answer, in characters. */
	public static final int QUESTION_MAX = 500;
	public static final int ANSWER_MAX = 1000;

	private final QuestionStore store;
	private final StatementStore statements;
	private final DisclosureVillages villages;
	private final Notifications notifications;
	private final IdGenerator ids;
	private final Clock clock;

	Questions(QuestionStore store, StatementStore statements, DisclosureVillages villages, Notifications notifications,
			IdGenerator ids, Clock clock) {
		this.store = store;
		this.statements = statements;
		this.villages = villages;
		this.notifications = notifications;
		this.ids = ids;
		this.clock = clock;
	}

	/** What a villager asks: the line's number, the question and, if they like, their name. */
	public record Asking(int line, String question, String name) {
	}

	/** A question as it passed the checks: the line it is about, its text and the name, if given. */
	record Checked(StatementText.Line line, String question, String name) {
	}

	/** Refuses a question on no line of the statement, an empty, long or marked-up one, or a long name. */
	static Checked check(PublishedStatement statement, Asking asking) {
		StatementText.Line line = StatementText.line(statement.text(), asking.line())
			.orElseThrow(() -> new DomainException("error.disclosure.line"));
		return new Checked(line, PlainText.required("disclosure.field.question", asking.question(), QUESTION_MAX),
				PlainText.optional("disclosure.field.name", asking.name(), 40));
	}

	/** Files a question on a published statement; the operation log gets its id, never the asker's name. */
	@Transactional
	@Audited(value = "disclosure.question.ask", target = "disclosure-question", targetId = "#result")
	public long ask(long statementId, Asking asking) {
		PublishedStatement statement = statements.find(statementId).orElseThrow(NotFoundException::new);
		Checked checked = check(statement, asking);
		long id = ids.next();
		store.insert(new QuestionStore.NewQuestion(id, statement, checked.line().number(), lineText(checked.line()),
				checked.question(), checked.name(), clock.instant()));
		AdminUnit village = villages.publicVillage(statement.villageId());
		List<String> about = List.of(village.nameZh(), statement.period().code());
		String link = "/disclosure/villages/" + village.id() + "#questions";
		notifications.send(village.countyId(), village.scopePath(), List.of(Role.VILLAGE_DIRECTOR),
				"disclosure.notice.question", about, link);
		notifications.send(village.countyId(), villages.township(village).scopePath(), List.of(Role.FINANCE_OFFICER),
				"disclosure.notice.question", about, link);
		return id;
	}

	/** Answers a question of a village in the caller's jurisdiction, once; the answer is public. */
	@Transactional
	@Audited(value = "disclosure.question.answer", target = "disclosure-question", targetId = "#questionId")
	public void answer(Caller caller, long questionId, String answer) {
		caller.require(DisclosurePermissions.ANSWER);
		Question q = store.find(questionId).orElseThrow(NotFoundException::new);
		villages.village(caller, q.villageId());
		String text = PlainText.required("disclosure.field.answer", answer, ANSWER_MAX);
		if (q.answered() || !store.answer(q, text, caller.username(), caller.displayName(), clock.instant())) {
			throw new DomainException("error.disclosure.already-answered");
		}
	}

	/** The questions of a village in the caller's jurisdiction, those awaiting an answer first. */
	public List<Question> ofVillage(Caller caller, long villageId) {
		AdminUnit village = villages.village(caller, villageId);
		return store.ofVillage(village.countyId(), village.id());
	}

	/** How many questions await an answer in each village of the caller's jurisdiction. */
	public Map<Long, Integer> awaiting(Caller caller) {
		caller.require(DisclosurePermissions.VIEW);
		return store.awaitingIn(caller.jurisdiction());
	}

	/** Every question on a village's statements, for its public page. */
	List<Question> publicOf(AdminUnit village) {
		return store.ofVillage(village.countyId(), village.id());
	}

	private static String lineText(StatementText.Line line) {
		String text = String.join(" ", line.label(), line.detail(), line.amount()).strip().replaceAll(" +", " ");
		return text.length() > 1000 ? text.substring(0, 1000) : text;
	}
}
