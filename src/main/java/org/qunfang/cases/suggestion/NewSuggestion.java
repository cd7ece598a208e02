package org.qunfang.cases.suggestion;

/**
 * What a villager writes, as typed: checked by {@link SuggestionIntake}, which refuses each bad part with a
 * clear message and writes nothing.
 *
 * @param kind {@code OPINION}, {@code SUGGESTION}, {@code TIP} or {@code COMPLAINT}
 * @param anonymous when true, any name and phone typed are dropped, never stored
 * @param name the submitter's name (named submissions only)
 * @param phone an optional mobile number to be called back on (named submissions only)
 */
public record NewSuggestion(String kind, String content, boolean anonymous, String name, String phone) {
}
