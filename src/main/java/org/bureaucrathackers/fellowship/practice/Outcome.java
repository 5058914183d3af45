package org.bureaucrathackers.fellowship.practice;

/**
 * One measured result. {@code value} is decimal text, kept with its own {@code unit} or {@code currency}:
 * outcomes are never added up, since their units differ. {@code evidenceLevel} is one of
 * {@link Vocabulary#EVIDENCE_LEVELS}. Only the indicator and the value are required.
 */
public record Outcome(String indicator, String value, String unit, String currency, String baseline, String method,
                      String evidenceLevel, String source) {
}
