package org.qunfang.cases.suggestion;

/**
 * What the suggestion register is narrowed to; every part is optional.
 *
 * @param awaiting only those whose reply is owed (submitted or reopened)
 * @param overdue only those whose reply is owed and past its deadline
 */
public record SuggestionFilter(Long villageId, SuggestionKind kind, SuggestionStatus status, boolean awaiting,
		boolean overdue) {

	/** Every suggestion of a village (or of the whole jurisdiction when {@code null}). */
	public static SuggestionFilter of(Long villageId) {
		return new SuggestionFilter(villageId, null, null, false, false);
	}
}
