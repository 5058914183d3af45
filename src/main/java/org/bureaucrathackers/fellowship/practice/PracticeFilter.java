package org.bureaucrathackers.fellowship.practice;

/**
 * What a list of practices is narrowed to; null means any. {@code query} matches title, summary, problem, what
 * changed and themes, ignoring case; {@code local} true keeps this instance's practices, false the others'.
 */
public record PracticeFilter(Long authorId, String country, String governmentLevel, String sector, String stage,
                             String hackKind, String theme, String communityUri, String query, Boolean local) {

    public static final PracticeFilter ANY = new PracticeFilter(null, null, null, null, null, null, null, null, null,
            null);
}
