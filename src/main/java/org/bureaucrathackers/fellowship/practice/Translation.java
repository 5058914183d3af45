package org.bureaucrathackers.fellowship.practice;

/** The practice in another language: its title, short explanation and story (plain text). */
public record Translation(String title, String summary, String story) {
}
