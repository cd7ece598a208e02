package org.qunfang.funds.levy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.qunfang.platform.DomainException;
import org.qunfang.platform.text.PlainText;

/**
 * 村民代表会议 — the villager representatives' meeting that decides a levy: when, how many representatives
 * the village has, how many came (counted, or listed by name), and the votes for, against and abstaining.
 */
public record Meeting(LocalDate on, int representatives, int present, List<String> attendees, int votesFor,
		int votesAgainst, int votesAbstain) {

	public Meeting {
		attendees = List.copyOf(attendees);
	}

	/**
	 * A meeting as entered. With a list of those present (one name a line, or separated by commas or 、),
	 * the count is the list's; a count that differs from it is refused.
	 */
	public static Meeting of(LocalDate on, Integer representatives, Integer present, String attendance, Integer votesFor,
			Integer votesAgainst, Integer votesAbstain, LocalDate today) {
		if (on == null || on.isAfter(today)) {
			throw new DomainException("error.funds.levy.meeting-date");
		}
		if (representatives == null || representatives < 1 || representatives > 2000) {
			throw new DomainException("error.funds.levy.representatives");
		}
		String list = PlainText.optional("funds.levy.meeting.attendance", attendance, 2000);
		List<String> names = list == null ? List.of()
				: Arrays.stream(list.split("[\\n,，、;；]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (!names.isEmpty() && present != null && present != names.size()) {
			throw new DomainException("error.funds.levy.attendance-count", present, names.size());
		}
		int came = names.isEmpty() ? (present == null ? -1 : present) : names.size();
		if (came < 0 || came > representatives) {
			throw new DomainException("error.funds.levy.present", representatives);
		}
		int yes = votesFor == null ? -1 : votesFor;
		int no = votesAgainst == null ? 0 : votesAgainst;
		int abstain = votesAbstain == null ? 0 : votesAbstain;
		if (yes < 0 || no < 0 || abstain < 0 || (long) yes + no + abstain > came) {
			throw new DomainException("error.funds.levy.votes", came);
		}
		return new Meeting(on, representatives, came, names, yes, no, abstain);
	}
}
