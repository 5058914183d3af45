package org.bureaucrathackers.fellowship.practice;

/**
 * A rule the practice worked with: its {@code name}, an {@code identifier} such as an ELI, CELEX number or URN,
 * the {@code jurisdiction} it holds in and a {@code url}. Only the name is required.
 */
public record Rule(String name, String identifier, String jurisdiction, String url) {
}
